package demo

import (
	"context"
	"fmt"

	"accountdesk/backend"
)

// typePlan gives a demo plan its type, by account: most are retention plans,
// every third is an expansion plan (a client with room to grow), every
// seventh an acquisition plan (a new division to win). A few plans are
// still being written — a risk without an owner, an action without a date,
// no vision yet — so the accounts list's completeness has something to sort.
// Deterministic in the account's number: it draws nothing from the demo's
// random stream.
func (g *gen) typePlan(ctx context.Context, s Store, p backend.Plan, n int) (backend.Plan, error) {
	typ := backend.PlanRetention
	switch {
	case n%7 == 3:
		typ = backend.PlanAcquisition
	case n%3 == 1:
		typ = backend.PlanExpansion
	}
	if typ != backend.PlanRetention {
		templates, err := s.PlanTemplates(ctx)
		if err != nil {
			return p, fmt.Errorf("demo plan templates: %w", err)
		}
		for _, t := range templates {
			if t.BuiltIn && t.Type == typ {
				if p, err = s.SetPlanTemplate(ctx, p.ID, t.ID); err != nil {
					return p, err
				}
			}
		}
	}
	if n%4 != 2 {
		return p, nil
	}
	p.Vision = ""
	if len(p.Risks) > 1 {
		p.Risks[1].Owner, p.Risks[1].OwnerID = "", 0
	}
	if len(p.Actions) > 1 {
		p.Actions[1].Due = ""
	}
	if n%8 == 6 {
		p.Objectives = p.Objectives[:0]
		p.Actions = p.Actions[:0]
		p.Competitors = nil
	}
	return s.SavePlan(ctx, p)
}
