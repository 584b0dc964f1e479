package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"accountdesk/backend"
)

var _ backend.ExportRunService = (*DB)(nil)

// RecordExportRun stores a run.
func (d *DB) RecordExportRun(ctx context.Context, r backend.ExportRun) (backend.ExportRun, error) {
	if r.StartedAt == "" {
		r.StartedAt = d.stamp()
	}
	if r.Files == nil {
		r.Files = []backend.ExportRunFile{}
	}
	if r.LeftBehind == nil {
		r.LeftBehind = []string{}
	}
	files, _ := json.Marshal(r.Files)
	left, _ := json.Marshal(r.LeftBehind)
	err := d.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO export_runs (started_at, what, formats, destination, ok, message, files, left_behind) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
			r.StartedAt, r.What, r.Formats, r.Destination, r.OK, r.Message, string(files), string(left))
		if err != nil {
			return fmt.Errorf("record export: %w", err)
		}
		r.ID, err = res.LastInsertId()
		return err
	})
	return r, err
}

// ExportRuns returns the latest runs, newest first.
func (d *DB) ExportRuns(ctx context.Context, limit int) ([]backend.ExportRun, error) {
	out := []backend.ExportRun{}
	err := d.read(ctx, func(tx *sql.Tx) error {
		return each(ctx, tx, `SELECT id, started_at, what, formats, destination, ok, message, files, left_behind FROM export_runs ORDER BY id DESC LIMIT ?`,
			min(max(limit, 1), 500), func(rows *sql.Rows) error {
				var r backend.ExportRun
				var files, left string
				if err := rows.Scan(&r.ID, &r.StartedAt, &r.What, &r.Formats, &r.Destination, &r.OK, &r.Message, &files, &left); err != nil {
					return err
				}
				if err := json.Unmarshal([]byte(files), &r.Files); err != nil {
					return err
				}
				if err := json.Unmarshal([]byte(left), &r.LeftBehind); err != nil {
					return err
				}
				out = append(out, r)
				return nil
			})
	})
	return out, err
}

// LastExport returns an account's plan summary as it was last exported, and
// when; nil when it never was.
func (d *DB) LastExport(ctx context.Context, accountID int64) ([]byte, string, error) {
	var summary []byte
	var at string
	err := d.read(ctx, func(tx *sql.Tx) error {
		err := tx.QueryRowContext(ctx, `SELECT summary, exported_at FROM export_snapshots WHERE account_id = ?`, accountID).Scan(&summary, &at)
		if errors.Is(err, sql.ErrNoRows) {
			summary, at = nil, ""
			return nil
		}
		if err != nil {
			return fmt.Errorf("last export of account %d: %w", accountID, err)
		}
		return nil
	})
	return summary, at, err
}

// SaveExportSnapshots records the plan summaries an export has just written,
// one per account, in one transaction.
func (d *DB) SaveExportSnapshots(ctx context.Context, summaries map[int64][]byte) error {
	if len(summaries) == 0 {
		return nil
	}
	at := d.stamp()
	return d.write(ctx, func(tx *sql.Tx) error {
		stmt, err := tx.PrepareContext(ctx, `INSERT INTO export_snapshots (account_id, exported_at, summary) VALUES (?, ?, ?)
			ON CONFLICT (account_id) DO UPDATE SET exported_at = excluded.exported_at, summary = excluded.summary`)
		if err != nil {
			return fmt.Errorf("save export snapshots: %w", err)
		}
		defer stmt.Close()
		for id, s := range summaries {
			if _, err := stmt.ExecContext(ctx, id, at, string(s)); err != nil {
				return fmt.Errorf("save export snapshot of account %d: %w", id, err)
			}
		}
		return nil
	})
}

const keyExportPlaces = "exportPlaces"

// ExportPlaces returns the saved export destinations, by name.
func (d *DB) ExportPlaces(ctx context.Context) ([]backend.ExportPlace, error) {
	places := []backend.ExportPlace{}
	err := d.read(ctx, func(tx *sql.Tx) error {
		_, err := getSetting(ctx, tx, keyExportPlaces, &places)
		return err
	})
	return places, err
}

// SaveExportPlaces replaces the saved export destinations.
func (d *DB) SaveExportPlaces(ctx context.Context, places []backend.ExportPlace) error {
	return d.write(ctx, func(tx *sql.Tx) error {
		return putSetting(ctx, tx, keyExportPlaces, places, d.now())
	})
}

// ExportLeftovers returns the files earlier runs could not remove from a
// destination, to remove them the next time it can be reached.
func (d *DB) ExportLeftovers(ctx context.Context, destination string) ([]string, error) {
	names := []string{}
	err := d.read(ctx, func(tx *sql.Tx) error {
		return each(ctx, tx, `SELECT name FROM export_leftovers WHERE destination = ? ORDER BY id`, destination, func(rows *sql.Rows) error {
			var n string
			if err := rows.Scan(&n); err != nil {
				return err
			}
			names = append(names, n)
			return nil
		})
	})
	return names, err
}

// UpdateExportLeftovers forgets the names in gone and remembers those in
// left for a destination, in one transaction.
func (d *DB) UpdateExportLeftovers(ctx context.Context, destination string, gone, left []string) error {
	if len(gone) == 0 && len(left) == 0 {
		return nil
	}
	at := d.stamp()
	return d.write(ctx, func(tx *sql.Tx) error {
		for _, n := range gone {
			if _, err := tx.ExecContext(ctx, `DELETE FROM export_leftovers WHERE destination = ? AND name = ?`, destination, n); err != nil {
				return fmt.Errorf("forget export leftover: %w", err)
			}
		}
		for _, n := range left {
			if _, err := tx.ExecContext(ctx, `INSERT INTO export_leftovers (destination, name, left_at) VALUES (?, ?, ?)
				ON CONFLICT (destination, name) DO UPDATE SET left_at = excluded.left_at`, destination, n, at); err != nil {
				return fmt.Errorf("remember export leftover: %w", err)
			}
		}
		return nil
	})
}

// WorkspaceID returns the workspace's stable id (made when it was created,
// or when it was first upgraded to this version).
func (d *DB) WorkspaceID(ctx context.Context) (string, error) {
	var id string
	err := d.read(ctx, func(tx *sql.Tx) error {
		ok, err := getSetting(ctx, tx, "workspace_id", &id)
		if err == nil && !ok {
			err = fmt.Errorf("workspace has no id")
		}
		return err
	})
	return id, err
}
