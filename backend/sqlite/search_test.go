package sqlite_test

import (
	"context"
	"slices"
	"strconv"
	"strings"
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

// TestMigrationKeepsOnlyLatestPlanInSearch: a workspace from before
// migration 10 had every plan version in the search index; after opening it
// only the latest version's plan and objectives are found, and a version
// made afterwards takes the previous one out.
func TestMigrationKeepsOnlyLatestPlanInSearch(t *testing.T) {
	ctx := context.Background()
	path := workspaceAtVersion(t, 9,
		`INSERT INTO accounts (id, name, tier, status, health, contract_type, created_at, updated_at) VALUES (1, 'Acme', 'key', 'active', 'green', 'retainer', 'x', 'x')`,
		`INSERT INTO plans (id, account_id, period, version, status, body, created_at, updated_at) VALUES (1, 1, 'FY2027', 1, 'archived', '{"executiveSummary":"Kestrel launch"}', 'x', 'x')`,
		`INSERT INTO plan_objectives (plan_id, position, key, title, cadence, owner, status) VALUES (1, 0, 'k1', 'Grow wallet share', 'quarterly', '', 'on_track')`,
		`INSERT INTO plans (id, account_id, period, version, status, body, created_at, updated_at) VALUES (2, 1, 'FY2027', 2, 'approved', '{"executiveSummary":"Kestrel launch"}', 'x', 'x')`,
		`INSERT INTO plan_objectives (plan_id, position, key, title, cadence, owner, status) VALUES (2, 0, 'k1', 'Grow wallet share', 'quarterly', '', 'on_track')`,
	)

	db := MustOpenDBAt(t, path)
	plans := func(text string) []int64 {
		t.Helper()
		hits, err := db.Search(ctx, text, 10)
		if err != nil {
			t.Fatal(err)
		}
		var ids []int64
		for _, h := range hits {
			ids = append(ids, h.PlanID)
		}
		return ids
	}
	for _, text := range []string{"wallet", "kestrel"} {
		if got := plans(text); !slices.Equal(got, []int64{2}) {
			t.Errorf("search %q after migrating: plans %v, want only version 2", text, got)
		}
	}
	v3, err := db.NewPlanVersion(ctx, 2)
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{"wallet", "kestrel"} {
		if got := plans(text); !slices.Equal(got, []int64{v3.ID}) {
			t.Errorf("search %q after a new version: plans %v, want only version 3 (%d)", text, got, v3.ID)
		}
	}
}

// TestSearchRanksTitlesFirst: a word in a title outranks the same word in a
// body, and at most limit hits come back.
func TestSearchRanksTitlesFirst(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	body := mustCreateAccount(t, db, backend.Account{Name: "Crestline Bank", Industry: "Harbour logistics"})
	title := mustCreateAccount(t, db, backend.Account{Name: "Harbour Foods", Industry: "Retail"})
	for i := range 5 {
		mustCreateAccount(t, db, backend.Account{Name: "Harbour " + strconv.Itoa(i), Industry: "Retail"})
	}
	hits, err := db.Search(ctx, "harbour", 3)
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 3 {
		t.Fatalf("hits = %d, want the limit of 3", len(hits))
	}
	for _, h := range hits {
		if h.AccountID == body.ID {
			t.Errorf("%q (word only in the industry) ranked among the top 3: %+v", body.Name, hits)
		}
	}
	all, err := db.Search(ctx, "harbour", 50)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 7 || all[len(all)-1].AccountID != body.ID {
		t.Errorf("all hits = %+v, want 7 with %q last", all, body.Name)
	}
	if !slices.ContainsFunc(all, func(h backend.SearchHit) bool { return h.AccountID == title.ID }) {
		t.Errorf("%q not found", title.Name)
	}
	if !strings.Contains(all[len(all)-1].Snippet, "Harbour") {
		t.Errorf("snippet %q does not show the match", all[len(all)-1].Snippet)
	}
}
