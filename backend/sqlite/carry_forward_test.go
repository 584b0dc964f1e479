package sqlite_test

import (
	"context"
	"database/sql"
	"strings"
	"testing"

	"accountdesk/backend"
	"accountdesk/backend/sqlite"
)

func TestCarryForwardPlan(t *testing.T) {
	ctx := context.Background()
	// last is an approved FY2027 plan with one open and one closed item of each kind.
	last := func(t *testing.T) (*sqlite.DB, backend.Plan, func() int) {
		db := MustOpenDB(t)
		p := draftPlan(t, db)
		p.Objectives = append(p.Objectives, backend.Objective{Title: "Launch the app", Target: 1, Current: 1, Status: backend.ObjAchieved})
		p.Opps = append(p.Opps, backend.Opportunity{Title: "Renewal", Stage: backend.StageWon})
		p.Risks = append(p.Risks, backend.Risk{Title: "Late brief", Category: "timeline", Likelihood: 2, Impact: 2, Status: "closed"})
		p.Actions = append(p.Actions, backend.Action{Title: "Send recap", Status: "done"})
		saved, err := db.SavePlan(ctx, p)
		if err != nil {
			t.Fatal(err)
		}
		if saved, err = db.SetPlanStatus(ctx, saved.ID, backend.PlanApproved); err != nil {
			t.Fatal(err)
		}
		count := func() int {
			vs, err := db.Plans(ctx, saved.AccountID)
			if err != nil {
				t.Fatal(err)
			}
			return len(vs)
		}
		return db, saved, count
	}

	t.Run("OK preview lists carried and left, and changes nothing", func(t *testing.T) {
		db, p, count := last(t)
		prev, err := db.PreviewCarryForward(ctx, p.ID, "FY2028")
		if err != nil {
			t.Fatal(err)
		}
		if got := keysOfSection(prev.Carried, backend.CarryObjectives); len(got) != 1 || got[0] != p.Objectives[0].Key {
			t.Errorf("carried objectives = %v", got)
		}
		if len(prev.Left) == 0 || prev.Period != "FY2028" || prev.FromPeriod != "FY2027" {
			t.Errorf("preview = %+v", prev)
		}
		if count() != 1 {
			t.Errorf("the preview created a plan")
		}
	})

	t.Run("OK creates version 1 of the next period with the open items, keys and new baselines", func(t *testing.T) {
		db, p, count := last(t)
		next, err := db.CarryForwardPlan(ctx, p.ID, "FY2028")
		if err != nil {
			t.Fatal(err)
		}
		if next.ID == p.ID || next.Period != "FY2028" || next.Version != 1 || next.Status != backend.PlanDraft || next.AccountID != p.AccountID {
			t.Fatalf("next = %d %q v%d %s", next.ID, next.Period, next.Version, next.Status)
		}
		if len(next.Objectives) != 1 || next.Objectives[0].Key != p.Objectives[0].Key || next.Objectives[0].Baseline != 24 || next.Objectives[0].Current != 24 {
			t.Errorf("objectives = %+v, want the open one with baseline 24 (its current)", next.Objectives)
		}
		if len(next.Opps) != 1 || next.Opps[0].Key != p.Opps[0].Key || len(next.Risks) != 1 || next.Risks[0].Key != p.Risks[0].Key ||
			len(next.Actions) != 1 || next.Actions[0].Key != p.Actions[0].Key {
			t.Errorf("items = %+v %+v %+v", next.Opps, next.Risks, next.Actions)
		}
		if len(next.Strengths) != 1 || next.ExecutiveSummary != "" || next.RevenueTargetMinor != 0 {
			t.Errorf("strategy %v summary %q target %d", next.Strengths, next.ExecutiveSummary, next.RevenueTargetMinor)
		}
		old, err := db.Plan(ctx, p.ID)
		if err != nil || old.Status != backend.PlanApproved || len(old.Objectives) != 2 || old.Objectives[0].Baseline != 20 {
			t.Errorf("the old plan changed: %v %+v", err, old.Objectives)
		}
		if count() != 2 {
			t.Errorf("plans = %d, want 2", count())
		}
		// The new plan is an ordinary draft: it saves.
		next.RevenueTargetMinor = 1_200_000_00
		if _, err := db.SavePlan(ctx, next); err != nil {
			t.Errorf("save the carried plan: %v", err)
		}
	})

	t.Run("ErrConflict when the account has a plan for that period", func(t *testing.T) {
		db, p, count := last(t)
		if _, err := db.CarryForwardPlan(ctx, p.ID, "FY2028"); err != nil {
			t.Fatal(err)
		}
		for _, period := range []string{"FY2028", "fy2028"} {
			if _, err := db.PreviewCarryForward(ctx, p.ID, period); backend.ErrorCode(err) != backend.ECONFLICT {
				t.Errorf("preview %s: %v, want a conflict", period, err)
			}
			if _, err := db.CarryForwardPlan(ctx, p.ID, period); backend.ErrorCode(err) != backend.ECONFLICT {
				t.Errorf("create %s: %v, want a conflict", period, err)
			}
		}
		if count() != 2 {
			t.Errorf("plans = %d, want 2", count())
		}
	})

	t.Run("ErrInvalid for an earlier period, ErrNotFound for a plan that is gone", func(t *testing.T) {
		db, p, count := last(t)
		if _, err := db.CarryForwardPlan(ctx, p.ID, "FY2026"); backend.ErrorCode(err) != backend.EINVALID {
			t.Errorf("earlier: %v", err)
		}
		if _, err := db.CarryForwardPlan(ctx, 9999, "FY2028"); backend.ErrorCode(err) != backend.ENOTFOUND {
			t.Errorf("gone: %v", err)
		}
		if count() != 1 {
			t.Errorf("plans = %d, want 1", count())
		}
	})

	t.Run("OK a failure half-way creates nothing", func(t *testing.T) {
		db, p, count := last(t)
		raw, err := sql.Open("sqlite3", db.Path()+"?_busy_timeout=5000")
		if err != nil {
			t.Fatal(err)
		}
		defer raw.Close()
		// The last item written is the action: the plan row and every other item are in by then.
		if _, err := raw.Exec(`CREATE TRIGGER fail_on_action BEFORE INSERT ON plan_actions
			BEGIN SELECT RAISE(ABORT, 'disk full'); END`); err != nil {
			t.Fatal(err)
		}
		if _, err := db.CarryForwardPlan(ctx, p.ID, "FY2028"); err == nil || !strings.Contains(err.Error(), "disk full") {
			t.Fatalf("err = %v, want the failing write's", err)
		}
		if count() != 1 {
			t.Errorf("plans = %d after a failed carry-forward, want 1", count())
		}
		var items int
		if err := raw.QueryRow(`SELECT (SELECT COUNT(*) FROM plan_objectives) + (SELECT COUNT(*) FROM plan_risks)`).Scan(&items); err != nil || items != 4 {
			t.Errorf("items = %d (%v), want only the old plan's 4", items, err)
		}
	})
}

func keysOfSection(items []backend.CarryItem, section string) []string {
	var out []string
	for _, it := range items {
		if it.Section == section {
			out = append(out, it.Key)
		}
	}
	return out
}
