package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"accountdesk/backend"
	"accountdesk/backend/vault"

	"github.com/mattn/go-sqlite3"
)

// copyInto writes a consistent copy of db to dest with SQLite's online
// backup API (all pages in one step, under one read transaction, while
// writers carry on): first to a temporary name beside it, owner-only, then
// renamed, so dest is never a partial file.
func copyInto(ctx context.Context, db *sql.DB, dest string) error {
	failed := backend.Errorf(backend.EUNAVAILABLE, "The backup could not be written to that place.")
	if err := os.MkdirAll(filepath.Dir(dest), 0o700); err != nil {
		return backend.Errorf(backend.EUNAVAILABLE, "The backup folder cannot be created.")
	}
	tmp := dest + ".partial"
	_ = os.Remove(tmp)
	if err := copyOnline(ctx, db, tmp); err != nil {
		_ = os.Remove(tmp)
		return fmt.Errorf("%w: %w", failed, err)
	}
	if err := os.Chmod(tmp, 0o600); err != nil {
		_ = os.Remove(tmp)
		return fmt.Errorf("backup permissions: %w", err)
	}
	if err := os.Rename(tmp, dest); err != nil {
		_ = os.Remove(tmp)
		return fmt.Errorf("%w: %w", failed, err)
	}
	return nil
}

// copyOnline copies the main database of db into a new file at path.
func copyOnline(ctx context.Context, db *sql.DB, path string) error {
	// Created owner-only before SQLite opens it (SQLite would use 0644).
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	dst, err := sql.Open("sqlite3", fileURI(path, "_journal_mode=DELETE"))
	if err != nil {
		return err
	}
	defer dst.Close()
	dconn, err := dst.Conn(ctx)
	if err != nil {
		return err
	}
	defer dconn.Close()
	sconn, err := db.Conn(ctx)
	if err != nil {
		return err
	}
	defer sconn.Close()
	return dconn.Raw(func(d any) error {
		return sconn.Raw(func(s any) error {
			dc, ok1 := d.(*sqlite3.SQLiteConn)
			sc, ok2 := s.(*sqlite3.SQLiteConn)
			if !ok1 || !ok2 {
				return errors.New("backup: not SQLite connections")
			}
			b, err := dc.Backup("main", sc, "main")
			if err != nil {
				return err
			}
			done, err := b.Step(-1)
			if ferr := b.Finish(); err == nil {
				err = ferr
			}
			if err == nil && !done {
				err = errors.New("backup: copy incomplete")
			}
			return err
		})
	})
}

// Backup writes a consistent copy of the workspace to dest (replacing it).
// Returns EINVALID when dest is the workspace itself, EUNAVAILABLE when the
// place cannot be written.
func (d *DB) Backup(ctx context.Context, dest string) error {
	abs, err := filepath.Abs(dest)
	if err != nil || strings.TrimSpace(dest) == "" {
		return backend.Invalid("to", "Choose where to save the backup.")
	}
	if abs == d.path {
		return backend.Invalid("to", "A backup cannot replace the workspace itself; choose another file.")
	}
	d.mu.RLock()
	defer d.mu.RUnlock()
	if d.rw == nil {
		return backend.Errorf(backend.EUNAVAILABLE, "The workspace is closed.")
	}
	return backupInto(ctx, d.rw, d.path, abs)
}

// CheckReport is what `accountdesk check` prints.
type CheckReport struct {
	SchemaVersion int64    `json:"schemaVersion"`
	LatestVersion int64    `json:"latestVersion"`
	Problems      []string `json:"problems"`
}

// OK reports whether the check found nothing wrong.
func (r CheckReport) OK() bool { return len(r.Problems) == 0 }

// Check runs SQLite's integrity and foreign key checks and compares the schema
// version with this build's.
func (d *DB) Check(ctx context.Context) (CheckReport, error) {
	var r CheckReport
	r.LatestVersion = LatestSchemaVersion()
	err := d.read(ctx, func(tx *sql.Tx) error {
		var err error
		r.Problems, err = checkTx(ctx, tx)
		if err != nil {
			return err
		}
		r.SchemaVersion, err = schemaVersion(ctx, tx)
		return err
	})
	if err != nil {
		return r, err
	}
	if r.SchemaVersion != r.LatestVersion {
		r.Problems = append(r.Problems, fmt.Sprintf("schema version %d, expected %d", r.SchemaVersion, r.LatestVersion))
	}
	return r, nil
}

type queryer interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func checkTx(ctx context.Context, q queryer) ([]string, error) {
	var problems []string
	rows, err := q.QueryContext(ctx, `PRAGMA integrity_check`)
	if err != nil {
		return nil, fmt.Errorf("integrity check: %w", err)
	}
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			rows.Close()
			return nil, fmt.Errorf("integrity check: %w", err)
		}
		if line != "ok" {
			problems = append(problems, "integrity: "+line)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("integrity check: %w", err)
	}
	fk, err := q.QueryContext(ctx, `PRAGMA foreign_key_check`)
	if err != nil {
		return nil, fmt.Errorf("foreign key check: %w", err)
	}
	defer fk.Close()
	for fk.Next() {
		var table, parent string
		var rowid sql.NullInt64
		var idx int
		if err := fk.Scan(&table, &rowid, &parent, &idx); err != nil {
			return nil, fmt.Errorf("foreign key check: %w", err)
		}
		problems = append(problems, fmt.Sprintf("foreign key: %s row %d points to a missing %s", table, rowid.Int64, parent))
	}
	return problems, fk.Err()
}

func schemaVersion(ctx context.Context, q queryer) (int64, error) {
	var v sql.NullInt64
	err := q.QueryRowContext(ctx, `SELECT MAX(version_id) FROM goose_db_version WHERE is_applied`).Scan(&v)
	if err != nil {
		return 0, fmt.Errorf("schema version: %w", err)
	}
	return v.Int64, nil
}

// Info describes the workspace file for the Settings screen.
func (d *DB) Info(ctx context.Context) (backend.WorkspaceInfo, error) {
	info := backend.WorkspaceInfo{Path: d.path}
	err := d.read(ctx, func(tx *sql.Tx) error {
		var err error
		if info.SchemaVersion, err = schemaVersion(ctx, tx); err != nil {
			return err
		}
		return tx.QueryRowContext(ctx, `SELECT created_at FROM workspace WHERE id = 1`).Scan(&info.CreatedAt)
	})
	if err != nil {
		return info, err
	}
	for _, suffix := range []string{"", "-wal"} {
		if st, err := os.Stat(d.path + suffix); err == nil {
			info.SizeBytes += st.Size()
		}
	}
	return info, nil
}

// VerifyWorkspaceFile checks that path is a readable, intact AccountDesk
// workspace this build can open. Returns EINVALID naming the "from" field.
func VerifyWorkspaceFile(ctx context.Context, path string) error {
	st, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return backend.Invalid("from", "That backup file does not exist.")
	} else if err != nil || st.IsDir() {
		return backend.Invalid("from", "That backup file cannot be read.")
	}
	db, err := sql.Open("sqlite3", fileURI(path, "mode=ro&_query_only=on"))
	if err != nil {
		return fmt.Errorf("open backup: %w", err)
	}
	defer db.Close()
	invalid := backend.Invalid("from", "That file is not an AccountDesk workspace backup, or it is damaged.")
	problems, err := checkTx(ctx, db)
	if err != nil {
		return fmt.Errorf("%w: %w", invalid, err)
	}
	if len(problems) > 0 {
		return invalid
	}
	v, err := schemaVersion(ctx, db)
	if err != nil || v == 0 {
		return invalid
	}
	if v > LatestSchemaVersion() {
		return backend.Invalid("from", "That backup was made by a newer AccountDesk; update AccountDesk first.")
	}
	return nil
}

// restoringSuffix names the backup staged beside the workspace (decrypted,
// owner-only) for the rename that restores it.
const restoringSuffix = ".restoring"

// Restore replaces the workspace with the backup at from, after checking it.
// An encrypted backup needs the appraisals passphrase it was written with.
// The current workspace is first copied to the backups folder, so a restore
// can itself be undone. An older backup is migrated on open.
func (d *DB) Restore(ctx context.Context, from string, key vault.Key) error {
	abs, err := filepath.Abs(from)
	if err != nil {
		return backend.Invalid("from", "Choose a backup file.")
	}
	if abs == d.path {
		return backend.Invalid("from", "That is the open workspace itself; choose a backup file.")
	}
	// Stage the backup beside the workspace, so the final step is one rename.
	// A plain backup is checked where it is; an encrypted one is decrypted
	// once, into the staging file, and checked there.
	encrypted := BackupIsEncrypted(abs)
	if !encrypted {
		if err := VerifyWorkspaceFile(ctx, abs); err != nil {
			return err
		}
	}
	staged := d.path + restoringSuffix
	_ = os.Remove(staged)
	if err := stageBackup(abs, staged, key); err != nil {
		return fmt.Errorf("stage backup: %w", err)
	}
	if encrypted {
		if err := VerifyWorkspaceFile(ctx, staged); err != nil {
			_ = os.Remove(staged)
			return err
		}
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.rw == nil {
		_ = os.Remove(staged)
		return backend.Errorf(backend.EUNAVAILABLE, "The workspace is closed.")
	}
	safety := filepath.Join(BackupDir(d.path), fmt.Sprintf("%s-before-restore-%s.db", stem(d.path), d.now().UTC().Format("20060102T150405Z")))
	if err := backupInto(ctx, d.rw, d.path, safety); err != nil {
		_ = os.Remove(staged)
		return fmt.Errorf("copy before restore: %w", err)
	}
	if err := d.closeLocked(); err != nil {
		_ = os.Remove(staged)
		return fmt.Errorf("close workspace: %w", err)
	}
	// Closing the last connection checkpoints and removes the WAL. Anything
	// left would be applied to the restored file when it opens, so it must
	// go first; if it cannot (on Windows, another program holding it open),
	// the restore stops and the current workspace opens again as it was.
	if err := removeWAL(d.path); err != nil {
		_ = os.Remove(staged)
		if oerr := d.open(ctx); oerr != nil {
			return errors.Join(err, oerr)
		}
		return err
	}
	if err := os.Rename(staged, d.path); err != nil {
		_ = os.Remove(staged)
		if oerr := d.open(ctx); oerr != nil {
			return errors.Join(err, oerr)
		}
		return fmt.Errorf("replace workspace: %w", err)
	}
	return d.open(ctx)
}

// removeWAL removes the workspace's -wal and -shm files. Only "does not
// exist" counts as removed.
func removeWAL(path string) error {
	for _, suffix := range []string{"-wal", "-shm"} {
		if err := os.Remove(path + suffix); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("%w: %w", backend.Errorf(backend.EUNAVAILABLE,
				"The backup was not restored: %s is in use by another program or cannot be removed, and it would be applied to the restored workspace. Close other programs that use the workspace and try again; the current workspace is unchanged.",
				filepath.Base(path+suffix)), err)
		}
	}
	return nil
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	return writeSynced(dst, func(w io.Writer) error {
		_, err := io.Copy(w, in)
		return err
	})
}

// writeSynced creates path owner-only, lets write fill it, and syncs it to
// disk; on any failure the file is removed.
func writeSynced(path string, write func(io.Writer) error) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return err
	}
	err = write(f)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		_ = os.Remove(path)
	}
	return err
}
