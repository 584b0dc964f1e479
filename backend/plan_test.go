package backend_test

import (
	"strings"
	"testing"

	"accountdesk/backend"
)

func TestPipelineOf(t *testing.T) {
	opps := []backend.Opportunity{
		{Title: "Social retainer", ValueMinor: 100_000_00, Probability: 50, Stage: backend.StageProposal},
		{Title: "CRM programme", ValueMinor: 40_000_00, Probability: 25, Stage: backend.StageQualified},
		{Title: "Renewal", ValueMinor: 200_000_00, Probability: 100, Stage: backend.StageWon},
		{Title: "Lost pitch", ValueMinor: 90_000_00, Probability: 60, Stage: backend.StageLost},
	}
	p := backend.PipelineOf(opps, 400_000_00)
	if p.OpenMinor != 140_000_00 {
		t.Errorf("open = %d, want 140 000.00 (won and lost are not open)", p.OpenMinor)
	}
	if p.WeightedMinor != 60_000_00 {
		t.Errorf("weighted = %d, want 50 000 + 10 000", p.WeightedMinor)
	}
	if p.WonMinor != 200_000_00 {
		t.Errorf("won = %d", p.WonMinor)
	}
	if p.CoveragePct != 65 {
		t.Errorf("coverage = %v%%, want (200 000 + 60 000) / 400 000 = 65%%", p.CoveragePct)
	}
	if p.ByStage[backend.StageLost] != 90_000_00 {
		t.Errorf("by stage lost = %d", p.ByStage[backend.StageLost])
	}
	if got := backend.PipelineOf(opps, 0).CoveragePct; got != 0 {
		t.Errorf("coverage without a target = %v, want 0", got)
	}
}

func TestObjectiveProgress(t *testing.T) {
	scenarios := []struct {
		name                     string
		baseline, target, actual float64
		want                     float64
	}{
		{"OK halfway up", 10, 20, 15, 50},
		{"OK reducing a number (cost per lead)", 40, 20, 30, 50},
		{"OK beyond target caps at 100", 0, 10, 25, 100},
		{"OK going backwards floors at 0", 10, 20, 5, 0},
		{"OK target equals baseline and met", 5, 5, 5, 100},
		{"OK target equals baseline and missed", 5, 5, 4, 0},
	}
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			o := backend.Objective{Baseline: sc.baseline, Target: sc.target, Current: sc.actual}
			if got := o.Progress(); got != sc.want {
				t.Fatalf("progress = %v, want %v", got, sc.want)
			}
		})
	}
}

func TestCanTransition(t *testing.T) {
	scenarios := []struct {
		from, to string
		ok       bool
	}{
		{backend.PlanDraft, backend.PlanInReview, true},
		{backend.PlanDraft, backend.PlanApproved, true},
		{backend.PlanInReview, backend.PlanDraft, true},
		{backend.PlanInReview, backend.PlanApproved, true},
		{backend.PlanApproved, backend.PlanArchived, true},
		{backend.PlanApproved, backend.PlanDraft, false},
		{backend.PlanApproved, backend.PlanInReview, false},
		{backend.PlanArchived, backend.PlanDraft, false},
		{backend.PlanArchived, backend.PlanApproved, false},
		{backend.PlanDraft, "published", false},
	}
	for _, sc := range scenarios {
		t.Run(sc.from+" to "+sc.to, func(t *testing.T) {
			if got := backend.CanTransition(sc.from, sc.to); got != sc.ok {
				t.Fatalf("CanTransition = %v, want %v", got, sc.ok)
			}
		})
	}
}

func TestPlanValidate(t *testing.T) {
	valid := func() backend.Plan {
		return backend.Plan{Period: "FY2027",
			Objectives: []backend.Objective{{Key: "o1", Title: "Grow social", Cadence: "quarterly", Status: backend.ObjOnTrack}},
			Opps:       []backend.Opportunity{{Title: "Upsell", Type: "upsell", Probability: 40, Stage: backend.StageProposal}},
			Risks:      []backend.Risk{{Title: "Scope creep on web build", Category: "scope_creep", Likelihood: 3, Impact: 4, Status: "open"}},
			Actions:    []backend.Action{{Title: "Book QBR", Status: "open", ObjectiveKey: "o1"}},
		}
	}
	scenarios := []struct {
		name   string
		change func(*backend.Plan)
		field  string
	}{
		{"OK", func(*backend.Plan) {}, ""},
		{"OK defaults fill blank statuses", func(p *backend.Plan) { p.Objectives[0].Status, p.Objectives[0].Cadence = "", "" }, ""},
		{"ErrPeriodEmpty", func(p *backend.Plan) { p.Period = " " }, "period"},
		{"ErrObjectiveTitle", func(p *backend.Plan) { p.Objectives[0].Title = "" }, "objectives.0.title"},
		{"ErrObjectiveDue", func(p *backend.Plan) { p.Objectives[0].Due = "next week" }, "objectives.0.due"},
		{"ErrObjectiveDueImpossible", func(p *backend.Plan) { p.Objectives[0].Due = "2026-02-30" }, "objectives.0.due"},
		{"OK objective due on a leap day", func(p *backend.Plan) { p.Objectives[0].Due = "2028-02-29" }, ""},
		{"ErrObjectiveDueNotLeapYear", func(p *backend.Plan) { p.Objectives[0].Due = "2026-02-29" }, "objectives.0.due"},
		{"ErrExpectedCloseImpossible", func(p *backend.Plan) { p.Opps[0].ExpectedClose = "2026-04-31" }, "opportunities.0.expectedClose"},
		{"ErrActionDueImpossible", func(p *backend.Plan) { p.Actions[0].Due = "2026-13-01" }, "actions.0.due"},
		{"ErrProbabilityOver100", func(p *backend.Plan) { p.Opps[0].Probability = 101 }, "opportunities.0.probability"},
		{"ErrNegativeValue", func(p *backend.Plan) { p.Opps[0].ValueMinor = -1 }, "opportunities.0.valueMinor"},
		{"ErrRiskImpact", func(p *backend.Plan) { p.Risks[0].Impact = 6 }, "risks.0.impact"},
		{"ErrRiskCategory", func(p *backend.Plan) { p.Risks[0].Category = "gremlins" }, "risks.0.category"},
		{"ErrActionLinksMissingObjective", func(p *backend.Plan) { p.Actions[0].ObjectiveKey = "nope" }, "actions.0.objectiveKey"},
		{"ErrNegativeTarget", func(p *backend.Plan) { p.RevenueTargetMinor = -5 }, "revenueTargetMinor"},
	}
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			p := valid()
			sc.change(&p)
			p.Normalize()
			err := p.Validate()
			if sc.field == "" && err != nil {
				t.Fatalf("want valid, got %v", err)
			}
			if sc.field != "" && (backend.ErrorCode(err) != backend.EINVALID || backend.ErrorField(err) != sc.field) {
				t.Fatalf("err = %v, want invalid on %s", err, sc.field)
			}
		})
	}
}

func TestDiffPlans(t *testing.T) {
	v1 := backend.Plan{
		RevenueTargetMinor: 1_000_000_00,
		Objectives: []backend.Objective{
			{Key: "a", Title: "Grow social", Target: 20, Current: 5, Unit: "%", Status: backend.ObjOnTrack},
			{Key: "b", Title: "Launch loyalty", Status: backend.ObjOnTrack},
		},
		Opps:  []backend.Opportunity{{Key: "x", Title: "Video", ValueMinor: 50_000_00, Probability: 30, Stage: backend.StageQualified}},
		Risks: []backend.Risk{{Key: "r", Title: "Budget cut", Likelihood: 2, Impact: 4, Status: "open"}},
	}
	v2 := v1
	v2.RevenueTargetMinor = 1_200_000_00
	v2.Objectives = []backend.Objective{
		{Key: "a", Title: "Grow social share", Target: 25, Current: 5, Unit: "%", Status: backend.ObjAtRisk},
		{Key: "c", Title: "Win the CRM brief", Status: backend.ObjOnTrack},
	}
	v2.Opps = []backend.Opportunity{{Key: "x", Title: "Video", ValueMinor: 50_000_00, Probability: 60, Stage: backend.StageProposal}}
	v2.Risks = v1.Risks

	changes := backend.DiffPlans(v1, v2)
	got := map[string]backend.Change{}
	for _, c := range changes {
		got[c.Section+"/"+c.Kind+"/"+c.Title] = c
	}
	want := []string{
		"objectives/changed/Grow social share",
		"objectives/added/Win the CRM brief",
		"objectives/removed/Launch loyalty",
		"opportunities/changed/Video",
		"plan/changed/Revenue target",
	}
	for _, w := range want {
		if _, ok := got[w]; !ok {
			t.Errorf("missing change %s in %+v", w, changes)
		}
	}
	if len(changes) != len(want) {
		t.Errorf("got %d changes, want %d (risks did not change): %+v", len(changes), len(want), changes)
	}
	detail := got["objectives/changed/Grow social share"].Detail
	for _, part := range []string{`renamed from "Grow social"`, "target 20 % → target 25 %", "status on track → status at risk"} {
		if !strings.Contains(detail, part) {
			t.Errorf("detail %q lacks %q", detail, part)
		}
	}
	if d := got["plan/changed/Revenue target"].Detail; d != "1,000,000.00 → 1,200,000.00" {
		t.Errorf("revenue target detail = %q", d)
	}
}
