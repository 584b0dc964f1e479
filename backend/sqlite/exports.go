package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
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
	files, _ := json.Marshal(r.Files)
	err := d.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO export_runs (started_at, what, formats, destination, ok, message, files) VALUES (?, ?, ?, ?, ?, ?, ?)`,
			r.StartedAt, r.What, r.Formats, r.Destination, r.OK, r.Message, string(files))
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
		return each(ctx, tx, `SELECT id, started_at, what, formats, destination, ok, message, files FROM export_runs ORDER BY id DESC LIMIT ?`,
			min(max(limit, 1), 500), func(rows *sql.Rows) error {
				var r backend.ExportRun
				var files string
				if err := rows.Scan(&r.ID, &r.StartedAt, &r.What, &r.Formats, &r.Destination, &r.OK, &r.Message, &files); err != nil {
					return err
				}
				if err := json.Unmarshal([]byte(files), &r.Files); err != nil {
					return err
				}
				out = append(out, r)
				return nil
			})
	})
	return out, err
}
