package sqlite

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"accountdesk/backend"
	"accountdesk/backend/vault"
)

const keyVault = "appraisalsLock"

// Vault returns the appraisals passphrase's sealed key; zero when none is set.
func (d *DB) Vault(ctx context.Context) (vault.Sealed, error) {
	var s vault.Sealed
	err := d.read(ctx, func(tx *sql.Tx) error {
		_, err := getSetting(ctx, tx, keyVault, &s)
		return err
	})
	return s, err
}

// SetVault stores the sealed key, or removes it when s is zero. From then on
// backups are encrypted (or, after removal, plain again).
func (d *DB) SetVault(ctx context.Context, s vault.Sealed) error {
	return d.write(ctx, func(tx *sql.Tx) error {
		if s.IsZero() {
			_, err := tx.ExecContext(ctx, `DELETE FROM settings WHERE key = ?`, keyVault)
			if err != nil {
				return fmt.Errorf("remove appraisals lock: %w", err)
			}
			return nil
		}
		return putSetting(ctx, tx, keyVault, s, d.now())
	})
}

// sealedIn reads the sealed key straight from a database handle (also used
// before migrating, when the store is not open yet). A workspace without a
// settings table has none.
func sealedIn(ctx context.Context, q queryer) (vault.Sealed, error) {
	var s vault.Sealed
	var raw string
	err := q.QueryRowContext(ctx, `SELECT value FROM settings WHERE key = ?`, keyVault).Scan(&raw)
	if errors.Is(err, sql.ErrNoRows) {
		return s, nil
	} else if err != nil {
		return s, fmt.Errorf("read appraisals lock: %w", err)
	}
	if err := json.Unmarshal([]byte(raw), &s); err != nil {
		return s, fmt.Errorf("decode appraisals lock: %w", err)
	}
	return s, nil
}

// backupInto writes a consistent copy of db to dest, encrypted when the
// workspace has an appraisals passphrase. dest is never a partial file. The
// plain copy that is encrypted is staged beside the workspace, owner-only,
// never at the destination (which may be a synced or shared folder): nothing
// but the encrypted file, and its partial name while it is written, ever
// appears there. A crash leaves the staged copy beside the workspace, where
// the next Open removes it.
func backupInto(ctx context.Context, db *sql.DB, workspace, dest string) error {
	sealed, err := sealedIn(ctx, db)
	if err != nil {
		return err
	}
	if sealed.IsZero() {
		return copyInto(ctx, db, dest)
	}
	if err := os.MkdirAll(filepath.Dir(dest), 0o700); err != nil {
		return backend.Errorf(backend.EUNAVAILABLE, "The backup folder cannot be created.")
	}
	plain, err := stagingName(workspace)
	if err != nil {
		return err
	}
	defer removeStaged(plain)
	if err := copyOnline(ctx, db, plain); err != nil {
		return fmt.Errorf("stage the backup beside the workspace: %w", err)
	}
	failed := backend.Errorf(backend.EUNAVAILABLE, "The backup could not be written to that place.")
	in, err := os.Open(plain)
	if err != nil {
		return fmt.Errorf("%w: %w", failed, err)
	}
	defer in.Close()
	tmp := dest + ".partial"
	err = writeSynced(tmp, func(w io.Writer) error { return vault.EncryptBackup(w, in, sealed) })
	if err == nil {
		err = os.Rename(tmp, dest)
	}
	if err != nil {
		_ = os.Remove(tmp)
		return fmt.Errorf("%w: %w", failed, err)
	}
	return nil
}

// stagingName names a plain copy staged beside the workspace while an
// encrypted backup is written: hidden, and unique per backup so two backups
// at once never share one.
func stagingName(workspace string) (string, error) {
	var b [8]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", fmt.Errorf("staging name: %w", err)
	}
	return filepath.Join(filepath.Dir(workspace), stagingPrefix(workspace)+hex.EncodeToString(b[:])+".tmp"), nil
}

func stagingPrefix(workspace string) string { return "." + filepath.Base(workspace) + ".backup-" }

// removeStaged removes a staged copy and the journal SQLite kept beside it.
func removeStaged(path string) {
	_ = os.Remove(path)
	_ = os.Remove(path + "-journal")
}

// removeStagingLeftovers removes the plain copies a crash left beside the
// workspace: a backup's staged copy and a restore's decrypted one.
func removeStagingLeftovers(workspace string) {
	dir, prefix := filepath.Dir(workspace), stagingPrefix(workspace)
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if name := e.Name(); strings.HasPrefix(name, prefix) && strings.Contains(name, ".tmp") && e.Type().IsRegular() {
			_ = os.Remove(filepath.Join(dir, name))
		}
	}
	removeStaged(workspace + restoringSuffix)
}

// BackupIsEncrypted reports whether the file at path is an encrypted backup.
// Errors (a missing file) read as false; restoring reports them.
func BackupIsEncrypted(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, vault.MagicLen)
	if _, err := io.ReadFull(f, head); err != nil {
		return false
	}
	return vault.IsEncrypted(head)
}

// CheckBackupPassphrase decrypts an encrypted backup without keeping the
// result: the passphrase is right and the file is whole.
func CheckBackupPassphrase(path string, key vault.Key) error {
	f, err := os.Open(path)
	if err != nil {
		return backend.Invalid("from", "That backup file cannot be read.")
	}
	defer f.Close()
	return vault.DecryptBackup(io.Discard, f, key)
}

// stageBackup copies (or decrypts) the backup at from to staged; on failure
// nothing is left at staged.
func stageBackup(from, staged string, key vault.Key) error {
	if !BackupIsEncrypted(from) {
		return copyFile(from, staged)
	}
	in, err := os.Open(from)
	if err != nil {
		return backend.Invalid("from", "That backup file cannot be read.")
	}
	defer in.Close()
	return writeSynced(staged, func(w io.Writer) error { return vault.DecryptBackup(w, in, key) })
}
