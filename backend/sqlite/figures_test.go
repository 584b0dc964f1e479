package sqlite_test

import (
	"context"
	"testing"
	"time"

	"accountdesk/backend"
	"accountdesk/backend/sqlite"
)

// TestFiguresAgree: what issue 21 saw on one workspace, each figure against
// the one it contradicted.
func TestFiguresAgree(t *testing.T) {
	ctx := context.Background()
	december := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)

	t.Run("OK a new starter at 60% + 50% is 110% this month, not a pro-rated 91%", func(t *testing.T) {
		db := MustOpenDB(t)
		a := mustCreateAccount(t, db, backend.Account{Name: "Atlas Motors"})
		b := mustCreateAccount(t, db, backend.Account{Name: "Orbit Telecom"})
		riley := mustPerson(t, db, backend.Person{Name: "Riley Quinn", StartDate: "2026-12-07"})
		for _, x := range []backend.Allocation{
			{PersonID: riley.ID, AccountID: a.ID, Percent: 60, StartDate: "2026-12-01"},
			{PersonID: riley.ID, AccountID: b.ID, Percent: 50, StartDate: "2026-12-01"},
		} {
			if _, err := db.SaveAllocation(ctx, x); err != nil {
				t.Fatal(err)
			}
		}
		o, err := db.TeamOverview(ctx, december, 12)
		if err != nil {
			t.Fatal(err)
		}
		if got := o.Roster[0].ThisMonth.Confirmed; got < 109.99 || got > 110.01 {
			t.Errorf("this month = %.1f%%, want 110%%: every day Riley works in December is booked at 110%%", got)
		}
		if len(o.OverAllocated) != 1 || o.OverAllocated[0].Name != "Riley Quinn" {
			t.Errorf("over-allocated = %+v, want Riley Quinn (the Dashboard's list)", o.OverAllocated)
		}
	})

	t.Run("OK an over-allocation that starts next month is listed now, with its months", func(t *testing.T) {
		db := MustOpenDB(t)
		a := mustCreateAccount(t, db, backend.Account{Name: "Atlas Motors"})
		b := mustCreateAccount(t, db, backend.Account{Name: "Orbit Telecom"})
		sam := mustPerson(t, db, backend.Person{Name: "Sam"})
		for _, x := range []backend.Allocation{
			{PersonID: sam.ID, AccountID: a.ID, Percent: 60, StartDate: "2026-01-01"},
			{PersonID: sam.ID, AccountID: b.ID, Percent: 50, StartDate: "2027-01-01", EndDate: "2027-03-31"},
		} {
			if _, err := db.SaveAllocation(ctx, x); err != nil {
				t.Fatal(err)
			}
		}
		o, err := db.TeamOverview(ctx, december, 12)
		if err != nil {
			t.Fatal(err)
		}
		if len(o.OverAllocated) != 1 {
			t.Fatalf("over-allocated = %+v, want Sam, at 110%% from January", o.OverAllocated)
		}
		want := []backend.OverSpan{{From: "2027-01", To: "2027-03", Peak: 110}}
		if got := o.OverAllocated[0].Over; len(got) != 1 || got[0].From != want[0].From || got[0].To != want[0].To || got[0].Peak < 109.99 || got[0].Peak > 110.01 {
			t.Errorf("months over = %+v, want %+v", got, want)
		}
		if o.Roster[0].ThisMonth.Confirmed != 60 {
			t.Errorf("this month = %v, want 60", o.Roster[0].ThisMonth.Confirmed)
		}
	})

	t.Run("OK saving an allocation says which months it takes the person above 100%", func(t *testing.T) {
		db := MustOpenDB(t)
		a := mustCreateAccount(t, db, backend.Account{Name: "Atlas Motors"})
		b := mustCreateAccount(t, db, backend.Account{Name: "Orbit Telecom"})
		sam := mustPerson(t, db, backend.Person{Name: "Sam", StartDate: "2026-12-07"})
		if _, err := db.SaveAllocation(ctx, backend.Allocation{PersonID: sam.ID, AccountID: a.ID, Percent: 60, StartDate: "2026-12-07", EndDate: "2027-02-28"}); err != nil {
			t.Fatal(err)
		}
		next := backend.Allocation{PersonID: sam.ID, AccountID: b.ID, Percent: 50, StartDate: "2026-12-07"}
		check, err := db.CheckAllocation(ctx, next)
		if err != nil {
			t.Fatal(err)
		}
		if len(check.Over) != 1 || check.Over[0].From != "2026-12" || check.Over[0].To != "2027-02" {
			t.Errorf("check = %+v, want over 100%% from December to February", check)
		}
		saved, err := db.SaveAllocation(ctx, next)
		if err != nil {
			t.Fatal(err)
		}
		// Editing the saved allocation is judged without counting it twice.
		saved.Percent = 40
		if check, _ = db.CheckAllocation(ctx, saved); len(check.Over) != 0 {
			t.Errorf("60%% + 40%% is not over: %+v", check)
		}
		early := backend.Allocation{PersonID: sam.ID, AccountID: b.ID, Percent: 10, StartDate: "2026-11-01"}
		if check, _ = db.CheckAllocation(ctx, early); !check.BeforeStart || check.PersonStart != "2026-12-07" {
			t.Errorf("an allocation before the person starts must say so: %+v", check)
		}
		if _, err := db.CheckAllocation(ctx, backend.Allocation{PersonID: 999, AccountID: a.ID, Percent: 10, StartDate: "2026-12-07"}); backend.ErrorField(err) != "personId" {
			t.Errorf("unknown person: err = %v", err)
		}
	})

	t.Run("OK the last QBR held shows however long ago it was", func(t *testing.T) {
		db := MustOpenDB(t)
		a := mustCreateAccount(t, db, backend.Account{Name: "Atlas Motors", ContractStart: "2024-01-01"})
		var months []backend.MonthFigures
		for m := 1; m <= 11; m++ {
			months = append(months, backend.MonthFigures{Month: time.Date(2026, time.Month(m), 1, 0, 0, 0, 0, time.UTC).Format("2006-01"), RevenueMinor: 50_000_00})
		}
		if err := db.SaveMonths(ctx, a.ID, months); err != nil {
			t.Fatal(err)
		}
		if _, err := db.SaveQBR(ctx, backend.QBR{AccountID: a.ID, Date: "2026-04-16", Format: backend.QBROnSite}); err != nil {
			t.Fatal(err)
		}
		p, err := db.Portfolio(ctx, december)
		if err != nil {
			t.Fatal(err)
		}
		if len(p.QBRs) != 1 || p.QBRs[0].QBR.State != backend.QBROverdue || p.QBRs[0].QBR.LastHeld != "2026-04-16" {
			t.Fatalf("Dashboard QBRs = %+v, want Atlas Motors overdue, last held 2026-04-16", p.QBRs)
		}
		list, _ := db.ListAccounts(ctx, backend.AccountFilter{}, december)
		if list[0].QBR.LastHeld != "2026-04-16" {
			t.Errorf("accounts list: last held %q", list[0].QBR.LastHeld)
		}
	})

	t.Run("OK revenue is compared with the target of the same fiscal year", func(t *testing.T) {
		db := MustOpenDB(t)
		a := mustCreateAccount(t, db, backend.Account{Name: "Atlas Motors"})
		if err := db.SaveMonths(ctx, a.ID, []backend.MonthFigures{
			{Month: "2026-02", RevenueMinor: 10_000_00}, // FY2026 when the year starts in April
			{Month: "2026-05", RevenueMinor: 20_000_00, CostMinor: 10_000_00},
			{Month: "2026-11", RevenueMinor: 30_000_00, CostMinor: 20_000_00},
		}); err != nil {
			t.Fatal(err)
		}
		plan, err := db.CreatePlan(ctx, a.ID, "FY2027")
		if err != nil {
			t.Fatal(err)
		}
		plan.RevenueTargetMinor = 240_000_00
		if _, err := db.SavePlan(ctx, plan); err != nil {
			t.Fatal(err)
		}
		setFiscalStart(t, db, 4)
		p, err := db.Portfolio(ctx, december)
		if err != nil {
			t.Fatal(err)
		}
		if p.FiscalYear.Label != "FY2027" || p.FiscalYear.FirstMonth != "2026-04" || p.FiscalYear.ToMonth != "2026-12" {
			t.Errorf("fiscal year = %+v, want FY2027 from 2026-04 to date (2026-12)", p.FiscalYear)
		}
		if p.RevenueYTDMinor != 50_000_00 || p.MarginYTDPct != 40 {
			t.Errorf("revenue FY2027 to date = %d (margin %v), want 50 000 (May and November)", p.RevenueYTDMinor, p.MarginYTDPct)
		}
		if p.TargetYTDMinor != 240_000_00*9/12 || p.RevenueWithTargetMinor != 50_000_00 || p.AccountsWithTarget != 1 {
			t.Errorf("target to date = %d (revenue against it %d, %d accounts), want 9/12 of 240 000", p.TargetYTDMinor, p.RevenueWithTargetMinor, p.AccountsWithTarget)
		}
		f, err := db.Financials(ctx, a.ID, december)
		if err != nil {
			t.Fatal(err)
		}
		if f.YearToDate.RevenueMinor != 50_000_00 || f.FiscalYear.Label != "FY2027" {
			t.Errorf("account's revenue to date = %d in %q, want 50 000 in FY2027", f.YearToDate.RevenueMinor, f.FiscalYear.Label)
		}
		for _, m := range f.Months {
			want := m.Month >= "2026-04"
			if m.HasTarget != want || (want && m.TargetMinor != 20_000_00) || (!want && m.TargetMinor != 0) {
				t.Errorf("%s: target %d (has %v); want the FY2027 plan's 20 000 a month from April only", m.Month, m.TargetMinor, m.HasTarget)
			}
		}

		// A calendar fiscal year: 2026's revenue, and no FY2026 plan to compare it with.
		setFiscalStart(t, db, 1)
		p, _ = db.Portfolio(ctx, december)
		if p.FiscalYear.Label != "FY2026" || p.RevenueYTDMinor != 60_000_00 {
			t.Errorf("calendar year: %s revenue %d, want FY2026 and 60 000", p.FiscalYear.Label, p.RevenueYTDMinor)
		}
		if p.TargetYTDMinor != 0 || p.AccountsWithTarget != 0 {
			t.Errorf("the FY2027 plan's target must not be compared with FY2026 revenue: target %d over %d accounts", p.TargetYTDMinor, p.AccountsWithTarget)
		}
	})
}

// TestPlanColumns: the list's plan (latest, archived last) and the plan the
// Dashboard's risks come from (current: never archived) are chosen as the
// SQL did before they moved to backend.LatestPlan and CurrentPlan.
func TestPlanColumns(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	a := mustCreateAccount(t, db, backend.Account{Name: "Atlas Motors"})
	save := func(p backend.Plan, target int64, risk string) backend.Plan {
		t.Helper()
		p.RevenueTargetMinor = target
		if risk != "" {
			p.Risks = []backend.Risk{{Title: risk, Category: "retention", Likelihood: 5, Impact: 5}}
		}
		p, err := db.SavePlan(ctx, p)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	p26, _ := db.CreatePlan(ctx, a.ID, "FY2026")
	p26 = save(p26, 100_00, "Old risk")
	if _, err := db.SetPlanStatus(ctx, p26.ID, backend.PlanApproved); err != nil {
		t.Fatal(err)
	}
	p28, _ := db.CreatePlan(ctx, a.ID, "FY2028")
	save(p28, 300_00, "Archived risk")
	if _, err := db.SetPlanStatus(ctx, p28.ID, backend.PlanArchived); err != nil {
		t.Fatal(err)
	}
	p27, _ := db.CreatePlan(ctx, a.ID, "FY2027")
	save(p27, 200_00, "Current risk")

	list, err := db.ListAccounts(ctx, backend.AccountFilter{}, today)
	if err != nil {
		t.Fatal(err)
	}
	if s := list[0]; s.PlanPeriod != "FY2027" || s.PlanStatus != backend.PlanDraft || s.PlanTargetMinor != 200_00 {
		t.Errorf("list plan = %s %s %d, want FY2027 draft 200 (an archived FY2028 comes after it)", s.PlanPeriod, s.PlanStatus, s.PlanTargetMinor)
	}
	p, _ := db.Portfolio(ctx, today)
	if len(p.HighRisks) != 1 || p.HighRisks[0].Risk.Title != "Current risk" {
		t.Errorf("high risks = %+v, want the current plan's only", p.HighRisks)
	}
}

func setFiscalStart(t *testing.T, db *sqlite.DB, month int) {
	t.Helper()
	s, err := db.Settings(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	s.FiscalYearStartMonth = month
	if _, err := db.UpdateSettings(context.Background(), s); err != nil {
		t.Fatal(err)
	}
}
