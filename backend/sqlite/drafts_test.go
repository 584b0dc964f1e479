package sqlite_test

import (
	"context"
	"testing"

	"accountdesk/backend"
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
