package backend_test

import (
	"slices"
	"testing"
	"time"

	"accountdesk/backend"
)

// What a month's allocations plan for a person on one account: the share of
// their weekly capacity over the working days covered, within their own
// dates; tentative work and other accounts plan nothing.
func TestPlannedHours(t *testing.T) {
	march := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC) // 22 working days
	lee := backend.Person{ID: 1, StartDate: "2025-01-06", CapacityHoursPerWeek: 40}
	alloc := func(account int64, pct float64, start, end string, tentative bool) backend.Allocation {
		return backend.Allocation{PersonID: 1, AccountID: account, Percent: pct, StartDate: start, EndDate: end, Tentative: tentative}
	}
	for _, c := range []struct {
		name   string
		person backend.Person
		allocs []backend.Allocation
		want   float64
	}{
		{"whole month at 50%", lee, []backend.Allocation{alloc(7, 50, "2026-01-01", "", false)}, 88},
		{"two allocations to the account add up", lee, []backend.Allocation{alloc(7, 50, "2026-01-01", "", false), alloc(7, 25, "2026-01-01", "", false)}, 132},
		{"from the 16th: 12 working days", lee, []backend.Allocation{alloc(7, 100, "2026-03-16", "", false)}, 96},
		{"ending on the 13th: 10 working days", lee, []backend.Allocation{alloc(7, 100, "2026-01-01", "2026-03-13", false)}, 80},
		{"a person starting on the 16th works 12 days", backend.Person{ID: 1, StartDate: "2026-03-16", CapacityHoursPerWeek: 40},
			[]backend.Allocation{alloc(7, 100, "2026-01-01", "", false)}, 96},
		{"part-time capacity", backend.Person{ID: 1, StartDate: "2025-01-06", CapacityHoursPerWeek: 20}, []backend.Allocation{alloc(7, 100, "", "", false)}, 88},
		{"tentative plans nothing", lee, []backend.Allocation{alloc(7, 50, "", "", true)}, 0},
		{"another account plans nothing here", lee, []backend.Allocation{alloc(8, 50, "", "", false)}, 0},
		{"allocation over before the month", lee, []backend.Allocation{alloc(7, 50, "2025-01-01", "2026-02-27", false)}, 0},
		{"not allocated", lee, nil, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := backend.PlannedHours(c.person, c.allocs, 7, march); got != c.want {
				t.Fatalf("PlannedHours = %v, want %v", got, c.want)
			}
		})
	}
}

func TestLoggedAgainstPlan(t *testing.T) {
	lee := backend.Person{ID: 1, StartDate: "2025-01-06", CapacityHoursPerWeek: 40}
	allocs := []backend.Allocation{{PersonID: 1, AccountID: 7, Percent: 50, StartDate: "2026-03-01"}}
	got := backend.LoggedAgainstPlan(lee, allocs, []backend.PersonMonthHours{
		{AccountID: 8, AccountName: "Beta", Month: "2026-03", Hours: 4},
		{AccountID: 7, AccountName: "Acme", Month: "2026-02", Hours: 1},
		{AccountID: 7, AccountName: "Acme", Month: "2026-03", Hours: 80.5},
	})
	want := []backend.LoggedHours{
		{AccountID: 7, AccountName: "Acme", Month: "2026-03", Logged: 80.5, Planned: 88},
		{AccountID: 8, AccountName: "Beta", Month: "2026-03", Logged: 4, Planned: 0},
		{AccountID: 7, AccountName: "Acme", Month: "2026-02", Logged: 1, Planned: 0},
	}
	if !slices.Equal(got, want) {
		t.Fatalf("got %+v\nwant %+v", got, want)
	}
}
