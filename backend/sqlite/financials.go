package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"accountdesk/backend"
)

var _ backend.FinancialService = (*DB)(nil)

// Financials returns the account's months, oldest first, with the trailing
// twelve months and the fiscal year to date totalled (backend.FinancialsOf).
func (d *DB) Financials(ctx context.Context, accountID int64, today time.Time) (backend.Financials, error) {
	var out backend.Financials
	err := d.read(ctx, func(tx *sql.Tx) error {
		a, err := findAccount(ctx, tx, accountID)
		if err != nil {
			return err
		}
		settings, err := figureSettings(ctx, tx)
		if err != nil {
			return err
		}
		plans, err := planTargets(ctx, tx, []int64{accountID})
		if err != nil {
			return err
		}
		months, err := monthsOf(ctx, tx, accountID)
		if err != nil {
			return err
		}
		out = backend.FinancialsOf(a, months, plans[accountID], settings.FiscalYearStartMonth, today)
		return nil
	})
	return out, err
}

func monthsOf(ctx context.Context, tx *sql.Tx, accountID int64) ([]backend.MonthFigures, error) {
	rows, err := tx.QueryContext(ctx, `SELECT month, revenue_minor, cost_minor, writeoff_minor, hours_used
		FROM account_months WHERE account_id = ? ORDER BY month`, accountID)
	if err != nil {
		return nil, fmt.Errorf("months: %w", err)
	}
	defer rows.Close()
	var out []backend.MonthFigures
	for rows.Next() {
		var m backend.MonthFigures
		if err := rows.Scan(&m.Month, &m.RevenueMinor, &m.CostMinor, &m.WriteOffMinor, &m.HoursUsed); err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// currentPlanID selects the id of an account's current plan (the one
// parameter is the account id): the latest version of the latest period
// that is not archived — backend.CurrentPlan's rule, the one definition every
// query of "the current plan" uses.
const currentPlanID = `SELECT id FROM plans WHERE account_id = ? AND status != 'archived' ORDER BY period DESC, version DESC LIMIT 1`

// SaveMonths inserts or replaces months, all in one transaction: if one
// month is invalid, none is saved. Returns EINVALID, ENOTFOUND.
func (d *DB) SaveMonths(ctx context.Context, accountID int64, months []backend.MonthFigures) error {
	for i := range months {
		if err := months[i].Validate(); err != nil {
			return err
		}
	}
	return d.write(ctx, func(tx *sql.Tx) error {
		if _, err := findAccount(ctx, tx, accountID); err != nil {
			return err
		}
		// Not tx.PrepareContext: that compiles the statement (and the write
		// connection's triggers on account_months) on every save, while
		// ExecContext takes it from the connection's statement cache.
		for _, m := range months {
			if _, err := tx.ExecContext(ctx, `INSERT INTO account_months (account_id, month, revenue_minor, cost_minor, writeoff_minor, hours_used)
				VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (account_id, month) DO UPDATE SET revenue_minor = excluded.revenue_minor,
				cost_minor = excluded.cost_minor, writeoff_minor = excluded.writeoff_minor, hours_used = excluded.hours_used`,
				accountID, m.Month, m.RevenueMinor, m.CostMinor, m.WriteOffMinor, m.HoursUsed); err != nil {
				return fmt.Errorf("save month: %w", err)
			}
		}
		return nil
	})
}

// DeleteMonth removes one month's figures. Returns ENOTFOUND.
func (d *DB) DeleteMonth(ctx context.Context, accountID int64, month string) error {
	return d.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `DELETE FROM account_months WHERE account_id = ? AND month = ?`, accountID, month)
		if err != nil {
			return fmt.Errorf("delete month: %w", err)
		}
		return mustAffect(res, "There are no figures for that month.")
	})
}
