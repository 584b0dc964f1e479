package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"accountdesk/backend"

	sqlite3 "github.com/mattn/go-sqlite3"
)

var _ backend.PaperworkService = (*DB)(nil)

// Jobs returns the account's jobs: open ones first, by milestone.
func (d *DB) Jobs(ctx context.Context, accountID int64) ([]backend.Job, error) {
	out := []backend.Job{}
	err := d.read(ctx, func(tx *sql.Tx) error {
		if _, err := findAccount(ctx, tx, accountID); err != nil {
			return err
		}
		return each(ctx, tx, `SELECT id, account_id, number, name, status, next_step, milestone_date FROM jobs
			WHERE account_id = ? ORDER BY status = 'completed', milestone_date = '', milestone_date, number`, accountID,
			func(r *sql.Rows) error {
				var j backend.Job
				err := r.Scan(&j.ID, &j.AccountID, &j.Number, &j.Name, &j.Status, &j.NextStep, &j.MilestoneDate)
				out = append(out, j)
				return err
			})
	})
	return out, err
}

// SaveJob creates (ID 0) or updates a job. Returns EINVALID, ENOTFOUND, ECONFLICT.
func (d *DB) SaveJob(ctx context.Context, j backend.Job) (backend.Job, error) {
	if err := j.Validate(); err != nil {
		return backend.Job{}, err
	}
	err := d.write(ctx, func(tx *sql.Tx) error {
		if _, err := findAccount(ctx, tx, j.AccountID); err != nil {
			return err
		}
		args := []any{j.Number, j.Name, j.Status, j.NextStep, j.MilestoneDate}
		var res sql.Result
		var err error
		if j.ID == 0 {
			res, err = tx.ExecContext(ctx, `INSERT INTO jobs (number, name, status, next_step, milestone_date, account_id)
				VALUES (?, ?, ?, ?, ?, ?)`, append(args, j.AccountID)...)
		} else {
			res, err = tx.ExecContext(ctx, `UPDATE jobs SET number = ?, name = ?, status = ?, next_step = ?, milestone_date = ?
				WHERE id = ? AND account_id = ?`, append(args, j.ID, j.AccountID)...)
		}
		var se sqlite3.Error
		if errors.As(err, &se) && se.ExtendedCode == sqlite3.ErrConstraintUnique {
			return &backend.Error{Code: backend.ECONFLICT, Field: "number", Message: "This account already has a job with that number."}
		} else if err != nil {
			return fmt.Errorf("save job: %w", err)
		}
		if j.ID == 0 {
			j.ID, err = res.LastInsertId()
			return err
		}
		return mustAffect(res, "That job no longer exists.")
	})
	return j, err
}

// DeleteJob removes a job. Returns ENOTFOUND.
func (d *DB) DeleteJob(ctx context.Context, id int64) error {
	return d.deleteByID(ctx, "jobs", id, "That job no longer exists.")
}

// ContactReports returns the account's contact reports, newest meeting first,
// each flagged when it was written more than 48 hours after the meeting.
func (d *DB) ContactReports(ctx context.Context, accountID int64) ([]backend.ContactReport, error) {
	out := []backend.ContactReport{}
	err := d.read(ctx, func(tx *sql.Tx) error {
		if _, err := findAccount(ctx, tx, accountID); err != nil {
			return err
		}
		return each(ctx, tx, `SELECT id, account_id, meeting_at, written_at, attendees, decisions, budget, next_steps
			FROM contact_reports WHERE account_id = ? ORDER BY meeting_at DESC, id DESC`, accountID, func(r *sql.Rows) error {
			var c backend.ContactReport
			err := r.Scan(&c.ID, &c.AccountID, &c.MeetingAt, &c.WrittenAt, &c.Attendees, &c.Decisions, &c.Budget, &c.NextSteps)
			c.Late = backend.IsLate(c.MeetingAt, c.WrittenAt)
			out = append(out, c)
			return err
		})
	})
	return out, err
}

// SaveContactReport creates (ID 0) or updates a report. The written time is
// set when the report is first saved and never changes, so the 48-hour flag
// cannot be erased by editing. Returns EINVALID, ENOTFOUND.
func (d *DB) SaveContactReport(ctx context.Context, c backend.ContactReport) (backend.ContactReport, error) {
	if err := c.Validate(d.now()); err != nil {
		return backend.ContactReport{}, err
	}
	err := d.write(ctx, func(tx *sql.Tx) error {
		if _, err := findAccount(ctx, tx, c.AccountID); err != nil {
			return err
		}
		if c.ID == 0 {
			c.WrittenAt = d.stamp()
			res, err := tx.ExecContext(ctx, `INSERT INTO contact_reports (account_id, meeting_at, written_at, attendees, decisions, budget, next_steps)
				VALUES (?, ?, ?, ?, ?, ?, ?)`, c.AccountID, c.MeetingAt, c.WrittenAt, c.Attendees, c.Decisions, c.Budget, c.NextSteps)
			if err != nil {
				return fmt.Errorf("add contact report: %w", err)
			}
			c.ID, err = res.LastInsertId()
			return err
		}
		if err := tx.QueryRowContext(ctx, `SELECT written_at FROM contact_reports WHERE id = ? AND account_id = ?`, c.ID, c.AccountID).Scan(&c.WrittenAt); errors.Is(err, sql.ErrNoRows) {
			return backend.Errorf(backend.ENOTFOUND, "That contact report no longer exists.")
		} else if err != nil {
			return fmt.Errorf("find contact report: %w", err)
		}
		_, err := tx.ExecContext(ctx, `UPDATE contact_reports SET meeting_at = ?, attendees = ?, decisions = ?, budget = ?, next_steps = ?
			WHERE id = ?`, c.MeetingAt, c.Attendees, c.Decisions, c.Budget, c.NextSteps, c.ID)
		if err != nil {
			return fmt.Errorf("update contact report: %w", err)
		}
		return nil
	})
	c.Late = backend.IsLate(c.MeetingAt, c.WrittenAt)
	return c, err
}

// DeleteContactReport removes a report. Returns ENOTFOUND.
func (d *DB) DeleteContactReport(ctx context.Context, id int64) error {
	return d.deleteByID(ctx, "contact_reports", id, "That contact report no longer exists.")
}

// deleteByID deletes one row of a table named in code (never user input).
func (d *DB) deleteByID(ctx context.Context, table string, id int64, missing string) error {
	return d.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `DELETE FROM `+table+` WHERE id = ?`, id)
		if err != nil {
			return fmt.Errorf("delete from %s: %w", table, err)
		}
		return mustAffect(res, missing)
	})
}
