package sqlite_test

import (
	"context"
	"database/sql"
	"errors"
	"strconv"
	"testing"

	"accountdesk/backend"
	"accountdesk/backend/sqlite"
)

// lineID finds a service line of the workspace by name.
func lineID(t *testing.T, db *sqlite.DB, name string) int64 {
	t.Helper()
	lines, err := db.ServiceLines(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range lines {
		if l.Name == name {
			return l.ID
		}
	}
	t.Fatalf("no service line %q in %+v", name, lines)
	return 0
}

func mustDivision(t *testing.T, db *sqlite.DB, accountID int64, name string) int64 {
	t.Helper()
	g, err := db.SaveDivision(context.Background(), backend.Division{AccountID: accountID, Name: name})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range g.Divisions {
		if d.Name == name {
			return d.ID
		}
	}
	t.Fatalf("division %q not in the grid", name)
	return 0
}

func mustCell(t *testing.T, db *sqlite.DB, c backend.Cell) backend.Grid {
	t.Helper()
	g, err := db.SaveCell(context.Background(), c)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func cellAt(g backend.Grid, division, line int64) (backend.Cell, bool) {
	for _, c := range g.Cells {
		if c.DivisionID == division && c.ServiceLineID == line {
			return c, true
		}
	}
	return backend.Cell{}, false
}

func TestServiceLines(t *testing.T) {
	ctx := context.Background()

	t.Run("OK a new workspace has an agency's usual lines", func(t *testing.T) {
		db := MustOpenDB(t)
		lines, err := db.ServiceLines(ctx)
		if err != nil {
			t.Fatal(err)
		}
		want := []string{"Strategy", "Creative", "Media planning & buying", "Social", "Content", "PR", "CRM & email", "Data & analytics", "Web & digital product", "Events"}
		if len(lines) != len(want) {
			t.Fatalf("lines = %+v, want %v", lines, want)
		}
		for i, l := range lines {
			if l.Name != want[i] || l.Retired {
				t.Errorf("line %d = %+v, want %s", i, l, want[i])
			}
		}
	})

	t.Run("OK add, rename, reorder and retire in one save", func(t *testing.T) {
		db := MustOpenDB(t)
		old, _ := db.ServiceLines(ctx)
		next := []backend.ServiceLine{{Name: "Influencer"}, old[1], old[0]}
		next[1].Name = "Creative & design" // renamed, and Strategy and Creative swap places
		next[2].Retired = true
		got, err := db.SaveServiceLines(ctx, append(next, old[3:]...))
		if err != nil {
			t.Fatal(err)
		}
		if got[0].Name != "Influencer" || got[0].ID == 0 || got[1].ID != old[1].ID || got[1].Name != "Creative & design" ||
			got[2].ID != old[0].ID || !got[2].Retired || len(got) != len(old) { // one added, Media planning & buying left out
			t.Errorf("lines = %+v", got[:3])
		}
	})

	t.Run("OK swapping two names", func(t *testing.T) {
		db := MustOpenDB(t)
		old, _ := db.ServiceLines(ctx)
		old[0].Name, old[1].Name = old[1].Name, old[0].Name
		got, err := db.SaveServiceLines(ctx, old)
		if err != nil || got[0].Name != "Creative" || got[1].Name != "Strategy" {
			t.Fatalf("got %+v, %v", got[:2], err)
		}
	})

	t.Run("OK a line without cells can be removed", func(t *testing.T) {
		db := MustOpenDB(t)
		old, _ := db.ServiceLines(ctx)
		got, err := db.SaveServiceLines(ctx, old[1:])
		if err != nil || len(got) != len(old)-1 {
			t.Fatalf("got %d lines, %v", len(got), err)
		}
	})

	t.Run("ErrRemovingALineWithCellsChangesNothing", func(t *testing.T) {
		db := MustOpenDB(t)
		a := mustCreateAccount(t, db, backend.Account{Name: "Acme"})
		mustCell(t, db, backend.Cell{DivisionID: mustDivision(t, db, a.ID, "Whole client"), ServiceLineID: lineID(t, db, "Strategy"), Status: backend.CellCurrent})
		old, _ := db.ServiceLines(ctx)
		renamed := append([]backend.ServiceLine{}, old[1:]...)
		renamed[0].Name = "Renamed"
		_, err := db.SaveServiceLines(ctx, renamed)
		if backend.ErrorCode(err) != backend.ECONFLICT {
			t.Fatalf("err = %v, want conflict", err)
		}
		now, _ := db.ServiceLines(ctx)
		if len(now) != len(old) || now[1].Name != old[1].Name {
			t.Errorf("a refused save changed the list: %+v", now)
		}
	})

	t.Run("ErrNameTwice", func(t *testing.T) {
		db := MustOpenDB(t)
		old, _ := db.ServiceLines(ctx)
		_, err := db.SaveServiceLines(ctx, append(old, backend.ServiceLine{Name: "social"}))
		if e := asErr(err); e == nil || e.Code != backend.EINVALID || e.Field != "lines.10.name" {
			t.Fatalf("err = %v, want invalid on lines.10.name", err)
		}
	})
}

func TestWhitespaceGrid(t *testing.T) {
	ctx := context.Background()

	t.Run("OK divisions × lines with share of wallet and untapped potential", func(t *testing.T) {
		db := MustOpenDB(t)
		a := mustCreateAccount(t, db, backend.Account{Name: "Acme"})
		consumer, business := mustDivision(t, db, a.ID, "Consumer"), mustDivision(t, db, a.ID, "Business")
		social, crm := lineID(t, db, "Social"), lineID(t, db, "CRM & email")
		mustCell(t, db, backend.Cell{DivisionID: consumer, ServiceLineID: social, Status: backend.CellCurrent, ValueMinor: 300_000_00})
		mustCell(t, db, backend.Cell{DivisionID: business, ServiceLineID: social, Status: backend.CellCompetitor, Competitor: " Kite & Co ", ValueMinor: 100_000_00})
		mustCell(t, db, backend.Cell{DivisionID: business, ServiceLineID: crm, Status: backend.CellPotential, ValueMinor: 80_000_00})
		g, err := db.WhitespaceGrid(ctx, a.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(g.Divisions) != 2 || g.Divisions[0].Name != "Consumer" || len(g.Lines) != 10 || len(g.Cells) != 3 {
			t.Fatalf("grid = %+v", g)
		}
		if c, _ := cellAt(g, business, social); c.Competitor != "Kite & Co" {
			t.Errorf("competitor = %q, want trimmed", c.Competitor)
		}
		if g.Summary.Overall.SharePct != 75 || g.Summary.Overall.UntappedMinor != 80_000_00 {
			t.Errorf("overall = %+v, want 75%% share and 80,000 untapped", g.Summary.Overall)
		}
	})

	t.Run("OK emptying a cell removes it", func(t *testing.T) {
		db := MustOpenDB(t)
		a := mustCreateAccount(t, db, backend.Account{Name: "Acme"})
		d := mustDivision(t, db, a.ID, "Whole client")
		mustCell(t, db, backend.Cell{DivisionID: d, ServiceLineID: lineID(t, db, "PR"), Status: backend.CellCurrent, ValueMinor: 5})
		g := mustCell(t, db, backend.Cell{DivisionID: d, ServiceLineID: lineID(t, db, "PR")})
		if len(g.Cells) != 0 {
			t.Errorf("cells = %+v, want none", g.Cells)
		}
	})

	t.Run("OK a retired line keeps its cells and shows only where it has some", func(t *testing.T) {
		db := MustOpenDB(t)
		a := mustCreateAccount(t, db, backend.Account{Name: "Acme"})
		b := mustCreateAccount(t, db, backend.Account{Name: "Beta"})
		da := mustDivision(t, db, a.ID, "Whole client")
		mustDivision(t, db, b.ID, "Whole client")
		events := lineID(t, db, "Events")
		mustCell(t, db, backend.Cell{DivisionID: da, ServiceLineID: events, Status: backend.CellCurrent, ValueMinor: 9})
		lines, _ := db.ServiceLines(ctx)
		lines[9].Retired = true
		if _, err := db.SaveServiceLines(ctx, lines); err != nil {
			t.Fatal(err)
		}
		ga, _ := db.WhitespaceGrid(ctx, a.ID)
		gb, _ := db.WhitespaceGrid(ctx, b.ID)
		if len(ga.Lines) != 10 || len(ga.Cells) != 1 || len(gb.Lines) != 9 {
			t.Errorf("lines: %d with a cell on the retired line (want 10), %d without (want 9)", len(ga.Lines), len(gb.Lines))
		}
		if _, err := db.SaveCell(ctx, backend.Cell{DivisionID: da, ServiceLineID: events, Status: backend.CellPotential, ValueMinor: 4}); err != nil {
			t.Errorf("editing an existing cell of a retired line: %v", err)
		}
	})

	t.Run("ErrNewCellOnRetiredLine", func(t *testing.T) {
		db := MustOpenDB(t)
		a := mustCreateAccount(t, db, backend.Account{Name: "Acme"})
		d := mustDivision(t, db, a.ID, "Whole client")
		lines, _ := db.ServiceLines(ctx)
		lines[0].Retired = true
		if _, err := db.SaveServiceLines(ctx, lines); err != nil {
			t.Fatal(err)
		}
		_, err := db.SaveCell(ctx, backend.Cell{DivisionID: d, ServiceLineID: lines[0].ID, Status: backend.CellCurrent})
		if e := asErr(err); e == nil || e.Code != backend.EINVALID || e.Field != "serviceLineId" {
			t.Fatalf("err = %v, want invalid on serviceLineId", err)
		}
	})

	t.Run("ErrCellInvalidChangesNothing", func(t *testing.T) {
		db := MustOpenDB(t)
		a := mustCreateAccount(t, db, backend.Account{Name: "Acme"})
		d := mustDivision(t, db, a.ID, "Whole client")
		pr := lineID(t, db, "PR")
		mustCell(t, db, backend.Cell{DivisionID: d, ServiceLineID: pr, Status: backend.CellCurrent, ValueMinor: 5})
		_, err := db.SaveCell(ctx, backend.Cell{DivisionID: d, ServiceLineID: pr, Status: backend.CellCompetitor})
		if e := asErr(err); e == nil || e.Field != "competitor" {
			t.Fatalf("err = %v, want invalid on competitor", err)
		}
		g, _ := db.WhitespaceGrid(ctx, a.ID)
		if c, _ := cellAt(g, d, pr); c.Status != backend.CellCurrent || c.ValueMinor != 5 {
			t.Errorf("cell = %+v, want it unchanged", c)
		}
	})

	t.Run("OK rename and remove a division; its cells go, the account's other rows stay", func(t *testing.T) {
		db := MustOpenDB(t)
		a := mustCreateAccount(t, db, backend.Account{Name: "Acme"})
		d1, d2 := mustDivision(t, db, a.ID, "Consumer"), mustDivision(t, db, a.ID, "Business")
		mustCell(t, db, backend.Cell{DivisionID: d1, ServiceLineID: lineID(t, db, "PR"), Status: backend.CellCurrent})
		mustCell(t, db, backend.Cell{DivisionID: d2, ServiceLineID: lineID(t, db, "PR"), Status: backend.CellCurrent})
		g, err := db.SaveDivision(ctx, backend.Division{ID: d2, Name: "B2B"})
		if err != nil || g.Divisions[1].Name != "B2B" {
			t.Fatalf("rename: %+v, %v", g.Divisions, err)
		}
		g, err = db.RemoveDivision(ctx, d1)
		if err != nil || len(g.Divisions) != 1 || len(g.Cells) != 1 || g.Cells[0].DivisionID != d2 {
			t.Fatalf("remove: %+v, %v", g, err)
		}
	})

	t.Run("ErrDivisionNameTaken", func(t *testing.T) {
		db := MustOpenDB(t)
		a := mustCreateAccount(t, db, backend.Account{Name: "Acme"})
		mustDivision(t, db, a.ID, "Consumer")
		_, err := db.SaveDivision(ctx, backend.Division{AccountID: a.ID, Name: "consumer"})
		if backend.ErrorCode(err) != backend.ECONFLICT {
			t.Fatalf("err = %v, want conflict", err)
		}
		_, err = db.SaveDivision(ctx, backend.Division{AccountID: a.ID, Name: " "})
		if e := asErr(err); e == nil || e.Field != "name" {
			t.Fatalf("err = %v, want invalid on name", err)
		}
	})

	t.Run("ErrNotFound", func(t *testing.T) {
		db := MustOpenDB(t)
		if _, err := db.WhitespaceGrid(ctx, 99); backend.ErrorCode(err) != backend.ENOTFOUND {
			t.Errorf("grid: %v", err)
		}
		if _, err := db.SaveCell(ctx, backend.Cell{DivisionID: 99, ServiceLineID: 1, Status: backend.CellCurrent}); backend.ErrorCode(err) != backend.ENOTFOUND {
			t.Errorf("cell: %v", err)
		}
		if _, err := db.RemoveDivision(ctx, 99); backend.ErrorCode(err) != backend.ENOTFOUND {
			t.Errorf("remove: %v", err)
		}
	})

	t.Run("OK deleting the account deletes its grid", func(t *testing.T) {
		db := MustOpenDB(t)
		a := mustCreateAccount(t, db, backend.Account{Name: "Acme"})
		mustCell(t, db, backend.Cell{DivisionID: mustDivision(t, db, a.ID, "Whole client"), ServiceLineID: lineID(t, db, "PR"), Status: backend.CellCurrent})
		if err := db.DeleteAccount(ctx, a.ID); err != nil {
			t.Fatal(err)
		}
		if n := count(t, db, `SELECT COUNT(*) FROM whitespace_cells`); n != 0 {
			t.Errorf("%d cells left", n)
		}
	})
}

func TestMakeOpportunity(t *testing.T) {
	ctx := context.Background()
	setup := func(t *testing.T) (*sqlite.DB, backend.Plan, int64, int64) {
		db := MustOpenDB(t)
		p := draftPlan(t, db)
		d := mustDivision(t, db, p.AccountID, "Consumer")
		social := lineID(t, db, "Social")
		mustCell(t, db, backend.Cell{DivisionID: d, ServiceLineID: social, Status: backend.CellPotential, ValueMinor: 40_000_00})
		return db, p, d, social
	}

	t.Run("OK the cell becomes an opportunity of the draft plan and they link", func(t *testing.T) {
		db, p, d, social := setup(t)
		g, err := db.MakeOpportunity(ctx, d, social)
		if err != nil {
			t.Fatal(err)
		}
		c, _ := cellAt(g, d, social)
		if c.Opportunity == nil || c.Opportunity.PlanID != p.ID || c.Opportunity.Title != "Social for Consumer" || c.Opportunity.Stage != backend.StageIdentified {
			t.Fatalf("cell = %+v (opportunity %+v)", c, c.Opportunity)
		}
		got, _ := db.Plan(ctx, p.ID)
		if len(got.Opps) != 2 {
			t.Fatalf("opportunities = %+v", got.Opps)
		}
		o := got.Opps[1]
		if o.Key != c.OpportunityKey || o.ServiceLine != "Social" || o.ValueMinor != 40_000_00 || o.FromWhitespace != "Social for Consumer" {
			t.Errorf("opportunity = %+v", o)
		}
		if got.Opps[0].FromWhitespace != "" {
			t.Errorf("a typed opportunity says it came from %q", got.Opps[0].FromWhitespace)
		}
		if got.RowVersion == p.RowVersion {
			t.Error("the plan's row version did not move: an editor open on it would save over the new opportunity")
		}
		if _, err := db.SavePlan(ctx, p); backend.ErrorCode(err) != backend.ECONFLICT {
			t.Errorf("a save from before the opportunity was made: %v, want conflict", err)
		}
	})

	t.Run("OK winning the opportunity taps the potential; the link survives a new version", func(t *testing.T) {
		db, p, d, social := setup(t)
		if _, err := db.MakeOpportunity(ctx, d, social); err != nil {
			t.Fatal(err)
		}
		p, _ = db.Plan(ctx, p.ID)
		p.Opps[1].Stage, p.Opps[1].Probability = backend.StageWon, 100
		if _, err := db.SavePlan(ctx, p); err != nil {
			t.Fatal(err)
		}
		if _, err := db.SetPlanStatus(ctx, p.ID, backend.PlanApproved); err != nil {
			t.Fatal(err)
		}
		next, err := db.NewPlanVersion(ctx, p.ID)
		if err != nil {
			t.Fatal(err)
		}
		g, _ := db.WhitespaceGrid(ctx, p.AccountID)
		c, _ := cellAt(g, d, social)
		if c.Opportunity == nil || c.Opportunity.PlanID != next.ID || g.Summary.Overall.UntappedMinor != 0 || g.Summary.Overall.PotentialMinor != 40_000_00 {
			t.Errorf("cell %+v (opportunity %+v), summary %+v", c, c.Opportunity, g.Summary.Overall)
		}
		if next.Opps[1].FromWhitespace != "Social for Consumer" {
			t.Errorf("the new version's opportunity says it came from %q", next.Opps[1].FromWhitespace)
		}
	})

	t.Run("ErrAlreadyAnOpportunity", func(t *testing.T) {
		db, p, d, social := setup(t)
		if _, err := db.MakeOpportunity(ctx, d, social); err != nil {
			t.Fatal(err)
		}
		if _, err := db.MakeOpportunity(ctx, d, social); backend.ErrorCode(err) != backend.ECONFLICT {
			t.Fatalf("err = %v, want conflict", err)
		}
		if got, _ := db.Plan(ctx, p.ID); len(got.Opps) != 2 {
			t.Errorf("%d opportunities, want 2", len(got.Opps))
		}
	})

	t.Run("OK an opportunity removed from the plan can be made again", func(t *testing.T) {
		db, p, d, social := setup(t)
		if _, err := db.MakeOpportunity(ctx, d, social); err != nil {
			t.Fatal(err)
		}
		p, _ = db.Plan(ctx, p.ID)
		p.Opps = p.Opps[:1]
		if _, err := db.SavePlan(ctx, p); err != nil {
			t.Fatal(err)
		}
		g, _ := db.WhitespaceGrid(ctx, p.AccountID)
		if c, _ := cellAt(g, d, social); c.Opportunity != nil {
			t.Fatalf("the cell still shows %+v", c.Opportunity)
		}
		if _, err := db.MakeOpportunity(ctx, d, social); err != nil {
			t.Fatal(err)
		}
	})

	t.Run("ErrApprovedPlanSaysStartANewVersionAndChangesNothing", func(t *testing.T) {
		db, p, d, social := setup(t)
		if _, err := db.SetPlanStatus(ctx, p.ID, backend.PlanApproved); err != nil {
			t.Fatal(err)
		}
		_, err := db.MakeOpportunity(ctx, d, social)
		if backend.ErrorCode(err) != backend.ELOCKED {
			t.Fatalf("err = %v, want locked", err)
		}
		got, _ := db.Plan(ctx, p.ID)
		g, _ := db.WhitespaceGrid(ctx, p.AccountID)
		if c, _ := cellAt(g, d, social); len(got.Opps) != 1 || c.OpportunityKey != "" {
			t.Errorf("a refused opportunity changed the plan (%d opportunities) or the cell (%+v)", len(got.Opps), c)
		}
	})

	t.Run("ErrNoPlan", func(t *testing.T) {
		db := MustOpenDB(t)
		a := mustCreateAccount(t, db, backend.Account{Name: "Acme"})
		d := mustDivision(t, db, a.ID, "Consumer")
		pr := lineID(t, db, "PR")
		mustCell(t, db, backend.Cell{DivisionID: d, ServiceLineID: pr, Status: backend.CellPotential, ValueMinor: 1})
		if _, err := db.MakeOpportunity(ctx, d, pr); backend.ErrorCode(err) != backend.EINVALID {
			t.Fatalf("err = %v, want invalid", err)
		}
	})

	t.Run("ErrNotPotential", func(t *testing.T) {
		db, _, d, _ := setup(t)
		pr := lineID(t, db, "PR")
		mustCell(t, db, backend.Cell{DivisionID: d, ServiceLineID: pr, Status: backend.CellCurrent, ValueMinor: 1})
		if _, err := db.MakeOpportunity(ctx, d, pr); backend.ErrorCode(err) != backend.EINVALID {
			t.Fatalf("err = %v, want invalid", err)
		}
	})
}

func TestUntappedByServiceLine(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	p := draftPlan(t, db)
	b := mustCreateAccount(t, db, backend.Account{Name: "Beta"})
	social, crm := lineID(t, db, "Social"), lineID(t, db, "CRM & email")
	da, db2 := mustDivision(t, db, p.AccountID, "Consumer"), mustDivision(t, db, b.ID, "Whole client")
	mustCell(t, db, backend.Cell{DivisionID: da, ServiceLineID: social, Status: backend.CellPotential, ValueMinor: 100})
	mustCell(t, db, backend.Cell{DivisionID: db2, ServiceLineID: social, Status: backend.CellPotential, ValueMinor: 50})
	mustCell(t, db, backend.Cell{DivisionID: da, ServiceLineID: crm, Status: backend.CellPotential, ValueMinor: 900})
	if _, err := db.MakeOpportunity(ctx, da, crm); err != nil {
		t.Fatal(err)
	}
	p, _ = db.Plan(ctx, p.ID)
	p.Opps[1].Stage = backend.StageWon
	if _, err := db.SavePlan(ctx, p); err != nil {
		t.Fatal(err)
	}
	got, err := db.UntappedByServiceLine(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0] != (backend.UntappedLine{ServiceLine: "Social", UntappedMinor: 150, Accounts: 2}) {
		t.Errorf("untapped = %+v, want Social 150 across 2 accounts (CRM was won)", got)
	}
}

// TestMigrationMovesPlanWhitespaceIntoTheGrid: a workspace from before the
// grid keeps its service lines and its latest plan's statuses as the
// account's "Whole client" row, from every schema version that had
// plan_whitespace (00002 on).
func TestMigrationMovesPlanWhitespaceIntoTheGrid(t *testing.T) {
	for from := int64(2); from < 22; from++ {
		t.Run("OK from version "+strconv.FormatInt(from, 10), func(t *testing.T) { migrateOldCells(t, from) })
	}
}

func migrateOldCells(t *testing.T, from int64) {
	ctx := context.Background()
	path := workspaceAtVersion(t, from,
		`INSERT INTO accounts (id, name, tier, status, health, contract_type, created_at, updated_at) VALUES (1, 'Acme', 'key', 'active', 'green', 'retainer', 'x', 'x'), (2, 'Beta', 'key', 'active', 'green', 'retainer', 'x', 'x')`,
		`INSERT INTO plans (id, account_id, period, version, status, created_at, updated_at) VALUES (1, 1, 'FY2026', 1, 'archived', 'x', 'x'), (2, 1, 'FY2027', 1, 'approved', 'x', 'x'), (3, 1, 'FY2027', 2, 'draft', 'x', 'x')`,
		`INSERT INTO plan_whitespace (plan_id, position, service_line, status) VALUES
			(1, 0, 'Events', 'current'),
			(3, 0, 'Social', 'current'), (3, 1, ' CRM ', 'potential'), (3, 2, 'PR', 'won'), (3, 3, 'Media', 'competitor'), (3, 4, 'Print', 'not_relevant')`,
		`INSERT INTO plan_opportunities (plan_id, position, key, title, service_line, type, probability, stage) VALUES
			(3, 0, 'k-crm', 'CRM programme', 'crm', 'cross_sell', 25, 'qualified'), (3, 1, 'k-web', 'New site', 'Web', 'new', 10, 'identified')`,
	)
	db := MustOpenDBAt(t, path)
	lines, err := db.ServiceLines(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, l := range lines {
		names = append(names, l.Name)
	}
	if len(names) != 7 {
		t.Fatalf("service lines = %v, want the seven used in plans (CRM, Events, Media, PR, Print, Social, Web)", names)
	}
	g, err := db.WhitespaceGrid(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Divisions) != 1 || g.Divisions[0].Name != "Whole client" {
		t.Fatalf("divisions = %+v", g.Divisions)
	}
	want := map[string]string{"Social": "current", "CRM": "potential", "PR": "current", "Media": "competitor", "Print": "not_for_us"}
	if len(g.Cells) != len(want) {
		t.Errorf("cells = %+v, want the latest plan's five (not FY2026's Events)", g.Cells)
	}
	byID := map[int64]string{}
	for _, l := range lines {
		byID[l.ID] = l.Name
	}
	for _, c := range g.Cells {
		name := byID[c.ServiceLineID]
		if c.Status != want[name] {
			t.Errorf("%s = %s, want %s", name, c.Status, want[name])
		}
		if name == "CRM" && (c.Opportunity == nil || c.Opportunity.Key != "k-crm") {
			t.Errorf("CRM potential is not linked to the plan's CRM opportunity: %+v", c)
		}
	}
	if gb, _ := db.WhitespaceGrid(ctx, 2); len(gb.Divisions) != 0 {
		t.Errorf("an account without whitespace got rows: %+v", gb.Divisions)
	}
	if n := count(t, db, `SELECT COUNT(*) FROM sqlite_master WHERE name = 'plan_whitespace'`); n != 0 {
		t.Error("plan_whitespace is still there")
	}
}

func count(t *testing.T, db *sqlite.DB, q string) int {
	t.Helper()
	raw, err := sql.Open("sqlite3", "file:"+db.Path()+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	var n int
	if err := raw.QueryRow(q).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func asErr(err error) *backend.Error {
	var e *backend.Error
	if errors.As(err, &e) {
		return e
	}
	return nil
}
