package sqlite_test

import (
	"context"
	"testing"
	"time"

	"accountdesk/backend"
)

func TestSearch(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	p := draftPlan(t, db) // Northwind Retail, objective "Grow share of wallet"
	other := mustCreateAccount(t, db, backend.Account{Name: "Crestline Bank", Industry: "Financial services"})
	if _, err := db.SaveStakeholder(ctx, backend.Stakeholder{AccountID: other.ID, Name: "Dana Müller", Title: "Chief Marketing Officer"}); err != nil {
		t.Fatal(err)
	}

	find := func(text string) []backend.SearchHit {
		t.Helper()
		hits, err := db.Search(ctx, text, 10)
		if err != nil {
			t.Fatalf("search %q: %v", text, err)
		}
		return hits
	}

	t.Run("OK account by prefix while typing", func(t *testing.T) {
		hits := find("crestl")
		if len(hits) == 0 || hits[0].Kind != "account" || hits[0].AccountID != other.ID {
			t.Fatalf("hits = %+v", hits)
		}
	})
	t.Run("OK stakeholder without the accent", func(t *testing.T) {
		hits := find("muller")
		if len(hits) != 1 || hits[0].Kind != "stakeholder" || hits[0].AccountName != "Crestline Bank" {
			t.Fatalf("hits = %+v", hits)
		}
	})
	t.Run("OK objective jumps to its plan", func(t *testing.T) {
		hits := find("wallet")
		if len(hits) != 1 || hits[0].Kind != "objective" || hits[0].PlanID != p.ID {
			t.Fatalf("hits = %+v", hits)
		}
	})
	t.Run("OK only the latest plan version is found", func(t *testing.T) {
		if _, err := db.SetPlanStatus(ctx, p.ID, backend.PlanApproved); err != nil {
			t.Fatal(err)
		}
		v2, err := db.NewPlanVersion(ctx, p.ID)
		if err != nil {
			t.Fatal(err)
		}
		hits := find("wallet")
		if len(hits) != 1 || hits[0].PlanID != v2.ID {
			t.Fatalf("hits = %+v, want only version 2", hits)
		}
	})
	t.Run("OK renamed account is found by its new name", func(t *testing.T) {
		a, _ := db.Account(ctx, other.ID)
		a.Name = "Crestline Financial"
		if _, err := db.UpdateAccount(ctx, a); err != nil {
			t.Fatal(err)
		}
		if hits := find("financial"); len(hits) == 0 || hits[0].Title != "Crestline Financial" {
			t.Fatalf("hits = %+v", hits)
		}
	})
	t.Run("OK deleted account leaves nothing behind", func(t *testing.T) {
		if err := db.DeleteAccount(ctx, other.ID); err != nil {
			t.Fatal(err)
		}
		if hits := find("muller"); len(hits) != 0 {
			t.Fatalf("hits = %+v", hits)
		}
	})
	t.Run("OK operators and quotes are just text", func(t *testing.T) {
		for _, q := range []string{`"`, `NEAR(`, `a OR`, `*`, `'; DROP TABLE accounts; --`} {
			find(q)
		}
	})
}

func TestPaperwork(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	a := mustCreateAccount(t, db, backend.Account{Name: "Acme"})

	t.Run("ErrDuplicateJobNumber", func(t *testing.T) {
		if _, err := db.SaveJob(ctx, backend.Job{AccountID: a.ID, Number: "ACM-101", Name: "Spring launch"}); err != nil {
			t.Fatal(err)
		}
		_, err := db.SaveJob(ctx, backend.Job{AccountID: a.ID, Number: "ACM-101", Name: "Other"})
		if backend.ErrorCode(err) != backend.ECONFLICT || backend.ErrorField(err) != "number" {
			t.Fatalf("err = %v", err)
		}
	})

	t.Run("OK late flag comes from when the report was first written", func(t *testing.T) {
		meeting := time.Now().Add(-72 * time.Hour).UTC().Format(time.RFC3339)
		c, err := db.SaveContactReport(ctx, backend.ContactReport{AccountID: a.ID, MeetingAt: meeting, Decisions: "Approve route B"})
		if err != nil {
			t.Fatal(err)
		}
		if !c.Late {
			t.Fatal("written 72 hours after the meeting: late")
		}
		c.WrittenAt = meeting // a client cannot rewrite history
		c.Decisions = "Approve route B, with changes"
		if c, err = db.SaveContactReport(ctx, c); err != nil || !c.Late {
			t.Fatalf("after edit: late=%v err=%v", c.Late, err)
		}
		list, _ := db.ContactReports(ctx, a.ID)
		if len(list) != 1 || !list[0].Late || list[0].Decisions != "Approve route B, with changes" {
			t.Fatalf("list = %+v", list)
		}
	})
}
