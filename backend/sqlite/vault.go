package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

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
	return d.writeOther(ctx, func(tx *sql.Tx) error {
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
// workspace has an appraisals passphrase. dest is never a partial file; the
// plain copy made on the way is owner-only and removed.
func backupInto(ctx context.Context, db *sql.DB, dest string) error {
	sealed, err := sealedIn(ctx, db)
	if err != nil {
		return err
	}
	if sealed.IsZero() {
		return copyInto(ctx, db, dest)
	}
	plain := dest + ".plain"
	defer os.Remove(plain)
	if err := copyInto(ctx, db, plain); err != nil {
		return err
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
