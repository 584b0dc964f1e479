package export_test

import (
	"context"
	"fmt"
	"testing"

	"accountdesk/backend/demo"
	"accountdesk/backend/export"
	"accountdesk/backend/export/davtest"
	"accountdesk/backend/sqlite"
	"accountdesk/backend/sqlite/sqlitetest"
)

// benchDemo opens a new workspace holding the demo agency scaled to
// accounts (0: the default dozen); it is closed when the benchmark ends.
func benchDemo(b *testing.B, accounts int) *sqlite.DB {
	b.Helper()
	return sqlitetest.Demo(b, demo.Options{Today: now, Accounts: accounts})
}

func BenchmarkPlanPDF(b *testing.B) {
	ctx := context.Background()
	db := benchDemo(b, 0)
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
	db := benchDemo(b, 5000)
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

// BenchmarkRollup50 is the management roll-up over 50 directors' portfolio
// summaries (12 accounts each) in a shared folder and on real WebDAV servers
// (target: under 2 s).
func BenchmarkRollup50(b *testing.B) {
	ctx := context.Background()
	p, err := export.BuildPortfolio(ctx, benchDemo(b, 0), now)
	if err != nil {
		b.Fatal(err)
	}
	var files []export.File
	for i := range 50 {
		p.Director, p.WorkspaceID = fmt.Sprintf("Director %02d", i), fmt.Sprintf("%016x", i+1)
		data, err := export.JSON(p)
		if err != nil {
			b.Fatal(err)
		}
		files = append(files, export.File{Name: "portfolio-" + export.PortfolioFilePart(p) + "-2026-11-24.json", Data: data})
	}
	places := map[string]func() export.Destination{"folder": func() export.Destination {
		d, _ := export.NewDestination(b.TempDir(), "", "", nil)
		return d
	}}
	for _, kind := range davtest.Kinds {
		places[kind] = func() export.Destination {
			srv := davtest.Start(b, kind)
			d, _ := export.NewDestination(srv.URL(), davtest.User, davtest.Password, nil)
			return d
		}
	}
	for _, name := range []string{"folder", "apache", "rclone"} {
		b.Run(name, func(b *testing.B) {
			dest := places[name]()
			if _, err := export.Write(ctx, dest, files, export.WriteOptions{}); err != nil {
				b.Fatal(err)
			}
			for b.Loop() {
				r, err := export.BuildRollupFrom(ctx, dest.(export.Shelf))
				if err != nil || len(r.Directors) != 50 {
					b.Fatalf("%d directors: %v", len(r.Directors), err)
				}
			}
		})
	}
}

// BenchmarkPlanPDFWorld is a plan whose text needs the CJK font too, with
// 45 actions over four pages.
func BenchmarkPlanPDFWorld(b *testing.B) {
	ctx := context.Background()
	db := benchDemo(b, 0)
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

// BenchmarkPortfolioXLSX5000 is the portfolio workbook of 5,000 accounts:
// all of it (the summary, every account's months, the streamed workbook),
// and the parts.
func BenchmarkPortfolioXLSX5000(b *testing.B) {
	ctx := context.Background()
	db := benchDemo(b, 5000)
	p, err := export.BuildPortfolio(ctx, db, now)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("all", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			p, err := export.BuildPortfolio(ctx, db, now)
			if err == nil {
				err = export.AddPortfolioMonths(ctx, db, &p, now)
			}
			if err != nil {
				b.Fatal(err)
			}
			data, err := export.PortfolioXLSX(p)
			if err != nil {
				b.Fatal(err)
			}
			b.ReportMetric(float64(len(data))/1e6, "MB/file")
		}
	})
	b.Run("months", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if err := export.AddPortfolioMonths(ctx, db, &p, now); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("workbook", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := export.PortfolioXLSX(p); err != nil {
				b.Fatal(err)
			}
		}
	})
}
