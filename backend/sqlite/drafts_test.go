package sqlite_test

import (
	"context"
	"database/sql"
	"testing"

	"accountdesk/backend"
	"accountdesk/backend/sqlite"
)

func TestDrafts(t *testing.T) {
	ctx := context.Background()

	t.Run("OK a plan's draft is kept, replaced, read back and discarded", func(t *testing.T) {
		db := MustOpenDB(t)
		p := draftPlan(t, db)
		none, err := db.Draft(ctx, backend.DraftPlan, p.ID)
		if err != nil || none.SavedAt != "" || none.Body != "" {
			t.Fatalf("a plan starts without a draft: %+v %v", none, err)
		}
		if _, err := db.KeepDraft(ctx, backend.DraftPlan, p.ID, backend.Draft{Body: `{"objectives":[{"title":""}]}`, BaseVersion: p.RowVersion}); err != nil {
			t.Fatal(err)
		}
		kept, err := db.KeepDraft(ctx, backend.DraftPlan, p.ID, backend.Draft{Body: `{"objectives":[{"title":"G"}]}`, BaseVersion: p.RowVersion + 1})
		if err != nil || kept.SavedAt == "" {
			t.Fatalf("keep = %+v %v", kept, err)
		}
		got, err := db.Draft(ctx, backend.DraftPlan, p.ID)
		if err != nil || got.Body != `{"objectives":[{"title":"G"}]}` || got.BaseVersion != p.RowVersion+1 || got.SavedAt == "" {
			t.Fatalf("the second draft replaces the first: %+v %v", got, err)
		}
		// The plan itself is untouched by its draft.
		if after, _ := db.Plan(ctx, p.ID); after.RowVersion != p.RowVersion || after.Objectives[0].Title != p.Objectives[0].Title {
			t.Fatalf("keeping a draft changed the plan: %+v", after)
		}
		if err := db.DiscardDraft(ctx, backend.DraftPlan, p.ID); err != nil {
			t.Fatal(err)
		}
		if got, _ := db.Draft(ctx, backend.DraftPlan, p.ID); got.SavedAt != "" {
			t.Fatalf("discarded draft still there: %+v", got)
		}
		if err := db.DiscardDraft(ctx, backend.DraftPlan, p.ID); err != nil {
			t.Fatalf("discarding no draft is not an error: %v", err)
		}
	})

	t.Run("OK drafts of different kinds and records stay apart", func(t *testing.T) {
		db := MustOpenDB(t)
		p := draftPlan(t, db)
		if _, err := db.KeepDraft(ctx, backend.DraftAccount, p.AccountID, backend.Draft{Body: `{"name":""}`, BaseVersion: 1}); err != nil {
			t.Fatal(err)
		}
		if got, _ := db.Draft(ctx, backend.DraftPlan, p.ID); got.SavedAt != "" {
			t.Fatalf("an account's draft showed up as the plan's: %+v", got)
		}
		if got, _ := db.Draft(ctx, backend.DraftAccount, p.AccountID); got.Body != `{"name":""}` {
			t.Fatalf("account draft = %+v", got)
		}
	})

	t.Run("OK deleting the record deletes its draft", func(t *testing.T) {
		db := MustOpenDB(t)
		p := draftPlan(t, db)
		for _, k := range []struct {
			kind backend.DraftKind
			id   int64
		}{{backend.DraftPlan, p.ID}, {backend.DraftAccount, p.AccountID}} {
			if _, err := db.KeepDraft(ctx, k.kind, k.id, backend.Draft{Body: `{}`}); err != nil {
				t.Fatal(err)
			}
		}
		if err := db.DeleteAccount(ctx, p.AccountID); err != nil {
			t.Fatal(err)
		}
		for _, k := range []struct {
			kind backend.DraftKind
			id   int64
		}{{backend.DraftPlan, p.ID}, {backend.DraftAccount, p.AccountID}} {
			if got, _ := db.Draft(ctx, k.kind, k.id); got.SavedAt != "" {
				t.Fatalf("%s draft outlived its record: %+v", k.kind, got)
			}
		}
	})

	t.Run("ErrNotFound for a record that does not exist", func(t *testing.T) {
		db := MustOpenDB(t)
		for _, k := range []backend.DraftKind{backend.DraftPlan, backend.DraftAccount, backend.DraftAppraisal} {
			_, err := db.KeepDraft(ctx, k, 999, backend.Draft{Body: `{}`})
			if backend.ErrorCode(err) != backend.ENOTFOUND {
				t.Errorf("%s: err = %v, want not_found", k, err)
			}
		}
	})

	t.Run("ErrInvalid for a bad draft or kind, and nothing is kept", func(t *testing.T) {
		db := MustOpenDB(t)
		p := draftPlan(t, db)
		if _, err := db.KeepDraft(ctx, backend.DraftPlan, p.ID, backend.Draft{Body: `{"title": `}); backend.ErrorField(err) != "body" {
			t.Fatalf("err = %v, want invalid body", err)
		}
		if got, _ := db.Draft(ctx, backend.DraftPlan, p.ID); got.SavedAt != "" {
			t.Fatalf("an invalid draft was kept: %+v", got)
		}
		if _, err := db.KeepDraft(ctx, "qbr", p.ID, backend.Draft{Body: `{}`}); backend.ErrorField(err) != "kind" {
			t.Fatalf("err = %v, want invalid kind", err)
		}
		if _, err := db.Draft(ctx, "plans; DROP TABLE plans", p.ID); backend.ErrorCode(err) != backend.EINVALID {
			t.Fatalf("err = %v, want invalid", err)
		}
	})
}

// The person page, Settings, onboarding templates and review cycles keep
// drafts too (migration 19): what the director typed that is not valid yet.
func TestMoreDrafts(t *testing.T) {
	ctx := context.Background()
	// records makes one record of each new kind and names them.
	records := func(t *testing.T, db *sqlite.DB) map[backend.DraftKind]int64 {
		t.Helper()
		p, err := db.SavePerson(ctx, backend.Person{Name: "Dana Lee", Role: "Account Manager", StartDate: "2026-01-05"})
		if err != nil {
			t.Fatal(err)
		}
		tpl, err := db.SaveTemplate(ctx, backend.Template{Name: "AE onboarding", Tasks: []backend.TemplateTask{{Title: "Meet the team", Category: backend.Categories()[0]}}})
		if err != nil {
			t.Fatal(err)
		}
		c, err := db.SaveCycle(ctx, backend.Cycle{Name: "Annual review 2026", PeriodFrom: "2026-01-01", PeriodTo: "2026-12-31"})
		if err != nil {
			t.Fatal(err)
		}
		return map[backend.DraftKind]int64{
			backend.DraftPerson:   p.ID,
			backend.DraftSettings: backend.SettingsDraftID,
			backend.DraftTemplate: tpl.ID,
			backend.DraftCycle:    c.ID,
		}
	}

	t.Run("OK each kind's draft is kept, read back, replaced and discarded, apart from the others", func(t *testing.T) {
		db := MustOpenDB(t)
		ids := records(t, db)
		for kind, id := range ids {
			if got, err := db.Draft(ctx, kind, id); err != nil || got.SavedAt != "" {
				t.Fatalf("%s starts without a draft: %+v %v", kind, got, err)
			}
			if _, err := db.KeepDraft(ctx, kind, id, backend.Draft{Body: `{"first":true}`, BaseVersion: 1}); err != nil {
				t.Fatalf("%s: %v", kind, err)
			}
			if _, err := db.KeepDraft(ctx, kind, id, backend.Draft{Body: `{"kind":"` + string(kind) + `"}`, BaseVersion: 2}); err != nil {
				t.Fatalf("%s: %v", kind, err)
			}
		}
		for kind, id := range ids {
			got, err := db.Draft(ctx, kind, id)
			if err != nil || got.Body != `{"kind":"`+string(kind)+`"}` || got.BaseVersion != 2 || got.SavedAt == "" {
				t.Fatalf("%s draft = %+v %v, want its own second draft", kind, got, err)
			}
		}
		if err := db.DiscardDraft(ctx, backend.DraftPerson, ids[backend.DraftPerson]); err != nil {
			t.Fatal(err)
		}
		for kind, id := range ids {
			got, _ := db.Draft(ctx, kind, id)
			if (kind == backend.DraftPerson) != (got.SavedAt == "") {
				t.Fatalf("after discarding the person's draft, %s draft = %+v", kind, got)
			}
		}
	})

	t.Run("OK keeping a draft leaves the record as it was", func(t *testing.T) {
		db := MustOpenDB(t)
		ids := records(t, db)
		before, _ := db.People(ctx)
		settings, _ := db.Settings(ctx)
		for kind, id := range ids {
			if _, err := db.KeepDraft(ctx, kind, id, backend.Draft{Body: `{"name":""}`}); err != nil {
				t.Fatal(err)
			}
		}
		after, _ := db.People(ctx)
		if len(after) != len(before) || after[len(after)-1].Version != before[len(before)-1].Version {
			t.Fatalf("a person's draft changed the roster: %+v → %+v", before, after)
		}
		if s, _ := db.Settings(ctx); s != settings {
			t.Fatalf("the settings draft changed the settings: %+v → %+v", settings, s)
		}
	})

	t.Run("OK deleting the person, template or cycle deletes its draft", func(t *testing.T) {
		db := MustOpenDB(t)
		ids := records(t, db)
		for kind, id := range ids {
			if _, err := db.KeepDraft(ctx, kind, id, backend.Draft{Body: `{}`}); err != nil {
				t.Fatal(err)
			}
		}
		if err := db.DeletePerson(ctx, ids[backend.DraftPerson]); err != nil {
			t.Fatal(err)
		}
		// Templates and cycles have no delete of their own yet: the schema
		// must still not leave a draft behind when one goes.
		raw, err := sql.Open("sqlite3", "file:"+db.Path()+"?_foreign_keys=on")
		if err != nil {
			t.Fatal(err)
		}
		defer raw.Close()
		for _, q := range []string{`DELETE FROM templates WHERE id = ?`, `DELETE FROM cycles WHERE id = ?`} {
			id := ids[backend.DraftTemplate]
			if q == `DELETE FROM cycles WHERE id = ?` {
				id = ids[backend.DraftCycle]
			}
			if _, err := raw.Exec(q, id); err != nil {
				t.Fatal(err)
			}
		}
		for _, kind := range []backend.DraftKind{backend.DraftPerson, backend.DraftTemplate, backend.DraftCycle} {
			if got, _ := db.Draft(ctx, kind, ids[kind]); got.SavedAt != "" {
				t.Fatalf("%s draft outlived its record: %+v", kind, got)
			}
		}
		if got, _ := db.Draft(ctx, backend.DraftSettings, backend.SettingsDraftID); got.SavedAt == "" {
			t.Fatal("the settings draft went with another record")
		}
	})

	t.Run("ErrNotFound for a record that does not exist, and nothing is kept", func(t *testing.T) {
		db := MustOpenDB(t)
		for _, k := range []backend.DraftKind{backend.DraftPerson, backend.DraftSettings, backend.DraftTemplate, backend.DraftCycle} {
			_, err := db.KeepDraft(ctx, k, 999, backend.Draft{Body: `{}`})
			if backend.ErrorCode(err) != backend.ENOTFOUND {
				t.Errorf("%s: err = %v, want not_found", k, err)
			}
			if got, _ := db.Draft(ctx, k, 999); got.SavedAt != "" {
				t.Errorf("%s: a draft of nothing was kept: %+v", k, got)
			}
		}
	})

	t.Run("OK a template's tasks keep their keys through saves and get one when they have none", func(t *testing.T) {
		db := MustOpenDB(t)
		c := backend.Categories()[0]
		tpl, err := db.SaveTemplate(ctx, backend.Template{Name: "AE", Tasks: []backend.TemplateTask{
			{Title: "A", Category: c}, {Key: "mine", Title: "B", Category: c}, {Key: "mine", Title: "C", Category: c},
		}})
		if err != nil {
			t.Fatal(err)
		}
		k := tpl.Tasks
		if k[0].Key == "" || k[1].Key != "mine" || k[2].Key == "" || k[2].Key == "mine" || k[0].Key == k[2].Key {
			t.Fatalf("keys %q %q %q: want each task its own, the given one kept", k[0].Key, k[1].Key, k[2].Key)
		}
		tpl.Tasks = []backend.TemplateTask{k[2], k[0], k[1]}
		again, err := db.SaveTemplate(ctx, tpl)
		if err != nil {
			t.Fatal(err)
		}
		if again.Tasks[0].Key != k[2].Key || again.Tasks[0].Title != "C" || again.Tasks[2].Key != "mine" {
			t.Fatalf("reordered tasks lost their keys: %+v", again.Tasks)
		}
	})
}

// A workspace at schema 18 migrates: its people, templates and cycles take
// drafts, and tasks saved before they had keys are read with one each.
func TestMigrationAddsMoreDrafts(t *testing.T) {
	ctx := context.Background()
	path := workspaceAtVersion(t, 18,
		`INSERT INTO people (id, name, role, start_date, status, capacity_hours_per_week) VALUES (1, 'Dana Lee', 'Account Manager', '2024-01-01', 'active', 40)`,
		`INSERT INTO templates (id, name, tasks) VALUES (7, 'Old', '[{"title":"One","category":"agency_processes","ownerKind":"new_hire","offsetDays":1},{"title":"Two","category":"agency_processes","ownerKind":"new_hire","offsetDays":2}]')`,
		`INSERT INTO cycles (id, name, type, period_from, period_to, status, scale, competencies, created_at) VALUES (3, 'Annual', 'annual', '2026-01-01', '2026-12-31', 'draft', '{"min":1,"max":5,"labels":["a","b","c","d","e"]}', '[{"key":"c1","name":"Craft","weight":1}]', '2026-01-01T00:00:00Z')`)
	db := MustOpenDBAt(t, path)
	for kind, id := range map[backend.DraftKind]int64{backend.DraftPerson: 1, backend.DraftSettings: backend.SettingsDraftID, backend.DraftTemplate: 7, backend.DraftCycle: 3} {
		if _, err := db.KeepDraft(ctx, kind, id, backend.Draft{Body: `{"a":1}`}); err != nil {
			t.Fatalf("%s: %v", kind, err)
		}
		if got, err := db.Draft(ctx, kind, id); err != nil || got.Body != `{"a":1}` {
			t.Fatalf("%s draft = %+v %v", kind, got, err)
		}
	}
	tpls, err := db.Templates(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, tpl := range tpls {
		if tpl.ID == 7 && (len(tpl.Tasks) != 2 || tpl.Tasks[0].Key == "" || tpl.Tasks[0].Key == tpl.Tasks[1].Key) {
			t.Fatalf("old template's tasks %+v: want a key each", tpl.Tasks)
		}
	}
}
