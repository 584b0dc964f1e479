// Package sqlite is AccountDesk's store: one SQLite file per workspace, opened
// with its pragmas in the DSN, migrated by embedded forward-only migrations.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"accountdesk/backend"

	"github.com/mattn/go-sqlite3" // also registers the "sqlite3" driver
	"github.com/pressly/goose/v3"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// Migrations returns the embedded migrations, for tests that build a workspace
// at an earlier schema version.
func Migrations() fs.FS {
	sub, err := fs.Sub(migrationFiles, "migrations")
	if err != nil {
		panic(err) // the embedded directory is fixed at build time
	}
	return sub
}

// DB is an open workspace. Writes go through one connection so they never
// contend (and each transaction's record of what it changed is its own);
// reads use a separate pool and run in parallel (WAL).
type DB struct {
	path string
	now  func() time.Time
	// locale is the computer's (SetLocale), and csvDefault its CSV style.
	locale     string
	csvDefault string
	perms      PermissionReport

	// mu lets Restore swap the file under every other operation.
	mu sync.RWMutex
	rw *sql.DB
	ro *sql.DB

	// writes counts committed writes; cache holds derived figures (see cache).
	writes atomic.Uint64
	cache  cache
}

// dsn returns the connection string for path. Pragmas live in the DSN so every
// pooled connection gets them, not just the first. Each connection keeps its
// last 64 prepared statements (the driver's statement cache): the app runs
// the same few hundred statements all day, and preparing one cost more than
// running it for the small reads of an account's page.
func dsn(path string, readOnly bool) string {
	q := "_foreign_keys=on&_journal_mode=WAL&_busy_timeout=5000&_synchronous=NORMAL&_stmt_cache_size=64"
	if readOnly {
		q += "&_txlock=deferred&_query_only=on"
	} else {
		q += "&_txlock=immediate"
	}
	return fileURI(path, q)
}

// fileURI escapes path so names with '?', '#' or '%' still open the right file.
func fileURI(path, query string) string {
	u := url.URL{Path: path}
	return "file:" + u.EscapedPath() + "?" + query
}

// Open opens the workspace at path, creating it (0600, folder 0700) if it does
// not exist, and migrates it to the latest schema. Before migrating a workspace
// that already holds data, a copy is written to the backups folder beside it.
// A workspace file (or its -wal, -shm, backups) that other users could read
// is made owner-only first (see Permissions), and plain copies a crash left
// beside it while staging a backup or a restore are removed.
func Open(ctx context.Context, path string) (*DB, error) {
	if path == "" {
		return nil, backend.Invalid("workspace", "No workspace file was given.")
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("workspace path: %w", err)
	}
	if err := ensureFile(abs); err != nil {
		return nil, err
	}
	perms := tightenPermissions(abs)
	removeStagingLeftovers(abs)
	d := &DB{path: abs, now: time.Now, perms: perms}
	if err := d.open(ctx); err != nil {
		return nil, err
	}
	return d, nil
}

// SetClock replaces the clock that stamps records (created, approved,
// exported at). For reproducible workspaces: tests and golden files. Call it
// before any write.
func (d *DB) SetClock(now func() time.Time) { d.now = now }

// ensureFile creates the workspace file owner-only so SQLite (which copies the
// main file's mode to -wal and -shm) never makes it readable by others.
func ensureFile(path string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return backend.Errorf(backend.EUNAVAILABLE, "The workspace folder cannot be created: %v", errors.Unwrap(err))
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) {
		return nil
	} else if err != nil {
		return backend.Errorf(backend.EUNAVAILABLE, "The workspace file cannot be created: %v", errors.Unwrap(err))
	}
	return f.Close()
}

func (d *DB) open(ctx context.Context) error {
	if err := prepare(ctx, d.path, d.now()); err != nil {
		return err
	}
	rw := sql.OpenDB(connector{drv: &sqlite3.SQLiteDriver{ConnectHook: watchChanges}, dsn: dsn(d.path, false)})
	rw.SetMaxOpenConns(1)
	if err := rw.PingContext(ctx); err != nil {
		_ = rw.Close()
		return fmt.Errorf("open workspace for writing: %w", err)
	}
	ro, err := sql.Open("sqlite3", dsn(d.path, true))
	if err != nil {
		_ = rw.Close()
		return fmt.Errorf("open workspace for reading: %w", err)
	}
	ro.SetMaxOpenConns(4)
	d.rw, d.ro = rw, ro
	d.writes.Add(1) // a (re)opened file invalidates anything cached
	d.cache.invalidate()
	return nil
}

// prepare migrates the workspace at path and seeds its templates, on a
// connection of its own: the write connections watch the tables of the
// migrated schema (see watchChanges).
func prepare(ctx context.Context, path string, now time.Time) error {
	db, err := sql.Open("sqlite3", dsn(path, false))
	if err != nil {
		return fmt.Errorf("open workspace: %w", err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	if err := db.PingContext(ctx); err != nil {
		return notAWorkspace(err)
	}
	if err := migrate(ctx, db, path, now); err != nil {
		return err
	}
	if err := seedTemplates(ctx, db); err != nil {
		return err
	}
	if err := seedPlanTemplates(ctx, db, now.UTC().Format(time.RFC3339)); err != nil {
		return err
	}
	if err := db.Close(); err != nil {
		return fmt.Errorf("close workspace after migrating: %w", err)
	}
	return nil
}

func notAWorkspace(err error) error {
	return fmt.Errorf("%w: %w", backend.Errorf(backend.EINVALID, "This file is not an AccountDesk workspace, or it is damaged."), err)
}

// Close closes the workspace.
func (d *DB) Close() error {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.closeLocked()
}

func (d *DB) closeLocked() error {
	var errs []error
	if d.ro != nil {
		errs = append(errs, d.ro.Close())
	}
	if d.rw != nil {
		errs = append(errs, d.rw.Close())
	}
	d.ro, d.rw = nil, nil
	return errors.Join(errs...)
}

// Path returns the absolute path of the workspace file.
func (d *DB) Path() string { return d.path }

// write runs fn in one write transaction and commits it if fn returns nil.
// The cache then reloads what the transaction changed, as SQLite recorded it
// (see accountsChangedBy): the caller says nothing about what it writes.
func (d *DB) write(ctx context.Context, fn func(tx *sql.Tx) error) error {
	d.mu.RLock()
	defer d.mu.RUnlock()
	if d.rw == nil {
		return backend.Errorf(backend.EUNAVAILABLE, "The workspace is closed.")
	}
	tx, err := d.rw.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	defer func() { _ = tx.Rollback() }()
	if err := fn(tx); err != nil {
		return err
	}
	changed, err := takeChanges(ctx, tx)
	if err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		d.cache.invalidate() // whatever the outcome, nothing stale is kept
		return fmt.Errorf("commit: %w", err)
	}
	d.writes.Add(1)
	d.cache.changed(changed)
	return nil
}

// read runs fn in one read-only transaction, so it sees one consistent state
// of the file.
func (d *DB) read(ctx context.Context, fn func(tx *sql.Tx) error) error {
	d.mu.RLock()
	defer d.mu.RUnlock()
	return d.readLocked(ctx, fn)
}

// readLocked is read for callers that already hold d.mu.
func (d *DB) readLocked(ctx context.Context, fn func(tx *sql.Tx) error) error {
	if d.ro == nil {
		return backend.Errorf(backend.EUNAVAILABLE, "The workspace is closed.")
	}
	tx, err := d.ro.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return fmt.Errorf("begin read: %w", err)
	}
	defer func() { _ = tx.Rollback() }()
	return fn(tx)
}

// newProvider returns the goose migration provider over db.
func newProvider(db *sql.DB) (*goose.Provider, error) {
	p, err := goose.NewProvider(goose.DialectSQLite3, db, Migrations())
	if err != nil {
		return nil, fmt.Errorf("migrations: %w", err)
	}
	return p, nil
}

// LatestSchemaVersion is the schema version this build migrates to.
func LatestSchemaVersion() int64 {
	var latest int64
	entries, _ := fs.ReadDir(Migrations(), ".")
	for _, e := range entries {
		var v int64
		if _, err := fmt.Sscanf(e.Name(), "%d_", &v); err == nil && v > latest {
			latest = v
		}
	}
	return latest
}

// migrate brings db to the latest schema. A workspace that already has a
// schema gets a backup copy first, so a failed migration loses nothing.
func migrate(ctx context.Context, db *sql.DB, path string, now time.Time) error {
	p, err := newProvider(db)
	if err != nil {
		return err
	}
	current, err := p.GetDBVersion(ctx)
	if err != nil {
		return notAWorkspace(err)
	}
	if current > LatestSchemaVersion() {
		return backend.Errorf(backend.ECONFLICT,
			"This workspace was written by a newer AccountDesk (schema %d, this version knows %d). Update AccountDesk to open it.",
			current, LatestSchemaVersion())
	}
	pending, err := p.HasPending(ctx)
	if err != nil {
		return fmt.Errorf("migrations pending: %w", err)
	}
	if !pending {
		return nil
	}
	if current > 0 {
		name := fmt.Sprintf("%s-before-schema-%d-%s.db", stem(path), LatestSchemaVersion(), now.UTC().Format("20060102T150405Z"))
		if err := backupInto(ctx, db, path, filepath.Join(BackupDir(path), name)); err != nil {
			return fmt.Errorf("backup before migration: %w", err)
		}
	}
	if _, err := p.Up(ctx); err != nil {
		return fmt.Errorf("migrate workspace from schema %d: %w", current, err)
	}
	return nil
}

// BackupDir is the folder beside the workspace where automatic copies go.
func BackupDir(workspacePath string) string {
	return filepath.Join(filepath.Dir(workspacePath), "backups")
}

func stem(path string) string {
	base := filepath.Base(path)
	return base[:len(base)-len(filepath.Ext(base))]
}
