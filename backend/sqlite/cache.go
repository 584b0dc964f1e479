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

// cache keeps, in memory, what the accounts list and the Dashboard derive
// from the whole workspace: one portfolio row per account (its list row, its
// year-to-date figures, its current plan's high risks, overdue actions and
// pipeline), and the Team overview. Nothing is stored twice in the file.
//
// Writers never tell it what they changed: every committed transaction
// reports the accounts whose rows it changed, as SQLite saw them (see
// accountsChangedBy), and the next read reloads only those accounts — a few
// indexed queries — instead of every monthly figure of the portfolio. A
// change every account depends on (the settings), a restore, a write by
// another process (seen through SQLite's data_version) or a new day reloads
// everything; the Team overview is computed again after any write.
type cache struct {
	mu  sync.Mutex // held while the rows are loaded or refreshed
	set *portfolioRows

	// What changed since set was loaded; own lock so writers never wait for
	// a load in progress.
	dirtyMu sync.Mutex
	dirty   map[int64]struct{}
	stale   bool

	// The Team screen's overview, with its own key (and number of weeks).
	team      *backend.TeamOverview
	teamKey   cacheKey
	teamWeeks int
}

// changed marks what a committed write changed: the accounts whose portfolio
// rows it changed, everyAccount among them for a change to all of them.
func (s *cache) changed(accounts []int64) {
	if slices.Contains(accounts, everyAccount) {
		s.invalidate()
	} else if len(accounts) > 0 {
		s.touch(accounts...)
	}
}

// touch marks accounts whose rows a committed write changed.
func (s *cache) touch(ids ...int64) {
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
func (s *cache) invalidate() {
	s.dirtyMu.Lock()
	s.stale = true
	s.dirtyMu.Unlock()
}

// take returns and clears what changed since the last load.
func (s *cache) take() (ids []int64, stale bool) {
	s.dirtyMu.Lock()
	defer s.dirtyMu.Unlock()
	for id := range s.dirty {
		ids = append(ids, id)
	}
	stale, s.dirty, s.stale = s.stale, nil, false
	return ids, stale
}

// portfolioRows is every account's portfolio row at one state of the
// workspace. It is read and changed only under cache.mu.
type portfolioRows struct {
	dataVersion int64
	today       string
	fiscal      backend.FiscalYear     // the year today falls in, under the settings read with rows
	rows        []backend.PortfolioRow // by account name, as the list shows them

	portfolio *backend.Portfolio // computed on first use; dropped on change
}

// currentKey is cacheKey under the store's read lock.
func (d *DB) currentKey(ctx context.Context, today time.Time) (cacheKey, error) {
	d.mu.RLock()
	defer d.mu.RUnlock()
	if d.rw == nil {
		return cacheKey{}, backend.Errorf(backend.EUNAVAILABLE, "The workspace is closed.")
	}
	return d.cacheKey(ctx, today)
}

type cacheKey struct {
	writes      uint64
	dataVersion int64
	today       string
}

// cacheKey reads what the Team overview depends on.
func (d *DB) cacheKey(ctx context.Context, today time.Time) (cacheKey, error) {
	k := cacheKey{writes: d.writes.Load(), today: today.Format(time.DateOnly)}
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

// withPortfolioRows runs fn on the current portfolio rows, loading or
// refreshing them first. fn runs under the cache's lock and must not keep set.
func (d *DB) withPortfolioRows(ctx context.Context, today time.Time, fn func(set *portfolioRows)) error {
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
	d.cache.mu.Lock()
	defer d.cache.mu.Unlock()
	// Taken before the read transaction starts: a write committed later
	// marks its account again and is picked up next time.
	ids, stale := d.cache.take()
	set := d.cache.set
	if set == nil || stale || set.dataVersion != dv || set.today != day {
		d.cache.set = nil
		if set, err = d.loadSet(ctx, today); err != nil {
			d.cache.invalidate()
			return err
		}
		set.dataVersion, set.today = dv, day
		d.cache.set = set
		returnMemory()
	} else if len(ids) > 0 {
		if err := d.refreshSet(ctx, set, ids, today); err != nil {
			d.cache.touch(ids...)
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

// loadSet loads every account's portfolio row in one read transaction.
func (d *DB) loadSet(ctx context.Context, today time.Time) (*portfolioRows, error) {
	var byID map[int64]*backend.PortfolioRow
	var order []int64
	var fiscal backend.FiscalYear
	err := d.readLocked(ctx, func(tx *sql.Tx) error {
		var err error
		byID, order, fiscal, err = loadPortfolioRows(ctx, tx, nil, today)
		return err
	})
	if err != nil {
		return nil, err
	}
	set := &portfolioRows{fiscal: fiscal, rows: make([]backend.PortfolioRow, 0, len(order))}
	for _, id := range order {
		set.rows = append(set.rows, *byID[id])
	}
	return set, nil
}

// refreshSet reloads the given accounts' portfolio rows in place (dropping those
// that no longer exist, keeping the rest in name order).
func (d *DB) refreshSet(ctx context.Context, set *portfolioRows, ids []int64, today time.Time) error {
	var fresh map[int64]*backend.PortfolioRow
	err := d.readLocked(ctx, func(tx *sql.Tx) error {
		var err error
		fresh, _, _, err = loadPortfolioRows(ctx, tx, ids, today)
		return err
	})
	if err != nil {
		return err
	}
	set.portfolio = nil
	for _, id := range ids {
		i := slices.IndexFunc(set.rows, func(r backend.PortfolioRow) bool { return r.Summary.ID == id })
		r, ok := fresh[id]
		switch {
		case ok && i >= 0 && r.Summary.Name == set.rows[i].Summary.Name:
			set.rows[i] = *r // the usual case: same place in the list
			continue
		case i >= 0:
			set.rows = slices.Delete(set.rows, i, i+1)
		}
		if ok {
			at := sort.Search(len(set.rows), func(j int) bool { return !nocaseLess(set.rows[j].Summary.Name, r.Summary.Name) })
			set.rows = slices.Insert(set.rows, at, *r)
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
// health and status; completeness below a bound; search as a case-insensitive substring of name or industry.
func filterAccounts(rows []backend.PortfolioRow, f backend.AccountFilter) []backend.AccountSummary {
	search := strings.ToLower(strings.TrimSpace(f.Search))
	out := make([]backend.AccountSummary, 0, len(rows))
	for i := range rows {
		a := &rows[i].Summary
		switch {
		case f.ID != 0 && a.ID != f.ID,
			f.Tier != "" && a.Tier != f.Tier,
			f.Health != "" && a.Health != f.Health,
			f.Status != "" && a.Status != f.Status,
			!backend.CompletenessBelow(a.Completeness, f.CompletenessBelow),
			search != "" && !strings.Contains(strings.ToLower(a.Name), search) && !strings.Contains(strings.ToLower(a.Industry), search):
			continue
		}
		out = append(out, *a)
	}
	return slices.Clip(out)
}
