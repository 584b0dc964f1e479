package tabular_test

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"accountdesk/backend/tabular"
)

// togglFile writes a Toggl Track detailed report of n time entries: a year
// of an agency's hours at 50 000.
func togglFile(tb testing.TB, n int) string {
	tb.Helper()
	var b bytes.Buffer
	b.WriteString("\uFEFFUser,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount (USD)\n")
	for i := range n {
		day := 1 + i%28
		fmt.Fprintf(&b, "Person %d,p%d@agency.example,Client %d,Project %d,Design,\"Entry %d, with a comma\",Yes,2026-03-%02d,09:00:00,2026-03-%02d,10:30:00,01:30:00,\"design, campaign\",150.00\n",
			i%40, i%40, i%120, i%300, i, day, day)
	}
	path := filepath.Join(tb.TempDir(), "TogglTrack_Report_Detailed.csv")
	if err := os.WriteFile(path, b.Bytes(), 0o600); err != nil {
		tb.Fatal(err)
	}
	return path
}

func countRows(tb testing.TB, path string) int {
	t, err := tabular.Open(path, tabular.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	defer t.Close()
	n := 0
	for {
		_, err := t.Next()
		if err == io.EOF {
			return n
		}
		if err != nil {
			tb.Fatal(err)
		}
		n++
	}
}

// BenchmarkToggl50000 reads a 50 000-row hours file (about 8 MB).
func BenchmarkToggl50000(b *testing.B) {
	path := togglFile(b, 50_000)
	b.ReportAllocs()
	for b.Loop() {
		if n := countRows(b, path); n != 50_000 {
			b.Fatalf("%d rows", n)
		}
	}
}

// TestMemoryStaysFlat reads 50 000 rows and checks that what stays on the
// heap does not grow with the file: rows are streamed, not collected.
func TestMemoryStaysFlat(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 50 000 rows")
	}
	path := togglFile(t, 50_000)
	tb, err := tabular.Open(path, tabular.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer tb.Close()
	var peak uint64
	var ms runtime.MemStats
	for i := 0; ; i++ {
		_, err := tb.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if i%10_000 == 0 {
			runtime.GC()
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapAlloc)
		}
	}
	// The file is 8 MB; holding its rows would take several times that.
	if peak > 4<<20 {
		t.Fatalf("heap reached %d bytes while reading", peak)
	}
}
