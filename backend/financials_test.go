package backend_test

import (
	"math"
	"testing"

	"accountdesk/backend"
)

func TestMarginAndRetainer(t *testing.T) {
	scenarios := []struct {
		name                 string
		revenue, cost, wo    int64
		marginPct            float64
		hours, retainer, hvr float64
	}{
		{"OK healthy month", 100_000_00, 60_000_00, 0, 40, 120, 100, 120},
		{"OK write-offs eat margin", 100_000_00, 60_000_00, 10_000_00, 30, 80, 100, 80},
		{"OK no revenue is zero margin, not a division by zero", 0, 5_000_00, 0, 0, 10, 0, 0},
		{"OK loss-making month is negative", 50_000_00, 70_000_00, 0, -40, 0, 40, 0},
	}
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			if got := backend.MarginPct(sc.revenue, sc.cost, sc.wo); math.Abs(got-sc.marginPct) > 1e-9 {
				t.Errorf("margin = %v%%, want %v%%", got, sc.marginPct)
			}
			if got := backend.HoursVsRetainerPct(sc.hours, sc.retainer); math.Abs(got-sc.hvr) > 1e-9 {
				t.Errorf("hours vs retainer = %v%%, want %v%%", got, sc.hvr)
			}
		})
	}
}

func TestTrailingWindow(t *testing.T) {
	from, to := backend.TrailingWindow(date("2026-11-24"))
	if from != "2025-11" || to != "2026-10" {
		t.Fatalf("window = %s..%s, want the twelve full months 2025-11..2026-10", from, to)
	}
	from, to = backend.TrailingWindow(date("2026-01-31"))
	if from != "2025-01" || to != "2025-12" {
		t.Fatalf("window in January = %s..%s", from, to)
	}
}

func TestMonthFiguresValidate(t *testing.T) {
	scenarios := []struct {
		name  string
		m     backend.MonthFigures
		field string
	}{
		{"OK", backend.MonthFigures{Month: "2026-03", RevenueMinor: 1, CostMinor: 1, HoursUsed: 10}, ""},
		{"ErrMonthFormat", backend.MonthFigures{Month: "March 2026"}, "month"},
		{"ErrMonthThirteen", backend.MonthFigures{Month: "2026-13"}, "month"},
		{"ErrNegativeRevenue", backend.MonthFigures{Month: "2026-03", RevenueMinor: -1}, "revenueMinor"},
		{"ErrNegativeWriteOff", backend.MonthFigures{Month: "2026-03", WriteOffMinor: -5}, "writeOffMinor"},
		{"ErrNegativeHours", backend.MonthFigures{Month: "2026-03", HoursUsed: -1}, "hoursUsed"},
	}
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			err := sc.m.Validate()
			if backend.ErrorField(err) != sc.field || (sc.field == "") != (err == nil) {
				t.Fatalf("err = %v, want field %q", err, sc.field)
			}
		})
	}
}
