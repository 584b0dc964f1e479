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

// Ensure the interface is implemented.
var _ backend.SettingsService = (*DB)(nil)

const (
	keySettings    = "workspace"
	keyWindowState = "window"
)

// Settings returns the workspace settings; defaults fill what was never set.
// A CSV style never chosen is the one the computer's locale expects (see
// SetLocale).
func (d *DB) Settings(ctx context.Context) (backend.Settings, error) {
	s := backend.DefaultSettings()
	err := d.read(ctx, func(tx *sql.Tx) error {
		if _, err := getSetting(ctx, tx, keySettings, &s); err != nil {
			return err
		}
		return withDirector(ctx, tx, &s)
	})
	return d.withLocaleDefaults(s), err
}

// SetLocale tells the store the computer's locale ("de_CH.UTF-8", "fr-FR"),
// from which settings the user never chose take their value: the CSV style.
// app/ reads it from the operating system. Call it before use, like SetClock.
func (d *DB) SetLocale(locale string) {
	d.locale, d.csvDefault = locale, backend.CSVStyleForLocale(locale)
}

// Locale is the computer's locale as SetLocale was told it ("" if never):
// the exported documents write their dates as it does.
func (d *DB) Locale() string { return d.locale }

func (d *DB) withLocaleDefaults(s backend.Settings) backend.Settings {
	if s.CSVStyle == "" {
		s.CSVStyle = d.csvDefault
	}
	if s.CSVStyle == "" {
		s.CSVStyle = backend.CSVStyleForLocale("") // no locale given
	}
	return s
}

// UpdateSettings validates s and stores it. Returns EINVALID with the field.
func (d *DB) UpdateSettings(ctx context.Context, s backend.Settings) (backend.Settings, error) {
	s.Normalize()
	if err := s.Validate(); err != nil {
		return backend.Settings{}, err
	}
	err := d.write(ctx, func(tx *sql.Tx) error {
		id, err := directorID(ctx, tx)
		if err != nil {
			return err
		}
		if err := renameDirector(ctx, tx, id, s.DirectorName); err != nil {
			return err
		}
		s.DirectorPersonID = 0 // the link is the store's (keyDirector), not the caller's
		if err := putSetting(ctx, tx, keySettings, s, d.now()); err != nil {
			return err
		}
		s.DirectorPersonID = id // and the name is the one just given to that record
		return nil
	})
	if err != nil {
		return backend.Settings{}, err
	}
	return d.withLocaleDefaults(s), nil
}

// WindowState returns the remembered window geometry; ok is false if none.
func (d *DB) WindowState(ctx context.Context) (backend.WindowState, bool, error) {
	var w backend.WindowState
	var ok bool
	err := d.read(ctx, func(tx *sql.Tx) error {
		var err error
		ok, err = getSetting(ctx, tx, keyWindowState, &w)
		return err
	})
	return w, ok, err
}

// SaveWindowState remembers the window geometry.
func (d *DB) SaveWindowState(ctx context.Context, w backend.WindowState) error {
	return d.write(ctx, func(tx *sql.Tx) error {
		return putSetting(ctx, tx, keyWindowState, w, d.now())
	})
}

func getSetting(ctx context.Context, tx *sql.Tx, key string, into any) (bool, error) {
	var raw string
	err := tx.QueryRowContext(ctx, `SELECT value FROM settings WHERE key = ?`, key).Scan(&raw)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	} else if err != nil {
		return false, fmt.Errorf("read setting %q: %w", key, err)
	}
	if err := json.Unmarshal([]byte(raw), into); err != nil {
		return false, fmt.Errorf("decode setting %q: %w", key, err)
	}
	return true, nil
}

func putSetting(ctx context.Context, tx *sql.Tx, key string, value any, now time.Time) error {
	raw, err := json.Marshal(value)
	if err != nil {
		return fmt.Errorf("encode setting %q: %w", key, err)
	}
	_, err = tx.ExecContext(ctx, `
		INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
		key, string(raw), now.UTC().Format(time.RFC3339))
	if err != nil {
		return fmt.Errorf("write setting %q: %w", key, err)
	}
	return nil
}
