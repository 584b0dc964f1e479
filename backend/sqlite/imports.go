package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"accountdesk/backend"
	"accountdesk/backend/importer"
)

var _ backend.ImportService = (*DB)(nil)

// errPreview rolls a preview's transaction back once every row has run.
var errPreview = errors.New("preview: roll back")

// PreviewImport runs the import of in inside a transaction that is rolled
// back: the same code as Import, so what it shows is what Import does.
// Returns EINVALID for a mapping that does not fit the file.
func (d *DB) PreviewImport(ctx context.Context, in backend.ImportInput) (backend.ImportResult, error) {
	return d.runImport(ctx, in, false)
}

// Import imports in, in one transaction, as a new batch. Rows that fail
// are left out and reported; the rest is imported. Returns EINVALID as
// PreviewImport does; a file that cannot be read to its end imports nothing.
func (d *DB) Import(ctx context.Context, in backend.ImportInput) (backend.ImportResult, error) {
	return d.runImport(ctx, in, true)
}

func (d *DB) runImport(ctx context.Context, in backend.ImportInput, keep bool) (backend.ImportResult, error) {
	if err := importer.CheckMapping(in.Mapping); err != nil {
		return backend.ImportResult{}, err
	}
	b, err := importer.NewBinding(in.Mapping, in.Header)
	if err != nil {
		return backend.ImportResult{}, err
	}
	res := backend.ImportResult{Kind: b.Kind, Source: b.Source, FileName: in.FileName, Header: in.Header, Rows: []backend.ImportRowResult{}, PeopleNotOnTeam: []string{}}
	run := func(tx *sql.Tx) error {
		r := &importRun{ctx: ctx, tx: tx, b: b, res: &res, now: d.stamp()}
		settings := backend.DefaultSettings()
		if _, err := getSetting(ctx, tx, keySettings, &settings); err != nil {
			return err
		}
		r.fiscal = backend.FiscalYearOf(d.now(), settings.FiscalYearStartMonth).Label
		if err := r.begin(in); err != nil {
			return err
		}
		if err := r.rows(in.Rows); err != nil {
			return err
		}
		if err := r.finish(); err != nil {
			return err
		}
		if !keep {
			return errPreview
		}
		return nil
	}
	err = d.write(ctx, run) // a preview returns errPreview: rolled back, nothing to reload
	if errors.Is(err, errPreview) {
		res.Batch, err = 0, nil
	}
	if err != nil {
		return backend.ImportResult{}, err
	}
	return res, nil
}

// importRun is one pass over a file's rows inside one transaction.
type importRun struct {
	ctx   context.Context
	tx    *sql.Tx
	b     importer.Binding
	res   *backend.ImportResult
	now   string
	batch int64
	seq   int

	accounts *importer.Accounts
	byID     map[int64]backend.Account
	seen     map[string]int // a record's key → the line that first named it
	people   map[int64][]backend.Stakeholder
	plans    map[int64]*currentPlan
	hours    *hoursTotals
	fiscal   string                // this fiscal year's plan period (FY2027): where a pipeline goes when an account has no plan
	wide     []importer.WideColumn // month columns of a one-column-per-month file
}

func (r *importRun) begin(in backend.ImportInput) error {
	header, _ := json.Marshal(in.Header)
	res, err := r.tx.ExecContext(r.ctx, `INSERT INTO import_batches (kind, source, file_name, sha256, header, imported_at)
		VALUES (?, ?, ?, ?, ?, ?)`, r.b.Kind, r.b.Source, in.FileName, in.SHA256, string(header), r.now)
	if err != nil {
		return fmt.Errorf("start import batch: %w", err)
	}
	if r.batch, err = res.LastInsertId(); err != nil {
		return err
	}
	r.res.Batch = r.batch
	r.seen, r.people, r.plans = map[string]int{}, map[int64][]backend.Stakeholder{}, map[int64]*currentPlan{}
	if r.b.Kind == backend.ImportHours {
		r.hours = newHoursTotals()
		if err := r.loadTeam(); err != nil {
			return err
		}
	}
	r.wide = r.b.Wide()
	return r.loadAccounts()
}

// loadAccounts indexes every account by name and by this source's ids.
func (r *importRun) loadAccounts() error {
	r.accounts, r.byID = importer.NewAccounts(), map[int64]backend.Account{}
	err := eachRow(r.ctx, r.tx, `SELECT `+accountColumns+` FROM accounts ORDER BY id`, nil, func(rows *sql.Rows) error {
		a, err := scanAccount(rows)
		r.accounts.Add(a.ID, a.Name)
		r.byID[a.ID] = a
		return err
	})
	if err != nil {
		return fmt.Errorf("load accounts: %w", err)
	}
	return eachRow(r.ctx, r.tx, `SELECT external_id, account_id FROM import_links WHERE source = ? AND kind = ?`,
		[]any{r.b.Source, backend.ImportAccounts}, func(rows *sql.Rows) error {
			var ext string
			var id int64
			err := rows.Scan(&ext, &id)
			r.accounts.Link(ext, id)
			return err
		})
}

// rows runs every row of the file. A file that cannot be read to its end
// (a truncated or damaged file) stops the import: nothing is kept.
func (r *importRun) rows(rows backend.ImportRows) error {
	for n := 0; ; n++ {
		if n%1000 == 0 {
			if err := r.ctx.Err(); err != nil {
				return backend.Errorf(backend.EUNAVAILABLE, "The import was cancelled; nothing was changed.")
			}
		}
		raw, err := rows.Next()
		if errors.Is(err, io.EOF) {
			return nil
		} else if err != nil {
			if backend.ErrorCode(err) != backend.EINTERNAL {
				return err
			}
			return fmt.Errorf("%w: %w", backend.Errorf(backend.EINVALID, "The file cannot be read to its end; nothing was imported."), err)
		}
		row := r.b.Row(raw)
		if row.Blank() {
			continue
		}
		out, err := r.row(row)
		if err != nil {
			return err
		}
		if out.Action == "" { // counted into a total (hours) reported at the end
			continue
		}
		r.add(out)
	}
}

func (r *importRun) add(out backend.ImportRowResult) {
	r.res.Rows = append(r.res.Rows, out)
	r.res.Add(out.Action)
}

func (r *importRun) row(row importer.Row) (backend.ImportRowResult, error) {
	switch r.b.Kind {
	case backend.ImportAccounts:
		return r.accountRow(row)
	case backend.ImportContacts:
		return r.contactRow(row)
	case backend.ImportOpportunities:
		return r.opportunityRow(row)
	case backend.ImportFigures, backend.ImportHours:
		if len(r.wide) > 0 {
			return r.wideRow(row)
		}
		if r.b.Kind == backend.ImportFigures {
			return r.figuresRow(row)
		}
		return r.hoursRow(row)
	default:
		return backend.ImportRowResult{}, fmt.Errorf("import: unknown kind %q", r.b.Kind)
	}
}

// finish writes what is only known at the end (hours totals), the counts
// and the failed rows.
func (r *importRun) finish() error {
	if r.hours != nil {
		if err := r.flushHours(); err != nil {
			return err
		}
	}
	c := r.res.ImportCounts
	if _, err := r.tx.ExecContext(r.ctx, `UPDATE import_batches SET created = ?, updated = ?, unchanged = ?, skipped = ?, failed = ?
		WHERE id = ?`, c.Created, c.Updated, c.Unchanged, c.Skipped, c.Failed, r.batch); err != nil {
		return fmt.Errorf("import counts: %w", err)
	}
	for _, row := range r.res.Rows {
		if row.Action != backend.RowFailed {
			continue
		}
		cells, _ := json.Marshal(row.Cells)
		if _, err := r.tx.ExecContext(r.ctx, `INSERT INTO import_failures (batch_id, line, col, reason, cells) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (batch_id, line) DO NOTHING`, r.batch, row.Line, row.Column, row.Reason, string(cells)); err != nil {
			return fmt.Errorf("failed rows: %w", err)
		}
	}
	return nil
}

// Results of one row.

func failed(row importer.Row, record string, f *importer.Failure) backend.ImportRowResult {
	return backend.ImportRowResult{Line: row.Line, Action: backend.RowFailed, Record: record, Column: f.Column, Reason: f.Reason,
		Cells: append([]string(nil), row.Cells...)}
}

func skipped(row importer.Row, record, reason string) backend.ImportRowResult {
	return backend.ImportRowResult{Line: row.Line, Action: backend.RowSkipped, Record: record, Reason: reason}
}

func done(row importer.Row, action, record string, changes []backend.FieldChange) backend.ImportRowResult {
	return backend.ImportRowResult{Line: row.Line, Action: action, Record: record, Changes: changes}
}

// duplicate reports (as a skip) a row naming a record an earlier row named.
func (r *importRun) duplicate(row importer.Row, key, record string) (backend.ImportRowResult, bool) {
	if first, ok := r.seen[key]; ok {
		return skipped(row, record, fmt.Sprintf("the same as row %d, which is imported", first)), true
	}
	r.seen[key] = row.Line
	return backend.ImportRowResult{}, false
}

// findAccount resolves a row's account: by the source's id of it, else by
// name. reason says, when there is none, why the row is skipped.
func (r *importRun) findAccount(ref importer.AccountRef) (id int64, reason string) {
	if id, ok := r.accounts.Linked(ref.ExternalID); ok {
		return id, ""
	}
	if ref.Name == "" {
		return 0, fmt.Sprintf("no account has the id %s from %s; import the accounts first", ref.ExternalID, r.b.Source)
	}
	m := r.accounts.Match("", ref.Name)
	switch {
	case m.ID != 0:
		return m.ID, ""
	case m.Near != "":
		return 0, "the account “" + ref.Name + "” " + importer.NearReason(m.Near)
	}
	return 0, "no account matches “" + ref.Name + "”"
}

// journal records what the batch did to one record, for Undo.
func (r *importRun) journal(entity, action string, accountID, recordID int64, key, label string, changes []backend.FieldChange) error {
	fields := map[string][2]string{}
	for _, c := range changes {
		fields[c.Field] = [2]string{c.Old, c.New}
	}
	data, _ := json.Marshal(fields)
	r.seq++
	_, err := r.tx.ExecContext(r.ctx, `INSERT INTO import_changes (batch_id, seq, entity, action, account_id, record_id, item_key, label, fields)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, r.batch, r.seq, entity, action, accountID, recordID, key, label, string(data))
	if err != nil {
		return fmt.Errorf("import journal: %w", err)
	}
	return nil
}

// link remembers which record a source's id stands for.
func (r *importRun) link(kind, externalID string, accountID int64, stakeholderID any, key string) error {
	if externalID == "" {
		return nil
	}
	_, err := r.tx.ExecContext(r.ctx, `INSERT INTO import_links (source, kind, external_id, account_id, stakeholder_id, item_key, batch_id)
		VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source, kind, external_id) DO NOTHING`,
		r.b.Source, kind, externalID, accountID, stakeholderID, key, r.batch)
	if err != nil {
		return fmt.Errorf("import link: %w", err)
	}
	return nil
}
