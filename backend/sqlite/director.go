package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"accountdesk/backend"
)

// keyDirector holds the id of the director's own record in people.
const keyDirector = "director_person_id"

// directorID returns the director's person id, or 0 when the workspace has
// not linked one or that person is gone.
func directorID(ctx context.Context, tx *sql.Tx) (int64, error) {
	var id int64
	ok, err := getSetting(ctx, tx, keyDirector, &id)
	if err != nil || !ok || id == 0 {
		return 0, err
	}
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM people WHERE id = ?`, id).Scan(&n); err != nil {
		return 0, fmt.Errorf("director: %w", err)
	}
	if n == 0 {
		return 0, nil
	}
	return id, nil
}

// EnsureDirector links the director to their record on the roster, adding it
// when there is none (see backend.SettingsService).
func (d *DB) EnsureDirector(ctx context.Context, name string, today time.Time) (backend.Person, error) {
	var out backend.Person
	err := d.write(ctx, func(tx *sql.Tx) error {
		id, err := directorID(ctx, tx)
		if err != nil {
			return err
		}
		s := backend.DefaultSettings()
		if _, err := getSetting(ctx, tx, keySettings, &s); err != nil {
			return err
		}
		if id == 0 {
			name = backend.DirectorNameFrom(s.DirectorName, name, "")
			everyone, err := people(ctx, tx)
			if err != nil {
				return err
			}
			if id = backend.DirectorAmong(everyone, name); id == 0 {
				if id, err = addDirector(ctx, tx, name, today); err != nil {
					return err
				}
			}
			if err := putSetting(ctx, tx, keyDirector, id, d.now()); err != nil {
				return err
			}
		}
		if out, err = scanPerson(tx.QueryRowContext(ctx, `SELECT `+personColumns+` FROM people WHERE id = ?`, id)); err != nil {
			return fmt.Errorf("director: %w", err)
		}
		out.You = true
		if s.DirectorName != out.Name {
			s.DirectorName = out.Name
			return putSetting(ctx, tx, keySettings, s, d.now())
		}
		return nil
	})
	return out, err
}

func addDirector(ctx context.Context, tx *sql.Tx, name string, today time.Time) (int64, error) {
	roles, err := roles(ctx, tx)
	if err != nil {
		return 0, err
	}
	p := backend.NewDirector(name, roles, today)
	if err := p.Validate(); err != nil {
		return 0, err
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO people (name, role, start_date, status, capacity_hours_per_week) VALUES (?, ?, ?, ?, ?)`,
		p.Name, p.Role, p.StartDate, p.Status, p.CapacityHoursPerWeek)
	if err != nil {
		return 0, fmt.Errorf("add director: %w", err)
	}
	return res.LastInsertId()
}

// renameDirector gives the director's record (id; 0 for none yet) the name
// typed in Settings.
func renameDirector(ctx context.Context, tx *sql.Tx, id int64, name string) error {
	if id == 0 {
		return nil
	}
	if name == "" {
		return backend.Invalid("directorName", "Enter your name: it is you on your team and on your exports.")
	}
	if _, err := tx.ExecContext(ctx, `UPDATE people SET name = ?, version = version + 1 WHERE id = ? AND name != ?`, name, id, name); err != nil {
		return fmt.Errorf("rename director: %w", err)
	}
	return nil
}

// withDirector fills the settings' director from their record on the team.
func withDirector(ctx context.Context, tx *sql.Tx, s *backend.Settings) error {
	id, err := directorID(ctx, tx)
	if err != nil || id == 0 {
		return err
	}
	s.DirectorPersonID = id
	return tx.QueryRowContext(ctx, `SELECT name FROM people WHERE id = ?`, id).Scan(&s.DirectorName)
}

// markYou sets You on the director's record among people.
func markYou(ctx context.Context, tx *sql.Tx, people []backend.Person) error {
	id, err := directorID(ctx, tx)
	if err != nil || id == 0 {
		return err
	}
	for i := range people {
		people[i].You = people[i].ID == id
	}
	return nil
}
