package backend

import (
	"context"
	"strings"
	"time"
)

// MonthFigures are one account's actuals for one calendar month.
type MonthFigures struct {
	Month         string  `json:"month"` // YYYY-MM
	RevenueMinor  int64   `json:"revenueMinor"`
	CostMinor     int64   `json:"costMinor"`
	WriteOffMinor int64   `json:"writeOffMinor"`
	HoursUsed     float64 `json:"hoursUsed"`
}

// Validate returns an invalid error naming the first wrong field.
func (m *MonthFigures) Validate() error {
	m.Month = strings.TrimSpace(m.Month)
	if _, err := time.Parse("2006-01", m.Month); err != nil {
		return Invalid("month", "Enter the month as YYYY-MM.")
	}
	switch {
	case m.RevenueMinor < 0:
		return Invalid("revenueMinor", "Revenue cannot be negative.")
	case m.CostMinor < 0:
		return Invalid("costMinor", "Cost cannot be negative.")
	case m.WriteOffMinor < 0:
		return Invalid("writeOffMinor", "Write-offs cannot be negative; enter the amount written off.")
	case m.HoursUsed < 0 || m.HoursUsed > HoursUsedMax:
		return Invalid("hoursUsed", "Hours used must be between 0 and 100,000.")
	}
	return nil
}

// MarginMinor is what the month earned after cost and write-offs.
func (m MonthFigures) MarginMinor() int64 { return m.RevenueMinor - m.CostMinor - m.WriteOffMinor }

// MarginPct is the margin as a percentage of revenue; 0 when there is no revenue.
func MarginPct(revenue, cost, writeOff int64) float64 {
	if revenue == 0 {
		return 0
	}
	return float64(revenue-cost-writeOff) * 100 / float64(revenue)
}

// HoursVsRetainerPct is hours used as a percentage of the retainer; 0 when
// there is no retainer. Above 100 means the account is over-serviced.
func HoursVsRetainerPct(hoursUsed, retainerHours float64) float64 {
	if retainerHours <= 0 {
		return 0
	}
	return hoursUsed * 100 / retainerHours
}

// MonthRow is a month of figures with what is computed from them, for tables and charts.
type MonthRow struct {
	MonthFigures
	MarginMinor        int64   `json:"marginMinor"`
	MarginPct          float64 `json:"marginPct"`
	HoursVsRetainerPct float64 `json:"hoursVsRetainerPct"`
	// TargetMinor is the month's share (a twelfth) of the target of the plan
	// for the month's fiscal year; HasTarget is false when no plan sets one.
	TargetMinor int64 `json:"targetMinor"`
	HasTarget   bool  `json:"hasTarget"`
}

// Totals add up a run of months.
type Totals struct {
	RevenueMinor  int64   `json:"revenueMinor"`
	CostMinor     int64   `json:"costMinor"`
	WriteOffMinor int64   `json:"writeOffMinor"`
	MarginMinor   int64   `json:"marginMinor"`
	MarginPct     float64 `json:"marginPct"`
	HoursUsed     float64 `json:"hoursUsed"`
}

// Sum totals months.
func Sum(months []MonthFigures) Totals {
	var t Totals
	for _, m := range months {
		t.RevenueMinor += m.RevenueMinor
		t.CostMinor += m.CostMinor
		t.WriteOffMinor += m.WriteOffMinor
		t.HoursUsed += m.HoursUsed
	}
	t.MarginMinor = t.RevenueMinor - t.CostMinor - t.WriteOffMinor
	t.MarginPct = MarginPct(t.RevenueMinor, t.CostMinor, t.WriteOffMinor)
	return t
}

// TrailingWindow returns the first and last month (YYYY-MM) of the twelve
// full months before today's month.
func TrailingWindow(today time.Time) (from, to string) {
	first := time.Date(today.Year(), today.Month(), 1, 0, 0, 0, 0, time.UTC)
	return first.AddDate(0, -12, 0).Format("2006-01"), first.AddDate(0, -1, 0).Format("2006-01")
}

// Financials is an account's monthly figures with totals.
type Financials struct {
	Months []MonthRow `json:"months"`
	T12M   Totals     `json:"t12m"`
	// YearToDate totals the fiscal year to date (FiscalYear).
	YearToDate Totals     `json:"yearToDate"`
	FiscalYear FiscalYear `json:"fiscalYear"`
	// RetainerHoursPerMonth is copied from the account for the hours chart.
	RetainerHoursPerMonth float64 `json:"retainerHoursPerMonth"`
}

// FinancialsOf builds an account's Financials as of today: every month
// (oldest first) with its margin, hours against the retainer and its share of
// the target of the plan for its fiscal year; the trailing twelve months; and
// the fiscal year to date, for a year starting in startMonth.
func FinancialsOf(a Account, months []MonthFigures, plans []PlanTarget, startMonth int, today time.Time) Financials {
	out := Financials{Months: []MonthRow{}, RetainerHoursPerMonth: a.RetainerHoursPerMonth, FiscalYear: FiscalYearOf(today, startMonth)}
	from, to := TrailingWindow(today)
	type target struct {
		minor int64
		ok    bool
	}
	targets := map[int]target{} // by fiscal year
	var t12, year []MonthFigures
	for _, m := range months {
		row := MonthRow{MonthFigures: m, MarginMinor: m.MarginMinor(),
			MarginPct:          MarginPct(m.RevenueMinor, m.CostMinor, m.WriteOffMinor),
			HoursVsRetainerPct: HoursVsRetainerPct(m.HoursUsed, a.RetainerHoursPerMonth)}
		fy := FiscalEndYearOf(m.Month, startMonth)
		t, seen := targets[fy]
		if !seen {
			t.minor, t.ok = TargetFor(plans, fy)
			targets[fy] = t
		}
		if t.ok {
			row.TargetMinor, row.HasTarget = t.minor/12, true
		}
		out.Months = append(out.Months, row)
		if m.Month >= from && m.Month <= to {
			t12 = append(t12, m)
		}
		if out.FiscalYear.ToDate(m.Month) {
			year = append(year, m)
		}
	}
	out.T12M, out.YearToDate = Sum(t12), Sum(year)
	return out
}

// FinancialService keeps monthly actuals.
type FinancialService interface {
	// Financials returns the account's months, oldest first, with totals.
	Financials(ctx context.Context, accountID int64, today time.Time) (Financials, error)
	// SaveMonths inserts or replaces months, all in one transaction. Returns EINVALID, ENOTFOUND.
	SaveMonths(ctx context.Context, accountID int64, months []MonthFigures) error
	// DeleteMonth removes one month's figures. Returns ENOTFOUND.
	DeleteMonth(ctx context.Context, accountID int64, month string) error
}
