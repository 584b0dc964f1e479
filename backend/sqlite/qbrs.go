package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"accountdesk/backend"
)

var _ backend.QBRService = (*DB)(nil)

// QBRs returns an account's QBRs, newest first. Returns ENOTFOUND.
func (d *DB) QBRs(ctx context.Context, accountID int64) ([]backend.QBR, error) {
	out := []backend.QBR{}
	err := d.read(ctx, func(tx *sql.Tx) error {
		if _, err := findAccount(ctx, tx, accountID); err != nil {
			return err
		}
		rows, err := tx.QueryContext(ctx, `SELECT id, account_id, date, format, attendees, progress, issues, initiatives, next_steps
			FROM qbrs WHERE account_id = ? ORDER BY date DESC, id DESC`, accountID)
		if err != nil {
			return fmt.Errorf("QBRs: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var q backend.QBR
			var attendees string
			if err := rows.Scan(&q.ID, &q.AccountID, &q.Date, &q.Format, &attendees, &q.Progress, &q.Issues, &q.Initiatives, &q.NextSteps); err != nil {
				return err
			}
			if err := json.Unmarshal([]byte(attendees), &q.Attendees); err != nil {
				return fmt.Errorf("QBR attendees: %w", err)
			}
			out = append(out, q)
		}
		return rows.Err()
	})
	return out, err
}

// SaveQBR creates (ID 0) or updates a QBR. Attendees must be stakeholders of
// the account. Returns EINVALID, ENOTFOUND.
func (d *DB) SaveQBR(ctx context.Context, q backend.QBR) (backend.QBR, error) {
	if err := q.Validate(); err != nil {
		return backend.QBR{}, err
	}
	err := d.write(ctx, func(tx *sql.Tx) error {
		if _, err := findAccount(ctx, tx, q.AccountID); err != nil {
			return err
		}
		for i, a := range q.Attendees {
			var name, role string
			err := tx.QueryRowContext(ctx, `SELECT name, role FROM stakeholders WHERE id = ? AND account_id = ?`, a.StakeholderID, q.AccountID).Scan(&name, &role)
			if err == sql.ErrNoRows {
				return backend.Invalid("attendees", "Attendees must be stakeholders of this account.")
			} else if err != nil {
				return fmt.Errorf("QBR attendee: %w", err)
			}
			q.Attendees[i].Name = name
			q.Attendees[i].DecisionMaker = role == backend.RoleDecisionMaker
		}
		if q.Attendees == nil {
			q.Attendees = []backend.QBRAttendee{}
		}
		attendees, err := json.Marshal(q.Attendees)
		if err != nil {
			return err
		}
		args := []any{q.Date, q.Format, string(attendees), q.Progress, q.Issues, q.Initiatives, q.NextSteps}
		if q.ID == 0 {
			res, err := tx.ExecContext(ctx, `INSERT INTO qbrs (date, format, attendees, progress, issues, initiatives, next_steps, account_id)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, append(args, q.AccountID)...)
			if err != nil {
				return fmt.Errorf("add QBR: %w", err)
			}
			q.ID, err = res.LastInsertId()
			return err
		}
		res, err := tx.ExecContext(ctx, `UPDATE qbrs SET date = ?, format = ?, attendees = ?, progress = ?, issues = ?,
			initiatives = ?, next_steps = ? WHERE id = ? AND account_id = ?`, append(args, q.ID, q.AccountID)...)
		if err != nil {
			return fmt.Errorf("update QBR: %w", err)
		}
		return mustAffect(res, "That QBR no longer exists.")
	})
	return q, err
}

// DeleteQBR removes a QBR. Returns ENOTFOUND.
func (d *DB) DeleteQBR(ctx context.Context, id int64) error {
	return d.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `DELETE FROM qbrs WHERE id = ?`, id)
		if err != nil {
			return fmt.Errorf("delete QBR: %w", err)
		}
		return mustAffect(res, "That QBR no longer exists.")
	})
}
