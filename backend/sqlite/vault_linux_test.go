//go:build linux

package sqlite_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unsafe"

	"accountdesk/backend/sqlite"
	"accountdesk/backend/vault"

	"golang.org/x/sys/unix"
)

// watchFolder records the name of every file created in, or moved into or
// out of, dir until the returned function is called; the kernel queues the
// events, so nothing is missed however quickly a file comes and goes.
func watchFolder(t *testing.T, dir string) (names func() []string) {
	t.Helper()
	fd, err := unix.InotifyInit1(unix.IN_NONBLOCK | unix.IN_CLOEXEC)
	if err != nil {
		t.Fatalf("inotify: %v", err)
	}
	t.Cleanup(func() { _ = unix.Close(fd) })
	if _, err := unix.InotifyAddWatch(fd, dir, unix.IN_CREATE|unix.IN_MOVED_TO|unix.IN_MOVED_FROM|unix.IN_CLOSE_WRITE); err != nil {
		t.Fatalf("inotify watch: %v", err)
	}
	return func() []string {
		var seen []string
		buf := make([]byte, 64<<10)
		for {
			n, err := unix.Read(fd, buf)
			if err == unix.EAGAIN || n <= 0 {
				break
			} else if err != nil {
				t.Fatalf("inotify read: %v", err)
			}
			for off := 0; off+unix.SizeofInotifyEvent <= n; {
				ev := (*unix.InotifyEvent)(unsafe.Pointer(&buf[off]))
				name := string(bytes.TrimRight(buf[off+unix.SizeofInotifyEvent:off+unix.SizeofInotifyEvent+int(ev.Len)], "\x00"))
				if name != "" && !slices.Contains(seen, name) {
					seen = append(seen, name)
				}
				off += unix.SizeofInotifyEvent + int(ev.Len)
			}
		}
		return seen
	}
}

// TestEncryptedBackupNeverPlainAtTheDestination: the destination may be a
// synced or shared folder, so the plain copy an encrypted backup is made
// from never appears there, not even for a moment: only the encrypted file
// (under its partial name while it is written).
func TestEncryptedBackupNeverPlainAtTheDestination(t *testing.T) {
	ctx := context.Background()
	sealed, err := vault.Seal("correct horse battery", 10)
	if err != nil {
		t.Fatal(err)
	}
	db := MustOpenDB(t)
	saveAgency(t, db, "Secret Agency Ltd")
	if err := db.SetVault(ctx, sealed); err != nil {
		t.Fatal(err)
	}
	shared := t.TempDir()
	atDestination := watchFolder(t, shared)
	besideWorkspace := watchFolder(t, filepath.Dir(db.Path()))
	dest := filepath.Join(shared, "backup.db")
	if err := db.Backup(ctx, dest); err != nil {
		t.Fatal(err)
	}
	for _, name := range atDestination() {
		if name != "backup.db" && name != "backup.db.partial" {
			t.Errorf("%s appeared in the destination folder during an encrypted backup", name)
		}
	}
	if !sqlite.BackupIsEncrypted(dest) {
		t.Fatal("the backup is not encrypted")
	}
	// The plain copy was staged beside the workspace, owner-only, and removed.
	staged := false
	for _, name := range besideWorkspace() {
		staged = staged || strings.HasPrefix(name, ".workspace.db.backup-")
	}
	if !staged {
		t.Errorf("no staging copy beside the workspace: where was the plain copy made?")
	}
	if left, _ := filepath.Glob(filepath.Join(filepath.Dir(db.Path()), ".workspace.db.backup-*")); len(left) > 0 {
		t.Errorf("staging copies left beside the workspace: %v", left)
	}
	if entries, _ := os.ReadDir(shared); len(entries) != 1 {
		t.Errorf("destination holds %d files, want only the backup", len(entries))
	}
}
