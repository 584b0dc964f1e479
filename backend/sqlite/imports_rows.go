package sqlite

import (
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"

	"accountdesk/backend"
	"accountdesk/backend/importer"
)

func (r *importRun) accountRow(row importer.Row) (backend.ImportRowResult, error) {
	ext := row.ExternalID()
	if row.Deleted() {
		return skipped(row, row.Get("name"), "deleted in "+backend.SourceName(r.b.Source)), nil
	}
	v, fail := importer.ReadAccount(row)
	if fail != nil {
		return failed(row, row.Get("name"), fail), nil
	}
	key := "name:" + importer.NormalName(v.Name)
	if ext != "" {
		key = "id:" + ext
	}
	if out, dup := r.duplicate(row, key, v.Name); dup {
		return out, nil
	}
	m := r.accounts.Match(ext, v.Name)
	if m.ID == 0 && m.Near != "" {
		return skipped(row, v.Name, importer.NearReason(m.Near)), nil
	}
	if m.ID == 0 {
		a, fail := importer.NewAccount(row, v)
		if fail != nil {
			return failed(row, v.Name, fail), nil
		}
		if err := r.insertAccount(&a); err != nil {
			return backend.ImportRowResult{}, err
		}
		r.accounts.Add(a.ID, a.Name)
		r.accounts.Link(ext, a.ID)
		r.byID[a.ID] = a
		if err := r.link(backend.ImportAccounts, ext, a.ID, nil, ""); err != nil {
			return backend.ImportRowResult{}, err
		}
		return done(row, backend.RowCreate, a.Name, nil), r.journal("account", "created", a.ID, a.ID, "", a.Name,
			importer.AccountDiff(backend.Account{}, a))
	}
	old := r.byID[m.ID]
	a, changes, fail := importer.UpdatedAccount(row, old, v, m.ByExternalID)
	if fail != nil {
		return failed(row, old.Name, fail), nil
	}
	if other := r.accounts.Match("", a.Name); a.Name != old.Name && other.ID != 0 && other.ID != a.ID {
		return failed(row, old.Name, &importer.Failure{Column: row.Column("name"), Reason: "There is already another account named “" + a.Name + "”."}), nil
	}
	if _, linked := r.accounts.Linked(ext); !linked {
		r.accounts.Link(ext, a.ID)
		if err := r.link(backend.ImportAccounts, ext, a.ID, nil, ""); err != nil {
			return backend.ImportRowResult{}, err
		}
	}
	if len(changes) == 0 {
		return done(row, backend.RowUnchanged, old.Name, nil), nil
	}
	if err := r.updateAccount(old, &a); err != nil {
		return backend.ImportRowResult{}, err
	}
	if a.Name != old.Name {
		r.accounts.Add(a.ID, a.Name)
	}
	r.byID[a.ID] = a
	return done(row, backend.RowUpdate, a.Name, changes), r.journal("account", "updated", a.ID, a.ID, "", a.Name, changes)
}

func (r *importRun) insertAccount(a *backend.Account) error {
	a.Version, a.CreatedAt, a.UpdatedAt = 1, r.now, r.now
	res, err := r.tx.ExecContext(r.ctx, `INSERT INTO accounts (name, industry, tier, status, health, health_reason,
		contract_type, retainer_hours_per_month, contract_start, renewal_date, agency_of_record, notes, version, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
		a.Name, a.Industry, a.Tier, a.Status, a.Health, a.HealthReason, a.ContractType, a.RetainerHoursPerMonth,
		a.ContractStart, a.RenewalDate, a.AgencyOfRecord, a.Notes, r.now, r.now)
	if err != nil {
		return nameTaken(err, a.Name)
	}
	if a.ID, err = res.LastInsertId(); err != nil {
		return err
	}
	return addHealthChange(r.ctx, r.tx, a.ID, a.Health, a.HealthReason, r.now)
}

// updateAccount writes the fields an import can change; health is not one.
func (r *importRun) updateAccount(old backend.Account, a *backend.Account) error {
	_, err := r.tx.ExecContext(r.ctx, `UPDATE accounts SET name = ?, industry = ?, tier = ?, status = ?, contract_start = ?,
		renewal_date = ?, retainer_hours_per_month = ?, notes = ?, version = version + 1, updated_at = ? WHERE id = ?`,
		a.Name, a.Industry, a.Tier, a.Status, a.ContractStart, a.RenewalDate, a.RetainerHoursPerMonth, a.Notes, r.now, a.ID)
	if err != nil {
		return nameTaken(err, a.Name)
	}
	a.Version, a.UpdatedAt = old.Version+1, r.now
	return nil
}

func (r *importRun) contactRow(row importer.Row) (backend.ImportRowResult, error) {
	label := row.Get("name")
	if label == "" {
		label = row.Get("firstName") + " " + row.Get("lastName")
	}
	if row.Deleted() {
		return skipped(row, label, "deleted in "+backend.SourceName(r.b.Source)), nil
	}
	v, fail := importer.ReadContact(row)
	if fail != nil {
		return failed(row, label, fail), nil
	}
	ref := row.Account()
	accountID, why := r.findAccount(ref)
	if accountID == 0 {
		return skipped(row, v.Name, why), nil
	}
	ext := row.ExternalID()
	key := fmt.Sprintf("person:%d:%s:%s", accountID, importer.NormalPerson(v.Name), v.Email)
	if ext != "" {
		key = "id:" + ext
	}
	if out, dup := r.duplicate(row, key, v.Name); dup {
		return out, nil
	}
	people, err := r.stakeholders(accountID)
	if err != nil {
		return backend.ImportRowResult{}, err
	}
	i, err := r.linkedStakeholder(people, ext)
	if err != nil {
		return backend.ImportRowResult{}, err
	}
	if i < 0 {
		i = importer.MatchStakeholder(people, v)
	}
	record := v.Name + " at " + r.byID[accountID].Name
	if i < 0 {
		s, fail := importer.NewStakeholder(row, accountID, v)
		if fail != nil {
			return failed(row, record, fail), nil
		}
		if err := r.saveStakeholder(&s); err != nil {
			return backend.ImportRowResult{}, err
		}
		r.people[accountID] = append(people, s)
		if err := r.link(backend.ImportContacts, ext, accountID, s.ID, ""); err != nil {
			return backend.ImportRowResult{}, err
		}
		r.noteReportsTo(row, accountID, s.ID, true)
		return done(row, backend.RowCreate, record, nil), r.journal("stakeholder", "created", accountID, s.ID, "", record,
			importer.StakeholderDiff(backend.Stakeholder{}, s))
	}
	old := people[i]
	s, changes, fail := importer.UpdatedStakeholder(row, old, v)
	if fail != nil {
		return failed(row, record, fail), nil
	}
	if err := r.link(backend.ImportContacts, ext, accountID, s.ID, ""); err != nil {
		return backend.ImportRowResult{}, err
	}
	r.noteReportsTo(row, accountID, s.ID, false)
	if len(changes) == 0 {
		return done(row, backend.RowUnchanged, record, nil), nil
	}
	if err := r.saveStakeholder(&s); err != nil {
		return backend.ImportRowResult{}, err
	}
	people[i] = s
	return done(row, backend.RowUpdate, record, changes), r.journal("stakeholder", "updated", accountID, s.ID, "", record, changes)
}

func (r *importRun) stakeholders(accountID int64) ([]backend.Stakeholder, error) {
	if p, ok := r.people[accountID]; ok {
		return p, nil
	}
	var out []backend.Stakeholder
	err := each(r.ctx, r.tx, `SELECT id, account_id, name, title, email, phone, role, influence, sentiment,
		relationship_now, relationship_target, last_contact, notes FROM stakeholders WHERE account_id = ? ORDER BY id`, accountID,
		func(rows *sql.Rows) error {
			s, err := scanStakeholder(rows)
			out = append(out, s)
			return err
		})
	if err != nil {
		return nil, fmt.Errorf("load stakeholders: %w", err)
	}
	r.people[accountID] = out
	return out, nil
}

func scanStakeholder(row interface{ Scan(...any) error }) (backend.Stakeholder, error) {
	var s backend.Stakeholder
	err := row.Scan(&s.ID, &s.AccountID, &s.Name, &s.Title, &s.Email, &s.Phone, &s.Role, &s.Influence,
		&s.Sentiment, &s.RelationshipNow, &s.RelationshipTarget, &s.LastContact, &s.Notes)
	return s, err
}

// linkedStakeholder finds, among the account's people, the one the source's
// id stands for; -1 for none.
func (r *importRun) linkedStakeholder(people []backend.Stakeholder, ext string) (int, error) {
	if ext == "" {
		return -1, nil
	}
	var id int64
	err := r.tx.QueryRowContext(r.ctx, `SELECT stakeholder_id FROM import_links WHERE source = ? AND kind = ? AND external_id = ?
		AND stakeholder_id IS NOT NULL`, r.b.Source, backend.ImportContacts, ext).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return -1, nil
	} else if err != nil {
		return -1, fmt.Errorf("stakeholder link: %w", err)
	}
	for i, p := range people {
		if p.ID == id {
			return i, nil
		}
	}
	return -1, nil // linked to a person of another account: this row's account wins
}

func (r *importRun) saveStakeholder(s *backend.Stakeholder) error {
	args := []any{s.Name, s.Title, s.Email, s.Phone, s.Role, s.Influence, s.Sentiment,
		s.RelationshipNow, s.RelationshipTarget, s.LastContact, s.Notes}
	if s.ID == 0 {
		res, err := r.tx.ExecContext(r.ctx, `INSERT INTO stakeholders (name, title, email, phone, role, influence, sentiment,
			relationship_now, relationship_target, last_contact, notes, account_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			append(args, s.AccountID)...)
		if err != nil {
			return fmt.Errorf("import stakeholder: %w", err)
		}
		s.ID, err = res.LastInsertId()
		return err
	}
	_, err := r.tx.ExecContext(r.ctx, `UPDATE stakeholders SET name = ?, title = ?, email = ?, phone = ?, role = ?,
		influence = ?, sentiment = ?, relationship_now = ?, relationship_target = ?, last_contact = ?, notes = ?
		WHERE id = ?`, append(args, s.ID)...)
	if err != nil {
		return fmt.Errorf("import stakeholder: %w", err)
	}
	return nil
}

func newKey() string {
	b := make([]byte, 8)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}
