package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"

	"accountdesk/backend"
	"accountdesk/backend/importer"
)

// journalEntry is one row of import_changes.
type journalEntry struct {
	entity, action      string
	accountID, recordID int64
	key, label          string
	fields              map[string][2]string
}

// UndoImport removes what the batch created and restores the fields it
// changed, last change first. A field edited since the import (its value
// is no longer what the import wrote) is left as it is and named; so is a
// record the batch created that was edited since, or that has gained
// stakeholders, plans or figures. Returns ENOTFOUND, ECONFLICT (already undone).
func (d *DB) UndoImport(ctx context.Context, batch int64) (backend.UndoResult, error) {
	out := backend.UndoResult{Batch: batch, Left: []backend.UndoLeft{}}
	err := d.write(ctx, func(tx *sql.Tx) error {
		b, err := findBatch(ctx, tx, batch)
		if err != nil {
			return err
		}
		if b.UndoneAt != "" {
			return backend.Errorf(backend.ECONFLICT, "Import batch %d was already undone (%s).", batch, b.UndoneAt)
		}
		entries, err := loadJournal(ctx, tx, batch)
		if err != nil {
			return err
		}
		u := &undo{ctx: ctx, tx: tx, out: &out, now: d.stamp()}
		for _, e := range entries {
			if err := u.entry(e); err != nil {
				return err
			}
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM import_links WHERE batch_id = ?`, batch); err != nil {
			return fmt.Errorf("undo links: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE import_batches SET undone_at = ? WHERE id = ?`, u.now, batch); err != nil {
			return fmt.Errorf("undo batch: %w", err)
		}
		return nil
	})
	if err != nil {
		return backend.UndoResult{}, err
	}
	return out, nil
}

func loadJournal(ctx context.Context, tx *sql.Tx, batch int64) ([]journalEntry, error) {
	var out []journalEntry
	err := each(ctx, tx, `SELECT entity, action, account_id, record_id, item_key, label, fields FROM import_changes
		WHERE batch_id = ? ORDER BY seq DESC`, batch, func(rows *sql.Rows) error {
		var e journalEntry
		var fields string
		if err := rows.Scan(&e.entity, &e.action, &e.accountID, &e.recordID, &e.key, &e.label, &fields); err != nil {
			return err
		}
		if err := json.Unmarshal([]byte(fields), &e.fields); err != nil {
			return fmt.Errorf("import journal: %w", err)
		}
		out = append(out, e)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("import journal: %w", err)
	}
	return out, nil
}

type undo struct {
	ctx context.Context
	tx  *sql.Tx
	out *backend.UndoResult
	now string
}

// compare splits a journal entry's fields into those still as the import
// left them and those edited since.
func compare(fields map[string][2]string, current func(string) string) (same, edited []string) {
	for f, v := range fields {
		if current(f) == v[1] {
			same = append(same, f)
		} else {
			edited = append(edited, f)
		}
	}
	sort.Strings(same)
	sort.Strings(edited)
	return same, edited
}

func (u *undo) leave(label string, fields []string, reason string) {
	u.out.Left = append(u.out.Left, backend.UndoLeft{Record: label, Fields: fields, Reason: reason})
}

func (u *undo) entry(e journalEntry) error {
	switch e.entity {
	case "account":
		return u.account(e)
	case "stakeholder":
		if _, ok := e.fields[reportsToField]; ok {
			return u.undoReportsTo(e)
		}
		return u.stakeholder(e)
	case "opportunity":
		return u.opportunity(e)
	case "month":
		return u.month(e)
	case "plan":
		return u.plan(e)
	case "person_hours":
		return u.personHours(e)
	}
	return fmt.Errorf("import journal: unknown entity %q", e.entity)
}

const editedSince = "edited since the import, so it was left as it is"

func (u *undo) account(e journalEntry) error {
	a, err := findAccount(u.ctx, u.tx, e.accountID)
	if backend.ErrorCode(err) == backend.ENOTFOUND {
		return nil // removed by hand since: nothing to undo
	} else if err != nil {
		return err
	}
	_, edited := compare(e.fields, func(f string) string { return importer.AccountField(a, f) })
	if e.action == "created" {
		if len(edited) > 0 {
			u.leave(e.label, edited, editedSince)
			return nil
		}
		var children int
		if err := u.tx.QueryRowContext(u.ctx, `SELECT (SELECT COUNT(*) FROM stakeholders WHERE account_id = ?1)
			+ (SELECT COUNT(*) FROM plans WHERE account_id = ?1) + (SELECT COUNT(*) FROM account_months WHERE account_id = ?1)
			+ (SELECT COUNT(*) FROM qbrs WHERE account_id = ?1) + (SELECT COUNT(*) FROM person_hours WHERE account_id = ?1)`, e.accountID).Scan(&children); err != nil {
			return fmt.Errorf("undo account: %w", err)
		}
		if children > 0 {
			u.leave(e.label, nil, "it has stakeholders, plans or figures since the import, so it was kept; undo their imports or remove them first")
			return nil
		}
		if _, err := u.tx.ExecContext(u.ctx, `DELETE FROM accounts WHERE id = ?`, e.accountID); err != nil {
			return fmt.Errorf("undo account: %w", err)
		}
		u.out.Removed++
		return nil
	}
	restore, edited := compare(e.fields, func(f string) string { return importer.AccountField(a, f) })
	if len(edited) > 0 {
		u.leave(e.label, edited, editedSince)
	}
	if len(restore) == 0 {
		return nil
	}
	for _, f := range restore {
		importer.SetAccountField(&a, f, e.fields[f][0])
	}
	if _, err := u.tx.ExecContext(u.ctx, `UPDATE accounts SET name = ?, industry = ?, tier = ?, status = ?, contract_start = ?,
		renewal_date = ?, retainer_hours_per_month = ?, notes = ?, version = version + 1, updated_at = ? WHERE id = ?`,
		a.Name, a.Industry, a.Tier, a.Status, a.ContractStart, a.RenewalDate, a.RetainerHoursPerMonth, a.Notes, u.now, a.ID); err != nil {
		return nameTaken(err, a.Name)
	}
	u.out.Restored++
	return nil
}

func (u *undo) stakeholder(e journalEntry) error {
	s, err := scanStakeholder(u.tx.QueryRowContext(u.ctx, `SELECT id, account_id, name, title, email, phone, role, influence, sentiment,
		relationship_now, relationship_target, last_contact, notes FROM stakeholders WHERE id = ?`, e.recordID))
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	} else if err != nil {
		return fmt.Errorf("undo stakeholder: %w", err)
	}
	restore, edited := compare(e.fields, func(f string) string { return importer.StakeholderField(s, f) })
	if len(edited) > 0 {
		u.leave(e.label, edited, editedSince)
		if e.action == "created" {
			return nil
		}
	}
	if e.action == "created" {
		if _, err := u.tx.ExecContext(u.ctx, `DELETE FROM stakeholders WHERE id = ?`, s.ID); err != nil {
			return fmt.Errorf("undo stakeholder: %w", err)
		}
		u.out.Removed++
		return nil
	}
	if len(restore) == 0 {
		return nil
	}
	for _, f := range restore {
		importer.SetStakeholderField(&s, f, e.fields[f][0])
	}
	if _, err := u.tx.ExecContext(u.ctx, `UPDATE stakeholders SET name = ?, title = ?, email = ?, phone = ? WHERE id = ?`,
		s.Name, s.Title, s.Email, s.Phone, s.ID); err != nil {
		return fmt.Errorf("undo stakeholder: %w", err)
	}
	u.out.Restored++
	return nil
}

func (u *undo) opportunity(e journalEntry) error {
	var status string
	err := u.tx.QueryRowContext(u.ctx, `SELECT status FROM plans WHERE id = ?`, e.recordID).Scan(&status)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	} else if err != nil {
		return fmt.Errorf("undo opportunity: %w", err)
	}
	var o backend.Opportunity
	err = u.tx.QueryRowContext(u.ctx, `SELECT key, title, service_line, type, value_minor, probability, stage, expected_close
		FROM plan_opportunities WHERE plan_id = ? AND key = ?`, e.recordID, e.key).Scan(
		&o.Key, &o.Title, &o.ServiceLine, &o.Type, &o.ValueMinor, &o.Probability, &o.Stage, &o.ExpectedClose)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	} else if err != nil {
		return fmt.Errorf("undo opportunity: %w", err)
	}
	if status == backend.PlanApproved || status == backend.PlanArchived {
		u.leave(e.label, nil, "its plan was approved since the import, so it was left as it is")
		return nil
	}
	restore, edited := compare(e.fields, func(f string) string { return importer.OpportunityField(o, f) })
	if len(edited) > 0 {
		u.leave(e.label, edited, editedSince)
		if e.action == "created" {
			return nil
		}
	}
	if e.action == "created" {
		if _, err := u.tx.ExecContext(u.ctx, `DELETE FROM plan_opportunities WHERE plan_id = ? AND key = ?`, e.recordID, e.key); err != nil {
			return fmt.Errorf("undo opportunity: %w", err)
		}
		u.out.Removed++
		return u.touchPlan(e.recordID)
	}
	if len(restore) == 0 {
		return nil
	}
	for _, f := range restore {
		importer.SetOpportunityField(&o, f, e.fields[f][0])
	}
	if _, err := u.tx.ExecContext(u.ctx, `UPDATE plan_opportunities SET title = ?, type = ?, value_minor = ?, probability = ?, stage = ?,
		expected_close = ? WHERE plan_id = ? AND key = ?`, o.Title, o.Type, o.ValueMinor, o.Probability, o.Stage, o.ExpectedClose,
		e.recordID, e.key); err != nil {
		return fmt.Errorf("undo opportunity: %w", err)
	}
	u.out.Restored++
	return u.touchPlan(e.recordID)
}

func (u *undo) touchPlan(id int64) error {
	if _, err := u.tx.ExecContext(u.ctx, `UPDATE plans SET row_version = row_version + 1, updated_at = ? WHERE id = ?`, u.now, id); err != nil {
		return fmt.Errorf("undo: touch plan: %w", err)
	}
	return nil
}

func (u *undo) month(e journalEntry) error {
	m := backend.MonthFigures{Month: e.key}
	err := u.tx.QueryRowContext(u.ctx, `SELECT revenue_minor, cost_minor, writeoff_minor, hours_used FROM account_months
		WHERE account_id = ? AND month = ?`, e.accountID, e.key).Scan(&m.RevenueMinor, &m.CostMinor, &m.WriteOffMinor, &m.HoursUsed)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	} else if err != nil {
		return fmt.Errorf("undo month: %w", err)
	}
	restore, edited := compare(e.fields, func(f string) string { return importer.MonthField(m, f) })
	if len(edited) > 0 {
		u.leave(e.label, edited, editedSince)
		if e.action == "created" {
			return nil
		}
	}
	if e.action == "created" {
		if _, err := u.tx.ExecContext(u.ctx, `DELETE FROM account_months WHERE account_id = ? AND month = ?`, e.accountID, e.key); err != nil {
			return fmt.Errorf("undo month: %w", err)
		}
		u.out.Removed++
		return nil
	}
	if len(restore) == 0 {
		return nil
	}
	for _, f := range restore {
		importer.SetMonthField(&m, f, e.fields[f][0])
	}
	if _, err := u.tx.ExecContext(u.ctx, `UPDATE account_months SET revenue_minor = ?, cost_minor = ?, writeoff_minor = ?, hours_used = ?
		WHERE account_id = ? AND month = ?`, m.RevenueMinor, m.CostMinor, m.WriteOffMinor, m.HoursUsed, e.accountID, e.key); err != nil {
		return fmt.Errorf("undo month: %w", err)
	}
	u.out.Restored++
	return nil
}

// personHours takes back what a person logged on an account in a month:
// removed when the batch wrote it first, else set back, unless a later
// import has changed it since.
func (u *undo) personHours(e journalEntry) error {
	var h float64
	err := u.tx.QueryRowContext(u.ctx, `SELECT hours FROM person_hours WHERE person_id = ? AND account_id = ? AND month = ?`,
		e.recordID, e.accountID, e.key).Scan(&h)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	} else if err != nil {
		return fmt.Errorf("undo person hours: %w", err)
	}
	if hoursText(h) != e.fields["hours"][1] {
		u.leave(e.label, []string{"hours"}, "changed by a later import, so it was left as it is")
		return nil
	}
	if e.action == "created" {
		if _, err := u.tx.ExecContext(u.ctx, `DELETE FROM person_hours WHERE person_id = ? AND account_id = ? AND month = ?`,
			e.recordID, e.accountID, e.key); err != nil {
			return fmt.Errorf("undo person hours: %w", err)
		}
		u.out.Removed++
		return nil
	}
	old, err := strconv.ParseFloat(e.fields["hours"][0], 64)
	if err != nil {
		return fmt.Errorf("undo person hours: %w", err)
	}
	if _, err := u.tx.ExecContext(u.ctx, `UPDATE person_hours SET hours = ? WHERE person_id = ? AND account_id = ? AND month = ?`,
		old, e.recordID, e.accountID, e.key); err != nil {
		return fmt.Errorf("undo person hours: %w", err)
	}
	u.out.Restored++
	return nil
}

// plan removes a plan the batch started for its pipeline, unless someone has
// worked on it since (anything in it, another version, a changed status).
func (u *undo) plan(e journalEntry) error {
	var status, body string
	var version, later int
	err := u.tx.QueryRowContext(u.ctx, `SELECT status, body, version,
		(SELECT COUNT(*) FROM plans o WHERE o.account_id = p.account_id AND o.period = p.period AND o.version > p.version)
		FROM plans p WHERE id = ?`, e.recordID).Scan(&status, &body, &version, &later)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	} else if err != nil {
		return fmt.Errorf("undo plan: %w", err)
	}
	var items int
	if err := u.tx.QueryRowContext(u.ctx, `SELECT (SELECT COUNT(*) FROM plan_objectives WHERE plan_id = ?1)
		+ (SELECT COUNT(*) FROM plan_opportunities WHERE plan_id = ?1) + (SELECT COUNT(*) FROM plan_risks WHERE plan_id = ?1)
		+ (SELECT COUNT(*) FROM plan_actions WHERE plan_id = ?1)`,
		e.recordID).Scan(&items); err != nil {
		return fmt.Errorf("undo plan: %w", err)
	}
	empty := backend.Plan{}
	empty.Normalize()
	if items > 0 || later > 0 || status != backend.PlanDraft || body != mustBody(empty) {
		u.leave(e.label, nil, "it was worked on since the import, so it was kept")
		return nil
	}
	if _, err := u.tx.ExecContext(u.ctx, `DELETE FROM plans WHERE id = ?`, e.recordID); err != nil {
		return fmt.Errorf("undo plan: %w", err)
	}
	u.out.Removed++
	return nil
}
