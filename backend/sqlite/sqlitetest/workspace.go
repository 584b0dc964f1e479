// Package sqlitetest gives benchmarks a large generated workspace.
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
