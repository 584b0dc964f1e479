package sqlite_test

import (
	"context"
	"testing"

	"accountdesk/backend"
)

// The write benchmarks time one save as the user makes it, in the large
// workspace: what the cache's invalidation adds to every write shows here.

// BenchmarkWriteAccount5000 saves one account's details (its health).
func BenchmarkWriteAccount5000(b *testing.B) {
	db := largeWorkspace(b)
	reportP95(b, healthFlip(db))
}

// BenchmarkWriteMonths5000 saves one account's figures for this month.
func BenchmarkWriteMonths5000(b *testing.B) {
	db := largeWorkspace(b)
	reportP95(b, figuresChange(db))
}

// BenchmarkWritePlan5000 saves a draft plan with all its items (every item
// is deleted and written again, as the plan editor's Save does).
func BenchmarkWritePlan5000(b *testing.B) {
	db := largeWorkspace(b)
	ctx := context.Background()
	id := int64(benchAccounts / 5)
	versions, err := db.Plans(ctx, id)
	if err != nil || len(versions) == 0 {
		b.Fatalf("plans of %d: %d %v", id, len(versions), err)
	}
	p, err := db.Plan(ctx, versions[0].ID)
	if err != nil {
		b.Fatal(err)
	}
	if p.Status == backend.PlanApproved || p.Status == backend.PlanArchived {
		if p, err = db.NewPlanVersion(ctx, p.ID); err != nil {
			b.Fatal(err)
		}
	}
	reportP95(b, func() error {
		p.RevenueTargetMinor++
		var err error
		p, err = db.SavePlan(ctx, p)
		return err
	})
}

// BenchmarkWriteStakeholder5000 saves one stakeholder (nothing the list or
// the Dashboard shows).
func BenchmarkWriteStakeholder5000(b *testing.B) {
	db := largeWorkspace(b)
	ctx := context.Background()
	s, err := db.SaveStakeholder(ctx, backend.Stakeholder{AccountID: benchAccounts / 6, Name: "Ana Ruiz", Role: "champion", Influence: 3, Sentiment: "supporter"})
	if err != nil {
		b.Fatal(err)
	}
	reportP95(b, func() error {
		s.Influence = 5 - s.Influence // 3 and 2 in turn
		var err error
		s, err = db.SaveStakeholder(ctx, s)
		return err
	})
}
