package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"runtime/debug"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"accountdesk/backend"
)

// snapshot keeps, in memory, what the accounts list and the Dashboard derive
// from the whole workspace: one rollup per account (its list row, its
// year-to-date figures, its current plan's high risks, overdue actions and
// pipeline). Nothing is stored twice in the file.
//
// A write that changes one account's rows (its details, figures, plans, QBRs)
// marks that account, and the next read reloads only the marked accounts —
// a few indexed queries — instead of every monthly figure of the portfolio.
// Any other kind of change (settings, a restore, a write by another process
// seen through SQLite's data_version, a new day) reloads everything.
type snapshot struct {
	mu  sync.Mutex // held while the set is loaded or refreshed
	set *rollupSet

	// What changed since set was loaded; own lock so writers never wait for
	// a load in progress.
	dirtyMu sync.Mutex
	dirty   map[int64]struct{}
	stale   bool

	// The Team screen's overview, with its own key (and number of weeks).
	team      *backend.TeamOverview
	teamKey   snapshotKey
	teamWeeks int
}

// touch marks accounts whose rows a committed write changed.
func (s *snapshot) touch(ids ...int64) {
	s.dirtyMu.Lock()
	defer s.dirtyMu.Unlock()
	if s.dirty == nil {
		s.dirty = map[int64]struct{}{}
	}
	for _, id := range ids {
		s.dirty[id] = struct{}{}
	}
}

// invalidate marks everything for reloading.
func (s *snapshot) invalidate() {
	s.dirtyMu.Lock()
	s.stale = true
	s.dirtyMu.Unlock()
}

// take returns and clears what changed since the last load.
func (s *snapshot) take() (ids []int64, stale bool) {
	s.dirtyMu.Lock()
	defer s.dirtyMu.Unlock()
	for id := range s.dirty {
		ids = append(ids, id)
	}
	stale, s.dirty, s.stale = s.stale, nil, false
	return ids, stale
}

// rollupSet is every account's rollup at one state of the workspace. It is
// read and changed only under snapshot.mu.
type rollupSet struct {
	dataVersion int64
	today       string
	fiscal      backend.FiscalYear     // the year today falls in, under the settings read with rolls
	rolls       []backend.PortfolioRow // by account name, as the list shows them

	portfolio *backend.Portfolio // computed on first use; dropped on change
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

// snapshotKey reads what the Team overview depends on.
func (d *DB) snapshotKey(ctx context.Context, today time.Time) (snapshotKey, error) {
	k := snapshotKey{writes: d.writes.Load(), today: today.Format(time.DateOnly)}
	dv, err := d.dataVersion(ctx)
	k.dataVersion = dv
	return k, err
}

// dataVersion changes on the write connection when any other connection, in
// this process or another, commits.
func (d *DB) dataVersion(ctx context.Context) (int64, error) {
	var dv int64
	if err := d.rw.QueryRowContext(ctx, `PRAGMA data_version`).Scan(&dv); err != nil {
		return 0, fmt.Errorf("data version: %w", err)
	}
	return dv, nil
}

// withRollups runs fn on the current rollup set, loading or refreshing it
// first. fn runs under the snapshot's lock and must not keep the set.
func (d *DB) withRollups(ctx context.Context, today time.Time, fn func(set *rollupSet)) error {
	d.mu.RLock()
	defer d.mu.RUnlock()
	if d.rw == nil {
		return backend.Errorf(backend.EUNAVAILABLE, "The workspace is closed.")
	}
	dv, err := d.dataVersion(ctx)
	if err != nil {
		return err
	}
	day := today.Format(time.DateOnly)
	d.snap.mu.Lock()
	defer d.snap.mu.Unlock()
	// Taken before the read transaction starts: a write committed later
	// marks its account again and is picked up next time.
	ids, stale := d.snap.take()
	set := d.snap.set
	if set == nil || stale || set.dataVersion != dv || set.today != day {
		d.snap.set = nil
		if set, err = d.loadSet(ctx, today); err != nil {
			d.snap.invalidate()
			return err
		}
		set.dataVersion, set.today = dv, day
		d.snap.set = set
		returnMemory()
	} else if len(ids) > 0 {
		if err := d.refreshSet(ctx, set, ids, today); err != nil {
			d.snap.touch(ids...)
			return err
		}
	}
	fn(set)
	return nil
}

// returnMemory gives the memory a full reload worked in back to the
// operating system, in the background. A reload reads every account (or the
// whole roster) and keeps a fraction of what it read; the Go runtime would
// otherwise hold the rest as free heap. Measured at 5 000 accounts after the
// Dashboard and the team were read: resident memory 33 → 18 MB. Called after
// a full reload of the portfolio (opening, a new day, settings, another
// process's write) and after the team overview is computed again, which is
// the first read of it after any write.
func returnMemory() { go debug.FreeOSMemory() }

// loadSet loads every account's rollup in one read transaction.
func (d *DB) loadSet(ctx context.Context, today time.Time) (*rollupSet, error) {
	var byID map[int64]*backend.PortfolioRow
	var order []int64
	var fiscal backend.FiscalYear
	err := d.readLocked(ctx, func(tx *sql.Tx) error {
		var err error
		byID, order, fiscal, err = loadRollups(ctx, tx, nil, today)
		return err
	})
	if err != nil {
		return nil, err
	}
	set := &rollupSet{fiscal: fiscal, rolls: make([]backend.PortfolioRow, 0, len(order))}
	for _, id := range order {
		set.rolls = append(set.rolls, *byID[id])
	}
	return set, nil
}

// refreshSet reloads the given accounts' rollups in place (dropping those
// that no longer exist, keeping the rest in name order).
func (d *DB) refreshSet(ctx context.Context, set *rollupSet, ids []int64, today time.Time) error {
	var fresh map[int64]*backend.PortfolioRow
	err := d.readLocked(ctx, func(tx *sql.Tx) error {
		var err error
		fresh, _, _, err = loadRollups(ctx, tx, ids, today)
		return err
	})
	if err != nil {
		return err
	}
	set.portfolio = nil
	for _, id := range ids {
		i := slices.IndexFunc(set.rolls, func(r backend.PortfolioRow) bool { return r.Summary.ID == id })
		r, ok := fresh[id]
		switch {
		case ok && i >= 0 && r.Summary.Name == set.rolls[i].Summary.Name:
			set.rolls[i] = *r // the usual case: same place in the list
			continue
		case i >= 0:
			set.rolls = slices.Delete(set.rolls, i, i+1)
		}
		if ok {
			at := sort.Search(len(set.rolls), func(j int) bool { return !nocaseLess(set.rolls[j].Summary.Name, r.Summary.Name) })
			set.rolls = slices.Insert(set.rolls, at, *r)
		}
	}
	return nil
}

// nocaseLess orders names as SQLite's NOCASE collation does (the accounts
// name column's): bytes compared with ASCII letters folded to lower case.
func nocaseLess(a, b string) bool {
	for i := 0; i < len(a) && i < len(b); i++ {
		x, y := lowerASCII(a[i]), lowerASCII(b[i])
		if x != y {
			return x < y
		}
	}
	return len(a) < len(b)
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// filterAccounts applies the list's filter the way the SQL did: exact tier,
// health and status; search as a case-insensitive substring of name or industry.
func filterAccounts(rolls []backend.PortfolioRow, f backend.AccountFilter) []backend.AccountSummary {
	search := strings.ToLower(strings.TrimSpace(f.Search))
	out := make([]backend.AccountSummary, 0, len(rolls))
	for i := range rolls {
		a := &rolls[i].Summary
		switch {
		case f.ID != 0 && a.ID != f.ID,
			f.Tier != "" && a.Tier != f.Tier,
			f.Health != "" && a.Health != f.Health,
			f.Status != "" && a.Status != f.Status,
			search != "" && !strings.Contains(strings.ToLower(a.Name), search) && !strings.Contains(strings.ToLower(a.Industry), search):
			continue
		}
		out = append(out, *a)
	}
	return slices.Clip(out)
}
