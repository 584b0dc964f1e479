package backend_test

import (
	"testing"

	"accountdesk/backend"
)

// TestPortfolioOf: the Dashboard's figures for the fiscal year to date, and
// each comparison made within that one period.
func TestPortfolioOf(t *testing.T) {
	today := date("2026-11-24")
	fy := backend.FiscalYearOf(today, 4) // FY2027, April to November: 8 months
	row := func(id int64, name string, revenue, cost, target int64, has bool) backend.PortfolioRow {
		return backend.PortfolioRow{Summary: backend.AccountSummary{ID: id, Name: name, Health: backend.HealthGreen, Status: backend.StatusActive},
			RevenueMinor: revenue, CostMinor: cost, TargetMinor: target, HasTarget: has}
	}
	t.Run("OK revenue against the targets of the same year, pro rata", func(t *testing.T) {
		p := backend.PortfolioOf([]backend.PortfolioRow{
			row(1, "Atlas", 600_000_00, 360_000_00, 1_200_000_00, true),
			row(2, "Bluebird", 200_000_00, 100_000_00, 0, false), // no FY2027 plan
		}, fy, today)
		if p.FiscalYear.Label != "FY2027" || p.Quarter != "2026-Q4" {
			t.Errorf("periods: %s, %s", p.FiscalYear.Label, p.Quarter)
		}
		if p.RevenueYTDMinor != 800_000_00 || p.MarginYTDPct != 42.5 {
			t.Errorf("revenue %d margin %v, want every account's: 800 000 at 42.5%%", p.RevenueYTDMinor, p.MarginYTDPct)
		}
		if p.TargetYTDMinor != 800_000_00 || p.RevenueWithTargetMinor != 600_000_00 || p.AccountsWithTarget != 1 {
			t.Errorf("target %d against %d over %d accounts, want 8/12 of 1 200 000 against Atlas's 600 000", p.TargetYTDMinor, p.RevenueWithTargetMinor, p.AccountsWithTarget)
		}
		if len(p.RevenueByAccount) != 2 || p.RevenueByAccount[0].AccountName != "Atlas" || p.RevenueByAccount[0].TargetMinor != 800_000_00 ||
			p.RevenueByAccount[1].HasTarget || p.RevenueByAccount[1].TargetMinor != 0 {
			t.Errorf("by account = %+v, want Atlas with 8/12 of its target, Bluebird with none", p.RevenueByAccount)
		}
	})
	t.Run("OK no accounts", func(t *testing.T) {
		p := backend.PortfolioOf(nil, fy, today)
		if p.AccountCount != 0 || p.TargetYTDMinor != 0 || p.QBRs == nil || p.RevenueByAccount == nil || len(p.PipelineByStage) != len(backend.PipelineStages) {
			t.Errorf("empty portfolio = %+v", p)
		}
	})
	t.Run("OK largest accounts this year, at most ten, ties in name order", func(t *testing.T) {
		var rows []backend.PortfolioRow
		for i := range 12 {
			rows = append(rows, row(int64(i+1), string(rune('A'+i)), int64(i%3)*100_00, 0, 0, false))
		}
		p := backend.PortfolioOf(rows, fy, today)
		if len(p.RevenueByAccount) != 10 || p.RevenueByAccount[0].AccountName != "C" || p.RevenueByAccount[1].AccountName != "F" {
			t.Errorf("by account = %+v", p.RevenueByAccount)
		}
	})
	t.Run("OK QBRs overdue first, renewals in the next 90 days by date", func(t *testing.T) {
		a, b, c := row(1, "A", 0, 0, 0, false), row(2, "B", 0, 0, 0, false), row(3, "C", 0, 0, 0, false)
		a.Summary.QBR.State, b.Summary.QBR.State, c.Summary.QBR.State = backend.QBRDueState, backend.QBROverdue, backend.QBRDone
		a.Summary.RenewalDate, b.Summary.RenewalDate, c.Summary.RenewalDate = "2027-02-22", "2026-12-01", "2027-02-23"
		p := backend.PortfolioOf([]backend.PortfolioRow{a, b, c}, fy, today)
		if p.QBRCount != 2 || p.QBROverdueCount != 1 || p.QBRs[0].AccountName != "B" || p.QBRs[1].AccountName != "A" {
			t.Errorf("QBRs = %+v", p.QBRs)
		}
		if p.RenewalCount != 2 || p.Renewals[0].AccountName != "B" || p.Renewals[1].AccountName != "A" {
			t.Errorf("renewals = %+v", p.Renewals)
		}
	})
}

func TestFinancialsOf(t *testing.T) {
	today := date("2026-11-24")
	a := backend.Account{ID: 1, RetainerHoursPerMonth: 100}
	months := []backend.MonthFigures{
		{Month: "2025-10", RevenueMinor: 10_000_00, HoursUsed: 50},
		{Month: "2026-03", RevenueMinor: 20_000_00, CostMinor: 10_000_00, HoursUsed: 120},
		{Month: "2026-04", RevenueMinor: 30_000_00, CostMinor: 15_000_00},
		{Month: "2026-11", RevenueMinor: 40_000_00, CostMinor: 20_000_00},
	}
	plans := []backend.PlanTarget{
		{Period: "FY2026", Version: 1, Status: backend.PlanArchived, TargetMinor: 120_000_00},
		{Period: "FY2027", Version: 1, Status: backend.PlanApproved, TargetMinor: 240_000_00},
	}
	f := backend.FinancialsOf(a, months, plans, 4, today)
	if f.FiscalYear.Label != "FY2027" || f.YearToDate.RevenueMinor != 70_000_00 || f.YearToDate.MarginPct != 50 {
		t.Errorf("year to date = %+v in %s, want April and November of FY2027", f.YearToDate, f.FiscalYear.Label)
	}
	if f.T12M.RevenueMinor != 50_000_00 {
		t.Errorf("twelve months to October = %d, want March and April", f.T12M.RevenueMinor)
	}
	want := []struct {
		target int64
		has    bool
	}{{10_000_00, true}, {10_000_00, true}, {20_000_00, true}, {20_000_00, true}}
	for i, m := range f.Months {
		if m.TargetMinor != want[i].target || m.HasTarget != want[i].has {
			t.Errorf("%s: target %d (%v), want %d: a twelfth of its own fiscal year's plan", m.Month, m.TargetMinor, m.HasTarget, want[i].target)
		}
	}
	if f.Months[1].HoursVsRetainerPct != 120 || f.Months[1].MarginPct != 50 {
		t.Errorf("March = %+v", f.Months[1])
	}
	f = backend.FinancialsOf(a, months, plans[1:], 1, today) // calendar years: only FY2027's plan, and no 2027 months
	for _, m := range f.Months {
		if m.HasTarget || m.TargetMinor != 0 {
			t.Errorf("%s has a target %d from another year's plan", m.Month, m.TargetMinor)
		}
	}
	if f.FiscalYear.Label != "FY2026" || f.YearToDate.RevenueMinor != 90_000_00 {
		t.Errorf("calendar year to date = %d in %s", f.YearToDate.RevenueMinor, f.FiscalYear.Label)
	}
	if empty := backend.FinancialsOf(a, nil, nil, 4, today); empty.Months == nil {
		t.Error("no months must be [] for the front end")
	}
}

func TestTeamOverviewOf(t *testing.T) {
	today := date("2026-12-01")
	people := []backend.Person{
		{ID: 1, Name: "Ana", StartDate: "2020-01-01", CapacityHoursPerWeek: 40, Status: backend.PersonActive},
		{ID: 2, Name: "Ben", StartDate: "2020-01-01", CapacityHoursPerWeek: 40, Status: backend.PersonActive},
		{ID: 3, Name: "Cy", StartDate: "2026-12-07", CapacityHoursPerWeek: 40, Status: backend.PersonOnboarding},
		{ID: 4, Name: "Dee", StartDate: "2020-01-01", EndDate: "2026-06-30", CapacityHoursPerWeek: 40, Status: backend.PersonLeft},
	}
	alloc := func(person int64, pct float64, start, end string) backend.Allocation {
		return backend.Allocation{PersonID: person, AccountID: 1, AccountName: "Atlas", Percent: pct, Role: backend.AccountSupport, StartDate: start, EndDate: end}
	}
	allocs := []backend.Allocation{
		alloc(1, 60, "2026-01-01", ""), alloc(1, 50, "2027-02-01", "2027-03-31"), // Ana: over in February and March
		alloc(2, 80, "2026-01-01", ""), alloc(2, 70, "2026-11-01", ""), // Ben: 150% now, on and on
		alloc(3, 60, "2026-12-01", ""), alloc(3, 50, "2026-12-01", ""), // Cy: a new starter at 110%
		alloc(4, 90, "2026-01-01", ""), alloc(4, 90, "2026-01-01", ""), // Dee has left
	}
	o := backend.TeamOverviewOf(people, allocs, []backend.Account{{ID: 1, Name: "Atlas", Tier: backend.TierStandard, Status: backend.StatusActive}}, today, 4)
	var names []string
	for _, r := range o.OverAllocated {
		names = append(names, r.Name)
	}
	if len(names) != 3 || names[0] != "Ben" || names[1] != "Ana" || names[2] != "Cy" {
		t.Fatalf("over-allocated = %v, want Ben (150%%), then Ana and Cy (110%%) in name order; not Dee, who left", names)
	}
	if o.Roster[0].ThisMonth.Confirmed != 60 || o.Roster[0].Over[0].From != "2027-02" || o.Roster[0].Over[0].To != "2027-03" {
		t.Errorf("Ana: %+v, %+v", o.Roster[0].ThisMonth, o.Roster[0].Over)
	}
	if cy := o.Roster[2]; cy.ThisMonth.Confirmed < 109.99 || cy.ThisMonth.Confirmed > 110.01 || cy.Over[0].From != "2026-12" || cy.Over[0].To != "" {
		t.Errorf("Cy: %+v, %+v", cy.ThisMonth, cy.Over)
	}
	if len(o.Heatmap.Weeks) != 4 || len(o.Heatmap.Rows) != 3 || o.Heatmap.Rows[2].Weeks[0].Confirmed != 0 || o.Heatmap.Rows[2].Weeks[1].Total() < 109.99 {
		t.Errorf("heatmap = %+v: Cy has nothing before the week of the 7th and 110%% from it", o.Heatmap.Rows)
	}
}
