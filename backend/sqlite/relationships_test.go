package sqlite_test

import (
	"context"
	"testing"

	"accountdesk/backend"
	"accountdesk/backend/sqlite"
)

func mustStakeholder(t *testing.T, db *sqlite.DB, accountID int64, name, role string, influence int) backend.Stakeholder {
	t.Helper()
	s, err := db.SaveStakeholder(context.Background(), backend.Stakeholder{AccountID: accountID, Name: name, Role: role, Influence: influence})
	if err != nil {
		t.Fatalf("save stakeholder %q: %v", name, err)
	}
	return s
}

func relationsOf(t *testing.T, m backend.RelationshipMap, id int64) backend.Relations {
	t.Helper()
	for i, p := range m.People {
		if p.ID == id {
			return m.Relations[i]
		}
	}
	t.Fatalf("stakeholder %d not in the map", id)
	return backend.Relations{}
}

func TestRelationships(t *testing.T) {
	ctx := context.Background()
	setup := func(t *testing.T) (*sqlite.DB, backend.Account, []backend.Stakeholder) {
		db := MustOpenDB(t)
		a := mustCreateAccount(t, db, backend.Account{Name: "Northwind Retail"})
		people := []backend.Stakeholder{
			mustStakeholder(t, db, a.ID, "Ana Ortiz", backend.RoleDecisionMaker, 5),
			mustStakeholder(t, db, a.ID, "Ben Cole", backend.RoleChampion, 4),
			mustStakeholder(t, db, a.ID, "Cleo Park", backend.RoleBlocker, 4),
		}
		return db, a, people
	}

	t.Run("OK saved relations read back in the map", func(t *testing.T) {
		db, a, p := setup(t)
		owner := mustPerson(t, db, backend.Person{Name: "Dana Lee"})
		saved, err := db.SaveRelations(ctx, backend.Relations{StakeholderID: p[1].ID, ReportsToID: p[0].ID, OwnerID: owner.ID,
			Influences: []backend.Influence{{StakeholderID: p[2].ID, Strength: backend.StrengthHigh}, {StakeholderID: p[0].ID, Strength: backend.StrengthLow}}})
		if err != nil {
			t.Fatal(err)
		}
		if saved.Influences[0].StakeholderID != p[0].ID {
			t.Fatalf("influences not in a stable order: %+v", saved.Influences)
		}
		m, err := db.RelationshipMap(ctx, a.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(m.People) != 3 || len(m.Relations) != 3 {
			t.Fatalf("map has %d people, %d relations", len(m.People), len(m.Relations))
		}
		got := relationsOf(t, m, p[1].ID)
		if got.ReportsToID != p[0].ID || got.OwnerID != owner.ID || len(got.Influences) != 2 ||
			got.Influences[1] != (backend.Influence{StakeholderID: p[2].ID, Strength: backend.StrengthHigh}) {
			t.Fatalf("relations = %+v", got)
		}
		if none := relationsOf(t, m, p[2].ID); none.StakeholderID != p[2].ID || none.Influences == nil {
			t.Fatalf("a person without relations = %+v, want their id and an empty list", none)
		}
	})

	t.Run("OK a second save replaces the first", func(t *testing.T) {
		db, a, p := setup(t)
		first := backend.Relations{StakeholderID: p[1].ID, ReportsToID: p[0].ID,
			Influences: []backend.Influence{{StakeholderID: p[2].ID, Strength: backend.StrengthHigh}}}
		if _, err := db.SaveRelations(ctx, first); err != nil {
			t.Fatal(err)
		}
		if _, err := db.SaveRelations(ctx, backend.Relations{StakeholderID: p[1].ID, Left: true, ReplacedByID: p[2].ID}); err != nil {
			t.Fatal(err)
		}
		m, _ := db.RelationshipMap(ctx, a.ID)
		got := relationsOf(t, m, p[1].ID)
		if got.ReportsToID != 0 || !got.Left || got.ReplacedByID != p[2].ID || len(got.Influences) != 0 {
			t.Fatalf("relations = %+v", got)
		}
	})

	t.Run("ErrLoop changes nothing", func(t *testing.T) {
		db, a, p := setup(t)
		if _, err := db.SaveRelations(ctx, backend.Relations{StakeholderID: p[1].ID, ReportsToID: p[0].ID}); err != nil {
			t.Fatal(err)
		}
		if _, err := db.SaveRelations(ctx, backend.Relations{StakeholderID: p[2].ID, ReportsToID: p[1].ID}); err != nil {
			t.Fatal(err)
		}
		_, err := db.SaveRelations(ctx, backend.Relations{StakeholderID: p[0].ID, ReportsToID: p[2].ID, OwnerID: 0,
			Influences: []backend.Influence{{StakeholderID: p[1].ID, Strength: backend.StrengthLow}}})
		if backend.ErrorCode(err) != backend.EINVALID || backend.ErrorField(err) != "reportsToId" {
			t.Fatalf("err = %v, want invalid reportsToId", err)
		}
		m, _ := db.RelationshipMap(ctx, a.ID)
		if got := relationsOf(t, m, p[0].ID); got.ReportsToID != 0 || len(got.Influences) != 0 {
			t.Fatalf("a refused save wrote %+v", got)
		}
	})

	t.Run("ErrOtherAccount", func(t *testing.T) {
		db, _, p := setup(t)
		other := mustCreateAccount(t, db, backend.Account{Name: "Contoso"})
		stranger := mustStakeholder(t, db, other.ID, "Sam Stone", backend.RoleUser, 2)
		for _, r := range []backend.Relations{
			{StakeholderID: p[0].ID, ReportsToID: stranger.ID},
			{StakeholderID: p[0].ID, Left: true, ReplacedByID: stranger.ID},
			{StakeholderID: p[0].ID, Influences: []backend.Influence{{StakeholderID: stranger.ID, Strength: backend.StrengthHigh}}},
		} {
			if _, err := db.SaveRelations(ctx, r); backend.ErrorCode(err) != backend.EINVALID {
				t.Errorf("save %+v: err = %v, want invalid", r, err)
			}
		}
	})

	t.Run("ErrOwnerNotOnTeam", func(t *testing.T) {
		db, _, p := setup(t)
		_, err := db.SaveRelations(ctx, backend.Relations{StakeholderID: p[0].ID, OwnerID: 999})
		if backend.ErrorCode(err) != backend.EINVALID || backend.ErrorField(err) != "ownerId" {
			t.Fatalf("err = %v, want invalid ownerId", err)
		}
	})

	t.Run("ErrStakeholderGone", func(t *testing.T) {
		_, err := MustOpenDB(t).SaveRelations(ctx, backend.Relations{StakeholderID: 12345})
		if backend.ErrorCode(err) != backend.ENOTFOUND {
			t.Fatalf("err = %v, want not found", err)
		}
	})

	t.Run("OK removing a person clears the links to them", func(t *testing.T) {
		db, a, p := setup(t)
		owner := mustPerson(t, db, backend.Person{Name: "Dana Lee"})
		if _, err := db.SaveRelations(ctx, backend.Relations{StakeholderID: p[1].ID, ReportsToID: p[0].ID, OwnerID: owner.ID,
			Left: true, ReplacedByID: p[2].ID, Influences: []backend.Influence{{StakeholderID: p[2].ID, Strength: backend.StrengthHigh}}}); err != nil {
			t.Fatal(err)
		}
		if err := db.DeleteStakeholder(ctx, p[2].ID); err != nil {
			t.Fatal(err)
		}
		if err := db.DeleteStakeholder(ctx, p[0].ID); err != nil {
			t.Fatal(err)
		}
		if err := db.DeletePerson(ctx, owner.ID); err != nil {
			t.Fatal(err)
		}
		m, err := db.RelationshipMap(ctx, a.ID)
		if err != nil {
			t.Fatal(err)
		}
		got := relationsOf(t, m, p[1].ID)
		if got.ReportsToID != 0 || got.ReplacedByID != 0 || got.OwnerID != 0 || len(got.Influences) != 0 || !got.Left {
			t.Fatalf("relations = %+v, want links cleared and left kept", got)
		}
		if report, err := db.Check(ctx); err != nil || !report.OK() {
			t.Fatalf("check: %+v %v", report, err)
		}
	})

	t.Run("OK stakeholder and relations in one save", func(t *testing.T) {
		db, a, p := setup(t)
		e, err := db.SaveStakeholderWithRelations(ctx, backend.Stakeholder{AccountID: a.ID, Name: "Eli Fox", Role: backend.RoleUser},
			backend.Relations{ReportsToID: p[0].ID})
		if err != nil {
			t.Fatal(err)
		}
		if e.Stakeholder.ID == 0 || e.Relations.StakeholderID != e.Stakeholder.ID || e.Relations.ReportsToID != p[0].ID {
			t.Fatalf("entry = %+v", e)
		}
	})

	t.Run("ErrRelations refuse the whole save", func(t *testing.T) {
		db, a, p := setup(t)
		_, err := db.SaveStakeholderWithRelations(ctx, backend.Stakeholder{AccountID: a.ID, Name: "Eli Fox", Role: backend.RoleUser},
			backend.Relations{Left: false, ReplacedByID: p[0].ID})
		if backend.ErrorField(err) != "replacedById" {
			t.Fatalf("err = %v, want invalid replacedById", err)
		}
		people, _ := db.Stakeholders(ctx, a.ID)
		if len(people) != 3 {
			t.Fatalf("a refused save left %d people, want 3", len(people))
		}
		renamed := p[1]
		renamed.Name = "Benedict Cole"
		_, err = db.SaveStakeholderWithRelations(ctx, renamed, backend.Relations{ReportsToID: renamed.ID})
		if backend.ErrorField(err) != "reportsToId" {
			t.Fatalf("err = %v, want invalid reportsToId", err)
		}
		people, _ = db.Stakeholders(ctx, a.ID)
		for _, s := range people {
			if s.Name == "Benedict Cole" {
				t.Fatal("the name was saved although the relations were refused")
			}
		}
	})

	t.Run("OK warnings follow the owner, the replacement and the plan's actions", func(t *testing.T) {
		db, a, p := setup(t)
		kinds := func() map[string]int64 {
			t.Helper()
			m, err := db.RelationshipMap(ctx, a.ID)
			if err != nil {
				t.Fatal(err)
			}
			out := map[string]int64{}
			for _, w := range m.Warnings {
				out[w.Kind] = w.StakeholderID
			}
			return out
		}
		if got := kinds(); got[backend.WarnNoOwner] != p[0].ID || got[backend.WarnBlockerNoPlan] != p[2].ID || len(got) != 2 {
			t.Fatalf("warnings = %v", got)
		}
		owner := mustPerson(t, db, backend.Person{Name: "Dana Lee"})
		if _, err := db.SaveRelations(ctx, backend.Relations{StakeholderID: p[0].ID, OwnerID: owner.ID}); err != nil {
			t.Fatal(err)
		}
		if _, err := db.SaveRelations(ctx, backend.Relations{StakeholderID: p[1].ID, Left: true}); err != nil {
			t.Fatal(err)
		}
		plan, err := db.CreatePlan(ctx, a.ID, "FY2027")
		if err != nil {
			t.Fatal(err)
		}
		plan.Actions = []backend.Action{{Title: "Coffee with Cleo Park on the brief"}}
		if _, err := db.SavePlan(ctx, plan); err != nil {
			t.Fatal(err)
		}
		if got := kinds(); got[backend.WarnNotReplaced] != p[1].ID || len(got) != 1 {
			t.Fatalf("warnings = %v, want only the champion who left", got)
		}
	})

	t.Run("ErrAccountGone", func(t *testing.T) {
		_, err := MustOpenDB(t).RelationshipMap(ctx, 404)
		if backend.ErrorCode(err) != backend.ENOTFOUND {
			t.Fatalf("err = %v, want not found", err)
		}
	})
}
