package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"accountdesk/backend"
	"accountdesk/backend/importer"
)

// ImportBatches lists the recorded imports, newest first.
func (d *DB) ImportBatches(ctx context.Context) ([]backend.ImportBatch, error) {
	out := []backend.ImportBatch{}
	err := d.read(ctx, func(tx *sql.Tx) error {
		return eachRow(ctx, tx, `SELECT `+batchColumns+` FROM import_batches ORDER BY id DESC`, nil, func(rows *sql.Rows) error {
			b, err := scanBatch(rows)
			out = append(out, b)
			return err
		})
	})
	return out, err
}

const batchColumns = `id, kind, source, file_name, sha256, imported_at, undone_at, created, updated, unchanged, skipped, failed`

func scanBatch(row interface{ Scan(...any) error }) (backend.ImportBatch, error) {
	var b backend.ImportBatch
	err := row.Scan(&b.ID, &b.Kind, &b.Source, &b.FileName, &b.SHA256, &b.ImportedAt, &b.UndoneAt,
		&b.Created, &b.Updated, &b.Unchanged, &b.Skipped, &b.Failed)
	return b, err
}

func findBatch(ctx context.Context, tx *sql.Tx, id int64) (backend.ImportBatch, error) {
	b, err := scanBatch(tx.QueryRowContext(ctx, `SELECT `+batchColumns+` FROM import_batches WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return b, backend.Errorf(backend.ENOTFOUND, "There is no import batch %d.", id)
	} else if err != nil {
		return b, fmt.Errorf("find batch %d: %w", id, err)
	}
	return b, nil
}

// FailedImportRows returns a batch's failed rows with the file's header.
// Returns ENOTFOUND.
func (d *DB) FailedImportRows(ctx context.Context, batch int64) (backend.FailedRows, error) {
	out := backend.FailedRows{Rows: []backend.ImportRowResult{}}
	err := d.read(ctx, func(tx *sql.Tx) error {
		if _, err := findBatch(ctx, tx, batch); err != nil {
			return err
		}
		var header string
		if err := tx.QueryRowContext(ctx, `SELECT header FROM import_batches WHERE id = ?`, batch).Scan(&header); err != nil {
			return fmt.Errorf("batch header: %w", err)
		}
		if err := json.Unmarshal([]byte(header), &out.Header); err != nil {
			return fmt.Errorf("batch header: %w", err)
		}
		return each(ctx, tx, `SELECT line, col, reason, cells FROM import_failures WHERE batch_id = ? ORDER BY line`, batch,
			func(rows *sql.Rows) error {
				row := backend.ImportRowResult{Action: backend.RowFailed}
				var cells string
				if err := rows.Scan(&row.Line, &row.Column, &row.Reason, &cells); err != nil {
					return err
				}
				if err := json.Unmarshal([]byte(cells), &row.Cells); err != nil {
					return fmt.Errorf("failed row cells: %w", err)
				}
				out.Rows = append(out.Rows, row)
				return nil
			})
	})
	return out, err
}

// SaveImportMapping remembers m for the next file shaped like header.
// Returns EINVALID for a mapping that does not fit the header.
func (d *DB) SaveImportMapping(ctx context.Context, header []string, m backend.ImportMapping) error {
	if err := importer.CheckMapping(m); err != nil {
		return err
	}
	if _, err := importer.Bind(m, header); err != nil {
		return err
	}
	m.Source = importer.SourceOf(m)
	data, _ := json.Marshal(m)
	return d.write(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO import_mappings (shape, mapping, saved_at) VALUES (?, ?, ?)
			ON CONFLICT (shape) DO UPDATE SET mapping = excluded.mapping, saved_at = excluded.saved_at`,
			importer.Shape(header), string(data), d.stamp())
		if err != nil {
			return fmt.Errorf("save import mapping: %w", err)
		}
		return nil
	})
}

// ImportMappingFor returns the mapping saved for files shaped like header.
// Returns ENOTFOUND when none was saved.
func (d *DB) ImportMappingFor(ctx context.Context, header []string) (backend.ImportMapping, error) {
	var m backend.ImportMapping
	err := d.read(ctx, func(tx *sql.Tx) error {
		var data string
		err := tx.QueryRowContext(ctx, `SELECT mapping FROM import_mappings WHERE shape = ?`, importer.Shape(header)).Scan(&data)
		if errors.Is(err, sql.ErrNoRows) {
			return backend.Errorf(backend.ENOTFOUND, "No mapping was saved for files with these columns.")
		} else if err != nil {
			return fmt.Errorf("import mapping: %w", err)
		}
		if err := json.Unmarshal([]byte(data), &m); err != nil {
			return fmt.Errorf("import mapping: %w", err)
		}
		return nil
	})
	return m, err
}
