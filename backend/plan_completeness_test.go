package backend_test

import (
	"strings"
	"testing"

	"accountdesk/backend"
)

// fullPlan is a plan every built-in template finds complete.
func fullPlan() backend.Plan {
	return backend.Plan{
		ExecutiveSummary: "Stabilise, then grow social.", Vision: "Lead agency by FY2028.",
		Priorities: []string{"Renewal"}, Competitors: []string{"Rival & Co"}, RevenueTargetMinor: 500_000_00,
		Strengths: []string{"Creative"}, Weaknesses: []string{"Media"}, Opportunities: []string{"CRM"}, Threats: []string{"Review"},
		Objectives: []backend.Objective{{Title: "Lift NPS", KPI: "NPS", Baseline: 30, Target: 45, Status: backend.ObjOnTrack}},
		Opps:       []backend.Opportunity{{Title: "Social retainer", Stage: backend.StageQualified}},
		Risks:      []backend.Risk{{Title: "Budget cut", Owner: "Dana", Status: "open"}},
		Actions:    []backend.Action{{Title: "Book the QBR", Due: "2027-01-15", Status: "open"}},
	}
}

func TestMeasurable(t *testing.T) {
	scenarios := []struct {
		name string
		o    backend.Objective
		want bool
	}{
		{"OK a KPI and a target apart from the baseline", backend.Objective{KPI: "NPS", Baseline: 30, Target: 45}, true},
		{"OK a target below the baseline (cut hours)", backend.Objective{KPI: "Hours over", Baseline: 40, Target: 10}, true},
		{"no KPI named", backend.Objective{Baseline: 30, Target: 45}, false},
		{"a KPI of spaces", backend.Objective{KPI: "  ", Baseline: 30, Target: 45}, false},
		{"target equals baseline", backend.Objective{KPI: "NPS", Unit: "points", Baseline: 30, Target: 30}, false},
		{"nothing set but a KPI", backend.Objective{KPI: "Revenue"}, false},
	}
	for _, s := range scenarios {
		t.Run(s.name, func(t *testing.T) {
			if got := backend.Measurable(s.o); got != s.want {
				t.Errorf("Measurable(%+v) = %v, want %v", s.o, got, s.want)
			}
		})
	}
}

func TestCompletenessOf(t *testing.T) {
	all := []string{backend.SectionSummary, backend.SectionVision, backend.SectionPriorities, backend.SectionCompetitors,
		backend.SectionTargets, backend.SectionSWOT, backend.SectionObjectives, backend.SectionOpportunities,
		backend.SectionRisks, backend.SectionActions}
	scenarios := []struct {
		name    string
		edit    func(p *backend.Plan)
		counted []string
		pct     int
		missing []string // a substring of each missing line, in order
	}{
		{"OK every section filled", func(*backend.Plan) {}, all, 100, nil},
		{"OK nothing counted is complete", func(p *backend.Plan) { *p = backend.Plan{} }, nil, 100, nil},
		{"an empty plan", func(p *backend.Plan) { *p = backend.Plan{} }, all, 0, []string{
			"Write the executive summary.", "Write the vision.", "strategic priority", "competitor", "revenue target",
			"strengths, weaknesses, opportunities and threats are empty", "Add at least one objective.",
			"opportunity to the pipeline", "Add at least one risk.", "Add at least one action.",
		}},
		{"only the counted sections matter", func(p *backend.Plan) { p.Vision, p.Competitors = "", nil },
			[]string{backend.SectionSummary, backend.SectionObjectives}, 100, nil},
		{"a summary of spaces is not written", func(p *backend.Plan) { p.ExecutiveSummary = " \n " },
			[]string{backend.SectionSummary, backend.SectionVision}, 50, []string{"Write the executive summary."}},
		{"SWOT scores a quarter a quadrant", func(p *backend.Plan) { p.Threats = nil },
			[]string{backend.SectionSWOT}, 75, []string{"Fill in the SWOT: threats is empty."}},
		{"half the objectives measurable", func(p *backend.Plan) {
			p.Objectives = append(p.Objectives, backend.Objective{Title: "Grow social", KPI: "Revenue", Baseline: 5, Target: 5, Status: backend.ObjAtRisk})
		}, []string{backend.SectionObjectives}, 50, []string{"1 objective has no measurable KPI: “Grow social”. Name the KPI"}},
		{"a cancelled objective asks nothing", func(p *backend.Plan) {
			p.Objectives = append(p.Objectives, backend.Objective{Title: "Old idea", Status: backend.ObjCancelled})
		}, []string{backend.SectionObjectives}, 100, nil},
		{"only cancelled objectives still fill the section", func(p *backend.Plan) {
			p.Objectives = []backend.Objective{{Title: "Old idea", Status: backend.ObjCancelled}}
		}, []string{backend.SectionObjectives}, 100, nil},
		{"open risks without owners, one of three owned", func(p *backend.Plan) {
			p.Risks = append(p.Risks, backend.Risk{Title: "Key contact leaves", Status: "open"}, backend.Risk{Title: "Scope creep", Status: "open"})
		}, []string{backend.SectionRisks, backend.SectionSummary}, 66, []string{"2 open risks have no owner: “Key contact leaves” and “Scope creep”."}},
		{"a risk owned by a team member has an owner", func(p *backend.Plan) {
			p.Risks = []backend.Risk{{Title: "Budget", OwnerID: 3, Status: "open"}}
		}, []string{backend.SectionRisks}, 100, nil},
		{"a closed risk needs no owner", func(p *backend.Plan) {
			p.Risks = append(p.Risks, backend.Risk{Title: "Old", Status: "closed"}, backend.Risk{Title: "Handled", Status: "mitigated"})
		}, []string{backend.SectionRisks}, 100, nil},
		{"open actions without dates; done ones ask nothing", func(p *backend.Plan) {
			p.Actions = append(p.Actions, backend.Action{Title: "Send deck", Status: "in_progress"},
				backend.Action{Title: "Old", Status: "done"}, backend.Action{Title: "Dropped", Status: "cancelled"})
		}, []string{backend.SectionActions}, 50, []string{"1 open action has no due date: “Send deck”."}},
		{"a short item without a title is counted, not named", func(p *backend.Plan) {
			p.Actions = []backend.Action{{Title: " ", Status: "open"}}
		}, []string{backend.SectionActions}, 0, []string{"1 open action has no due date."}},
		{"never 100 with something missing", func(p *backend.Plan) {
			for i := range 199 {
				p.Actions = append(p.Actions, backend.Action{Title: "a" + string(rune('a'+i%26)), Due: "2027-01-01", Status: "open"})
			}
			p.Actions = append(p.Actions, backend.Action{Title: "Undated", Status: "open"})
		}, []string{backend.SectionActions, backend.SectionSummary, backend.SectionVision}, 99, []string{"“Undated”"}},
		{"a section that cannot count counts as done", func(*backend.Plan) {}, []string{backend.SectionWhitespace}, 100, nil},
	}
	for _, s := range scenarios {
		t.Run(s.name, func(t *testing.T) {
			p := fullPlan()
			s.edit(&p)
			got := backend.CompletenessOf(backend.FactsOf(p), s.counted)
			if got.Pct != s.pct {
				t.Errorf("pct = %d, want %d (missing %q)", got.Pct, s.pct, got.Missing)
			}
			if len(got.Missing) != len(s.missing) {
				t.Fatalf("missing = %q, want %d lines like %q", got.Missing, len(s.missing), s.missing)
			}
			for i, want := range s.missing {
				if !strings.Contains(got.Missing[i], want) {
					t.Errorf("missing = %q, want a line with %q", got.Missing, want)
				}
			}
			if (got.Pct == 100) != (len(got.Missing) == 0) {
				t.Errorf("pct %d with missing %q: 100 means nothing is missing", got.Pct, got.Missing)
			}
		})
	}
}

// TestCompletenessOfBuiltInTemplates: a new plan is 0 % complete under every
// built-in template, a filled one 100 %.
func TestCompletenessOfBuiltInTemplates(t *testing.T) {
	for _, tpl := range backend.BuiltInPlanTemplates() {
		t.Run(tpl.Name, func(t *testing.T) {
			tpl.Normalize()
			if c := backend.CompletenessOf(backend.FactsOf(backend.Plan{}), tpl.Counted()); c.Pct != 0 || len(c.Missing) != len(tpl.Counted()) {
				t.Errorf("empty plan: %d%%, missing %q", c.Pct, c.Missing)
			}
			if c := backend.CompletenessOf(backend.FactsOf(fullPlan()), tpl.Counted()); c.Pct != 100 {
				t.Errorf("full plan: %d%%, missing %q", c.Pct, c.Missing)
			}
		})
	}
}

func TestCompletenessBelow(t *testing.T) {
	for _, s := range []struct {
		pct, bound int
		want       bool
	}{{49, 50, true}, {50, 50, false}, {0, 50, true}, {100, 0, true}, {0, 0, true}, {99, 100, true}, {100, 100, false}} {
		if got := backend.CompletenessBelow(s.pct, s.bound); got != s.want {
			t.Errorf("CompletenessBelow(%d, %d) = %v, want %v", s.pct, s.bound, got, s.want)
		}
	}
}
