package demo

import (
	"context"
	"fmt"
	"math/rand/v2"

	"accountdesk/backend"
)

// demoLines are the demo agency's service lines: the grid's columns.
var demoLines = []string{"Brand campaigns", "Performance media", "Social", "Content studio", "CRM & lifecycle",
	"Retail media", "Influencer", "Experiential", "PR & comms", "Account-based marketing"}

// lineOf maps what a client's core work or growth area is called to the
// demo agency's service line for it.
func lineOf(work string) string {
	switch work {
	case "Corporate comms":
		return "PR & comms"
	case "Packaging design", "Launch campaigns":
		return "Brand campaigns"
	case "Patient comms":
		return "CRM & lifecycle"
	case "B2B content":
		return "Content studio"
	case "Direct response":
		return "Performance media"
	}
	return work
}

// whitespace fills an account's grid: its divisions or brands, the core work
// as current, the growth area as potential (an opportunity already when the
// plan is still a draft), a rival agency on one line and a line that is not
// for us. The first account also sets the workspace's service lines. It
// draws from its own generator so the rest of the demo stays as it was.
func (g *gen) whitespace(ctx context.Context, s Store, a backend.Account, c client, i int) error {
	if i == 0 {
		lines := make([]backend.ServiceLine, len(demoLines))
		for k, n := range demoLines {
			lines[k] = backend.ServiceLine{Name: n}
		}
		if _, err := s.SaveServiceLines(ctx, lines); err != nil {
			return fmt.Errorf("demo service lines: %w", err)
		}
	}
	all, err := s.ServiceLines(ctx)
	if err != nil {
		return err
	}
	id := map[string]int64{}
	for _, l := range all {
		id[l.Name] = l.ID
	}
	r := rand.New(rand.NewPCG(19, uint64(a.ID)))
	divisions := map[string][]string{
		backend.TierStrategic: {"Group brand", "Consumer", "Business"},
		backend.TierKey:       {"Consumer", "Business"},
	}[a.Tier]
	if len(divisions) == 0 || i >= DefaultAccounts {
		divisions = []string{"Whole client"}
	}
	annual := c.monthlyRevenue * 12
	core, grow := id[lineOf(c.core)], id[lineOf(c.growInto)]
	var g2 backend.Grid
	for k, name := range divisions {
		g2, err = s.SaveDivision(ctx, backend.Division{AccountID: a.ID, Name: name})
		if err != nil {
			return err
		}
		dv := g2.Divisions[len(g2.Divisions)-1].ID
		cells := []backend.Cell{
			{ServiceLineID: core, Status: backend.CellCurrent, ValueMinor: annual / int64(len(divisions)) / 100_000 * 100_000},
			{ServiceLineID: grow, Status: backend.CellPotential, ValueMinor: annual * int64(10+r.IntN(20)) / 100 / int64(len(divisions)) / 100_000 * 100_000},
		}
		if rival := id["Content studio"]; rival != core && rival != grow {
			value := int64(0) // the rival's spend is not always known
			if r.IntN(3) > 0 {
				value = annual * int64(5+r.IntN(15)) / 100 / 100_000 * 100_000
			}
			cells = append(cells, backend.Cell{ServiceLineID: rival, Status: backend.CellCompetitor, Competitor: rivals[r.IntN(len(rivals))], ValueMinor: value})
		}
		if k == 0 {
			if other := id["Experiential"]; other != core && other != grow {
				cells = append(cells, backend.Cell{ServiceLineID: other, Status: backend.CellNotForUs})
			}
		}
		for _, cell := range cells {
			if cell.ServiceLineID == 0 || cell.ServiceLineID == core && cell.Status != backend.CellCurrent {
				continue
			}
			cell.DivisionID = dv
			if _, err := s.SaveCell(ctx, cell); err != nil {
				return fmt.Errorf("demo cell: %w", err)
			}
		}
		if k == 0 && grow != core && grow != 0 {
			_, err := s.MakeOpportunity(ctx, dv, grow)
			if err != nil && backend.ErrorCode(err) != backend.ELOCKED {
				return fmt.Errorf("demo opportunity: %w", err)
			}
		}
	}
	return nil
}
