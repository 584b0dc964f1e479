package sqlite

import (
	"database/sql"
	"errors"
	"fmt"
	"strconv"

	"accountdesk/backend"
	"accountdesk/backend/importer"
)

// The contacts import's reports-to column (Salesforce's ReportsToId, a
// spreadsheet's "Reports to" or "Manager" by name) names a person who may
// come later in the file, so the links are set once every row has run.

// reportsToField is how a reports-to change is journalled: the old and new
// stakeholder ids, as decimal strings ("0" for nobody).
const reportsToField = "reportsTo"

// pendingReport is one row's reports-to, waiting for the end of the file.
type pendingReport struct {
	row       int // index in res.Rows
	accountID int64
	personID  int64
	ref       string // the cell: the boss's id in the source, or their name
	created   bool   // the person is new in this batch: undoing its creation removes the link with it
}

// noteReportsTo remembers the row's reports-to, when the file has one.
func (r *importRun) noteReportsTo(row importer.Row, accountID, personID int64, created bool) {
	if ref := row.Get("reportsTo"); ref != "" {
		r.reports = append(r.reports, pendingReport{row: len(r.res.Rows), accountID: accountID, personID: personID, ref: ref, created: created})
	}
}

// resolveReports sets each noted reports-to: the boss found by the source's
// id, else by name among the account's people. A boss who cannot be found,
// is at another account or would close a loop is left out, with the reason
// on the row; a change to someone who was there before is journalled so
// Undo takes it back (a person the batch created goes, links and all).
func (r *importRun) resolveReports() error {
	people := map[int64]backend.AccountPeople{}
	for _, p := range r.reports {
		acc, ok := people[p.accountID]
		if !ok {
			var err error
			if acc, err = accountPeople(r.ctx, r.tx, p.accountID); err != nil {
				return err
			}
			people[p.accountID] = acc
		}
		boss, err := r.findBoss(acc, p)
		if err != nil {
			return err
		}
		out := &r.res.Rows[p.row]
		if boss == 0 {
			out.Reason = fmt.Sprintf("Reports to “%s”: nobody by that id or name at this account, so it was left out.", p.ref)
			continue
		}
		if err := acc.CheckReportsTo(p.personID, boss); err != nil {
			out.Reason = fmt.Sprintf("Reports to “%s” was left out: %s", p.ref, backend.ErrorMessage(err))
			continue
		}
		old := acc.ReportsTo[p.personID]
		if old == boss {
			continue
		}
		if err := setReportsTo(r.ctx, r.tx, p.personID, boss); err != nil {
			return err
		}
		acc.ReportsTo[p.personID] = boss
		change := backend.FieldChange{Field: reportsToField, Old: acc.Names[old], New: acc.Names[boss]}
		out.Changes = append(out.Changes, change)
		if out.Action == backend.RowUnchanged {
			out.Action = backend.RowUpdate
			r.res.Unchanged--
			r.res.Updated++
		}
		if p.created {
			continue
		}
		if err := r.journal("stakeholder", "updated", p.accountID, p.personID, "", out.Record, []backend.FieldChange{{
			Field: reportsToField, Old: strconv.FormatInt(old, 10), New: strconv.FormatInt(boss, 10)}}); err != nil {
			return err
		}
	}
	return nil
}

// findBoss resolves a reports-to cell within the account: the source's id
// of a contact first, then a name; 0 for nobody.
func (r *importRun) findBoss(acc backend.AccountPeople, p pendingReport) (int64, error) {
	var id int64
	err := r.tx.QueryRowContext(r.ctx, `SELECT stakeholder_id FROM import_links WHERE source = ? AND kind = ? AND external_id = ?
		AND stakeholder_id IS NOT NULL`, r.b.Source, backend.ImportContacts, p.ref).Scan(&id)
	switch {
	case err == nil:
		if _, ok := acc.Names[id]; ok {
			return id, nil
		}
		id = 0 // a contact of another account: not this one's boss
	case !errors.Is(err, sql.ErrNoRows):
		return 0, fmt.Errorf("reports-to link: %w", err)
	}
	want := importer.NormalPerson(p.ref)
	for pid, name := range acc.Names {
		if pid != p.personID && importer.NormalPerson(name) == want {
			if id == 0 || pid < id {
				id = pid
			}
		}
	}
	return id, nil
}

// undoReportsTo takes a journalled reports-to change back, unless it was
// changed again since.
func (u *undo) undoReportsTo(e journalEntry) error {
	v := e.fields[reportsToField]
	was, _ := strconv.ParseInt(v[0], 10, 64)
	set, _ := strconv.ParseInt(v[1], 10, 64)
	var now int64
	err := u.tx.QueryRowContext(u.ctx, `SELECT COALESCE((SELECT reports_to FROM stakeholder_relations WHERE stakeholder_id = ?1), 0)
		FROM stakeholders WHERE id = ?1`, e.recordID).Scan(&now)
	if errors.Is(err, sql.ErrNoRows) {
		return nil // removed since
	} else if err != nil {
		return fmt.Errorf("undo reports-to: %w", err)
	}
	if now != set {
		u.leave(e.label, []string{reportsToField}, editedSince)
		return nil
	}
	if was != 0 {
		var n int
		if err := u.tx.QueryRowContext(u.ctx, `SELECT COUNT(*) FROM stakeholders WHERE id = ?`, was).Scan(&n); err != nil {
			return fmt.Errorf("undo reports-to: %w", err)
		}
		if n == 0 {
			was = 0
		}
	}
	if err := setReportsTo(u.ctx, u.tx, e.recordID, was); err != nil {
		return err
	}
	u.out.Restored++
	return nil
}
