package sqlite_test

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"accountdesk/backend"
)

// TestQBREditDelete: a saved QBR can be corrected and deleted, a delete is
// undone by saving it again, and the account's "last held" follows. (Dates
// in this quarter: which earlier QBRs count as held is another rule's test.)
func TestQBREditDelete(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	atlas := mustCreateAccount(t, db, backend.Account{Name: "Atlas Motors"})
	other := mustCreateAccount(t, db, backend.Account{Name: "Orbit Telecom"})
	cfo, err := db.SaveStakeholder(ctx, backend.Stakeholder{AccountID: atlas.ID, Name: "Dana Cole", Role: backend.RoleDecisionMaker})
	if err != nil {
		t.Fatal(err)
	}
	stranger, err := db.SaveStakeholder(ctx, backend.Stakeholder{AccountID: other.ID, Name: "Sam Ode"})
	if err != nil {
		t.Fatal(err)
	}
	q, err := db.SaveQBR(ctx, backend.QBR{AccountID: atlas.ID, Date: "2026-10-20", Format: backend.QBROnSite, Progress: "On plan"})
	if err != nil {
		t.Fatal(err)
	}
	lastHeld := func(t *testing.T) string {
		t.Helper()
		list, err := db.ListAccounts(ctx, backend.AccountFilter{Search: "Atlas"}, today)
		if err != nil || len(list) != 1 {
			t.Fatalf("list: %v %+v", err, list)
		}
		return list[0].QBR.LastHeld
	}
	only := func(t *testing.T) backend.QBR {
		t.Helper()
		list, err := db.QBRs(ctx, atlas.ID)
		if err != nil || len(list) != 1 {
			t.Fatalf("QBRs = %+v, %v; want exactly one", list, err)
		}
		return list[0]
	}

	t.Run("OK edit every field", func(t *testing.T) {
		edit := q
		edit.Date, edit.Format, edit.Issues, edit.NextSteps = "2026-11-02", backend.QBRRemote, "Budget cut", "Send the proposal"
		edit.Attendees = []backend.QBRAttendee{{StakeholderID: cfo.ID}}
		saved, err := db.SaveQBR(ctx, edit)
		if err != nil {
			t.Fatal(err)
		}
		got := only(t)
		if got.ID != q.ID || got.Date != "2026-11-02" || got.Format != backend.QBRRemote || got.Issues != "Budget cut" ||
			got.NextSteps != "Send the proposal" || got.Progress != "On plan" {
			t.Fatalf("after editing: %+v", got)
		}
		if len(got.Attendees) != 1 || got.Attendees[0].Name != "Dana Cole" || !got.Attendees[0].DecisionMaker || !reflect.DeepEqual(got, saved) {
			t.Fatalf("attendees %+v; saved %+v", got.Attendees, saved)
		}
		if lh := lastHeld(t); lh != "2026-11-02" {
			t.Fatalf("the accounts list says last held %q, want the edited date", lh)
		}
	})

	before := only(t)
	unchanged := func(t *testing.T) {
		t.Helper()
		if got := only(t); !reflect.DeepEqual(got, before) {
			t.Fatalf("a refused edit changed the QBR: %+v", got)
		}
	}
	refused := []struct {
		name  string
		edit  func(q *backend.QBR)
		code  string
		field string
	}{
		{"ErrImpossibleDate", func(q *backend.QBR) { q.Date = "2026-02-30" }, backend.EINVALID, "date"},
		{"ErrSectionTooLong", func(q *backend.QBR) { q.Initiatives = strings.Repeat("x", backend.QBRSectionMax+1) }, backend.EINVALID, "initiatives"},
		{"ErrAttendeeOfAnotherAccount", func(q *backend.QBR) { q.Attendees = []backend.QBRAttendee{{StakeholderID: stranger.ID}} }, backend.EINVALID, "attendees"},
		{"ErrMovedToAnotherAccount", func(q *backend.QBR) { q.AccountID = other.ID; q.Attendees = nil }, backend.ENOTFOUND, ""},
		{"ErrNoSuchQBR", func(q *backend.QBR) { q.ID = 9999 }, backend.ENOTFOUND, ""},
	}
	for _, sc := range refused {
		t.Run(sc.name, func(t *testing.T) {
			edit := before
			edit.Attendees = append([]backend.QBRAttendee(nil), before.Attendees...)
			edit.Progress = "Changed"
			sc.edit(&edit)
			_, err := db.SaveQBR(ctx, edit)
			if backend.ErrorCode(err) != sc.code || backend.ErrorField(err) != sc.field {
				t.Fatalf("err = %v, want %s %q", err, sc.code, sc.field)
			}
			unchanged(t)
		})
	}

	t.Run("OK delete, then undo by saving it again", func(t *testing.T) {
		if err := db.DeleteQBR(ctx, before.ID); err != nil {
			t.Fatal(err)
		}
		if list, _ := db.QBRs(ctx, atlas.ID); len(list) != 0 {
			t.Fatalf("after delete: %+v", list)
		}
		if lh := lastHeld(t); lh != "" {
			t.Fatalf("the accounts list still says last held %q", lh)
		}
		undo := before
		undo.ID = 0
		if _, err := db.SaveQBR(ctx, undo); err != nil {
			t.Fatal(err)
		}
		got := only(t)
		got.ID = before.ID
		if !reflect.DeepEqual(got, before) {
			t.Fatalf("undone QBR = %+v, want %+v", got, before)
		}
		if lh := lastHeld(t); lh != before.Date {
			t.Fatalf("after undo the list says last held %q", lh)
		}
	})

	t.Run("ErrDeleteTwice", func(t *testing.T) {
		id := only(t).ID
		if err := db.DeleteQBR(ctx, id); err != nil {
			t.Fatal(err)
		}
		if err := db.DeleteQBR(ctx, id); backend.ErrorCode(err) != backend.ENOTFOUND {
			t.Fatalf("err = %v", err)
		}
	})
}
