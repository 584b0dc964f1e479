package backend_test

import (
	"fmt"
	"testing"
	"time"

	"accountdesk/backend"
)

// BenchmarkUtilization300People5000Accounts computes every person's month and
// every account's coverage for 300 people spread over 5 000 accounts.
func BenchmarkUtilization300People5000Accounts(b *testing.B) {
	today := time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC)
	people := map[int64]backend.Person{}
	var allocs []backend.Allocation
	for i := int64(1); i <= 300; i++ {
		people[i] = backend.Person{ID: i, Name: fmt.Sprint("P", i), CapacityHoursPerWeek: 40, StartDate: "2020-01-01", Status: backend.PersonActive}
	}
	var accounts []backend.Account
	for a := int64(1); a <= 5000; a++ {
		accounts = append(accounts, backend.Account{ID: a, Tier: backend.TierKey, RetainerHoursPerMonth: 100})
		allocs = append(allocs,
			backend.Allocation{PersonID: 1 + a%300, AccountID: a, Percent: 5, Role: backend.AccountLead, StartDate: "2026-01-01"},
			backend.Allocation{PersonID: 1 + (a+7)%300, AccountID: a, Percent: 2, Role: backend.AccountBackup, StartDate: "2026-06-01", EndDate: "2027-06-01"})
	}
	byPerson := map[int64][]backend.Allocation{}
	byAccount := map[int64][]backend.Allocation{}
	for _, x := range allocs {
		byPerson[x.PersonID] = append(byPerson[x.PersonID], x)
		byAccount[x.AccountID] = append(byAccount[x.AccountID], x)
	}
	from := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	to := from.AddDate(0, 1, -1)
	var durations []time.Duration
	for b.Loop() {
		start := time.Now()
		for _, p := range people {
			_ = backend.Utilization(p, byPerson[p.ID], from, to)
		}
		for _, a := range accounts {
			_ = backend.AccountCoverage(a, byAccount[a.ID], people, today)
		}
		durations = append(durations, time.Since(start))
	}
	reportP95(b, durations)
}

func reportP95(b *testing.B, d []time.Duration) {
	if len(d) == 0 {
		return
	}
	for i := range d { // insertion sort: the slices are short
		for j := i; j > 0 && d[j] < d[j-1]; j-- {
			d[j], d[j-1] = d[j-1], d[j]
		}
	}
	b.ReportMetric(float64(d[len(d)*95/100].Microseconds())/1000, "p95-ms")
}
