package sqlite_test

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"testing"

	"accountdesk/backend"
	"accountdesk/backend/sqlite"
	"accountdesk/backend/sqlite/sqlitetest"

	"github.com/pressly/goose/v3"
)

// MustOpenDB opens a new workspace in a temporary folder and closes it when
// the test ends.
func MustOpenDB(tb testing.TB) *sqlite.DB {
	tb.Helper()
	return sqlitetest.Empty(tb)
}

// MustOpenDBAt opens the workspace at path and closes it when the test ends.
func MustOpenDBAt(tb testing.TB, path string) *sqlite.DB {
	tb.Helper()
	return sqlitetest.At(tb, path)
}

func TestOpen(t *testing.T) {
	ctx := context.Background()

	t.Run("OK new workspace is owner-only, migrated and passes check", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "nested", "AccountDesk")
		db := MustOpenDBAt(t, filepath.Join(dir, "workspace.db"))
		st, err := os.Stat(db.Path())
		if err != nil {
			t.Fatal(err)
		}
		if st.Mode().Perm() != 0o600 {
			t.Errorf("workspace mode = %v, want 0600", st.Mode().Perm())
		}
		if dst, _ := os.Stat(dir); dst.Mode().Perm() != 0o700 {
			t.Errorf("workspace folder mode = %v, want 0700", dst.Mode().Perm())
		}
		report, err := db.Check(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if !report.OK() || report.SchemaVersion != sqlite.LatestSchemaVersion() {
			t.Fatalf("check = %+v", report)
		}
	})

	t.Run("OK a workspace other users could read is made owner-only and says so", func(t *testing.T) {
		if runtime.GOOS == "windows" {
			t.Skip("Windows guards files with ACLs, not mode bits")
		}
		dir := t.TempDir()
		path := filepath.Join(dir, "workspace.db")
		first := MustOpenDBAt(t, path)
		saveAgency(t, first, "Restored by another tool")
		if err := first.Close(); err != nil {
			t.Fatal(err)
		}
		backups := sqlite.BackupDir(path)
		if err := os.MkdirAll(backups, 0o755); err != nil {
			t.Fatal(err)
		}
		old := filepath.Join(backups, "auto-2026-11-23.db")
		if err := os.WriteFile(old, []byte("a backup"), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(path, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(backups, 0o755); err != nil {
			t.Fatal(err)
		}
		// Another program has it open: its -wal and -shm exist, created by
		// SQLite with the main file's mode.
		other, err := sql.Open("sqlite3", "file:"+path+"?_journal_mode=WAL")
		if err != nil {
			t.Fatal(err)
		}
		defer other.Close()
		if _, err := other.Exec(`UPDATE workspace SET created_at = created_at`); err != nil {
			t.Fatal(err)
		}
		for _, p := range []string{path + "-wal", path + "-shm"} {
			if st, err := os.Stat(p); err != nil || st.Mode().Perm() != 0o644 {
				t.Fatalf("set-up: %s should exist with mode 0644: %v", p, err)
			}
		}

		db := MustOpenDBAt(t, path)
		want := []string{path, path + "-wal", path + "-shm", backups, old}
		if got := db.Permissions(); !slices.Equal(got.Tightened, want) || len(got.Loose) > 0 {
			t.Fatalf("permissions = %+v, want tightened %v", got, want)
		}
		for _, p := range want {
			st, err := os.Stat(p)
			if err != nil {
				t.Fatal(err)
			}
			if private := os.FileMode(0o600) | os.FileMode(boolBit(st.IsDir())*0o100); st.Mode().Perm() != private {
				t.Errorf("%s mode = %v, want %v", p, st.Mode().Perm(), private)
			}
		}
		if got := agency(t, db); got != "Restored by another tool" {
			t.Fatalf("agency = %q", got)
		}
		// Told once: the next open finds nothing to change.
		if err := db.Close(); err != nil {
			t.Fatal(err)
		}
		if got := MustOpenDBAt(t, path).Permissions(); len(got.Tightened)+len(got.Loose) > 0 {
			t.Fatalf("second open: %+v, want nothing to report", got)
		}
	})

	t.Run("OK path with characters URIs treat specially", func(t *testing.T) {
		db := MustOpenDBAt(t, filepath.Join(t.TempDir(), "client #1 ?50% .db"))
		if _, err := os.Stat(db.Path()); err != nil {
			t.Fatalf("the workspace must be created under its exact name: %v", err)
		}
	})

	t.Run("OK reopening keeps data and takes no backup", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "workspace.db")
		db, err := sqlite.Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		s := backend.DefaultSettings()
		s.AgencyName = "Brightline"
		if _, err := db.UpdateSettings(ctx, s); err != nil {
			t.Fatal(err)
		}
		db.Close()
		db = MustOpenDBAt(t, path)
		got, err := db.Settings(ctx)
		if err != nil || got.AgencyName != "Brightline" {
			t.Fatalf("settings after reopen = %+v, %v", got, err)
		}
		if entries, _ := os.ReadDir(sqlite.BackupDir(path)); len(entries) != 0 {
			t.Fatalf("no migration ran, so no backup is expected; got %d", len(entries))
		}
	})

	t.Run("OK the workspace file is in WAL mode for any later reader", func(t *testing.T) {
		db := MustOpenDB(t)
		raw, err := sql.Open("sqlite3", db.Path())
		if err != nil {
			t.Fatal(err)
		}
		defer raw.Close()
		var mode string
		if err := raw.QueryRow(`PRAGMA journal_mode`).Scan(&mode); err != nil || mode != "wal" {
			t.Fatalf("journal mode = %q, %v; want wal", mode, err)
		}
	})

	t.Run("ErrNotAWorkspace", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "notes.db")
		if err := os.WriteFile(path, []byte("these are not the droids"), 0o600); err != nil {
			t.Fatal(err)
		}
		_, err := sqlite.Open(ctx, path)
		if code := backend.ErrorCode(err); code != backend.EINVALID {
			t.Fatalf("code = %q (%v), want invalid", code, err)
		}
		if data, _ := os.ReadFile(path); string(data) != "these are not the droids" {
			t.Fatal("a file that is not a workspace must be left untouched")
		}
	})

	t.Run("ErrNewerSchema", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "workspace.db")
		db, err := sqlite.Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		db.Close()
		raw, _ := sql.Open("sqlite3", path)
		if _, err := raw.Exec(`INSERT INTO goose_db_version (version_id, is_applied) VALUES (9999, 1)`); err != nil {
			t.Fatal(err)
		}
		raw.Close()
		_, err = sqlite.Open(ctx, path)
		if code := backend.ErrorCode(err); code != backend.ECONFLICT {
			t.Fatalf("code = %q (%v), want conflict", code, err)
		}
	})
}

// TestMigrations builds a workspace at every earlier schema version and checks
// that opening it migrates to the latest, passes check and, when it already
// had a schema, leaves a backup copy first.
func TestMigrations(t *testing.T) {
	ctx := context.Background()
	latest := sqlite.LatestSchemaVersion()
	if latest < 1 {
		t.Fatal("no migrations embedded")
	}
	for from := int64(0); from < latest; from++ {
		t.Run("OK from version "+strconv.FormatInt(from, 10), func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "workspace.db")
			if from > 0 {
				path = workspaceAtVersion(t, from)
			}
			db := MustOpenDBAt(t, path)
			report, err := db.Check(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if !report.OK() || report.SchemaVersion != latest {
				t.Fatalf("after migrating from %d: %+v", from, report)
			}
			backups, _ := os.ReadDir(sqlite.BackupDir(path))
			if from > 0 && len(backups) != 1 {
				t.Fatalf("migrating a workspace at version %d must leave one backup, found %d", from, len(backups))
			}
			if from == 0 && len(backups) != 0 {
				t.Fatalf("a new workspace needs no backup, found %d", len(backups))
			}
		})
	}
}

// TestMigrationLinksOwnerNames: a workspace from before owners were team
// members gets its typed owner names linked to the roster, text kept.
func TestMigrationLinksOwnerNames(t *testing.T) {
	ctx := context.Background()
	path := workspaceAtVersion(t, 7,
		`INSERT INTO people (id, name, role, start_date, status, capacity_hours_per_week) VALUES (1, 'Dana Lee', 'Account Manager', '2024-01-01', 'active', 40)`,
		`INSERT INTO accounts (id, name, tier, status, health, contract_type, created_at, updated_at) VALUES (1, 'Acme', 'key', 'active', 'green', 'retainer', 'x', 'x')`,
		`INSERT INTO plans (id, account_id, period, version, status, created_at, updated_at) VALUES (1, 1, 'FY2027', 1, 'draft', 'x', 'x')`,
		`INSERT INTO plan_objectives (plan_id, position, key, title, cadence, owner, status) VALUES (1, 0, 'k1', 'Grow', 'quarterly', 'dana lee', 'on_track')`,
		`INSERT INTO plan_actions (plan_id, position, key, title, owner, status) VALUES (1, 0, 'k2', 'Call', 'The client', 'open')`,
	)
	db := MustOpenDBAt(t, path)
	plan, err := db.Plan(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if plan.Objectives[0].OwnerID != 1 || plan.Objectives[0].Owner != "dana lee" {
		t.Errorf("objective owner = %q (%d), want linked to Dana Lee with the text kept", plan.Objectives[0].Owner, plan.Objectives[0].OwnerID)
	}
	if plan.Actions[0].OwnerID != 0 || plan.Actions[0].Owner != "The client" {
		t.Errorf("action owner = %q (%d), want the text kept", plan.Actions[0].Owner, plan.Actions[0].OwnerID)
	}
}

// workspaceAtVersion writes a workspace migrated only up to version, runs
// stmts on it (data as an older AccountDesk left it) and returns its path,
// closed, for the test to open with the current migrations.
func workspaceAtVersion(t *testing.T, version int64, stmts ...string) string {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "workspace.db")
	raw, err := sql.Open("sqlite3", path+"?_foreign_keys=on")
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	p, err := goose.NewProvider(goose.DialectSQLite3, raw, sqlite.Migrations())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.UpTo(ctx, version); err != nil {
		t.Fatal(err)
	}
	for _, q := range stmts {
		if _, err := raw.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	return path
}

// TestEveryForeignKeyHasAnIndex: a foreign-key column without an index makes
// every delete of its parent scan the child table.
func TestEveryForeignKeyHasAnIndex(t *testing.T) {
	db := MustOpenDB(t)
	raw, err := sql.Open("sqlite3", "file:"+db.Path()+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	rows, err := raw.Query(`SELECT m.name, f."from" FROM sqlite_schema m, pragma_foreign_key_list(m.name) f WHERE m.type = 'table'`)
	if err != nil {
		t.Fatal(err)
	}
	type fk struct{ table, column string }
	var fks []fk
	for rows.Next() {
		var k fk
		if err := rows.Scan(&k.table, &k.column); err != nil {
			t.Fatal(err)
		}
		fks = append(fks, k)
	}
	rows.Close()
	if len(fks) < 10 {
		t.Fatalf("found only %d foreign keys: the query is wrong", len(fks))
	}
	for _, k := range fks {
		var n int
		// The column leads some index (a primary key or UNIQUE constraint counts).
		err := raw.QueryRow(`SELECT count(*) FROM pragma_index_list(?) l, pragma_index_info(l.name) i WHERE i.seqno = 0 AND i.name = ?`, k.table, k.column).Scan(&n)
		if err != nil {
			t.Fatal(err)
		}
		var pk int
		_ = raw.QueryRow(`SELECT count(*) FROM pragma_table_info(?) WHERE name = ? AND pk = 1 AND type = 'INTEGER'`, k.table, k.column).Scan(&pk)
		if n == 0 && pk == 0 {
			t.Errorf("%s.%s references another table but no index starts with it", k.table, k.column)
		}
	}
}

func boolBit(b bool) int {
	if b {
		return 1
	}
	return 0
}
