package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"accountdesk/backend"
)

var _ backend.TeamService = (*DB)(nil)

// Roles returns the editable list of roles, in the order the user keeps them.
func (d *DB) Roles(ctx context.Context) ([]string, error) {
	var out []string
	err := d.read(ctx, func(tx *sql.Tx) error {
		var err error
		out, err = roles(ctx, tx)
		return err
	})
	return out, err
}

func roles(ctx context.Context, tx *sql.Tx) ([]string, error) {
	out := []string{}
	rows, err := tx.QueryContext(ctx, `SELECT name FROM roles ORDER BY position, name`)
	if err != nil {
		return nil, fmt.Errorf("roles: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var r string
		if err := rows.Scan(&r); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// SaveRoles replaces the list of roles. A role someone holds cannot be
// removed. Returns EINVALID, ECONFLICT.
func (d *DB) SaveRoles(ctx context.Context, list []string) ([]string, error) {
	seen := map[string]bool{}
	var clean []string
	for _, r := range list {
		r = strings.Join(strings.Fields(r), " ")
		if r == "" || seen[strings.ToLower(r)] {
			continue
		}
		if len([]rune(r)) > 80 {
			return nil, backend.Invalid("roles", "A role can be at most 80 characters.")
		}
		seen[strings.ToLower(r)] = true
		clean = append(clean, r)
	}
	if len(clean) == 0 {
		return nil, backend.Invalid("roles", "Keep at least one role.")
	}
	var out []string
	err := d.write(ctx, func(tx *sql.Tx) error {
		var inUse []string
		err := each(ctx, tx, `SELECT DISTINCT role FROM people WHERE role != ? ORDER BY role`, "", func(r *sql.Rows) error {
			var role string
			err := r.Scan(&role)
			if !seen[strings.ToLower(role)] {
				inUse = append(inUse, role)
			}
			return err
		})
		if err != nil {
			return err
		}
		if len(inUse) > 0 {
			return &backend.Error{Code: backend.ECONFLICT, Field: "roles",
				Message: "Someone still has the role " + strings.Join(inUse, ", ") + "; change their role first."}
		}
		// Mark every role, upsert the new list, then drop the ones still marked.
		if _, err := tx.ExecContext(ctx, `UPDATE roles SET position = -1 - position`); err != nil {
			return err
		}
		for i, r := range clean {
			if _, err := tx.ExecContext(ctx, `INSERT INTO roles (name, position) VALUES (?, ?)
				ON CONFLICT (name) DO UPDATE SET name = excluded.name, position = excluded.position`, r, i); err != nil {
				return fmt.Errorf("save role: %w", err)
			}
			// A change of case alone is equal under NOCASE, so no cascade fires.
			if _, err := tx.ExecContext(ctx, `UPDATE people SET role = ? WHERE role = ? COLLATE NOCASE AND role != ?`, r, r, r); err != nil {
				return fmt.Errorf("rename role: %w", err)
			}
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM roles WHERE position < 0`); err != nil {
			return fmt.Errorf("remove roles: %w", err)
		}
		out, err = roles(ctx, tx)
		return err
	})
	return out, err
}

const personColumns = `id, name, email, role, COALESCE(reports_to, 0), start_date, end_date, status, location,
	capacity_hours_per_week, skills, notes, version`

func scanPerson(row interface{ Scan(...any) error }) (backend.Person, error) {
	var p backend.Person
	var skills string
	err := row.Scan(&p.ID, &p.Name, &p.Email, &p.Role, &p.ReportsTo, &p.StartDate, &p.EndDate, &p.Status, &p.Location,
		&p.CapacityHoursPerWeek, &skills, &p.Notes, &p.Version)
	if err == nil {
		err = json.Unmarshal([]byte(skills), &p.Skills)
	}
	if p.Skills == nil {
		p.Skills = []string{}
	}
	return p, err
}

// People returns everyone on the roster by name.
func (d *DB) People(ctx context.Context) ([]backend.Person, error) {
	var out []backend.Person
	err := d.read(ctx, func(tx *sql.Tx) error {
		var err error
		out, err = people(ctx, tx)
		return err
	})
	return out, err
}

func people(ctx context.Context, tx *sql.Tx) ([]backend.Person, error) {
	out := []backend.Person{}
	err := each(ctx, tx, `SELECT `+personColumns+` FROM people WHERE id > ? ORDER BY name`, 0, func(r *sql.Rows) error {
		p, err := scanPerson(r)
		out = append(out, p)
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, markYou(ctx, tx, out)
}

// SavePerson creates (ID 0) or updates a person. Returns EINVALID (including
// reports-to loops and unknown roles), ENOTFOUND, ECONFLICT (stale version).
func (d *DB) SavePerson(ctx context.Context, p backend.Person) (backend.Person, error) {
	p.Normalize()
	if err := p.Validate(); err != nil {
		return backend.Person{}, err
	}
	var out backend.Person
	err := d.write(ctx, func(tx *sql.Tx) error {
		var roleName string
		if err := tx.QueryRowContext(ctx, `SELECT name FROM roles WHERE name = ?`, p.Role).Scan(&roleName); errors.Is(err, sql.ErrNoRows) {
			return backend.Invalid("role", "Choose a role from the list (Settings of the Team screen).")
		} else if err != nil {
			return fmt.Errorf("role: %w", err)
		}
		p.Role = roleName
		managers := map[int64]int64{}
		if err := each(ctx, tx, `SELECT id, COALESCE(reports_to, 0) FROM people WHERE id > ?`, 0, func(r *sql.Rows) error {
			var id, m int64
			err := r.Scan(&id, &m)
			managers[id] = m
			return err
		}); err != nil {
			return err
		}
		if _, ok := managers[p.ReportsTo]; p.ReportsTo != 0 && !ok {
			return backend.Invalid("reportsTo", "The manager chosen is not on the roster.")
		}
		if err := backend.CheckReportsTo(p.ID, p.ReportsTo, managers); err != nil {
			return err
		}
		skills, _ := json.Marshal(p.Skills)
		args := []any{p.Name, p.Email, p.Role, nullID(p.ReportsTo), p.StartDate, p.EndDate, p.Status, p.Location, p.CapacityHoursPerWeek, string(skills), p.Notes}
		if p.ID == 0 {
			res, err := tx.ExecContext(ctx, `INSERT INTO people (name, email, role, reports_to, start_date, end_date, status, location,
				capacity_hours_per_week, skills, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, args...)
			if err != nil {
				return fmt.Errorf("add person: %w", err)
			}
			if p.ID, err = res.LastInsertId(); err != nil {
				return err
			}
		} else {
			res, err := tx.ExecContext(ctx, `UPDATE people SET name = ?, email = ?, role = ?, reports_to = ?, start_date = ?, end_date = ?,
				status = ?, location = ?, capacity_hours_per_week = ?, skills = ?, notes = ?, version = version + 1
				WHERE id = ? AND version = ?`, append(args, p.ID, p.Version)...)
			if err != nil {
				return fmt.Errorf("update person: %w", err)
			}
			if n, _ := res.RowsAffected(); n == 0 {
				if _, ok := managers[p.ID]; !ok {
					return backend.Errorf(backend.ENOTFOUND, "That person is no longer on the roster.")
				}
				return backend.Errorf(backend.ECONFLICT, "This person was changed elsewhere since you opened them. Reload to see the latest.")
			}
		}
		var err error
		if out, err = scanPerson(tx.QueryRowContext(ctx, `SELECT `+personColumns+` FROM people WHERE id = ?`, p.ID)); err != nil {
			return err
		}
		you := []backend.Person{out}
		err = markYou(ctx, tx, you)
		out = you[0]
		return err
	})
	return out, err
}

// DeletePerson removes a person and their allocations; their reports then
// report to nobody. Returns ENOTFOUND.
// The director's own record cannot be removed (ECONFLICT).
func (d *DB) DeletePerson(ctx context.Context, id int64) error {
	return d.write(ctx, func(tx *sql.Tx) error {
		if you, err := directorID(ctx, tx); err != nil {
			return err
		} else if you == id {
			return backend.Errorf(backend.ECONFLICT, "This is you: you stay on your own team. To change your name, edit it here or in Settings.")
		}
		res, err := tx.ExecContext(ctx, `DELETE FROM people WHERE id = ?`, id)
		if err != nil {
			return fmt.Errorf("delete person: %w", err)
		}
		return mustAffect(res, "That person is no longer on the roster.")
	})
}

// Allocations returns a person's or an account's allocations, or all.
func (d *DB) Allocations(ctx context.Context, personID, accountID int64) ([]backend.Allocation, error) {
	var out []backend.Allocation
	err := d.read(ctx, func(tx *sql.Tx) error {
		var err error
		out, err = allocations(ctx, tx, personID, accountID)
		return err
	})
	return out, err
}

// AccountTeam returns one account's team and coverage on a day, from the
// account, its allocations and the people on them (not the whole roster).
func (d *DB) AccountTeam(ctx context.Context, accountID int64, today time.Time) (backend.AccountTeam, error) {
	var t backend.AccountTeam
	err := d.read(ctx, func(tx *sql.Tx) error {
		a, err := findAccount(ctx, tx, accountID)
		if err != nil {
			return err
		}
		allocs, err := allocations(ctx, tx, 0, accountID)
		if err != nil {
			return err
		}
		ppl := map[int64]backend.Person{}
		err = each(ctx, tx, `SELECT `+personColumns+` FROM people
			WHERE id IN (SELECT person_id FROM allocations WHERE account_id = ?)`, accountID, func(r *sql.Rows) error {
			p, err := scanPerson(r)
			ppl[p.ID] = p
			return err
		})
		if err != nil {
			return err
		}
		t = backend.NewAccountTeam(a, allocs, ppl, today)
		return nil
	})
	return t, err
}

func allocations(ctx context.Context, tx *sql.Tx, personID, accountID int64) ([]backend.Allocation, error) {
	out := []backend.Allocation{}
	rows, err := tx.QueryContext(ctx, `SELECT x.id, x.person_id, x.account_id, a.name, p.name, x.percent, x.role, x.start_date, x.end_date, x.tentative
		FROM allocations x JOIN accounts a ON a.id = x.account_id JOIN people p ON p.id = x.person_id
		WHERE (? = 0 OR x.person_id = ?) AND (? = 0 OR x.account_id = ?)
		ORDER BY a.name, p.name, x.start_date`, personID, personID, accountID, accountID)
	if err != nil {
		return nil, fmt.Errorf("allocations: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var x backend.Allocation
		if err := rows.Scan(&x.ID, &x.PersonID, &x.AccountID, &x.AccountName, &x.PersonName, &x.Percent, &x.Role, &x.StartDate, &x.EndDate, &x.Tentative); err != nil {
			return nil, err
		}
		out = append(out, x)
	}
	return out, rows.Err()
}

// SaveAllocation creates (ID 0) or updates an allocation. Returns EINVALID, ENOTFOUND.
func (d *DB) SaveAllocation(ctx context.Context, x backend.Allocation) (backend.Allocation, error) {
	if err := x.Validate(); err != nil {
		return backend.Allocation{}, err
	}
	err := d.write(ctx, func(tx *sql.Tx) error {
		if err := tx.QueryRowContext(ctx, `SELECT name FROM people WHERE id = ?`, x.PersonID).Scan(&x.PersonName); errors.Is(err, sql.ErrNoRows) {
			return backend.Invalid("personId", "That person is no longer on the roster.")
		} else if err != nil {
			return err
		}
		a, err := findAccount(ctx, tx, x.AccountID)
		if err != nil {
			return backend.Invalid("accountId", "That account no longer exists.")
		}
		x.AccountName = a.Name
		args := []any{x.PersonID, x.AccountID, x.Percent, x.Role, x.StartDate, x.EndDate, x.Tentative}
		if x.ID == 0 {
			res, err := tx.ExecContext(ctx, `INSERT INTO allocations (person_id, account_id, percent, role, start_date, end_date, tentative)
				VALUES (?, ?, ?, ?, ?, ?, ?)`, args...)
			if err != nil {
				return fmt.Errorf("add allocation: %w", err)
			}
			if x.ID, err = res.LastInsertId(); err != nil {
				return err
			}
			return addAccountTasks(ctx, tx, x.PersonID, x, d.now())
		}
		res, err := tx.ExecContext(ctx, `UPDATE allocations SET person_id = ?, account_id = ?, percent = ?, role = ?, start_date = ?,
			end_date = ?, tentative = ? WHERE id = ?`, append(args, x.ID)...)
		if err != nil {
			return fmt.Errorf("update allocation: %w", err)
		}
		return mustAffect(res, "That allocation no longer exists.")
	})
	return x, err
}

// DeleteAllocation removes an allocation. Returns ENOTFOUND.
func (d *DB) DeleteAllocation(ctx context.Context, id int64) error {
	return d.deleteByID(ctx, "allocations", id, "That allocation no longer exists.")
}

// TeamOverview computes the roster with this month's utilization, every
// account's coverage, and a heatmap of the next weeks, from three reads.
func (d *DB) TeamOverview(ctx context.Context, today time.Time, weeks int) (backend.TeamOverview, error) {
	weeks = min(max(weeks, 1), 26)
	// Computed once per workspace state, day and number of weeks (see
	// cache); the result is shared, and callers only read it.
	key, err := d.currentKey(ctx, today)
	if err != nil {
		return backend.TeamOverview{}, err
	}
	d.cache.mu.Lock()
	if d.cache.team != nil && d.cache.teamKey == key && d.cache.teamWeeks == weeks {
		o := *d.cache.team
		d.cache.mu.Unlock()
		return o, nil
	}
	d.cache.mu.Unlock()
	var o backend.TeamOverview
	err = d.read(ctx, func(tx *sql.Tx) error {
		ppl, err := people(ctx, tx)
		if err != nil {
			return err
		}
		allocs, err := allocations(ctx, tx, 0, 0)
		if err != nil {
			return err
		}
		var accounts []backend.Account
		err = each(ctx, tx, `SELECT `+accountColumns+` FROM accounts WHERE status != ? ORDER BY name`, backend.StatusChurned, func(r *sql.Rows) error {
			a, err := scanAccount(r)
			accounts = append(accounts, a)
			return err
		})
		if err != nil {
			return err
		}
		o = backend.TeamOverviewOf(ppl, allocs, accounts, today, weeks)
		return nil
	})
	if err != nil {
		return o, err
	}
	if now, kerr := d.currentKey(ctx, today); kerr == nil && now == key { // nothing changed while it was computed
		d.cache.mu.Lock()
		d.cache.team, d.cache.teamKey, d.cache.teamWeeks = &o, key, weeks
		d.cache.mu.Unlock()
	}
	returnMemory()
	return o, nil
}

// CheckAllocation tells what saving x would do to the person's load (see
// backend.CheckAllocation), from the person and their allocations; it saves
// nothing. Returns EINVALID.
func (d *DB) CheckAllocation(ctx context.Context, x backend.Allocation) (backend.AllocationCheck, error) {
	// Which account does not change the load: one may not be chosen yet.
	valid := x
	valid.AccountID = max(valid.AccountID, 1)
	if err := valid.Validate(); err != nil {
		return backend.AllocationCheck{}, err
	}
	var c backend.AllocationCheck
	err := d.read(ctx, func(tx *sql.Tx) error {
		p, err := scanPerson(tx.QueryRowContext(ctx, `SELECT `+personColumns+` FROM people WHERE id = ?`, x.PersonID))
		if errors.Is(err, sql.ErrNoRows) {
			return backend.Invalid("personId", "That person is no longer on the roster.")
		} else if err != nil {
			return fmt.Errorf("person: %w", err)
		}
		allocs, err := allocations(ctx, tx, x.PersonID, 0)
		if err != nil {
			return err
		}
		c = backend.CheckAllocation(p, allocs, x)
		return nil
	})
	return c, err
}

// LoggedHours returns the hours a person's timesheets logged per account and
// month since the month of from, beside what their allocations planned
// (backend.LoggedAgainstPlan).
func (d *DB) LoggedHours(ctx context.Context, personID int64, from time.Time) ([]backend.LoggedHours, error) {
	var out []backend.LoggedHours
	err := d.read(ctx, func(tx *sql.Tx) error {
		p, err := scanPerson(tx.QueryRowContext(ctx, `SELECT `+personColumns+` FROM people WHERE id = ?`, personID))
		if errors.Is(err, sql.ErrNoRows) {
			return backend.Errorf(backend.ENOTFOUND, "Person %d does not exist.", personID)
		} else if err != nil {
			return fmt.Errorf("logged hours: %w", err)
		}
		allocs, err := allocations(ctx, tx, personID, 0)
		if err != nil {
			return err
		}
		var logged []backend.PersonMonthHours
		err = eachRow(ctx, tx, `SELECT h.account_id, a.name, h.month, h.hours FROM person_hours h JOIN accounts a ON a.id = h.account_id
			WHERE h.person_id = ? AND h.month >= ? ORDER BY h.month DESC, a.name`, []any{personID, from.Format("2006-01")}, func(r *sql.Rows) error {
			var l backend.PersonMonthHours
			err := r.Scan(&l.AccountID, &l.AccountName, &l.Month, &l.Hours)
			logged = append(logged, l)
			return err
		})
		if err != nil {
			return fmt.Errorf("logged hours: %w", err)
		}
		out = backend.LoggedAgainstPlan(p, allocs, logged)
		return nil
	})
	return out, err
}
