package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"accountdesk/backend"
)

var _ backend.CarryForwardService = (*DB)(nil)

// PreviewCarryForward lists what planning period from plan id would carry
// and leave behind, changing nothing. Returns EINVALID, ENOTFOUND,
// ECONFLICT (the account has a plan for that period).
func (d *DB) PreviewCarryForward(ctx context.Context, id int64, period string) (backend.CarryPreview, error) {
	var out backend.CarryPreview
	err := d.read(ctx, func(tx *sql.Tx) error {
		var err error
		_, out, err = carryForward(ctx, tx, id, period)
		return err
	})
	return out, err
}

// CarryForwardPlan creates version 1 of the plan for period with what plan
// id carries forward, plan and items in one transaction. Returns EINVALID,
// ENOTFOUND, ECONFLICT (that period exists).
func (d *DB) CarryForwardPlan(ctx context.Context, id int64, period string) (backend.Plan, error) {
	var out backend.Plan
	err := d.write(ctx, func(tx *sql.Tx) error {
		next, _, err := carryForward(ctx, tx, id, period)
		if err != nil {
			return err
		}
		newID, err := insertPlan(ctx, tx, next, d.stamp())
		if err != nil {
			return err
		}
		out, err = findPlan(ctx, tx, newID)
		return err
	})
	return out, err
}

func carryForward(ctx context.Context, tx *sql.Tx, id int64, period string) (backend.Plan, backend.CarryPreview, error) {
	from, err := findPlan(ctx, tx, id)
	if err != nil {
		return backend.Plan{}, backend.CarryPreview{}, err
	}
	next, prev, err := backend.CarryForward(from, period)
	if err != nil {
		return next, prev, err
	}
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM plans WHERE account_id = ? AND period = ? COLLATE NOCASE`,
		from.AccountID, strings.TrimSpace(period)).Scan(&n); err != nil {
		return next, prev, fmt.Errorf("plans of the period: %w", err)
	}
	if n > 0 {
		return next, prev, &backend.Error{Code: backend.ECONFLICT, Field: "period",
			Message: fmt.Sprintf("This account already has a plan for %s; open it from the versions list.", strings.TrimSpace(period))}
	}
	return next, prev, nil
}
