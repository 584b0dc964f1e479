package backend_test

import (
	"errors"
	"math"
	"strings"
	"testing"

	"accountdesk/backend"
)

func cell(line int64, status string, value int64) backend.Cell {
	c := backend.Cell{ServiceLineID: line, Status: status, ValueMinor: value}
	if status == backend.CellCompetitor {
		c.Competitor = "Kite & Co"
	}
	return c
}

func linked(c backend.Cell, stage string) backend.Cell {
	c.OpportunityKey = "k"
	c.Opportunity = &backend.CellOpportunity{Key: "k", Stage: stage}
	return c
}

// Share of wallet is our current ÷ (current + competitor), per line and overall.
func TestShareOfWallet(t *testing.T) {
	lines := []backend.ServiceLine{{ID: 1, Name: "Social"}, {ID: 2, Name: "CRM"}, {ID: 3, Name: "PR"}}
	scenarios := []struct {
		name      string
		cells     []backend.Cell
		line      int64 // 0: overall
		wantPct   float64
		wantShare bool
		unpriced  int
	}{
		{"OK all ours", []backend.Cell{cell(1, backend.CellCurrent, 100)}, 1, 100, true, 0},
		{"OK shared with a competitor", []backend.Cell{cell(1, backend.CellCurrent, 300), cell(1, backend.CellCompetitor, 100)}, 1, 75, true, 0},
		{"OK all a competitor's", []backend.Cell{cell(2, backend.CellCompetitor, 500)}, 2, 0, true, 0},
		{"OK several divisions add up", []backend.Cell{cell(1, backend.CellCurrent, 100), cell(1, backend.CellCurrent, 100), cell(1, backend.CellCompetitor, 200)}, 1, 50, true, 0},
		{"OK overall across lines", []backend.Cell{cell(1, backend.CellCurrent, 100), cell(2, backend.CellCompetitor, 300)}, 0, 25, true, 0},
		{"OK competitor without a value counts as 0 and is counted as unpriced", []backend.Cell{cell(1, backend.CellCurrent, 100), cell(1, backend.CellCompetitor, 0)}, 1, 100, true, 1},
		{"OK only an unpriced competitor: no share to show", []backend.Cell{cell(3, backend.CellCompetitor, 0)}, 3, 0, false, 1},
		{"OK potential and not-for-us are not in the wallet", []backend.Cell{cell(1, backend.CellCurrent, 100), cell(1, backend.CellPotential, 900), cell(1, backend.CellNotForUs, 0)}, 1, 100, true, 0},
		{"OK empty line has no share", nil, 2, 0, false, 0},
		{"OK a cell on a line not in the grid still counts overall", []backend.Cell{cell(9, backend.CellCurrent, 100), cell(1, backend.CellCompetitor, 100)}, 0, 50, true, 0},
	}
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			s := backend.SummarizeGrid(lines, sc.cells)
			if len(s.Lines) != len(lines) {
				t.Fatalf("%d line figures, want one per line", len(s.Lines))
			}
			w := s.Overall
			if sc.line != 0 {
				w = s.Lines[sc.line-1]
				if w.ServiceLineID != sc.line {
					t.Fatalf("line figures out of order: %+v", s.Lines)
				}
			}
			if w.HasShare != sc.wantShare || math.Abs(w.SharePct-sc.wantPct) > 1e-9 || w.UnpricedCompetitors != sc.unpriced {
				t.Errorf("share = %v%% (has %v, unpriced %d), want %v%% (has %v, unpriced %d)", w.SharePct, w.HasShare, w.UnpricedCompetitors, sc.wantPct, sc.wantShare, sc.unpriced)
			}
		})
	}
}

// Untapped potential is potential not yet linked to a won opportunity.
func TestUntapped(t *testing.T) {
	scenarios := []struct {
		name string
		cell backend.Cell
		want int64
	}{
		{"OK potential without an opportunity", cell(1, backend.CellPotential, 500), 500},
		{"OK potential with an open opportunity", linked(cell(1, backend.CellPotential, 500), backend.StageProposal), 500},
		{"OK potential whose opportunity was lost", linked(cell(1, backend.CellPotential, 500), backend.StageLost), 500},
		{"OK potential whose opportunity was won is tapped", linked(cell(1, backend.CellPotential, 500), backend.StageWon), 0},
		{"OK a link to an opportunity since removed leaves it untapped", backend.Cell{ServiceLineID: 1, Status: backend.CellPotential, ValueMinor: 500, OpportunityKey: "gone"}, 500},
		{"OK current work is not potential", cell(1, backend.CellCurrent, 500), 0},
		{"OK a competitor's work is not potential", cell(1, backend.CellCompetitor, 500), 0},
	}
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			if got := backend.CellUntapped(sc.cell); got != sc.want {
				t.Errorf("untapped = %d, want %d", got, sc.want)
			}
			s := backend.SummarizeGrid([]backend.ServiceLine{{ID: 1}}, []backend.Cell{sc.cell})
			if s.Lines[0].UntappedMinor != sc.want || s.Overall.UntappedMinor != sc.want {
				t.Errorf("summary untapped = %d / %d, want %d", s.Lines[0].UntappedMinor, s.Overall.UntappedMinor, sc.want)
			}
		})
	}
}

func TestUntappedByLine(t *testing.T) {
	at := func(account int64, line string, c backend.Cell) backend.AccountCell {
		return backend.AccountCell{Cell: c, AccountID: account, ServiceLine: line}
	}
	got := backend.UntappedByLine([]backend.AccountCell{
		at(1, "Social", cell(0, backend.CellPotential, 100)),
		at(1, "Social", cell(0, backend.CellPotential, 50)), // a second division of the same account
		at(2, "Social", cell(0, backend.CellPotential, 100)),
		at(2, "CRM", cell(0, backend.CellPotential, 400)),
		at(3, "CRM", linked(cell(0, backend.CellPotential, 900), backend.StageWon)),
		at(3, "PR", linked(cell(0, backend.CellPotential, 250), backend.StageQualified)),
		at(3, "Events", cell(0, backend.CellPotential, 0)),
	})
	want := []backend.UntappedLine{{ServiceLine: "CRM", UntappedMinor: 400, Accounts: 1}, {ServiceLine: "PR", UntappedMinor: 250, Accounts: 1}, {ServiceLine: "Social", UntappedMinor: 250, Accounts: 2}}
	if len(got) != len(want) {
		t.Fatalf("got %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("line %d = %+v, want %+v (largest first, then by name; won and zero potential left out)", i, got[i], want[i])
		}
	}
}

func TestCellValidate(t *testing.T) {
	long := string(make([]rune, backend.NameMaxLen+1))
	scenarios := []struct {
		name  string
		cell  backend.Cell
		field string // "" when valid
	}{
		{"OK current with a value", backend.Cell{Status: backend.CellCurrent, ValueMinor: 120_000_00}, ""},
		{"OK competitor without a value", backend.Cell{Status: backend.CellCompetitor, Competitor: "Kite & Co"}, ""},
		{"OK empty", backend.Cell{}, ""},
		{"OK value at the limit", backend.Cell{Status: backend.CellPotential, ValueMinor: backend.CellValueMaxMinor}, ""},
		{"ErrStatusUnknown", backend.Cell{Status: "won"}, "status"},
		{"ErrValueNegative", backend.Cell{Status: backend.CellCurrent, ValueMinor: -1}, "valueMinor"},
		{"ErrValueTooLarge", backend.Cell{Status: backend.CellCurrent, ValueMinor: backend.CellValueMaxMinor + 1}, "valueMinor"},
		{"ErrCompetitorUnnamed", backend.Cell{Status: backend.CellCompetitor, ValueMinor: 5}, "competitor"},
		{"ErrCompetitorTooLong", backend.Cell{Status: backend.CellCompetitor, Competitor: long}, "competitor"},
	}
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			err := sc.cell.Validate()
			if sc.field == "" {
				if err != nil {
					t.Fatalf("valid cell refused: %v", err)
				}
				return
			}
			var e *backend.Error
			if !asError(err, &e) || e.Code != backend.EINVALID || e.Field != sc.field || e.Message == "" {
				t.Errorf("err = %v, want invalid on %s with a message", err, sc.field)
			}
		})
	}
}

func TestCellNormalize(t *testing.T) {
	c := backend.Cell{Status: " not_for_us ", ValueMinor: 500, Competitor: "Kite"}
	c.Normalize()
	if c.Status != backend.CellNotForUs || c.ValueMinor != 0 || c.Competitor != "" {
		t.Errorf("not for us keeps %+v, want no value and no agency", c)
	}
	c = backend.Cell{Status: backend.CellCurrent, ValueMinor: 500, Competitor: "Kite"}
	c.Normalize()
	if c.ValueMinor != 500 || c.Competitor != "" {
		t.Errorf("current keeps %+v, want its value and no agency", c)
	}
	c = backend.Cell{Status: backend.CellCompetitor, ValueMinor: 500, Competitor: "  Kite  "}
	c.Normalize()
	if c.ValueMinor != 500 || c.Competitor != "Kite" {
		t.Errorf("competitor keeps %+v, want its value and the trimmed agency", c)
	}
}

func TestValidateServiceLines(t *testing.T) {
	many := make([]backend.ServiceLine, backend.ServiceLinesMax+1)
	for i := range many {
		many[i].Name = "Line " + string(rune('A'+i%26)) + string(rune('a'+i/26))
	}
	scenarios := []struct {
		name  string
		lines []backend.ServiceLine
		field string
	}{
		{"OK", []backend.ServiceLine{{Name: "Social"}, {Name: "CRM", Retired: true}}, ""},
		{"OK none", nil, ""},
		{"OK at the limit", many[:backend.ServiceLinesMax], ""},
		{"ErrNameRequired", []backend.ServiceLine{{Name: "Social"}, {Name: "  "}}, "lines.1.name"},
		{"ErrNameTwiceIgnoringCase", []backend.ServiceLine{{Name: "Social"}, {Name: "social "}}, "lines.1.name"},
		{"ErrNameTooLong", []backend.ServiceLine{{Name: string(make([]rune, backend.NameMaxLen+1))}}, "lines.0.name"},
		{"ErrTooMany", many, "lines"},
	}
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			err := backend.ValidateServiceLines(sc.lines)
			if sc.field == "" {
				if err != nil {
					t.Fatalf("valid list refused: %v", err)
				}
				return
			}
			var e *backend.Error
			if !asError(err, &e) || e.Code != backend.EINVALID || e.Field != sc.field {
				t.Errorf("err = %v, want invalid on %s", err, sc.field)
			}
		})
	}
}

func TestCanMakeOpportunity(t *testing.T) {
	potential := backend.Cell{Status: backend.CellPotential, ValueMinor: 100}
	plan := func(status string) *backend.PlanVersion {
		return &backend.PlanVersion{ID: 1, Period: "FY2027", Version: 2, Status: status}
	}
	scenarios := []struct {
		name string
		cell backend.Cell
		plan *backend.PlanVersion
		code string
	}{
		{"OK draft", potential, plan(backend.PlanDraft), ""},
		{"OK in review", potential, plan(backend.PlanInReview), ""},
		{"ErrNotPotential", backend.Cell{Status: backend.CellCurrent}, plan(backend.PlanDraft), backend.EINVALID},
		{"ErrNoPlan", potential, nil, backend.EINVALID},
		{"ErrOnlyArchived", potential, plan(backend.PlanArchived), backend.EINVALID},
		{"ErrApprovedSaysStartANewVersion", potential, plan(backend.PlanApproved), backend.ELOCKED},
	}
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			err := backend.CanMakeOpportunity(sc.cell, sc.plan)
			if backend.ErrorCode(err) != sc.code && !(sc.code == "" && err == nil) {
				t.Fatalf("err = %v, want code %q", err, sc.code)
			}
			if sc.code == backend.ELOCKED && !contains(err.Error(), "new version") {
				t.Errorf("message %q does not say to start a new version", err)
			}
		})
	}
}

func TestOpportunityFromCell(t *testing.T) {
	o := backend.OpportunityFromCell("Social", "Consumer", backend.Cell{Status: backend.CellPotential, ValueMinor: 40_000_00})
	if o.Title != "Social for Consumer" || o.ServiceLine != "Social" || o.ValueMinor != 40_000_00 || o.Stage != backend.StageIdentified {
		t.Errorf("opportunity = %+v", o)
	}
	p := backend.Plan{Period: "FY2027", Opps: []backend.Opportunity{o}}
	if err := p.Validate(); err != nil {
		t.Errorf("the plan refuses the opportunity made from a cell: %v", err)
	}
}

func asError(err error, target **backend.Error) bool { return errors.As(err, target) }

func contains(s, sub string) bool { return strings.Contains(s, sub) }
