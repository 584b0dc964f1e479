package export_test

import (
	"context"
	"strings"
	"testing"

	"accountdesk/backend"
	"accountdesk/backend/export"
)

func TestDiff(t *testing.T) {
	base := func() export.PlanSummary {
		return export.PlanSummary{Currency: "USD", Plan: &export.PlanInfo{
			Period:        "FY2027",
			Objectives:    []export.Objective{{Title: "Grow revenue", Unit: "k", Current: 800, Target: 1000, Status: "on_track"}, {Title: "Cut write-offs", Unit: "%", Current: 5, Target: 2, Status: "on_track"}},
			Opportunities: []export.Opportunity{{Title: "Social retainer", ValueMinor: 12_000_000, Probability: 40, Stage: "qualified"}, {Title: "Brand refresh", ValueMinor: 5_000_000, Probability: 20, Stage: "identified"}},
			Pipeline:      export.Pipeline{WeightedMinor: 5_800_000},
			Risks:         []export.Risk{{Title: "Procurement review", Score: 12, Status: "open"}},
		}}
	}
	tests := []struct {
		name                string
		change              func(p *export.PlanInfo)
		objectives, pipe, r []string // substrings expected, in order
	}{
		{"nothing changed", func(*export.PlanInfo) {}, nil, nil, nil},
		{"objective status and progress", func(p *export.PlanInfo) { p.Objectives[0].Status, p.Objectives[0].Current = "at_risk", 850 },
			[]string{"Grow revenue: on track → at risk.", "Grow revenue: 800 → 850k (target 1000)."}, nil, nil},
		{"opportunity moved, valued, added and removed", func(p *export.PlanInfo) {
			p.Opportunities[0].Stage, p.Opportunities[0].ValueMinor = "proposal", 15_000_000
			p.Opportunities = []export.Opportunity{p.Opportunities[0], {Title: "Events", ValueMinor: 3_000_000, Stage: "identified"}}
			p.Pipeline.WeightedMinor = 6_300_000
		}, nil, []string{"Social retainer: qualified → proposal.", "Social retainer: value USD 120,000 → USD 150,000.", "New opportunity: Events (USD 30,000, identified).", "Opportunity removed: Brand refresh.", "Weighted pipeline USD 58,000 → USD 63,000."}, nil},
		{"probability alone", func(p *export.PlanInfo) { p.Opportunities[1].Probability = 35 }, nil, []string{"Brand refresh: probability 20% → 35%."}, nil},
		{"risk rescored and closed, new risk", func(p *export.PlanInfo) {
			p.Risks[0].Score, p.Risks[0].Status = 20, "closed"
			p.Risks = append(p.Risks, export.Risk{Title: "Key contact leaving", Score: 16})
		}, nil, nil, []string{"Procurement review: score 12 → 20.", "Procurement review: open → closed.", "New risk: Key contact leaving (score 16)."}},
		{"objective renamed reads as removed and new", func(p *export.PlanInfo) { p.Objectives[1].Title = "Reduce write-offs" },
			[]string{"New objective: Reduce write-offs.", "Objective removed: Cut write-offs."}, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cur := base()
			tt.change(cur.Plan)
			c := export.Diff(base(), cur, "2026-11-17T09:00:00Z")
			if c == nil || c.SinceDate() != "2026-11-17" {
				t.Fatalf("changes = %+v", c)
			}
			for _, pair := range []struct {
				got, want []string
			}{{c.Objectives, tt.objectives}, {c.Pipeline, tt.pipe}, {c.Risks, tt.r}} {
				if len(pair.got) != len(pair.want) {
					t.Fatalf("got %q, want %q", pair.got, pair.want)
				}
				for i := range pair.want {
					if pair.got[i] != pair.want[i] {
						t.Errorf("line %d = %q, want %q", i, pair.got[i], pair.want[i])
					}
				}
			}
			if (tt.objectives == nil && tt.pipe == nil && tt.r == nil) != c.None() {
				t.Errorf("None() = %v", c.None())
			}
		})
	}
	if export.Diff(export.PlanSummary{}, base(), "") != nil {
		t.Error("with no plan last time there is nothing to compare")
	}
}

// The second export of an account says what changed since the first: the
// first export is remembered only once it was written.
func TestChangesSinceLastExport(t *testing.T) {
	ctx := context.Background()
	db := demoDB(t)
	req := export.Request{Formats: []string{"md"}, AccountIDs: []int64{1}}
	first, err := export.Render(ctx, db, req, now)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(first[0].Data), "This is the first export of this plan") {
		t.Fatalf("first export:\n%s", first[0].Data)
	}
	if first[0].AccountID != 1 || len(first[0].Summary) == 0 {
		t.Fatal("plan files carry their account's summary, to remember after writing")
	}
	if err := db.SaveExportSnapshots(ctx, map[int64][]byte{1: first[0].Summary}); err != nil {
		t.Fatal(err)
	}
	again, _ := export.Render(ctx, db, req, now)
	if !strings.Contains(string(again[0].Data), "Nothing changed in objectives, pipeline or risks since the export of") {
		t.Fatalf("unchanged export:\n%s", again[0].Data)
	}

	// An objective moves on.
	plans, err := db.Plans(ctx, 1)
	if err != nil || len(plans) == 0 {
		t.Fatalf("plans: %v", err)
	}
	p, err := db.Plan(ctx, plans[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if p.Status != backend.PlanDraft { // an approved plan changes in a new version
		if p, err = db.NewPlanVersion(ctx, p.ID); err != nil {
			t.Fatal(err)
		}
	}
	p.Objectives[0].Status = backend.ObjAtRisk
	if _, err := db.SavePlan(ctx, p); err != nil {
		t.Fatal(err)
	}
	later, err := export.Render(ctx, db, req, now)
	if err != nil {
		t.Fatal(err)
	}
	md := string(later[0].Data)
	if !strings.Contains(md, "- Objectives: "+p.Objectives[0].Title+": ") || !strings.Contains(md, "→ at risk.") {
		t.Fatalf("the change is not listed:\n%s", md)
	}
}
