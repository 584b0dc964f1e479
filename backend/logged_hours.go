package backend

import (
	"math"
	"sort"
	"time"
)

// PersonMonthHours is what one person logged on one account in one month,
// as a timesheet import added it up.
type PersonMonthHours struct {
	AccountID   int64   `json:"accountId"`
	AccountName string  `json:"accountName"`
	Month       string  `json:"month"` // YYYY-MM
	Hours       float64 `json:"hours"`
}

// LoggedHours is one account-month of a person: the hours their timesheets
// logged beside the hours their confirmed allocations planned.
type LoggedHours struct {
	AccountID   int64   `json:"accountId"`
	AccountName string  `json:"accountName"`
	Month       string  `json:"month"`
	Logged      float64 `json:"logged"`
	Planned     float64 `json:"planned"` // 0 when not allocated that month
}

// PlannedHours is what a person's confirmed allocations to one account ask
// of them in a month, to a tenth of an hour: each allocation's share of
// their weekly capacity over the working days (Monday to Friday) it covers,
// within the person's own start and end dates. Tentative allocations plan
// nothing.
func PlannedHours(p Person, allocs []Allocation, accountID int64, month time.Time) float64 {
	first := monthOf(month)
	from, to := first, first.AddDate(0, 1, -1)
	s := scheduleOf(p, allocs)
	if !s.start.IsZero() && s.start.After(from) {
		from = s.start
	}
	if !s.end.IsZero() && s.end.Before(to) {
		to = s.end
	}
	var hours float64
	for _, a := range allocs {
		if a.PersonID != p.ID || a.AccountID != accountID || a.Tentative {
			continue
		}
		start, end := parseDay(a.StartDate, time.Time{}), parseDay(a.EndDate, time.Time{})
		if start.IsZero() || start.Before(from) {
			start = from
		}
		if end.IsZero() || end.After(to) {
			end = to
		}
		hours += a.Percent / 100 * p.CapacityHoursPerWeek / 5 * float64(workingDays(start, end))
	}
	return roundHours(hours)
}

// LoggedAgainstPlan sets each account-month a person logged hours on beside
// what was planned for it, newest month first, then by account name. Months
// of an account they were planned on but logged nothing for are not listed:
// the rows are what the timesheets brought in.
func LoggedAgainstPlan(p Person, allocs []Allocation, logged []PersonMonthHours) []LoggedHours {
	out := make([]LoggedHours, 0, len(logged))
	for _, l := range logged {
		month, err := time.Parse("2006-01", l.Month)
		if err != nil {
			continue
		}
		out = append(out, LoggedHours{AccountID: l.AccountID, AccountName: l.AccountName, Month: l.Month, Logged: l.Hours,
			Planned: PlannedHours(p, allocs, l.AccountID, month)})
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Month != out[j].Month {
			return out[i].Month > out[j].Month
		}
		return out[i].AccountName < out[j].AccountName
	})
	return out
}

func roundHours(h float64) float64 { return math.Round(h*10) / 10 }
