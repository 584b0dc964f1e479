package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"accountdesk/backend"
)

var _ backend.OneOnOneService = (*DB)(nil)

// Schedules returns the schedule of each of the director's direct reports
// (people who report to the director and have not left), the missed first.
// Without a director on the roster there are none.
func (d *DB) Schedules(ctx context.Context, today time.Time) ([]backend.Schedule, error) {
	rows := []backend.Schedule{}
	err := d.read(ctx, func(tx *sql.Tx) error {
		me, err := directorID(ctx, tx)
		if err != nil || me == 0 {
			return err
		}
		return eachRow(ctx, tx, `SELECT p.id, p.name, COALESCE(c.cadence, 'none'), COALESCE(c.since, ''),
				COALESCE((SELECT max(o.date) FROM one_on_ones o WHERE o.person_id = p.id AND o.date <= ?), '')
			FROM people p LEFT JOIN one_on_one_cadences c ON c.person_id = p.id
			WHERE p.reports_to = ? AND p.status != 'left' ORDER BY p.name, p.id`,
			[]any{today.Format(time.DateOnly), me}, func(r *sql.Rows) error {
				var s backend.Schedule
				err := r.Scan(&s.PersonID, &s.PersonName, &s.Cadence, &s.Since, &s.LastHeld)
				rows = append(rows, s)
				return err
			})
	})
	if err != nil {
		return nil, fmt.Errorf("1:1 schedules: %w", err)
	}
	return backend.SchedulesOf(rows, today), nil
}

// SetCadence sets how often the director meets personID one to one; a
// changed cadence keeps the day the first was set. Returns EINVALID (not a
// cadence, or not a direct report), ENOTFOUND.
func (d *DB) SetCadence(ctx context.Context, personID int64, cadence string, today time.Time) (backend.Schedule, error) {
	if !backend.ValidCadence(cadence) {
		return backend.Schedule{}, backend.Invalid("cadence", "Choose weekly, fortnightly, monthly or none.")
	}
	err := d.write(ctx, func(tx *sql.Tx) error {
		var reportsTo int64
		err := tx.QueryRowContext(ctx, `SELECT COALESCE(reports_to, 0) FROM people WHERE id = ?`, personID).Scan(&reportsTo)
		if errors.Is(err, sql.ErrNoRows) {
			return backend.Errorf(backend.ENOTFOUND, "That person is no longer on the roster.")
		} else if err != nil {
			return fmt.Errorf("set cadence: %w", err)
		}
		me, err := directorID(ctx, tx)
		if err != nil {
			return err
		}
		if me == 0 || reportsTo != me {
			return backend.Invalid("cadence", "1:1s are planned with the people who report to you: set their Reports to first.")
		}
		if cadence == backend.CadenceNone {
			_, err = tx.ExecContext(ctx, `DELETE FROM one_on_one_cadences WHERE person_id = ?`, personID)
		} else {
			_, err = tx.ExecContext(ctx, `INSERT INTO one_on_one_cadences (person_id, cadence, since) VALUES (?, ?, ?)
				ON CONFLICT (person_id) DO UPDATE SET cadence = excluded.cadence`, personID, cadence, today.Format(time.DateOnly))
		}
		if err != nil {
			return fmt.Errorf("set cadence: %w", err)
		}
		return nil
	})
	if err != nil {
		return backend.Schedule{}, err
	}
	all, err := d.Schedules(ctx, today)
	for _, s := range all {
		if s.PersonID == personID {
			return s, err
		}
	}
	return backend.Schedule{PersonID: personID, Cadence: backend.CadenceNone}, err
}

// OneOnOnes lists a person's 1:1s, newest first.
func (d *DB) OneOnOnes(ctx context.Context, personID int64) ([]backend.OneOnOneSummary, error) {
	out := []backend.OneOnOneSummary{}
	err := d.read(ctx, func(tx *sql.Tx) error {
		return each(ctx, tx, `SELECT id, date,
				(SELECT count(*) FROM json_each(points)),
				(SELECT count(*) FROM json_each(points) WHERE IFNULL(json_extract(value, '$.done'), 0) = 0),
				(SELECT count(*) FROM json_each(actions) WHERE IFNULL(json_extract(value, '$.done'), 0) = 0)
			FROM one_on_ones WHERE person_id = ? ORDER BY date DESC`, personID, func(r *sql.Rows) error {
			var s backend.OneOnOneSummary
			err := r.Scan(&s.ID, &s.Date, &s.Points, &s.OpenPoints, &s.OpenActions)
			out = append(out, s)
			return err
		})
	})
	if err != nil {
		return nil, fmt.Errorf("list 1:1s: %w", err)
	}
	return out, nil
}

const oneOnOneColumns = `id, person_id, date, points, shared_notes, private_notes, actions, version`

func scanOneOnOne(row interface{ Scan(...any) error }) (backend.OneOnOne, error) {
	var m backend.OneOnOne
	var points, actions string
	if err := row.Scan(&m.ID, &m.PersonID, &m.Date, &points, &m.SharedNotes, &m.PrivateNotes, &actions, &m.Version); err != nil {
		return m, err
	}
	if err := json.Unmarshal([]byte(points), &m.Points); err != nil {
		return m, fmt.Errorf("1:1 points: %w", err)
	}
	if err := json.Unmarshal([]byte(actions), &m.Actions); err != nil {
		return m, fmt.Errorf("1:1 actions: %w", err)
	}
	m.Normalize()
	return m, nil
}

func findOneOnOne(ctx context.Context, tx *sql.Tx, id int64) (backend.OneOnOne, error) {
	m, err := scanOneOnOne(tx.QueryRowContext(ctx, `SELECT `+oneOnOneColumns+` FROM one_on_ones WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return m, backend.Errorf(backend.ENOTFOUND, "That 1:1 no longer exists.")
	} else if err != nil {
		return m, fmt.Errorf("read 1:1: %w", err)
	}
	return m, nil
}

// OneOnOne returns one 1:1. Returns ENOTFOUND.
func (d *DB) OneOnOne(ctx context.Context, id int64) (backend.OneOnOne, error) {
	var out backend.OneOnOne
	err := d.read(ctx, func(tx *sql.Tx) (err error) {
		out, err = findOneOnOne(ctx, tx, id)
		return err
	})
	return out, err
}

// StartOneOnOne returns the person's 1:1 on date, creating it with the
// unchecked talking points of the 1:1 before it. Returns EINVALID (no date,
// or the director's own record), ENOTFOUND.
func (d *DB) StartOneOnOne(ctx context.Context, personID int64, date string) (backend.OneOnOne, error) {
	m := backend.OneOnOne{PersonID: personID, Date: date}
	if err := m.Validate(); err != nil {
		return m, err
	}
	var out backend.OneOnOne
	err := d.write(ctx, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM people WHERE id = ?`, personID).Scan(&n); err != nil {
			return fmt.Errorf("start 1:1: %w", err)
		} else if n == 0 {
			return backend.Errorf(backend.ENOTFOUND, "That person is no longer on the roster.")
		}
		if me, err := directorID(ctx, tx); err != nil {
			return err
		} else if me == personID {
			return backend.Invalid("personId", "A 1:1 is with someone on your team, not with yourself.")
		}
		var id int64
		err := tx.QueryRowContext(ctx, `SELECT id FROM one_on_ones WHERE person_id = ? AND date = ?`, personID, date).Scan(&id)
		if errors.Is(err, sql.ErrNoRows) {
			prev, err := scanOneOnOne(tx.QueryRowContext(ctx, `SELECT `+oneOnOneColumns+` FROM one_on_ones
				WHERE person_id = ? AND date < ? ORDER BY date DESC LIMIT 1`, personID, date))
			if err != nil && !errors.Is(err, sql.ErrNoRows) {
				return fmt.Errorf("previous 1:1: %w", err)
			}
			points, _ := json.Marshal(backend.CarryOver(prev))
			res, err := tx.ExecContext(ctx, `INSERT INTO one_on_ones (person_id, date, points) VALUES (?, ?, ?)`, personID, date, string(points))
			if err != nil {
				return fmt.Errorf("start 1:1: %w", err)
			}
			if id, err = res.LastInsertId(); err != nil {
				return fmt.Errorf("start 1:1: %w", err)
			}
		} else if err != nil {
			return fmt.Errorf("start 1:1: %w", err)
		}
		out, err = findOneOnOne(ctx, tx, id)
		return err
	})
	return out, err
}

// SaveOneOnOne saves a 1:1's date, points, notes and actions; new points and
// actions get keys. Returns EINVALID, ENOTFOUND, ECONFLICT (changed
// elsewhere, or another 1:1 with the person on that date).
func (d *DB) SaveOneOnOne(ctx context.Context, m backend.OneOnOne) (backend.OneOnOne, error) {
	m.Normalize()
	if err := m.Validate(); err != nil {
		return backend.OneOnOne{}, err
	}
	for i := range m.Points {
		if m.Points[i].Key == "" {
			m.Points[i].Key = newKey()
		}
	}
	for i := range m.Actions {
		if m.Actions[i].Key == "" {
			m.Actions[i].Key = newKey()
		}
	}
	var out backend.OneOnOne
	err := d.write(ctx, func(tx *sql.Tx) error {
		old, err := findOneOnOne(ctx, tx, m.ID)
		if err != nil {
			return err
		}
		if old.Version != m.Version {
			return backend.Errorf(backend.ECONFLICT, "This 1:1 was changed elsewhere since you opened it. Reload to see the latest.")
		}
		var clash int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM one_on_ones WHERE person_id = ? AND date = ? AND id != ?`,
			old.PersonID, m.Date, m.ID).Scan(&clash); err != nil {
			return fmt.Errorf("save 1:1: %w", err)
		} else if clash > 0 {
			return backend.Invalid("date", "There is already a 1:1 with them on that day.")
		}
		points, _ := json.Marshal(m.Points)
		actions, _ := json.Marshal(m.Actions)
		if _, err := tx.ExecContext(ctx, `UPDATE one_on_ones SET date = ?, points = ?, shared_notes = ?, private_notes = ?,
			actions = ?, version = version + 1 WHERE id = ?`, m.Date, string(points), m.SharedNotes, m.PrivateNotes, string(actions), m.ID); err != nil {
			return fmt.Errorf("save 1:1: %w", err)
		}
		out, err = findOneOnOne(ctx, tx, m.ID)
		return err
	})
	return out, err
}

// DeleteOneOnOne removes a 1:1 and its draft. Returns ENOTFOUND.
func (d *DB) DeleteOneOnOne(ctx context.Context, id int64) error {
	return d.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `DELETE FROM one_on_ones WHERE id = ?`, id)
		if err != nil {
			return fmt.Errorf("delete 1:1: %w", err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return backend.Errorf(backend.ENOTFOUND, "That 1:1 no longer exists.")
		}
		return nil
	})
}

// actionItems reads the 1:1 actions of the 1:1s the condition selects (an
// SQL condition over one_on_ones o, with its arguments).
func actionItems(ctx context.Context, tx *sql.Tx, where string, args []any) ([]backend.ActionItem, error) {
	out := []backend.ActionItem{}
	err := eachRow(ctx, tx, `SELECT o.id, o.person_id, p.name, o.date, a.value
		FROM one_on_ones o JOIN people p ON p.id = o.person_id, json_each(o.actions) a
		WHERE `+where+` ORDER BY o.date, a.key`, args, func(r *sql.Rows) error {
		var x backend.ActionItem
		var raw string
		if err := r.Scan(&x.OneOnOneID, &x.PersonID, &x.PersonName, &x.Date, &raw); err != nil {
			return err
		}
		out = append(out, x)
		return json.Unmarshal([]byte(raw), &out[len(out)-1].Action)
	})
	if err != nil {
		return nil, fmt.Errorf("1:1 actions: %w", err)
	}
	return out, nil
}

// OneOnOneActions lists the open actions of every 1:1, overdue first.
func (d *DB) OneOnOneActions(ctx context.Context, today time.Time) ([]backend.ActionItem, error) {
	var all []backend.ActionItem
	err := d.read(ctx, func(tx *sql.Tx) (err error) {
		all, err = actionItems(ctx, tx, `IFNULL(json_extract(a.value, '$.done'), 0) = 0`, nil)
		return err
	})
	if err != nil {
		return nil, err
	}
	return backend.OpenActions(all, today), nil
}
