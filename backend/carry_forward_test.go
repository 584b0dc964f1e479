package backend_test

import (
	"errors"
	"testing"

	"accountdesk/backend"
)

// lastYear is an FY2027 plan with one item of every kind in every state.
func lastYear() backend.Plan {
	return backend.Plan{
		ID: 7, AccountID: 3, Period: "FY2027", Version: 2, Status: backend.PlanApproved, ApprovedAt: "2026-04-02", RowVersion: 9,
		ExecutiveSummary: "Grow beyond paid social.", Vision: "Their first call for CRM.",
		Priorities: []string{"Win CRM"}, Strengths: []string{"Trusted by the CMO"}, Weaknesses: []string{"Thin on data"},
		Opportunities: []string{"Loyalty relaunch"}, Threats: []string{"Procurement review"}, Competitors: []string{"Blue Fox"},
		RevenueTargetMinor: 1_000_000_00, GrowthTargetPct: 12,
		Objectives: []backend.Objective{
			{Key: "o-open", Title: "Grow share of wallet", KPI: "Share", Unit: "%", Baseline: 20, Target: 35, Current: 27, Status: backend.ObjAtRisk, Due: "2027-03-31"},
			{Key: "o-done", Title: "Launch the app", Baseline: 0, Target: 1, Current: 1, Status: backend.ObjAchieved},
			{Key: "o-cancel", Title: "Open Madrid", Status: backend.ObjCancelled},
			{Key: "o-off", Title: "Cut cost per lead", KPI: "CPL", Unit: "EUR", Baseline: 40, Target: 25, Current: 31.5, Status: backend.ObjOffTrack},
		},
		Opps: []backend.Opportunity{
			{Key: "p-open", Title: "CRM programme", Stage: backend.StageProposal, ValueMinor: 200_000_00, Probability: 50},
			{Key: "p-won", Title: "Renewal", Stage: backend.StageWon},
			{Key: "p-lost", Title: "TV pitch", Stage: backend.StageLost},
		},
		Risks: []backend.Risk{
			{Key: "r-open", Title: "Budget cut", Likelihood: 4, Impact: 4, Status: "open"},
			{Key: "r-mit", Title: "Key person leaves", Likelihood: 2, Impact: 5, Status: "mitigated"},
			{Key: "r-closed", Title: "Late brief", Likelihood: 3, Impact: 3, Status: "closed"},
		},
		Actions: []backend.Action{
			{Key: "a-open", Title: "Book CRM workshop", Status: "open", ObjectiveKey: "o-open"},
			{Key: "a-prog", Title: "Draft loyalty deck", Status: "in_progress", ObjectiveKey: "o-done"},
			{Key: "a-done", Title: "Send recap", Status: "done"},
			{Key: "a-cancel", Title: "Plan offsite", Status: "cancelled"},
		},
	}
}

func keysOf(items []backend.CarryItem, section string) []string {
	var out []string
	for _, it := range items {
		if it.Section == section {
			out = append(out, it.Key)
		}
	}
	return out
}

func TestCarryForwardItems(t *testing.T) {
	next, prev, err := backend.CarryForward(lastYear(), "FY2028")
	if err != nil {
		t.Fatal(err)
	}
	scenarios := []struct {
		section       string
		carried, left []string
		inPlan        []string
	}{
		{backend.CarryObjectives, []string{"o-open", "o-off"}, []string{"o-done", "o-cancel"}, keysObj(next.Objectives)},
		{backend.CarryOpportunities, []string{"p-open"}, []string{"p-won", "p-lost"}, keysOpp(next.Opps)},
		{backend.CarryRisks, []string{"r-open", "r-mit"}, []string{"r-closed"}, keysRisk(next.Risks)},
		{backend.CarryActions, []string{"a-open", "a-prog"}, []string{"a-done", "a-cancel"}, keysAct(next.Actions)},
	}
	for _, sc := range scenarios {
		t.Run("OK "+sc.section+": open move with their keys, closed stay behind", func(t *testing.T) {
			if got := keysOf(prev.Carried, sc.section); !equal(got, sc.carried) {
				t.Errorf("carried = %v, want %v", got, sc.carried)
			}
			if got := keysOf(prev.Left, sc.section); !equal(got, sc.left) {
				t.Errorf("left = %v, want %v", got, sc.left)
			}
			if !equal(sc.inPlan, sc.carried) {
				t.Errorf("the new plan holds %v, want what the preview carries: %v", sc.inPlan, sc.carried)
			}
		})
	}
	t.Run("OK every item left behind says why", func(t *testing.T) {
		for _, it := range prev.Left {
			if it.Note == "" || it.Title == "" {
				t.Errorf("left %+v has no reason", it)
			}
		}
	})
}

func keysObj(xs []backend.Objective) (out []string) {
	for _, x := range xs {
		out = append(out, x.Key)
	}
	return out
}
func keysOpp(xs []backend.Opportunity) (out []string) {
	for _, x := range xs {
		out = append(out, x.Key)
	}
	return out
}
func keysRisk(xs []backend.Risk) (out []string) {
	for _, x := range xs {
		out = append(out, x.Key)
	}
	return out
}
func keysAct(xs []backend.Action) (out []string) {
	for _, x := range xs {
		out = append(out, x.Key)
	}
	return out
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestCarryForwardBaselines(t *testing.T) {
	next, prev, err := backend.CarryForward(lastYear(), "FY2028")
	if err != nil {
		t.Fatal(err)
	}
	scenarios := []struct {
		key                       string
		baseline, current, target float64
		note                      string
	}{
		{"o-open", 27, 27, 35, "New baseline 27%, where it stands now; target 35%."},
		{"o-off", 31.5, 31.5, 25, "New baseline 31.5\u00a0EUR, where it stands now; target 25\u00a0EUR."},
	}
	for i, sc := range scenarios {
		t.Run("OK "+sc.key+": where the KPI stands now is the new baseline, the target stays", func(t *testing.T) {
			o := next.Objectives[i]
			if o.Key != sc.key || o.Baseline != sc.baseline || o.Current != sc.current || o.Target != sc.target {
				t.Errorf("objective = %+v, want baseline %v = current, target %v", o, sc.baseline, sc.target)
			}
			if o.Status != backend.ObjOnTrack {
				t.Errorf("status = %q; a new period starts on track", o.Status)
			}
			if o.Progress() != 0 {
				t.Errorf("progress = %v; a new period starts at 0", o.Progress())
			}
			if got := noteOf(prev.Carried, sc.key); got != sc.note {
				t.Errorf("note = %q, want %q", got, sc.note)
			}
		})
	}
}

func noteOf(items []backend.CarryItem, key string) string {
	for _, it := range items {
		if it.Key == key {
			return it.Note
		}
	}
	return ""
}

func TestCarryForwardPlan(t *testing.T) {
	from := lastYear()
	next, prev, err := backend.CarryForward(from, " FY2028 ")
	if err != nil {
		t.Fatal(err)
	}
	t.Run("OK a new draft, version 1, of the new period, for the same account", func(t *testing.T) {
		if next.ID != 0 || next.AccountID != 3 || next.Period != "FY2028" || next.Version != 1 || next.Status != backend.PlanDraft ||
			next.ApprovedAt != "" || next.RowVersion != 0 {
			t.Errorf("plan = id %d account %d %q v%d %s approved %q row %d", next.ID, next.AccountID, next.Period, next.Version, next.Status, next.ApprovedAt, next.RowVersion)
		}
		if prev.FromPlanID != 7 || prev.FromPeriod != "FY2027" || prev.Period != "FY2028" {
			t.Errorf("preview = %+v", prev)
		}
	})
	t.Run("OK SWOT, priorities, competitors and vision are the starting draft", func(t *testing.T) {
		if next.Vision != from.Vision || !equal(next.Priorities, from.Priorities) || !equal(next.Strengths, from.Strengths) ||
			!equal(next.Weaknesses, from.Weaknesses) || !equal(next.Opportunities, from.Opportunities) ||
			!equal(next.Threats, from.Threats) || !equal(next.Competitors, from.Competitors) {
			t.Errorf("strategy not carried: %+v", next)
		}
		var titles []string
		for _, it := range prev.Carried {
			if it.Section == backend.CarryStrategy {
				titles = append(titles, it.Title)
			}
		}
		if !equal(titles, []string{"Vision", "Priorities", "SWOT", "Competitors"}) {
			t.Errorf("strategy in the preview = %v", titles)
		}
	})
	t.Run("OK the summary and targets are the new period's to write", func(t *testing.T) {
		if next.ExecutiveSummary != "" || next.RevenueTargetMinor != 0 || next.GrowthTargetPct != 0 {
			t.Errorf("summary %q target %d growth %v", next.ExecutiveSummary, next.RevenueTargetMinor, next.GrowthTargetPct)
		}
		if len(keysOf(prev.Left, backend.CarryTargets)) != 2 {
			t.Errorf("left targets = %+v", prev.Left)
		}
	})
	t.Run("OK an action whose objective stays behind loses the link, and the plan is valid", func(t *testing.T) {
		if next.Actions[0].ObjectiveKey != "o-open" || next.Actions[1].ObjectiveKey != "" {
			t.Errorf("links = %q %q", next.Actions[0].ObjectiveKey, next.Actions[1].ObjectiveKey)
		}
		next.Normalize()
		if err := next.Validate(); err != nil {
			t.Errorf("carried plan is not valid: %v", err)
		}
	})
	t.Run("OK the old plan is not changed", func(t *testing.T) {
		if !equalPlan(from, lastYear()) {
			t.Errorf("the plan carried from changed")
		}
	})
	t.Run("OK an empty plan carries nothing and leaves nothing", func(t *testing.T) {
		next, prev, err := backend.CarryForward(backend.Plan{Period: "FY2027"}, "FY2028")
		if err != nil || len(prev.Carried)+len(prev.Left) != 0 || len(next.Objectives) != 0 || next.Objectives == nil {
			t.Errorf("err %v preview %+v objectives %v", err, prev, next.Objectives)
		}
	})
}

func equalPlan(a, b backend.Plan) bool {
	return a.Objectives[0] == b.Objectives[0] && a.Actions[1] == b.Actions[1] && a.Period == b.Period && equal(a.Strengths, b.Strengths)
}

func TestCarryForwardPeriod(t *testing.T) {
	scenarios := []struct {
		name, from, to string
		ok             bool
	}{
		{"OK the next fiscal year", "FY2027", "FY2028", true},
		{"OK two years on", "FY2027", "FY2029", true},
		{"OK a period that names no year", "Launch", "Run", true},
		{"Invalid the same period", "FY2027", "fy2027", false},
		{"Invalid an earlier period", "FY2027", "FY2026", false},
		{"Invalid the same year written differently", "FY2027", "2027", false},
		{"Invalid empty", "FY2027", " ", false},
		{"Invalid not a period", "FY2027", "<script>", false},
	}
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			_, _, err := backend.CarryForward(backend.Plan{Period: sc.from}, sc.to)
			var e *backend.Error
			switch {
			case sc.ok && err != nil:
				t.Fatalf("err = %v", err)
			case !sc.ok && (!errors.As(err, &e) || e.Code != backend.EINVALID || e.Field != "period" || e.Message == ""):
				t.Fatalf("err = %v, want an invalid period", err)
			}
		})
	}
}

func TestNextPeriod(t *testing.T) {
	scenarios := []struct{ in, want string }{
		{"FY2027", "FY2028"},
		{"FY 2027", "FY 2028"},
		{"2027", "2028"},
		{"fy27", "fy28"},
		{"FY99", ""}, // FY2100 is not written FY00
		{"FY2026/27", "FY2027/28"},
		{"2026-2027", "2027-2028"},
		{"H1 2027", ""},
		{"Launch", ""},
		{"", ""},
	}
	for _, sc := range scenarios {
		t.Run("OK "+sc.in, func(t *testing.T) {
			if got := backend.NextPeriod(sc.in); got != sc.want {
				t.Fatalf("NextPeriod(%q) = %q, want %q", sc.in, got, sc.want)
			}
		})
	}
}

// FuzzCarryForwardPeriod: whatever the director types as the new period,
// the rule answers with a plan or a plain invalid error, never a panic, and
// a suggested next period is always a later fiscal year.
func FuzzCarryForwardPeriod(f *testing.F) {
	for _, s := range []string{"FY2028", "fy27", "FY2026/27", "2026-2027", "Launch", "", " ", "FY9999", "FY 0099", "99/00", "FY2027\x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, period string) {
		if next := backend.NextPeriod(period); next != "" {
			was, ok1 := backend.PeriodFiscalYear(period)
			now, ok2 := backend.PeriodFiscalYear(next)
			if !ok1 || !ok2 || now != was+1 {
				t.Fatalf("NextPeriod(%q) = %q: fiscal year %d (%v) → %d (%v)", period, next, was, ok1, now, ok2)
			}
		}
		next, _, err := backend.CarryForward(lastYear(), period)
		var e *backend.Error
		switch {
		case err != nil && (!errors.As(err, &e) || e.Code != backend.EINVALID || e.Message == ""):
			t.Fatalf("CarryForward(%q): %v", period, err)
		case err == nil:
			next.Normalize()
			if verr := next.Validate(); verr != nil {
				t.Fatalf("CarryForward(%q) made an invalid plan: %v", period, verr)
			}
		}
	})
}
