package export_test

import (
	"context"
	"path/filepath"
	"testing"

	"accountdesk/backend/demo"
	"accountdesk/backend/export"
	"accountdesk/backend/sqlite"
)

func BenchmarkPlanPDF(b *testing.B) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "w.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	if err := demo.Populate(ctx, db, demo.Options{Today: now}); err != nil {
		b.Fatal(err)
	}
	s, err := export.BuildPlanSummary(ctx, db, 1, now)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := export.PlanPDF(s); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPortfolioPDF5000(b *testing.B) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "w.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	if err := demo.Populate(ctx, db, demo.Options{Today: now, Accounts: 5000}); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		p, err := export.BuildPortfolio(ctx, db, now)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := export.PortfolioPDF(p); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPlanPDFWorld is a plan whose text needs the CJK font too, with
// 45 actions over four pages.
func BenchmarkPlanPDFWorld(b *testing.B) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "w.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	if err := demo.Populate(ctx, db, demo.Options{Today: now}); err != nil {
		b.Fatal(err)
	}
	worldPlan(b, db)
	s, err := export.BuildPlanSummary(ctx, db, 1, now)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := export.PlanPDF(s); err != nil {
			b.Fatal(err)
		}
	}
}
