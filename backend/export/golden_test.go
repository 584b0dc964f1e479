package export_test

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"accountdesk/backend/export"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// TestGolden renders one account's plan summary and the portfolio of the
// demo agency (fixed date, fixed seed) in every text format and compares
// them byte for byte with the files reviewed and committed in
// testdata/golden. After an intended change: go test ./backend/export -run
// Golden -update, then read the diff before committing.
func TestGolden(t *testing.T) {
	ctx := context.Background()
	db := demoDB(t)
	formats := []string{"md", "html", "json", "csv"}
	plan, err := export.Render(ctx, db, export.Request{Formats: formats, AccountIDs: []int64{1}}, now)
	if err != nil {
		t.Fatal(err)
	}
	portfolio, err := export.Render(ctx, db, export.Request{Formats: formats, Portfolio: true}, now)
	if err != nil {
		t.Fatal(err)
	}
	files := append(plan, portfolio...)
	if len(files) != 9 { // csv is two files for a plan
		t.Fatalf("rendered %d files", len(files))
	}
	// Each workspace has its own random id: the golden files hold zeros.
	id, err := db.WorkspaceID(ctx)
	if err != nil || len(id) != 16 {
		t.Fatalf("workspace id %q: %v", id, err)
	}
	dir := filepath.Join("testdata", "golden")
	for _, f := range files {
		f.Name = strings.ReplaceAll(f.Name, id[:8], "00000000")
		f.Data = bytes.ReplaceAll(f.Data, []byte(id), []byte("0000000000000000"))
		path := filepath.Join(dir, f.Name)
		if *update {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, f.Data, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Errorf("%s: no golden file (run with -update and review it): %v", f.Name, err)
			continue
		}
		if !bytes.Equal(f.Data, want) {
			t.Errorf("%s differs from %s; if the change is intended, run with -update and review the diff", f.Name, path)
		}
	}
}
