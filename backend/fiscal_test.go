package backend_test

import (
	"fmt"
	"testing"

	"accountdesk/backend"
)

func TestFiscalYearOf(t *testing.T) {
	scenarios := []struct {
		today                  string
		start                  int
		label, first, last, to string
		months                 int
	}{
		{"2026-11-24", 1, "FY2026", "2026-01", "2026-12", "2026-11", 11},
		{"2026-01-01", 1, "FY2026", "2026-01", "2026-12", "2026-01", 1},
		{"2026-12-31", 1, "FY2026", "2026-01", "2026-12", "2026-12", 12},
		{"2026-11-24", 4, "FY2027", "2026-04", "2027-03", "2026-11", 8},
		{"2026-04-01", 4, "FY2027", "2026-04", "2027-03", "2026-04", 1},
		{"2026-03-31", 4, "FY2026", "2025-04", "2026-03", "2026-03", 12},
		{"2027-02-10", 7, "FY2027", "2026-07", "2027-06", "2027-02", 8},
		{"2026-10-01", 10, "FY2027", "2026-10", "2027-09", "2026-10", 1},
		{"2026-11-24", 12, "FY2026", "2025-12", "2026-11", "2026-11", 12},
		{"2026-12-01", 12, "FY2027", "2026-12", "2027-11", "2026-12", 1},
		{"2026-11-24", 0, "FY2026", "2026-01", "2026-12", "2026-11", 11}, // not set: January
	}
	for _, sc := range scenarios {
		t.Run(fmt.Sprintf("%s starting in month %d", sc.today, sc.start), func(t *testing.T) {
			got := backend.FiscalYearOf(date(sc.today), sc.start)
			if got.Label != sc.label || got.FirstMonth != sc.first || got.LastMonth != sc.last || got.ToMonth != sc.to || got.MonthsToDate != sc.months {
				t.Fatalf("fiscal year = %+v, want %s %s–%s to %s (%d months)", got, sc.label, sc.first, sc.last, sc.to, sc.months)
			}
			if !got.ToDate(sc.first) || !got.ToDate(sc.to) || got.ToDate(sc.last) != (sc.last == sc.to) {
				t.Fatalf("ToDate is wrong at the edges of %+v", got)
			}
			if y := backend.FiscalEndYearOf(sc.to, sc.start); y != got.EndYear {
				t.Fatalf("today's month %s is in FY%d, want FY%d", sc.to, y, got.EndYear)
			}
		})
	}
	if got := backend.FiscalYearOf(date("2026-11-24"), 4).ProRata(1_200_000_00); got != 800_000_00 {
		t.Errorf("8 months of 1 200 000 = %d", got)
	}
}

func TestPeriodFiscalYear(t *testing.T) {
	scenarios := []struct {
		period string
		year   int
		ok     bool
	}{
		{"FY2027", 2027, true},
		{"fy2027", 2027, true},
		{" FY 2027 ", 2027, true},
		{"FY27", 2027, true},
		{"2027", 2027, true},
		{"FY2026/27", 2027, true},
		{"2026-27", 2027, true},
		{"2026/2027", 2027, true},
		{"FY2026-2027", 2027, true},
		{"FY1999/00", 2000, true},
		{"27", 0, false},
		{"FY 2026 / 27", 2027, true},
		{"FY20277", 0, false},
		{"2026/", 0, false},
		{"2026-27b", 0, false},
		{"FYI 2027", 0, false},
		{"FY", 0, false},
		{"Q4", 0, false},
		{"H1 2027", 0, false},
		{"Q3 2026", 0, false},
		{"2026-28", 0, false},
		{"Launch plan", 0, false},
		{"", 0, false},
	}
	for _, sc := range scenarios {
		t.Run(sc.period, func(t *testing.T) {
			y, ok := backend.PeriodFiscalYear(sc.period)
			if y != sc.year || ok != sc.ok {
				t.Fatalf("= %d, %v; want %d, %v", y, ok, sc.year, sc.ok)
			}
		})
	}
}

func FuzzPeriodFiscalYear(f *testing.F) {
	for _, seed := range []string{"FY2027", "fy27", "2026/27", "2026-2027", "H1 2027", "", "FY 2026 / 27", "９９９９"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, period string) {
		y, ok := backend.PeriodFiscalYear(period)
		if ok && (y < 1000 || y > 10000) {
			t.Fatalf("%q names FY%d", period, y)
		}
		if !ok && y != 0 {
			t.Fatalf("%q: not a year but %d", period, y)
		}
	})
}

func TestTargetFor(t *testing.T) {
	plan := func(period string, version int, status string, target int64) backend.PlanTarget {
		return backend.PlanTarget{Period: period, Version: version, Status: status, TargetMinor: target}
	}
	scenarios := []struct {
		name   string
		plans  []backend.PlanTarget
		target int64
		ok     bool
	}{
		{"OK no plans", nil, 0, false},
		{"OK next year's plan is not this year's target", []backend.PlanTarget{plan("FY2028", 1, backend.PlanApproved, 9)}, 0, false},
		{"OK this year's plan", []backend.PlanTarget{plan("FY2028", 1, backend.PlanDraft, 9), plan("FY2027", 1, backend.PlanApproved, 5)}, 5, true},
		{"OK the latest version that is not archived", []backend.PlanTarget{plan("FY2027", 1, backend.PlanArchived, 4), plan("FY2027", 2, backend.PlanApproved, 5), plan("FY2027", 3, backend.PlanDraft, 6)}, 6, true},
		{"OK an archived plan still sets its year's target", []backend.PlanTarget{plan("FY2027", 1, backend.PlanArchived, 4), plan("FY2027", 2, backend.PlanArchived, 5)}, 5, true},
		{"OK another way of naming the year", []backend.PlanTarget{plan("2026/27", 1, backend.PlanApproved, 7)}, 7, true},
		{"OK a plan without a target sets none", []backend.PlanTarget{plan("FY2027", 1, backend.PlanDraft, 0)}, 0, false},
	}
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			target, ok := backend.TargetFor(sc.plans, 2027)
			if target != sc.target || ok != sc.ok {
				t.Fatalf("= %d, %v; want %d, %v", target, ok, sc.target, sc.ok)
			}
		})
	}
}

// TestLatestAndCurrentPlan: the list shows the latest plan (one not archived
// first), the Dashboard works from the current one (never archived), as the
// SQL they replace did (ORDER BY status = 'archived', period DESC, version DESC).
func TestLatestAndCurrentPlan(t *testing.T) {
	plan := func(id int64, period string, version int, status string) backend.PlanTarget {
		return backend.PlanTarget{ID: id, Period: period, Version: version, Status: status}
	}
	scenarios := []struct {
		name            string
		plans           []backend.PlanTarget
		latest, current int64 // ids, 0 for none
	}{
		{"OK no plans", nil, 0, 0},
		{"OK the latest period", []backend.PlanTarget{plan(1, "FY2026", 1, backend.PlanApproved), plan(2, "FY2027", 1, backend.PlanDraft)}, 2, 2},
		{"OK its latest version", []backend.PlanTarget{plan(1, "FY2027", 1, backend.PlanArchived), plan(2, "FY2027", 3, backend.PlanDraft), plan(3, "FY2027", 2, backend.PlanApproved)}, 2, 2},
		{"OK an archived later period loses to a live earlier one", []backend.PlanTarget{plan(1, "FY2026", 2, backend.PlanApproved), plan(2, "FY2028", 1, backend.PlanArchived)}, 1, 1},
		{"OK all archived: the list shows the latest, nothing is current", []backend.PlanTarget{plan(1, "FY2026", 1, backend.PlanArchived), plan(2, "FY2027", 1, backend.PlanArchived)}, 2, 0},
		{"OK periods compare as text, as SQLite's BINARY collation does", []backend.PlanTarget{plan(1, "FY2027", 1, backend.PlanDraft), plan(2, "fy2026", 1, backend.PlanDraft)}, 2, 2},
	}
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			l, lok := backend.LatestPlan(sc.plans)
			c, cok := backend.CurrentPlan(sc.plans)
			if l.ID != sc.latest || lok != (sc.latest != 0) || c.ID != sc.current || cok != (sc.current != 0) {
				t.Fatalf("latest %d (%v), current %d (%v); want %d, %d", l.ID, lok, c.ID, cok, sc.latest, sc.current)
			}
		})
	}
}
