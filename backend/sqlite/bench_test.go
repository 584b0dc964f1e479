package sqlite_test

import (
	"context"
	"fmt"
	"sort"
	"testing"
	"time"

	"accountdesk/backend"
	"accountdesk/backend/sqlite"
	"accountdesk/backend/sqlite/sqlitetest"
)

// benchAccounts is the size of the large generated workspace.
const benchAccounts = 5000

// largeWorkspace opens a private copy of the generated 5 000-account workspace.
func largeWorkspace(b *testing.B) *sqlite.DB {
	b.Helper()
	return MustOpenDBAt(b, sqlitetest.GeneratedWorkspace(b, benchAccounts, today))
}

// reportP95 runs fn b.N times and reports the 95th percentile as p95-ms.
func reportP95(b *testing.B, fn func() error) {
	b.Helper()
	durations := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for b.Loop() {
		start := time.Now()
		if err := fn(); err != nil {
			b.Fatal(err)
		}
		durations = append(durations, time.Since(start))
	}
	b.StopTimer()
	sort.Slice(durations, func(i, j int) bool { return durations[i] < durations[j] })
	if n := len(durations); n > 0 {
		b.ReportMetric(float64(durations[n*95/100].Microseconds())/1000, "p95-ms")
	}
}

func BenchmarkAccountList5000(b *testing.B) {
	db := largeWorkspace(b)
	ctx := context.Background()
	reportP95(b, func() error {
		list, err := db.ListAccounts(ctx, backend.AccountFilter{}, today)
		if err == nil && len(list) != benchAccounts {
			err = fmt.Errorf("listed %d accounts", len(list))
		}
		return err
	})
}

func BenchmarkAccountListSearch5000(b *testing.B) {
	db := largeWorkspace(b)
	ctx := context.Background()
	reportP95(b, func() error {
		_, err := db.ListAccounts(ctx, backend.AccountFilter{Search: "bank", Tier: backend.TierStrategic}, today)
		return err
	})
}

// BenchmarkAccountListBelowCompleteness5000 is the list filtered to plans
// less than half complete (the Accounts screen then sorts it by completeness).
func BenchmarkAccountListBelowCompleteness5000(b *testing.B) {
	db := largeWorkspace(b)
	ctx := context.Background()
	reportP95(b, func() error {
		list, err := db.ListAccounts(ctx, backend.AccountFilter{CompletenessBelow: 50}, today)
		if err == nil && (len(list) == 0 || len(list) == benchAccounts) {
			err = fmt.Errorf("listed %d accounts below 50%%: the demo's plans should differ", len(list))
		}
		return err
	})
}

// BenchmarkAccountListAfterSettings5000 is the list after a change every
// account depends on: every row is read again, completeness counted for
// every latest plan.
func BenchmarkAccountListAfterSettings5000(b *testing.B) {
	db := largeWorkspace(b)
	ctx := context.Background()
	reportP95After(b, settingsChange(db), func() error {
		_, err := db.ListAccounts(ctx, backend.AccountFilter{}, today)
		return err
	})
}

// BenchmarkAccountPage5000 loads everything the account page shows.
func BenchmarkAccountPage5000(b *testing.B) {
	db := largeWorkspace(b)
	ctx := context.Background()
	id := int64(benchAccounts / 2)
	reportP95(b, func() error {
		if _, err := db.Account(ctx, id); err != nil {
			return err
		}
		versions, err := db.Plans(ctx, id)
		if err != nil {
			return err
		}
		if _, err := db.Plan(ctx, versions[0].ID); err != nil {
			return err
		}
		if _, err := db.Stakeholders(ctx, id); err != nil {
			return err
		}
		if _, err := db.Financials(ctx, id, today); err != nil {
			return err
		}
		_, err = db.QBRs(ctx, id)
		return err
	})
}

func BenchmarkDashboard5000(b *testing.B) {
	db := largeWorkspace(b)
	ctx := context.Background()
	reportP95(b, func() error {
		_, err := db.Portfolio(ctx, today)
		return err
	})
}

// reportP95After is reportP95 for read alone, each time right after change
// (not timed): the first read after the user saved something.
func reportP95After(b *testing.B, change, read func() error) {
	b.Helper()
	durations := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for b.Loop() {
		b.StopTimer()
		if err := change(); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start := time.Now()
		if err := read(); err != nil {
			b.Fatal(err)
		}
		durations = append(durations, time.Since(start))
	}
	b.StopTimer()
	sort.Slice(durations, func(i, j int) bool { return durations[i] < durations[j] })
	if n := len(durations); n > 0 {
		b.ReportMetric(float64(durations[n*95/100].Microseconds())/1000, "p95-ms")
	}
}

// healthFlip changes one account (its health), as editing the account page does.
func healthFlip(db *sqlite.DB) func() error {
	ctx := context.Background()
	id := int64(benchAccounts / 3)
	return func() error {
		a, err := db.Account(ctx, id)
		if err != nil {
			return err
		}
		next := backend.HealthRed
		if a.Health == backend.HealthRed {
			next = backend.HealthAmber
		}
		a.Health, a.HealthReason = next, "Slow approvals"
		_, err = db.UpdateAccount(ctx, a)
		return err
	}
}

// figuresChange saves one account's figures for this month, as the
// Financials tab does.
func figuresChange(db *sqlite.DB) func() error {
	ctx := context.Background()
	id := int64(benchAccounts / 4)
	n := int64(0)
	return func() error {
		n++
		return db.SaveMonths(ctx, id, []backend.MonthFigures{{Month: today.Format("2006-01"), RevenueMinor: 10_000_00 + n, CostMinor: 6_000_00}})
	}
}

// settingsChange changes what every account depends on (the QBR threshold),
// like a restore or a write by another process: everything is reloaded.
func settingsChange(db *sqlite.DB) func() error {
	ctx := context.Background()
	return func() error {
		s, err := db.Settings(ctx)
		if err != nil {
			return err
		}
		s.QBRThresholdMinor++
		_, err = db.UpdateSettings(ctx, s)
		return err
	}
}

// BenchmarkAccountListAfterWrite5000 is the list right after one account changed.
func BenchmarkAccountListAfterWrite5000(b *testing.B) {
	db := largeWorkspace(b)
	ctx := context.Background()
	reportP95After(b, healthFlip(db), func() error {
		_, err := db.ListAccounts(ctx, backend.AccountFilter{}, today)
		return err
	})
}

// BenchmarkDashboardAfterWrite5000 is the Dashboard right after one account's figures changed.
func BenchmarkDashboardAfterWrite5000(b *testing.B) {
	db := largeWorkspace(b)
	ctx := context.Background()
	reportP95After(b, figuresChange(db), func() error {
		_, err := db.Portfolio(ctx, today)
		return err
	})
}

// BenchmarkDashboardAfterSettings5000 is the Dashboard after a change every
// account depends on: the whole portfolio is read again.
func BenchmarkDashboardAfterSettings5000(b *testing.B) {
	db := largeWorkspace(b)
	ctx := context.Background()
	reportP95After(b, settingsChange(db), func() error {
		_, err := db.Portfolio(ctx, today)
		return err
	})
}

// BenchmarkTeamAfterWrite5000 is the Team overview (roster, coverage,
// heatmap, over-allocation by month) right after an allocation changed: it
// is computed again from every person and allocation.
func BenchmarkTeamAfterWrite5000(b *testing.B) {
	db := largeWorkspace(b)
	ctx := context.Background()
	allocs, err := db.Allocations(ctx, 0, 0)
	if err != nil || len(allocs) == 0 {
		b.Fatalf("allocations: %d %v", len(allocs), err)
	}
	x := allocs[len(allocs)/2]
	reportP95After(b, func() error {
		if x.Percent == 2 { // 2% and 3% in turn
			x.Percent = 3
		} else {
			x.Percent = 2
		}
		_, err := db.SaveAllocation(ctx, x)
		return err
	}, func() error {
		_, err := db.TeamOverview(ctx, today, 12)
		return err
	})
}
