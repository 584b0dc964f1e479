package sqlite_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"accountdesk/backend"
)

// hoursFile writes a year of an agency's time entries as a Harvest detailed
// time report: rows entries over clients clients.
func hoursFile(tb testing.TB, rows, clients int) string {
	tb.Helper()
	var b strings.Builder
	b.WriteString("Date,Client,Project,Project Code,Task,Notes,Hours,Hours Rounded,Billable?,Invoiced?,Approved?,First Name,Last Name,Roles,Employee?,Billable Rate,Billable Amount,Cost Rate,Cost Amount,Currency,External Reference URL\r\n")
	for i := range rows {
		fmt.Fprintf(&b, "2026-%02d-%02d,Client %03d Ltd,Retainer,C%03d,Design,\"Entry %d, notes\",%.2f,%.2f,Yes,No,Yes,Lee,Park,Designer,Yes,150,375,60,150,US Dollar - USD,\r\n",
			i%12+1, i%28+1, i%clients, i%clients, i, float64(i%8)/4+0.25, float64(i%8)/4+0.25)
	}
	path := filepath.Join(tb.TempDir(), "harvest_time_report.csv")
	if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
		tb.Fatal(err)
	}
	return path
}

// BenchmarkImportHours50k previews and imports 50,000 Harvest entries over
// 40 clients, 120 client-months (issue 16: preview under 3 s, import under 5 s).
func BenchmarkImportHours50k(b *testing.B) {
	ctx := context.Background()
	path := hoursFile(b, 50000, 40)
	for _, preview := range []bool{true, false} {
		name := "import"
		if preview {
			name = "preview"
		}
		b.Run(name, func(b *testing.B) {
			for range b.N {
				b.StopTimer()
				db := MustOpenDB(b)
				for c := range 40 {
					if _, err := db.CreateAccount(ctx, backend.Account{Name: fmt.Sprintf("Client %03d Ltd", c)}); err != nil {
						b.Fatal(err)
					}
				}
				in := input(b, path, "")
				b.StartTimer()
				run := db.Import
				if preview {
					run = db.PreviewImport
				}
				res, err := run(ctx, in)
				if err != nil || res.Created != 120 {
					b.Fatalf("%+v %v", res.ImportCounts, err)
				}
			}
		})
	}
}
