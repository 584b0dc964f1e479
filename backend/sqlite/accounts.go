package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"accountdesk/backend"

	sqlite3 "github.com/mattn/go-sqlite3"
)

var _ backend.AccountService = (*DB)(nil)

const accountColumns = `id, name, industry, tier, status, health, health_reason, contract_type,
	retainer_hours_per_month, contract_start, renewal_date, agency_of_record, notes, version, created_at, updated_at`

func scanAccount(row interface{ Scan(...any) error }) (backend.Account, error) {
	var a backend.Account
	err := row.Scan(&a.ID, &a.Name, &a.Industry, &a.Tier, &a.Status, &a.Health, &a.HealthReason, &a.ContractType,
		&a.RetainerHoursPerMonth, &a.ContractStart, &a.RenewalDate, &a.AgencyOfRecord, &a.Notes, &a.Version, &a.CreatedAt, &a.UpdatedAt)
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
			contract_type, retainer_hours_per_month, contract_start, renewal_date, agency_of_record, notes, version, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
			a.Name, a.Industry, a.Tier, a.Status, a.Health, a.HealthReason, a.ContractType, a.RetainerHoursPerMonth,
			a.ContractStart, a.RenewalDate, a.AgencyOfRecord, a.Notes, now, now)
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
			agency_of_record = ?, notes = ?, version = version + 1, updated_at = ? WHERE id = ?`,
			a.Name, a.Industry, a.Tier, a.Status, a.Health, a.HealthReason, a.ContractType, a.RetainerHoursPerMonth,
			a.ContractStart, a.RenewalDate, a.AgencyOfRecord, a.Notes, now, a.ID)
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
	all, _, err := d.cachedAccounts(ctx, today)
	if err != nil {
		return nil, err
	}
	return filterAccounts(all, f), nil
}

func qbrThreshold(ctx context.Context, tx *sql.Tx) (int64, error) {
	s := backend.DefaultSettings()
	if _, err := getSetting(ctx, tx, keySettings, &s); err != nil {
		return 0, err
	}
	return s.QBRThresholdMinor, nil
}

// listAccounts reads the list in three set-based queries (accounts with
// figures and latest plan, then recent QBR dates), never one per account.
func listAccounts(ctx context.Context, tx *sql.Tx, f backend.AccountFilter, today time.Time, threshold int64) ([]backend.AccountSummary, error) {
	from, to := backend.TrailingWindow(today)
	where, args := []string{"1=1"}, []any{from, to}
	if f.ID != 0 {
		where = append(where, "a.id = ?")
		args = append(args, f.ID)
	}
	if s := strings.TrimSpace(f.Search); s != "" {
		where = append(where, `(a.name LIKE ? ESCAPE '\' OR a.industry LIKE ? ESCAPE '\')`)
		like := "%" + escapeLike(s) + "%"
		args = append(args, like, like)
	}
	for _, c := range []struct{ col, v string }{{"a.tier", f.Tier}, {"a.health", f.Health}, {"a.status", f.Status}} {
		if c.v != "" {
			where = append(where, c.col+" = ?")
			args = append(args, c.v)
		}
	}
	rows, err := tx.QueryContext(ctx, `
		WITH m AS (
			SELECT account_id, SUM(revenue_minor) rev, SUM(cost_minor) cost, SUM(writeoff_minor) wo, COUNT(*) n
			FROM account_months WHERE month BETWEEN ? AND ? GROUP BY account_id
		), latest AS (
			SELECT account_id, status, period, revenue_target_minor,
				ROW_NUMBER() OVER (PARTITION BY account_id ORDER BY status = 'archived', period DESC, version DESC) rn
			FROM plans
		)
		SELECT a.id, a.name, a.industry, a.tier, a.status, a.health, a.renewal_date,
			COALESCE(NULLIF(a.contract_start, ''), substr(a.created_at, 1, 10)),
			COALESCE(m.rev, 0), COALESCE(m.cost, 0), COALESCE(m.wo, 0), COALESCE(m.n, 0),
			COALESCE(l.status, ''), COALESCE(l.period, ''), COALESCE(l.revenue_target_minor, 0)
		FROM accounts a
		LEFT JOIN m ON m.account_id = a.id
		LEFT JOIN latest l ON l.account_id = a.id AND l.rn = 1
		WHERE `+strings.Join(where, " AND ")+`
		ORDER BY a.name`, args...)
	if err != nil {
		return nil, fmt.Errorf("list accounts: %w", err)
	}
	defer rows.Close()
	type extra struct {
		start string // contract start, else the day the account was added
		n     int
	}
	out := []backend.AccountSummary{}
	var extras []extra
	for rows.Next() {
		var s backend.AccountSummary
		var e extra
		var cost, wo int64
		if err := rows.Scan(&s.ID, &s.Name, &s.Industry, &s.Tier, &s.Status, &s.Health, &s.RenewalDate, &e.start,
			&s.RevenueT12MMinor, &cost, &wo, &e.n, &s.PlanStatus, &s.PlanPeriod, &s.PlanTargetMinor); err != nil {
			return nil, fmt.Errorf("list accounts: %w", err)
		}
		s.MarginPct = backend.MarginPct(s.RevenueT12MMinor, cost, wo)
		out = append(out, s)
		extras = append(extras, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list accounts: %w", err)
	}
	held, err := recentQBRs(ctx, tx, today)
	if err != nil {
		return nil, err
	}
	for i := range out {
		out[i].QBR = backend.QBRStatus(backend.QBRInput{
			RevenueT12MMinor: out[i].RevenueT12MMinor, HasHistory: extras[i].n > 0,
			AnnualTargetMinor: out[i].PlanTargetMinor, ThresholdMinor: threshold,
			ContractStart: extras[i].start, Status: out[i].Status, Held: held[out[i].ID],
		}, today)
	}
	return out, nil
}

// recentQBRs returns, per account, the QBR dates from the start of last quarter on.
func recentQBRs(ctx context.Context, tx *sql.Tx, today time.Time) (map[int64][]string, error) {
	_, start, _ := backend.Quarter(today)
	_, prevStart, _ := backend.Quarter(start.AddDate(0, 0, -1))
	rows, err := tx.QueryContext(ctx, `SELECT account_id, date FROM qbrs WHERE date >= ? ORDER BY date`, prevStart.Format(time.DateOnly))
	if err != nil {
		return nil, fmt.Errorf("recent QBRs: %w", err)
	}
	defer rows.Close()
	out := map[int64][]string{}
	for rows.Next() {
		var id int64
		var date string
		if err := rows.Scan(&id, &date); err != nil {
			return nil, err
		}
		out[id] = append(out[id], date)
	}
	return out, rows.Err()
}

func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

// stamp is the current time as stored: UTC RFC 3339.
func (d *DB) stamp() string { return d.now().UTC().Format(time.RFC3339) }
