package export

import (
	"context"
	"math"

	"accountdesk/backend"
)

// Whitespace is an account's whitespace grid in a plan summary: for each
// service line with anything recorded, what each division or brand buys.
type Whitespace struct {
	Divisions []string         `json:"divisions"`
	Lines     []WhitespaceLine `json:"lines"`
	// Overall figures: current and competitor annual values, the untapped
	// potential, and share of wallet (null without current or competitor
	// value). Competitor cells without a value count as 0 and are counted
	// in unpricedCompetitors.
	CurrentMinor        int64    `json:"currentMinor"`
	CompetitorMinor     int64    `json:"competitorMinor"`
	UntappedMinor       int64    `json:"untappedMinor"`
	SharePct            *float64 `json:"sharePct"`
	UnpricedCompetitors int      `json:"unpricedCompetitors"`
	// Empty lists the service lines with nothing recorded, for the PDF;
	// not part of the JSON.
	Empty []string `json:"-"`
}

// WhitespaceLine is one service line of the grid.
type WhitespaceLine struct {
	ServiceLine     string `json:"serviceLine"`
	Retired         bool   `json:"retired"`
	CurrentMinor    int64  `json:"currentMinor"`
	CompetitorMinor int64  `json:"competitorMinor"`
	UntappedMinor   int64  `json:"untappedMinor"`
	// SharePct is null when the line has no current or competitor value.
	SharePct *float64 `json:"sharePct"`
	// Cells are in the order of divisions, one per division.
	Cells []WhitespaceCell `json:"cells"`
}

// WhitespaceCell is one division × service line; status "" is empty.
type WhitespaceCell struct {
	Status     string `json:"status"` // current, potential, competitor, not_for_us or ""
	ValueMinor int64  `json:"valueMinor"`
	Competitor string `json:"competitor"`
	// Opportunity is the title of the plan opportunity made from the cell, "" when none.
	Opportunity string `json:"opportunity"`
	// Text is the cell in words ("Current USD 300,000"), for people's formats.
	Text string `json:"-"`
}

// UntappedLine is one service line's untapped potential across the portfolio.
type UntappedLine struct {
	ServiceLine   string `json:"serviceLine"`
	UntappedMinor int64  `json:"untappedMinor"`
	Accounts      int    `json:"accounts"`
}

// addWhitespace puts the account's grid into its plan summary.
func addWhitespace(ctx context.Context, src Source, s *PlanSummary, accountID int64) error {
	g, err := src.WhitespaceGrid(ctx, accountID)
	if err != nil {
		return err
	}
	s.Whitespace = whitespaceOf(g, s.Currency)
	return nil
}

func whitespaceOf(g backend.Grid, currency string) Whitespace {
	o := g.Summary.Overall
	w := Whitespace{Divisions: []string{}, Lines: []WhitespaceLine{}, Empty: []string{},
		CurrentMinor: o.CurrentMinor, CompetitorMinor: o.CompetitorMinor, UntappedMinor: o.UntappedMinor,
		SharePct: share(o), UnpricedCompetitors: o.UnpricedCompetitors}
	for _, d := range g.Divisions {
		w.Divisions = append(w.Divisions, d.Name)
	}
	cells := map[[2]int64]backend.Cell{}
	for _, c := range g.Cells {
		cells[[2]int64{c.DivisionID, c.ServiceLineID}] = c
	}
	for i, l := range g.Lines {
		line := WhitespaceLine{ServiceLine: l.Name, Retired: l.Retired, Cells: []WhitespaceCell{}}
		if i < len(g.Summary.Lines) {
			s := g.Summary.Lines[i]
			line.CurrentMinor, line.CompetitorMinor, line.UntappedMinor, line.SharePct = s.CurrentMinor, s.CompetitorMinor, s.UntappedMinor, share(s)
		}
		any := false
		for _, d := range g.Divisions {
			c, ok := cells[[2]int64{d.ID, l.ID}]
			cell := WhitespaceCell{}
			if ok {
				any = true
				cell = WhitespaceCell{Status: c.Status, ValueMinor: c.ValueMinor, Competitor: c.Competitor}
				if c.Opportunity != nil {
					cell.Opportunity = c.Opportunity.Title
				}
				cell.Text = cellText(cell, func(m int64) string { return Money(m, currency) })
			}
			line.Cells = append(line.Cells, cell)
		}
		if any {
			w.Lines = append(w.Lines, line)
		} else {
			w.Empty = append(w.Empty, l.Name)
		}
	}
	return w
}

func share(w backend.LineWallet) *float64 {
	if !w.HasShare {
		return nil
	}
	v := math.Round(w.SharePct*10) / 10
	return &v
}

// cellText is a cell in the words of the documents.
func cellText(c WhitespaceCell, money func(int64) string) string {
	var t string
	switch c.Status {
	case backend.CellCurrent:
		t = "Current"
	case backend.CellPotential:
		t = "Potential"
	case backend.CellCompetitor:
		t = c.Competitor
	case backend.CellNotForUs:
		return "Not for us"
	default:
		return ""
	}
	if c.ValueMinor > 0 {
		t += " " + money(c.ValueMinor)
	}
	if c.Opportunity != "" {
		t += " (opportunity)"
	}
	return t
}

// ShareText is a share of wallet in words: "75%", or "–" when there is none.
func ShareText(p *float64) string {
	if p == nil {
		return "–"
	}
	return Number(*p) + "%"
}

// addUntapped puts untapped potential by service line into the portfolio.
func addUntapped(ctx context.Context, src Source, p *PortfolioSummary) error {
	lines, err := src.UntappedByServiceLine(ctx)
	if err != nil {
		return err
	}
	p.UntappedByServiceLine = []UntappedLine{}
	for _, l := range lines {
		p.UntappedByServiceLine = append(p.UntappedByServiceLine, UntappedLine(l))
	}
	return nil
}
