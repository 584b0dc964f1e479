// Package sqlitetest opens real workspaces for any package's tests and
// benchmarks: an empty one, the demo agency, or a large generated one.
package sqlitetest

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"time"

	"accountdesk/backend/demo"
	"accountdesk/backend/sqlite"
)

// GeneratedWorkspace returns the path of a private copy of a demo workspace
// with the given number of accounts, its dates anchored on today. Generating
// one takes seconds, so the file is kept in the user cache folder, keyed by
// everything that shapes it: size, day, demo generation and migrations.
func GeneratedWorkspace(tb testing.TB, accounts int, today time.Time) string {
	tb.Helper()
	ctx := context.Background()
	cacheDir, err := os.UserCacheDir()
	if err != nil {
		cacheDir = os.TempDir()
	}
	migrations, _ := fs.ReadDir(sqlite.Migrations(), ".")
	name := fmt.Sprintf("ws-%d-%s-demo%d-schema-%d-of-%d.db", accounts, today.Format("20060102"), demo.Generation,
		sqlite.LatestSchemaVersion(), len(migrations))
	cached := filepath.Join(cacheDir, "accountdesk-bench", name)
	if _, err := os.Stat(cached); err != nil {
		tmp := filepath.Join(tb.TempDir(), "building.db")
		db, err := sqlite.Open(ctx, tmp)
		if err != nil {
			tb.Fatal(err)
		}
		defer db.Close()
		if err := demo.Populate(ctx, db, demo.Options{Accounts: accounts, Today: today}); err != nil {
			tb.Fatal(err)
		}
		if err := db.Backup(ctx, cached); err != nil { // written whole, then renamed: never half a file
			tb.Fatal(err)
		}
	}
	data, err := os.ReadFile(cached)
	if err != nil {
		tb.Fatal(err)
	}
	path := filepath.Join(tb.TempDir(), "workspace.db")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		tb.Fatal(err)
	}
	return path
}

// Empty opens a new, empty workspace in a temporary folder; it is closed when
// the test ends.
func Empty(tb testing.TB) *sqlite.DB {
	tb.Helper()
	return At(tb, filepath.Join(tb.TempDir(), "workspace.db"))
}

// At opens (creating if needed) the workspace at path; it is closed when the
// test ends.
func At(tb testing.TB, path string) *sqlite.DB {
	tb.Helper()
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		tb.Fatalf("open %s: %v", path, err)
	}
	tb.Cleanup(func() { _ = db.Close() })
	return db
}

// Demo opens a new workspace holding the demo agency (opts as for
// demo.Populate). Each setup runs on the empty workspace first — for
// instance db.SetClock, so what the demo writes is stamped by that clock.
func Demo(tb testing.TB, opts demo.Options, setup ...func(*sqlite.DB)) *sqlite.DB {
	tb.Helper()
	db := Empty(tb)
	for _, f := range setup {
		f(db)
	}
	if err := demo.Populate(context.Background(), db, opts); err != nil {
		tb.Fatalf("demo: %v", err)
	}
	return db
}

// Clock is a Demo setup that fixes the store's clock at now.
func Clock(now time.Time) func(*sqlite.DB) {
	return func(db *sqlite.DB) { db.SetClock(func() time.Time { return now }) }
}
