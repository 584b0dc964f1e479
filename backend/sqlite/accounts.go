package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"accountdesk/backend"

	sqlite3 "github.com/mattn/go-sqlite3"
)

var _ backend.AccountService = (*DB)(nil)

const accountColumns = `id, name, industry, tier, status, health, health_reason, contract_type,
	retainer_hours_per_month, contract_start, renewal_date, notice_days, agency_of_record, notes, version, created_at, updated_at`

func scanAccount(row interface{ Scan(...any) error }) (backend.Account, error) {
	var a backend.Account
	err := row.Scan(&a.ID, &a.Name, &a.Industry, &a.Tier, &a.Status, &a.Health, &a.HealthReason, &a.ContractType,
		&a.RetainerHoursPerMonth, &a.ContractStart, &a.RenewalDate, &a.NoticeDays, &a.AgencyOfRecord, &a.Notes, &a.Version, &a.CreatedAt, &a.UpdatedAt)
	return a, err
}

// Account returns one account. Returns ENOTFOUND.
func (d *DB) Account(ctx context.Context, id int64) (backend.Account, error) {
	var a backend.Account
	err := d.read(ctx, func(tx *sql.Tx) error {
		var err error
		a, err = findAccount(ctx, tx, id)
		return err
	})
	return a, err
}

func findAccount(ctx context.Context, tx *sql.Tx, id int64) (backend.Account, error) {
	a, err := scanAccount(tx.QueryRowContext(ctx, `SELECT `+accountColumns+` FROM accounts WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return a, backend.Errorf(backend.ENOTFOUND, "That account no longer exists.")
	} else if err != nil {
		return a, fmt.Errorf("find account %d: %w", id, err)
	}
	return a, nil
}

// CreateAccount stores a new account. Returns EINVALID, ECONFLICT (name taken).
func (d *DB) CreateAccount(ctx context.Context, a backend.Account) (backend.Account, error) {
	a.Normalize()
	if err := a.Validate(); err != nil {
		return backend.Account{}, err
	}
	now := d.stamp()
	a.Version, a.CreatedAt, a.UpdatedAt = 1, now, now
	err := d.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO accounts (name, industry, tier, status, health, health_reason,
			contract_type, retainer_hours_per_month, contract_start, renewal_date, notice_days, agency_of_record, notes, version, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
			a.Name, a.Industry, a.Tier, a.Status, a.Health, a.HealthReason, a.ContractType, a.RetainerHoursPerMonth,
			a.ContractStart, a.RenewalDate, a.NoticeDays, a.AgencyOfRecord, a.Notes, now, now)
		if err != nil {
			return nameTaken(err, a.Name)
		}
		if a.ID, err = res.LastInsertId(); err != nil {
			return err
		}
		return addHealthChange(ctx, tx, a.ID, a.Health, a.HealthReason, now)
	})
	return a, err
}

// UpdateAccount saves a; a.Version must be the version read. Returns
// EINVALID, ENOTFOUND, ECONFLICT.
func (d *DB) UpdateAccount(ctx context.Context, a backend.Account) (backend.Account, error) {
	a.Normalize()
	if err := a.Validate(); err != nil {
		return backend.Account{}, err
	}
	var out backend.Account
	err := d.write(ctx, func(tx *sql.Tx) error {
		old, err := findAccount(ctx, tx, a.ID)
		if err != nil {
			return err
		}
		if old.Version != a.Version {
			return backend.Errorf(backend.ECONFLICT, "This account was changed elsewhere since you opened it. Reload to see the latest.")
		}
		now := d.stamp()
		_, err = tx.ExecContext(ctx, `UPDATE accounts SET name = ?, industry = ?, tier = ?, status = ?, health = ?,
			health_reason = ?, contract_type = ?, retainer_hours_per_month = ?, contract_start = ?, renewal_date = ?,
			notice_days = ?, agency_of_record = ?, notes = ?, version = version + 1, updated_at = ? WHERE id = ?`,
			a.Name, a.Industry, a.Tier, a.Status, a.Health, a.HealthReason, a.ContractType, a.RetainerHoursPerMonth,
			a.ContractStart, a.RenewalDate, a.NoticeDays, a.AgencyOfRecord, a.Notes, now, a.ID)
		if err != nil {
			return nameTaken(err, a.Name)
		}
		if old.Health != a.Health || old.HealthReason != a.HealthReason {
			if err := addHealthChange(ctx, tx, a.ID, a.Health, a.HealthReason, now); err != nil {
				return err
			}
		}
		out, err = findAccount(ctx, tx, a.ID)
		return err
	})
	return out, err
}

func nameTaken(err error, name string) error {
	var se sqlite3.Error
	if errors.As(err, &se) && se.ExtendedCode == sqlite3.ErrConstraintUnique {
		return &backend.Error{Code: backend.ECONFLICT, Field: "name", Message: "There is already an account with that name."}
	}
	return fmt.Errorf("save account: %w", err)
}

func addHealthChange(ctx context.Context, tx *sql.Tx, id int64, health, reason, at string) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO account_health_history (account_id, health, reason, changed_at) VALUES (?, ?, ?, ?)`,
		id, health, reason, at)
	if err != nil {
		return fmt.Errorf("health history: %w", err)
	}
	return nil
}

// DeleteAccount removes the account and everything under it (plans,
// stakeholders, figures, QBRs). Returns ENOTFOUND.
func (d *DB) DeleteAccount(ctx context.Context, id int64) error {
	return d.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `DELETE FROM accounts WHERE id = ?`, id)
		if err != nil {
			return fmt.Errorf("delete account: %w", err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return backend.Errorf(backend.ENOTFOUND, "That account no longer exists.")
		}
		return nil
	})
}

// HealthHistory returns the account's health changes, newest first.
func (d *DB) HealthHistory(ctx context.Context, id int64) ([]backend.HealthChange, error) {
	out := []backend.HealthChange{}
	err := d.read(ctx, func(tx *sql.Tx) error {
		if _, err := findAccount(ctx, tx, id); err != nil {
			return err
		}
		rows, err := tx.QueryContext(ctx, `SELECT health, reason, changed_at FROM account_health_history
			WHERE account_id = ? ORDER BY changed_at DESC, id DESC`, id)
		if err != nil {
			return fmt.Errorf("health history: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var h backend.HealthChange
			if err := rows.Scan(&h.Health, &h.Reason, &h.ChangedAt); err != nil {
				return err
			}
			out = append(out, h)
		}
		return rows.Err()
	})
	return out, err
}

// ListAccounts returns the accounts matching f, by name, with their trailing
// twelve months, margin, latest plan and QBR standing.
func (d *DB) ListAccounts(ctx context.Context, f backend.AccountFilter, today time.Time) ([]backend.AccountSummary, error) {
	var out []backend.AccountSummary
	err := d.withPortfolioRows(ctx, today, func(set *portfolioRows) { out = filterAccounts(set.rows, f) })
	return out, err
}

// stamp is the current time as stored: UTC RFC 3339.
func (d *DB) stamp() string { return d.now().UTC().Format(time.RFC3339) }
