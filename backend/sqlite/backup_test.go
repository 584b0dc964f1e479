package sqlite_test

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"accountdesk/backend"
	"accountdesk/backend/sqlite"
	"accountdesk/backend/vault"
)

func saveAgency(t *testing.T, db *sqlite.DB, name string) {
	t.Helper()
	s := backend.DefaultSettings()
	s.AgencyName = name
	if _, err := db.UpdateSettings(context.Background(), s); err != nil {
		t.Fatal(err)
	}
}

func agency(t *testing.T, db *sqlite.DB) string {
	t.Helper()
	s, err := db.Settings(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return s.AgencyName
}

func TestBackupRestore(t *testing.T) {
	ctx := context.Background()

	t.Run("OK backup then restore brings the data back and keeps a safety copy", func(t *testing.T) {
		db := MustOpenDB(t)
		saveAgency(t, db, "Version A")
		backup := filepath.Join(t.TempDir(), "backup.db")
		if err := db.Backup(ctx, backup); err != nil {
			t.Fatal(err)
		}
		if st, _ := os.Stat(backup); st.Mode().Perm() != 0o600 {
			t.Errorf("backup mode = %v, want 0600", st.Mode().Perm())
		}
		saveAgency(t, db, "Version B")
		if err := db.Restore(ctx, backup, vault.Key{}); err != nil {
			t.Fatal(err)
		}
		if got := agency(t, db); got != "Version A" {
			t.Fatalf("after restore agency = %q, want Version A", got)
		}
		// The workspace as it was before the restore is kept.
		entries, _ := os.ReadDir(sqlite.BackupDir(db.Path()))
		if len(entries) != 1 {
			t.Fatalf("want one safety copy, found %d", len(entries))
		}
		safety := MustOpenDBAt(t, filepath.Join(sqlite.BackupDir(db.Path()), entries[0].Name()))
		if got := agency(t, safety); got != "Version B" {
			t.Fatalf("safety copy agency = %q, want Version B", got)
		}
		if report, err := db.Check(ctx); err != nil || !report.OK() {
			t.Fatalf("check after restore: %+v %v", report, err)
		}
	})

	t.Run("ErrRestoreFromNonWorkspaceChangesNothing", func(t *testing.T) {
		db := MustOpenDB(t)
		saveAgency(t, db, "Keep me")
		junk := filepath.Join(t.TempDir(), "junk.db")
		if err := os.WriteFile(junk, []byte("SQLite format 3\x00 but not really"), 0o600); err != nil {
			t.Fatal(err)
		}
		err := db.Restore(ctx, junk, vault.Key{})
		if backend.ErrorCode(err) != backend.EINVALID || backend.ErrorField(err) != "from" {
			t.Fatalf("err = %v, want invalid on from", err)
		}
		if got := agency(t, db); got != "Keep me" {
			t.Fatalf("a refused restore changed the workspace: %q", got)
		}
	})

	// On Windows a program holding the workspace's -wal open keeps it from
	// being removed; the old WAL would then be replayed onto the restored
	// file. Here a -wal that is a non-empty folder cannot be removed either.
	t.Run("ErrRestoreWhenTheOldWALCannotBeRemovedChangesNothing", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "workspace.db")
		db := MustOpenDBAt(t, path)
		saveAgency(t, db, "Version A")
		backup := filepath.Join(t.TempDir(), "backup.db")
		if err := db.Backup(ctx, backup); err != nil {
			t.Fatal(err)
		}
		saveAgency(t, db, "Version B")
		// SQLite keeps its handle on the -wal it has open; the name now
		// belongs to something that cannot be removed.
		if err := os.Remove(path + "-wal"); err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Join(path+"-wal", "held"), 0o700); err != nil {
			t.Fatal(err)
		}
		err := db.Restore(ctx, backup, vault.Key{})
		if backend.ErrorCode(err) != backend.EUNAVAILABLE || !strings.Contains(backend.ErrorMessage(err), "workspace.db-wal") ||
			!strings.Contains(backend.ErrorMessage(err), "current workspace is unchanged") {
			t.Errorf("err = %v, want unavailable naming the -wal and saying nothing changed", err)
		}
		if _, err := os.Stat(path + ".restoring"); !os.IsNotExist(err) {
			t.Errorf("the staged backup was left beside the workspace: %v", err)
		}
		// Once the other program lets go, the workspace is the one before
		// the restore.
		if err := os.RemoveAll(path + "-wal"); err != nil {
			t.Fatal(err)
		}
		if got := agency(t, MustOpenDBAt(t, path)); got != "Version B" {
			t.Fatalf("after a refused restore the workspace holds %q, want Version B", got)
		}
	})

	t.Run("ErrRestoreMissingFile", func(t *testing.T) {
		err := MustOpenDB(t).Restore(ctx, filepath.Join(t.TempDir(), "nope.db"), vault.Key{})
		if backend.ErrorCode(err) != backend.EINVALID {
			t.Fatalf("err = %v, want invalid", err)
		}
	})

	t.Run("ErrBackupOverWorkspace", func(t *testing.T) {
		db := MustOpenDB(t)
		if err := db.Backup(ctx, db.Path()); backend.ErrorCode(err) != backend.EINVALID {
			t.Fatalf("err = %v, want invalid", err)
		}
	})

	t.Run("ErrBackupToUnwritablePlaceLeavesNothing", func(t *testing.T) {
		db := MustOpenDB(t)
		dir := t.TempDir()
		blocker := filepath.Join(dir, "file")
		if err := os.WriteFile(blocker, nil, 0o600); err != nil {
			t.Fatal(err)
		}
		err := db.Backup(ctx, filepath.Join(blocker, "backup.db"))
		if backend.ErrorCode(err) != backend.EUNAVAILABLE {
			t.Fatalf("err = %v, want unavailable", err)
		}
	})
}

func TestAutoBackup(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	s := backend.DefaultSettings()
	s.BackupsToKeep = 3
	if _, err := db.UpdateSettings(ctx, s); err != nil {
		t.Fatal(err)
	}
	day := time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC)
	for i := range 5 {
		path, err := db.AutoBackup(ctx, day.AddDate(0, 0, i))
		if err != nil || path == "" {
			t.Fatalf("day %d: %q %v", i, path, err)
		}
	}
	if path, _ := db.AutoBackup(ctx, day.AddDate(0, 0, 4).Add(time.Hour)); path != "" {
		t.Fatalf("a second run on the same day writes nothing, wrote %s", path)
	}
	entries, _ := os.ReadDir(sqlite.BackupDir(db.Path()))
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
		if st, _ := e.Info(); st.Mode().Perm() != 0o600 {
			t.Errorf("%s mode %v, want 0600", e.Name(), st.Mode().Perm())
		}
	}
	if strings.Join(names, ",") != "auto-2026-11-03.db,auto-2026-11-04.db,auto-2026-11-05.db" {
		t.Fatalf("kept %v, want the three newest", names)
	}
	if err := sqlite.VerifyWorkspaceFile(ctx, filepath.Join(sqlite.BackupDir(db.Path()), names[2])); err != nil {
		t.Fatalf("an automatic backup is a workspace that restores: %v", err)
	}
}

// Backups are taken online: while another goroutine keeps writing, every
// copy is a whole, consistent workspace.
func TestBackupWhileWriting(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	stop := make(chan struct{})
	done := make(chan error, 1)
	go func() {
		for i := 0; ; i++ {
			select {
			case <-stop:
				done <- nil
				return
			default:
			}
			if _, err := db.CreateAccount(ctx, backend.Account{Name: "Client " + strconv.Itoa(i), Tier: backend.TierStandard, Status: backend.StatusActive, Health: backend.HealthGreen, ContractType: backend.ContractRetainer}); err != nil {
				done <- err
				return
			}
		}
	}()
	dir := t.TempDir()
	for i := range 5 {
		dest := filepath.Join(dir, "copy-"+strconv.Itoa(i)+".db")
		if err := db.Backup(ctx, dest); err != nil {
			t.Fatal(err)
		}
		if err := sqlite.VerifyWorkspaceFile(ctx, dest); err != nil {
			t.Fatalf("backup %d taken during writes: %v", i, err)
		}
	}
	close(stop)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}
