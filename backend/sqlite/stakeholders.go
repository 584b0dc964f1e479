package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"accountdesk/backend"
)

var _ backend.StakeholderService = (*DB)(nil)

// Stakeholders returns an account's stakeholders by influence, then name.
// Returns ENOTFOUND when the account does not exist.
func (d *DB) Stakeholders(ctx context.Context, accountID int64) ([]backend.Stakeholder, error) {
	out := []backend.Stakeholder{}
	err := d.read(ctx, func(tx *sql.Tx) error {
		if _, err := findAccount(ctx, tx, accountID); err != nil {
			return err
		}
		rows, err := tx.QueryContext(ctx, `SELECT id, account_id, name, title, email, phone, role, influence, sentiment,
			relationship_now, relationship_target, last_contact, notes
			FROM stakeholders WHERE account_id = ? ORDER BY influence DESC, name`, accountID)
		if err != nil {
			return fmt.Errorf("stakeholders: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var s backend.Stakeholder
			if err := rows.Scan(&s.ID, &s.AccountID, &s.Name, &s.Title, &s.Email, &s.Phone, &s.Role, &s.Influence,
				&s.Sentiment, &s.RelationshipNow, &s.RelationshipTarget, &s.LastContact, &s.Notes); err != nil {
				return err
			}
			out = append(out, s)
		}
		return rows.Err()
	})
	return out, err
}

// SaveStakeholder creates (ID 0) or updates one. Returns EINVALID, ENOTFOUND.
func (d *DB) SaveStakeholder(ctx context.Context, s backend.Stakeholder) (backend.Stakeholder, error) {
	if err := s.Validate(); err != nil {
		return backend.Stakeholder{}, err
	}
	err := d.write(ctx, func(tx *sql.Tx) error { return saveStakeholder(ctx, tx, &s) })
	return s, err
}

// saveStakeholder creates (ID 0) or updates s inside tx; s is valid.
func saveStakeholder(ctx context.Context, tx *sql.Tx, s *backend.Stakeholder) error {
	if _, err := findAccount(ctx, tx, s.AccountID); err != nil {
		return err
	}
	args := []any{s.Name, s.Title, s.Email, s.Phone, s.Role, s.Influence, s.Sentiment,
		s.RelationshipNow, s.RelationshipTarget, s.LastContact, s.Notes}
	if s.ID == 0 {
		res, err := tx.ExecContext(ctx, `INSERT INTO stakeholders (name, title, email, phone, role, influence, sentiment,
			relationship_now, relationship_target, last_contact, notes, account_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			append(args, s.AccountID)...)
		if err != nil {
			return fmt.Errorf("add stakeholder: %w", err)
		}
		s.ID, err = res.LastInsertId()
		return err
	}
	res, err := tx.ExecContext(ctx, `UPDATE stakeholders SET name = ?, title = ?, email = ?, phone = ?, role = ?,
		influence = ?, sentiment = ?, relationship_now = ?, relationship_target = ?, last_contact = ?, notes = ?
		WHERE id = ? AND account_id = ?`, append(args, s.ID, s.AccountID)...)
	if err != nil {
		return fmt.Errorf("update stakeholder: %w", err)
	}
	return mustAffect(res, "That stakeholder no longer exists.")
}

// DeleteStakeholder removes one. Returns ENOTFOUND.
func (d *DB) DeleteStakeholder(ctx context.Context, id int64) error {
	return d.deleteByID(ctx, "stakeholders", id, "That stakeholder no longer exists.")
}

// mustAffect turns "no row changed" into not found.
func mustAffect(res sql.Result, message string) error {
	n, err := res.RowsAffected()
	if err != nil {
		return err
	}
	if n == 0 {
		return backend.Errorf(backend.ENOTFOUND, "%s", message)
	}
	return nil
}
