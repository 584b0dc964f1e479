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
	case m.HoursUsed < 0 || m.HoursUsed > 100000:
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
	TargetMinor        int64   `json:"targetMinor"` // the plan's annual target spread evenly
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
	Months     []MonthRow `json:"months"`
	T12M       Totals     `json:"t12m"`
	YearToDate Totals     `json:"yearToDate"`
	// RetainerHoursPerMonth is copied from the account for the hours chart.
	RetainerHoursPerMonth float64 `json:"retainerHoursPerMonth"`
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
