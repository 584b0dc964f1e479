package sqlite

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"accountdesk/backend"
)

const autoPrefix = "auto-"

// AutoBackup writes today's automatic backup (backups/auto-YYYY-MM-DD.db)
// if there is none yet, and deletes the oldest beyond the number the
// settings keep. It returns the path written, or "" when none was due.
func (d *DB) AutoBackup(ctx context.Context, now time.Time) (string, error) {
	settings, err := d.Settings(ctx)
	if err != nil {
		return "", err
	}
	if settings.BackupsToKeep == 0 {
		return "", nil
	}
	dir := BackupDir(d.path)
	dest := filepath.Join(dir, autoPrefix+now.Format(time.DateOnly)+".db")
	written := ""
	if _, err := os.Stat(dest); os.IsNotExist(err) {
		if err := d.Backup(ctx, dest); err != nil {
			return "", err
		}
		written = dest
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return written, backend.Errorf(backend.EUNAVAILABLE, "The backups folder cannot be read.")
	}
	var autos []string
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), autoPrefix) && strings.HasSuffix(e.Name(), ".db") {
			autos = append(autos, e.Name())
		}
	}
	sort.Strings(autos) // dates sort as text
	for len(autos) > settings.BackupsToKeep {
		_ = os.Remove(filepath.Join(dir, autos[0]))
		autos = autos[1:]
	}
	return written, nil
}
