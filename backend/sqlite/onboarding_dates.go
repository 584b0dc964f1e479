package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"accountdesk/backend"
)

// SetStartDate moves an onboarding in progress to a new start date. Every
// open task's due date moves with it by backend.Reschedule, in the same
// transaction as the start date, so a failure leaves the checklist as it was.
// Returns EINVALID, ENOTFOUND, ELOCKED (the onboarding is finished).
func (d *DB) SetStartDate(ctx context.Context, id int64, start string, today time.Time) (backend.Onboarding, error) {
	newStart, err := backend.OnboardingDate("startDate", start)
	if err != nil {
		return backend.Onboarding{}, err
	}
	err = d.write(ctx, func(tx *sql.Tx) error {
		var oldISO, status string
		var skip bool
		err := tx.QueryRowContext(ctx, `SELECT start_date, status, skip_weekends FROM onboardings WHERE id = ?`, id).Scan(&oldISO, &status, &skip)
		if errors.Is(err, sql.ErrNoRows) {
			return backend.Errorf(backend.ENOTFOUND, "That onboarding no longer exists.")
		} else if err != nil {
			return fmt.Errorf("find onboarding: %w", err)
		}
		if status != backend.OnboardingInProgress {
			return backend.Errorf(backend.ELOCKED, "This onboarding is finished; its dates no longer change.")
		}
		oldStart, err := time.Parse(time.DateOnly, oldISO)
		if err != nil {
			return fmt.Errorf("onboarding start %q: %w", oldISO, err)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE onboardings SET start_date = ? WHERE id = ?`, newStart.Format(time.DateOnly), id); err != nil {
			return fmt.Errorf("move start date: %w", err)
		}
		type moved struct {
			id int64
			k  backend.TaskSchedule
		}
		var tasks []moved
		err = each(ctx, tx, `SELECT id, due, offset_days, not_before, due_by_hand, state FROM onboarding_tasks WHERE onboarding_id = ?`, id,
			func(r *sql.Rows) error {
				var m moved
				var offset sql.NullInt64
				if err := r.Scan(&m.id, &m.k.Due, &offset, &m.k.NotBefore, &m.k.ByHand, &m.k.State); err != nil {
					return err
				}
				if offset.Valid {
					n := int(offset.Int64)
					m.k.Offset = &n
				}
				tasks = append(tasks, m)
				return nil
			})
		if err != nil {
			return err
		}
		for _, m := range tasks {
			k := backend.Reschedule(m.k, oldStart, newStart, skip, today)
			var offset any
			if k.Offset != nil {
				offset = *k.Offset
			}
			if _, err := tx.ExecContext(ctx, `UPDATE onboarding_tasks SET due = ?, offset_days = ? WHERE id = ?`, k.Due, offset, m.id); err != nil {
				return fmt.Errorf("move due date: %w", err)
			}
		}
		return nil
	})
	if err != nil {
		return backend.Onboarding{}, err
	}
	return d.Onboarding(ctx, id, today)
}

// SetTaskDue sets one task's due date by hand; from then on it follows the
// start date by calendar days (backend.Reschedule). Returns EINVALID,
// ENOTFOUND, ELOCKED (the onboarding is finished).
func (d *DB) SetTaskDue(ctx context.Context, taskID int64, due string, today time.Time) (backend.Onboarding, error) {
	day, err := backend.OnboardingDate("due", due)
	if err != nil {
		return backend.Onboarding{}, err
	}
	var onboardingID int64
	err = d.write(ctx, func(tx *sql.Tx) error {
		var status string
		err := tx.QueryRowContext(ctx, `SELECT t.onboarding_id, o.status FROM onboarding_tasks t
			JOIN onboardings o ON o.id = t.onboarding_id WHERE t.id = ?`, taskID).Scan(&onboardingID, &status)
		if errors.Is(err, sql.ErrNoRows) {
			return backend.Errorf(backend.ENOTFOUND, "That task no longer exists.")
		} else if err != nil {
			return fmt.Errorf("find task: %w", err)
		}
		if status != backend.OnboardingInProgress {
			return backend.Errorf(backend.ELOCKED, "This onboarding is finished; its tasks no longer change.")
		}
		_, err = tx.ExecContext(ctx, `UPDATE onboarding_tasks SET due = ?, due_by_hand = 1 WHERE id = ?`, day.Format(time.DateOnly), taskID)
		if err != nil {
			return fmt.Errorf("set due date: %w", err)
		}
		return nil
	})
	if err != nil {
		return backend.Onboarding{}, err
	}
	return d.Onboarding(ctx, onboardingID, today)
}
