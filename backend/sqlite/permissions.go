package sqlite

import (
	"os"
	"path/filepath"
	"runtime"
)

// PermissionReport lists the files of a workspace that other users of the
// computer could read when it was opened: the workspace file, its -wal and
// -shm, the backups folder and the backups in it (for instance after another
// tool restored or copied them with its own permissions).
type PermissionReport struct {
	// Tightened were made owner-only (files 0600, the folder 0700).
	Tightened []string `json:"tightened"`
	// Loose could not be: a disk without Unix permissions, or a file that
	// belongs to another user.
	Loose []string `json:"loose"`
}

// Permissions returns what Open found and changed; empty when every file
// was already owner-only. app/ tells the user once.
func (d *DB) Permissions() PermissionReport { return d.perms }

// tightenPermissions makes the workspace's files owner-only. On Windows,
// access is governed by ACLs, not mode bits, and files in the user's profile
// are private already: nothing is changed there.
func tightenPermissions(path string) PermissionReport {
	var r PermissionReport
	if runtime.GOOS == "windows" {
		return r
	}
	check := func(p string, private os.FileMode) {
		st, err := os.Lstat(p)
		if err != nil || st.IsDir() != (private == 0o700) || !st.IsDir() && !st.Mode().IsRegular() || st.Mode().Perm()&0o077 == 0 {
			return // missing, a link or something else not ours to change, or private already
		}
		_ = os.Chmod(p, private)
		if st, err := os.Lstat(p); err == nil && st.Mode().Perm()&0o077 == 0 {
			r.Tightened = append(r.Tightened, p)
		} else {
			r.Loose = append(r.Loose, p)
		}
	}
	for _, suffix := range []string{"", "-wal", "-shm"} {
		check(path+suffix, 0o600)
	}
	dir := BackupDir(path)
	check(dir, 0o700)
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if e.Type().IsRegular() {
			check(filepath.Join(dir, e.Name()), 0o600)
		}
	}
	return r
}
