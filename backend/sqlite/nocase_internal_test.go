package sqlite

import (
	"context"
	"database/sql"
	"path/filepath"
	"slices"
	"sort"
	"testing"
)

// TestNocaseLessOrdersAsSQLite: a renamed or new account is put back into the
// cached list with nocaseLess, so it must order names exactly as SQLite's
// NOCASE collation (the accounts name column's) does, or the list would show
// a different order after a change than after a restart.
func TestNocaseLessOrdersAsSQLite(t *testing.T) {
	names := []string{
		"acme", "Acme Bank", "ACME Motors", "acme motors 2", "Zeta", "zebra", "_underscore", "[bracket]",
		"Éclair Foods", "eclair", "Ölwerk", "Zürich Re", "Z", "a", "B", "9 Lives", "العربية", "日本", "Émile", "émile b",
		"Ab", "aB c", "ab d", "Straße", "STRASSE",
	}
	db, err := sql.Open("sqlite3", filepath.Join(t.TempDir(), "order.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	if _, err := db.ExecContext(ctx, `CREATE TABLE n (name TEXT NOT NULL COLLATE NOCASE UNIQUE)`); err != nil {
		t.Fatal(err)
	}
	for _, n := range names {
		if _, err := db.ExecContext(ctx, `INSERT INTO n (name) VALUES (?)`, n); err != nil {
			t.Fatalf("insert %q: %v", n, err)
		}
	}
	rows, err := db.QueryContext(ctx, `SELECT name FROM n ORDER BY name`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var want []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			t.Fatal(err)
		}
		want = append(want, n)
	}
	got := slices.Clone(names)
	sort.Slice(got, func(i, j int) bool { return nocaseLess(got[i], got[j]) })
	if !slices.Equal(got, want) {
		t.Errorf("order differs from SQLite's NOCASE\n got %q\nwant %q", got, want)
	}
}
