package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"accountdesk/backend"
)

// snapshot caches what the accounts list and the Dashboard derive from the
// whole workspace (trailing-twelve-month sums, current plans, QBR standing),
// so opening them again costs a copy, not a scan of every monthly figure.
// Nothing is stored: the cache lives in memory and is dropped whenever the
// workspace changes, by this process (the write counter) or by another one
// (SQLite's data_version).
type snapshot struct {
	mu        sync.Mutex
	key       snapshotKey
	accounts  []backend.AccountSummary
	portfolio *backend.Portfolio // for key, when computed

	// The Team screen's overview, with its own key (and number of weeks).
	team      *backend.TeamOverview
	teamKey   snapshotKey
	teamWeeks int
}

// currentKey is snapshotKey under the store's read lock.
func (d *DB) currentKey(ctx context.Context, today time.Time) (snapshotKey, error) {
	d.mu.RLock()
	defer d.mu.RUnlock()
	if d.rw == nil {
		return snapshotKey{}, backend.Errorf(backend.EUNAVAILABLE, "The workspace is closed.")
	}
	return d.snapshotKey(ctx, today)
}

type snapshotKey struct {
	writes      uint64
	dataVersion int64
	today       string
}

// snapshotKey reads what the cached figures depend on.
func (d *DB) snapshotKey(ctx context.Context, today time.Time) (snapshotKey, error) {
	k := snapshotKey{writes: d.writes.Load(), today: today.Format(time.DateOnly)}
	// data_version changes on the write connection when any other connection,
	// in this process or another, commits.
	if err := d.rw.QueryRowContext(ctx, `PRAGMA data_version`).Scan(&k.dataVersion); err != nil {
		return k, fmt.Errorf("data version: %w", err)
	}
	return k, nil
}

// cachedAccounts returns every account's list row, computing them once per
// workspace state and day.
func (d *DB) cachedAccounts(ctx context.Context, today time.Time) ([]backend.AccountSummary, snapshotKey, error) {
	d.mu.RLock()
	defer d.mu.RUnlock()
	if d.rw == nil {
		return nil, snapshotKey{}, backend.Errorf(backend.EUNAVAILABLE, "The workspace is closed.")
	}
	key, err := d.snapshotKey(ctx, today)
	if err != nil {
		return nil, key, err
	}
	d.snap.mu.Lock()
	defer d.snap.mu.Unlock()
	if d.snap.accounts != nil && d.snap.key == key {
		return d.snap.accounts, key, nil
	}
	var rows []backend.AccountSummary
	err = d.readLocked(ctx, func(tx *sql.Tx) error {
		threshold, err := qbrThreshold(ctx, tx)
		if err != nil {
			return err
		}
		rows, err = listAccounts(ctx, tx, backend.AccountFilter{}, today, threshold)
		return err
	})
	if err != nil {
		return nil, key, err
	}
	d.snap.key, d.snap.accounts, d.snap.portfolio = key, rows, nil
	return rows, key, nil
}

// filterAccounts applies the list's filter the way the SQL did: exact tier,
// health and status; search as a case-insensitive substring of name or industry.
func filterAccounts(all []backend.AccountSummary, f backend.AccountFilter) []backend.AccountSummary {
	search := strings.ToLower(strings.TrimSpace(f.Search))
	out := make([]backend.AccountSummary, 0, len(all))
	for _, a := range all {
		switch {
		case f.ID != 0 && a.ID != f.ID,
			f.Tier != "" && a.Tier != f.Tier,
			f.Health != "" && a.Health != f.Health,
			f.Status != "" && a.Status != f.Status,
			search != "" && !strings.Contains(strings.ToLower(a.Name), search) && !strings.Contains(strings.ToLower(a.Industry), search):
			continue
		}
		out = append(out, a)
	}
	return slices.Clip(out)
}
