package sqlite_test

import (
	"context"
	"database/sql"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
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

// BenchmarkImportHours50kSQLiteAlone is the floor the import is compared with
// (docs/performance.md): the same 50,000 entries read with encoding/csv and
// inserted as rows into a plain table, one transaction, one prepared statement.
func BenchmarkImportHours50kSQLiteAlone(b *testing.B) {
	path := hoursFile(b, 50000, 40)
	for range b.N {
		b.StopTimer()
		raw, err := sql.Open("sqlite3", "file:"+filepath.Join(b.TempDir(), "raw.db")+"?_journal_mode=WAL")
		if err != nil {
			b.Fatal(err)
		}
		if _, err := raw.Exec(`CREATE TABLE entries (day TEXT, client TEXT, hours REAL)`); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		f, err := os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		r := csv.NewReader(f)
		r.ReuseRecord = true
		tx, _ := raw.Begin()
		stmt, _ := tx.Prepare(`INSERT INTO entries (day, client, hours) VALUES (?, ?, ?)`)
		if _, err := r.Read(); err != nil { // the header
			b.Fatal(err)
		}
		for {
			rec, err := r.Read()
			if err != nil {
				break
			}
			h, _ := strconv.ParseFloat(rec[6], 64)
			if _, err := stmt.Exec(rec[0], rec[1], h); err != nil {
				b.Fatal(err)
			}
		}
		if err := tx.Commit(); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		_ = f.Close()
		_ = raw.Close()
	}
}
