package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"accountdesk/backend"

	sqlite3 "github.com/mattn/go-sqlite3"
)

const noteColumns = `n.id, n.person_id, n.kind, n.text, n.date, COALESCE(n.account_id, 0), COALESCE(a.name, ''), n.competency,
	COALESCE(n.one_on_one_id, 0), n.version`

const noteFrom = ` FROM feedback_notes n LEFT JOIN accounts a ON a.id = n.account_id `

func scanNote(row interface{ Scan(...any) error }) (backend.FeedbackNote, error) {
	var n backend.FeedbackNote
	err := row.Scan(&n.ID, &n.PersonID, &n.Kind, &n.Text, &n.Date, &n.AccountID, &n.AccountName, &n.Competency, &n.OneOnOneID, &n.Version)
	return n, err
}

func notesWhere(ctx context.Context, tx *sql.Tx, where string, args []any) ([]backend.FeedbackNote, error) {
	out := []backend.FeedbackNote{}
	err := eachRow(ctx, tx, `SELECT `+noteColumns+noteFrom+`WHERE `+where+` ORDER BY n.date DESC, n.id DESC`, args,
		func(r *sql.Rows) error {
			n, err := scanNote(r)
			out = append(out, n)
			return err
		})
	if err != nil {
		return nil, fmt.Errorf("feedback notes: %w", err)
	}
	return out, nil
}

// Notes lists a person's feedback notes, newest first.
func (d *DB) Notes(ctx context.Context, personID int64) ([]backend.FeedbackNote, error) {
	var out []backend.FeedbackNote
	err := d.read(ctx, func(tx *sql.Tx) (err error) {
		out, err = notesWhere(ctx, tx, `n.person_id = ?`, []any{personID})
		return err
	})
	return out, err
}

// SaveNote adds (ID 0) or updates a note. Returns EINVALID, ENOTFOUND (the
// note, person or account is gone), ECONFLICT (changed elsewhere).
func (d *DB) SaveNote(ctx context.Context, n backend.FeedbackNote) (backend.FeedbackNote, error) {
	n.Normalize()
	if err := n.Validate(); err != nil {
		return backend.FeedbackNote{}, err
	}
	var account any
	if n.AccountID != 0 {
		account = n.AccountID
	}
	var meeting any
	if n.OneOnOneID != 0 {
		meeting = n.OneOnOneID
	}
	var out backend.FeedbackNote
	err := d.write(ctx, func(tx *sql.Tx) error {
		if n.OneOnOneID != 0 {
			var person int64
			err := tx.QueryRowContext(ctx, `SELECT person_id FROM one_on_ones WHERE id = ?`, n.OneOnOneID).Scan(&person)
			if errors.Is(err, sql.ErrNoRows) {
				return backend.Errorf(backend.ENOTFOUND, "That 1:1 no longer exists.")
			} else if err != nil {
				return fmt.Errorf("save note: %w", err)
			}
			if person != n.PersonID {
				return backend.Invalid("oneOnOneId", "That 1:1 was held with someone else.")
			}
		}
		id := n.ID
		var err error
		if id == 0 {
			var res sql.Result
			res, err = tx.ExecContext(ctx, `INSERT INTO feedback_notes (person_id, kind, text, date, account_id, competency, one_on_one_id)
				VALUES (?, ?, ?, ?, ?, ?, ?)`, n.PersonID, n.Kind, n.Text, n.Date, account, n.Competency, meeting)
			if err == nil {
				id, err = res.LastInsertId()
			}
		} else {
			var res sql.Result
			res, err = tx.ExecContext(ctx, `UPDATE feedback_notes SET kind = ?, text = ?, date = ?, account_id = ?, competency = ?,
				one_on_one_id = ?, version = version + 1 WHERE id = ? AND person_id = ? AND version = ?`,
				n.Kind, n.Text, n.Date, account, n.Competency, meeting, n.ID, n.PersonID, n.Version)
			if err == nil {
				if k, _ := res.RowsAffected(); k == 0 {
					var found int
					_ = tx.QueryRowContext(ctx, `SELECT count(*) FROM feedback_notes WHERE id = ?`, n.ID).Scan(&found)
					if found == 0 {
						return backend.Errorf(backend.ENOTFOUND, "That note no longer exists.")
					}
					return backend.Errorf(backend.ECONFLICT, "This note was changed elsewhere since you opened it. Reload to see the latest.")
				}
			}
		}
		var se sqlite3.Error
		if errors.As(err, &se) && se.ExtendedCode == sqlite3.ErrConstraintForeignKey {
			return backend.Errorf(backend.ENOTFOUND, "That person or account no longer exists.")
		} else if err != nil {
			return fmt.Errorf("save note: %w", err)
		}
		if out, err = scanNote(tx.QueryRowContext(ctx, `SELECT `+noteColumns+noteFrom+`WHERE n.id = ?`, id)); err != nil {
			return fmt.Errorf("save note: %w", err)
		}
		return nil
	})
	return out, err
}

// DeleteNote removes a note. Returns ENOTFOUND.
func (d *DB) DeleteNote(ctx context.Context, id int64) error {
	return d.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `DELETE FROM feedback_notes WHERE id = ?`, id)
		if err != nil {
			return fmt.Errorf("delete note: %w", err)
		}
		if k, _ := res.RowsAffected(); k == 0 {
			return backend.Errorf(backend.ENOTFOUND, "That note no longer exists.")
		}
		return nil
	})
}

// PeriodFeedback returns the person's notes dated in [from, to] and the
// actions of their 1:1s held in it; never a 1:1's private notes. Returns
// EINVALID (period).
func (d *DB) PeriodFeedback(ctx context.Context, personID int64, from, to string) (backend.PeriodFeedback, error) {
	out := backend.PeriodFeedback{From: from, To: to}
	if _, _, err := backend.EvidencePeriod(from, to); err != nil {
		return out, err
	}
	err := d.read(ctx, func(tx *sql.Tx) (err error) {
		if out.Notes, err = notesWhere(ctx, tx, `n.person_id = ? AND n.date BETWEEN ? AND ?`, []any{personID, from, to}); err != nil {
			return err
		}
		out.Actions, err = actionItems(ctx, tx, `o.person_id = ? AND o.date BETWEEN ? AND ?`, []any{personID, from, to})
		return err
	})
	return out, err
}
