package sqlite_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"accountdesk/backend"
	"accountdesk/backend/sqlite"
	"accountdesk/backend/vault"
)

func TestEncryptedBackups(t *testing.T) {
	ctx := context.Background()
	const pass = "correct horse battery"
	sealed, err := vault.Seal(pass, 10)
	if err != nil {
		t.Fatal(err)
	}

	t.Run("OK with a passphrase set, backups are encrypted and restore with it", func(t *testing.T) {
		db := MustOpenDB(t)
		saveAgency(t, db, "Secret Agency Ltd")
		if err := db.SetVault(ctx, sealed); err != nil {
			t.Fatal(err)
		}
		backup := filepath.Join(t.TempDir(), "backup.db")
		if err := db.Backup(ctx, backup); err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(backup)
		if err != nil {
			t.Fatal(err)
		}
		if !sqlite.BackupIsEncrypted(backup) || bytes.Contains(data, []byte("Secret Agency")) || bytes.HasPrefix(data, []byte("SQLite format 3")) {
			t.Fatal("the backup is not encrypted")
		}
		if st, _ := os.Stat(backup); st.Mode().Perm() != 0o600 {
			t.Errorf("backup mode = %v, want 0600", st.Mode().Perm())
		}
		if left, _ := filepath.Glob(backup + ".*"); len(left) > 0 {
			t.Errorf("temporary files left beside the backup: %v", left)
		}
		saveAgency(t, db, "Changed later")

		// Without the passphrase, or with a wrong one: refused, nothing changes.
		for _, key := range []vault.Key{{}, {Passphrase: "wrong horse battery"}} {
			err := db.Restore(ctx, backup, key)
			if backend.ErrorCode(err) != backend.EINVALID || backend.ErrorField(err) != "passphrase" {
				t.Fatalf("restore with %q: err = %v, want invalid passphrase", key.Passphrase, err)
			}
			if got := agency(t, db); got != "Changed later" {
				t.Fatalf("a refused restore changed the workspace: %q", got)
			}
		}
		if err := db.Restore(ctx, backup, vault.Key{Passphrase: pass}); err != nil {
			t.Fatal(err)
		}
		if got := agency(t, db); got != "Secret Agency Ltd" {
			t.Fatalf("after restore agency = %q", got)
		}
		// The safety copy made before the restore is encrypted too.
		entries, _ := os.ReadDir(sqlite.BackupDir(db.Path()))
		if len(entries) != 1 || !sqlite.BackupIsEncrypted(filepath.Join(sqlite.BackupDir(db.Path()), entries[0].Name())) {
			t.Fatalf("safety copy missing or not encrypted: %v", entries)
		}
	})

	t.Run("OK automatic backups are encrypted and rotate", func(t *testing.T) {
		db := MustOpenDB(t)
		if err := db.SetVault(ctx, sealed); err != nil {
			t.Fatal(err)
		}
		path, err := db.AutoBackup(ctx, time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC))
		if err != nil || path == "" {
			t.Fatalf("auto backup: %q %v", path, err)
		}
		if !sqlite.BackupIsEncrypted(path) {
			t.Fatal("automatic backup not encrypted")
		}
	})

	t.Run("OK removing the passphrase makes new backups plain again", func(t *testing.T) {
		db := MustOpenDB(t)
		if err := db.SetVault(ctx, sealed); err != nil {
			t.Fatal(err)
		}
		if err := db.SetVault(ctx, vault.Sealed{}); err != nil {
			t.Fatal(err)
		}
		if s, err := db.Vault(ctx); err != nil || !s.IsZero() {
			t.Fatalf("vault after removal: %+v %v", s, err)
		}
		backup := filepath.Join(t.TempDir(), "plain.db")
		if err := db.Backup(ctx, backup); err != nil {
			t.Fatal(err)
		}
		if sqlite.BackupIsEncrypted(backup) {
			t.Fatal("backup still encrypted after the passphrase was removed")
		}
		if err := sqlite.VerifyWorkspaceFile(ctx, backup); err != nil {
			t.Fatal(err)
		}
	})
}

// TestStagingLeftoversRemovedOnOpen: a crash while an encrypted backup is
// staged (or a restore decrypted) leaves a plain copy beside the workspace;
// the next open removes it, and nothing that belongs to anyone else.
func TestStagingLeftoversRemovedOnOpen(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "workspace.db")
	db := MustOpenDBAt(t, path)
	saveAgency(t, db, "Secret Agency Ltd")
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	plain, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	ours := []string{".workspace.db.backup-0123456789abcdef.tmp", ".workspace.db.backup-0123456789abcdef.tmp-journal", "workspace.db.restoring"}
	theirs := []string{".other.db.backup-0123456789abcdef.tmp", ".workspace.db.backup-notes.txt", "workspace.db.restoring-notes"}
	for _, name := range append(slices.Clone(ours), theirs...) {
		if err := os.WriteFile(filepath.Join(dir, name), plain, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	reopened := MustOpenDBAt(t, path)
	for _, name := range ours {
		if _, err := os.Stat(filepath.Join(dir, name)); !os.IsNotExist(err) {
			t.Errorf("the leftover %s is still beside the workspace (%v)", name, err)
		}
	}
	for _, name := range theirs {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Errorf("%s is not a leftover of this workspace but was removed: %v", name, err)
		}
	}
	if got := agency(t, reopened); got != "Secret Agency Ltd" {
		t.Fatalf("workspace after open = %q", got)
	}
}
