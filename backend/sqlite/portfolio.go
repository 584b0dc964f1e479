package sqlite

import (
	"context"
	"time"

	"accountdesk/backend"
)

var _ backend.PortfolioService = (*DB)(nil)

// Portfolio returns the Dashboard figures as of today (backend.PortfolioOf),
// from the accounts' portfolio rows (see cache): computed once per state of
// the workspace and day.
func (d *DB) Portfolio(ctx context.Context, today time.Time) (backend.Portfolio, error) {
	var p backend.Portfolio
	err := d.withPortfolioRows(ctx, today, func(set *portfolioRows) {
		if set.portfolio == nil {
			computed := backend.PortfolioOf(set.rows, set.fiscal, today)
			set.portfolio = &computed
		}
		p = *set.portfolio // its lists are never changed: the next one is new
	})
	return p, err
}
