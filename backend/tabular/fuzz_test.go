package tabular_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"accountdesk/backend"
	"accountdesk/backend/tabular"
)

// readFuzz reads a file to the end and checks what every caller relies on:
// errors are plain *tabular.Error, every row has one cell per column, and row
// numbers only go up, below the header.
func readFuzz(t *testing.T, name string, data []byte) {
	opt := tabular.Options{MaxRows: 2000, MaxCellBytes: 4096}
	tb, err := tabular.OpenReader(name, bytes.NewReader(data), int64(len(data)), opt)
	if err != nil {
		var te *tabular.Error
		if !errors.As(err, &te) || backend.ErrorCode(err) != backend.EINVALID {
			t.Fatalf("Open: %v is not a *tabular.Error", err)
		}
		return
	}
	defer tb.Close()
	last := tb.HeaderLine
	for {
		r, err := tb.Next()
		if err == io.EOF {
			if _, err := tb.Next(); err != io.EOF {
				t.Fatalf("Next after the end: %v", err)
			}
			return
		}
		if err != nil {
			var te *tabular.Error
			if !errors.As(err, &te) {
				t.Fatalf("Next: %v is not a *tabular.Error", err)
			}
			return
		}
		if len(r.Cells) != len(tb.Header) || r.Line <= last {
			t.Fatalf("row %d after %d with %d cells for %d columns", r.Line, last, len(r.Cells), len(tb.Header))
		}
		last = r.Line
	}
}

func addFiles(f *testing.F, pattern string) {
	files, _ := filepath.Glob(pattern)
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil && len(b) < 64<<10 {
			f.Add(b)
		}
	}
}

func FuzzOpenCSV(f *testing.F) {
	addFiles(f, "testdata/sources/*/*.csv")
	f.Fuzz(func(t *testing.T, data []byte) { readFuzz(t, "fuzz.csv", data) })
}

func FuzzOpenXLSX(f *testing.F) {
	addFiles(f, "testdata/sources/*/*.xlsx")
	f.Fuzz(func(t *testing.T, data []byte) { readFuzz(t, "fuzz.xlsx", data) })
}

func FuzzParseAmount(f *testing.F) {
	for _, s := range []string{"1.234,56", "1,234.56", "$1,200.00", "(500.00)", "1 234,56 €", "-12", "1234", "12abc", "1.2E+06", "12,34,567.00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := tabular.ParseAmount(s)
		if err != nil {
			if backend.ErrorCode(err) != backend.EINVALID {
				t.Fatalf("%q: %v", s, err)
			}
			return
		}
		if v > tabular.MaxAmount || v < -tabular.MaxAmount {
			t.Fatalf("%q = %d, over the limit", s, v)
		}
		// What was read writes back and reads the same.
		sign, a := "", v
		if a < 0 {
			sign, a = "-", -a
		}
		back := fmt.Sprintf("%s%d.%02d", sign, a/100, a%100)
		if w, err := tabular.ParseAmount(back); err != nil || w != v {
			t.Fatalf("%q = %d, but %q = %d, %v", s, v, back, w, err)
		}
	})
}

var isoDate = regexp.MustCompile(`^[0-9]{4}-[0-9]{2}-[0-9]{2}$`)

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2026-03-04", "04/03/2026", "3/4/26", "4 Mar 2026", "46085", "2026-03-04T10:22:31.000Z", "4. März 2026", "March 4, 2026"} {
		f.Add(s, "dmy")
		f.Add(s, "")
	}
	f.Fuzz(func(t *testing.T, s, order string) {
		d, err := tabular.ParseDate(s, tabular.DateOrder(order))
		if err != nil {
			if backend.ErrorCode(err) != backend.EINVALID {
				t.Fatalf("%q: %v", s, err)
			}
			return
		}
		if !isoDate.MatchString(d) {
			t.Fatalf("%q = %q, not YYYY-MM-DD", s, d)
		}
		if again, err := tabular.ParseDate(d, tabular.Unknown); err != nil || again != d {
			t.Fatalf("%q = %q, which reads as %q, %v", s, d, again, err)
		}
		tabular.GuessDateOrder([]string{s, d})
	})
}
