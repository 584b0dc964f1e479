package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"accountdesk/backend"

	sqlite3 "github.com/mattn/go-sqlite3"
)

var _ backend.OnboardingService = (*DB)(nil)

// seedTemplates adds the built-in template to a workspace that has none.
func seedTemplates(ctx context.Context, db *sql.DB) error {
	t := backend.NewAETemplate()
	tasks, _ := json.Marshal(t.Tasks)
	_, err := db.ExecContext(ctx, `INSERT INTO templates (name, for_role, description, built_in, tasks)
		SELECT ?, ?, ?, 1, ? WHERE NOT EXISTS (SELECT 1 FROM templates WHERE built_in = 1)`,
		t.Name, t.ForRole, t.Description, string(tasks))
	if err != nil {
		return fmt.Errorf("seed templates: %w", err)
	}
	return nil
}

const templateColumns = `id, name, for_role, description, archived, built_in, tasks, version`

func scanTemplate(row interface{ Scan(...any) error }) (backend.Template, error) {
	var t backend.Template
	var tasks string
	err := row.Scan(&t.ID, &t.Name, &t.ForRole, &t.Description, &t.Archived, &t.BuiltIn, &tasks, &t.Version)
	if err == nil {
		err = json.Unmarshal([]byte(tasks), &t.Tasks)
	}
	if t.Tasks == nil {
		t.Tasks = []backend.TemplateTask{}
	}
	// Tasks saved before they had keys are named by their place, which stays
	// theirs until the template is next saved (with those keys).
	for i := range t.Tasks {
		if t.Tasks[i].Key == "" {
			t.Tasks[i].Key = "t" + strconv.Itoa(i)
		}
	}
	return t, err
}

// Templates returns every template, archived last.
func (d *DB) Templates(ctx context.Context) ([]backend.Template, error) {
	out := []backend.Template{}
	err := d.read(ctx, func(tx *sql.Tx) error {
		return each(ctx, tx, `SELECT `+templateColumns+` FROM templates WHERE id > ? ORDER BY archived, built_in DESC, name`, 0,
			func(r *sql.Rows) error {
				t, err := scanTemplate(r)
				out = append(out, t)
				return err
			})
	})
	return out, err
}

func findTemplate(ctx context.Context, tx *sql.Tx, id int64) (backend.Template, error) {
	t, err := scanTemplate(tx.QueryRowContext(ctx, `SELECT `+templateColumns+` FROM templates WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return t, backend.Errorf(backend.ENOTFOUND, "That template no longer exists.")
	}
	return t, err
}

// SaveTemplate creates (ID 0) or updates a template. Started checklists hold
// their own copies of the tasks, so they never change. Returns EINVALID,
// ENOTFOUND, ECONFLICT (stale version).
func (d *DB) SaveTemplate(ctx context.Context, t backend.Template) (backend.Template, error) {
	if err := t.Validate(); err != nil {
		return backend.Template{}, err
	}
	seen := make(map[string]bool, len(t.Tasks))
	for i := range t.Tasks {
		if seen[t.Tasks[i].Key] {
			t.Tasks[i].Key = ""
		}
		t.Tasks[i].Key = keyOr(t.Tasks[i].Key)
		seen[t.Tasks[i].Key] = true
	}
	tasks, _ := json.Marshal(t.Tasks)
	var out backend.Template
	err := d.write(ctx, func(tx *sql.Tx) error {
		id := t.ID
		if id == 0 {
			res, err := tx.ExecContext(ctx, `INSERT INTO templates (name, for_role, description, archived, tasks) VALUES (?, ?, ?, ?, ?)`,
				t.Name, t.ForRole, t.Description, t.Archived, string(tasks))
			if err != nil {
				return fmt.Errorf("add template: %w", err)
			}
			if id, err = res.LastInsertId(); err != nil {
				return err
			}
		} else {
			if _, err := findTemplate(ctx, tx, id); err != nil {
				return err
			}
			res, err := tx.ExecContext(ctx, `UPDATE templates SET name = ?, for_role = ?, description = ?, archived = ?, tasks = ?,
				version = version + 1 WHERE id = ? AND version = ?`, t.Name, t.ForRole, t.Description, t.Archived, string(tasks), id, t.Version)
			if err != nil {
				return fmt.Errorf("save template: %w", err)
			}
			if n, _ := res.RowsAffected(); n == 0 {
				return backend.Errorf(backend.ECONFLICT, "This template was changed elsewhere since you opened it. Reload to see the latest.")
			}
		}
		var err error
		out, err = findTemplate(ctx, tx, id)
		return err
	})
	return out, err
}

// CopyTemplate saves a copy named "Copy of …". Returns ENOTFOUND.
func (d *DB) CopyTemplate(ctx context.Context, id int64) (backend.Template, error) {
	var t backend.Template
	err := d.read(ctx, func(tx *sql.Tx) error {
		var err error
		t, err = findTemplate(ctx, tx, id)
		return err
	})
	if err != nil {
		return t, err
	}
	t.ID, t.Version, t.Archived, t.BuiltIn = 0, 0, false, false
	t.Name = "Copy of " + t.Name
	return d.SaveTemplate(ctx, t)
}

// StartOnboarding copies a template into a dated checklist for a person and
// adds client-knowledge tasks for each account they are allocated to.
// Returns EINVALID, ENOTFOUND, ECONFLICT (one is already in progress).
//
// Due dates follow backend.ScheduledDue as of today, the day the checklist is
// made: a task whose date has already passed is due today, so nothing is
// overdue the day it is made.
func (d *DB) StartOnboarding(ctx context.Context, personID, templateID int64, start string, buddyID int64, today time.Time) (backend.Onboarding, error) {
	startDay, err := backend.OnboardingDate("startDate", start)
	if err != nil {
		return backend.Onboarding{}, err
	}
	if buddyID == personID && buddyID != 0 {
		return backend.Onboarding{}, backend.Invalid("buddyId", "The buddy is someone other than the new hire.")
	}
	var id int64
	err = d.write(ctx, func(tx *sql.Tx) error {
		settings := backend.DefaultSettings()
		if _, err := getSetting(ctx, tx, keySettings, &settings); err != nil {
			return err
		}
		t, err := findTemplate(ctx, tx, templateID)
		if err != nil {
			return err
		}
		if t.Archived {
			return backend.Invalid("templateId", "That template is archived; choose another or restore it.")
		}
		var managerID sql.NullInt64
		if err := tx.QueryRowContext(ctx, `SELECT reports_to FROM people WHERE id = ?`, personID).Scan(&managerID); errors.Is(err, sql.ErrNoRows) {
			return backend.Invalid("personId", "That person is no longer on the roster.")
		} else if err != nil {
			return err
		}
		var buddy any
		if buddyID != 0 {
			var n int
			if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM people WHERE id = ?`, buddyID).Scan(&n); err != nil || n == 0 {
				return backend.Invalid("buddyId", "The buddy chosen is not on the roster.")
			}
			buddy = buddyID
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO onboardings (person_id, template_name, start_date, buddy_id, skip_weekends, status, created_at)
			VALUES (?, ?, ?, ?, ?, 'in_progress', ?)`, personID, t.Name, startDay.Format(time.DateOnly), buddy, settings.SkipWeekends, d.stamp())
		var se sqlite3.Error
		if errors.As(err, &se) && se.ExtendedCode == sqlite3.ErrConstraintUnique {
			return backend.Errorf(backend.ECONFLICT, "This person already has an onboarding in progress.")
		} else if err != nil {
			return fmt.Errorf("start onboarding: %w", err)
		}
		if id, err = res.LastInsertId(); err != nil {
			return err
		}
		owners := ownerIDs{newHire: personID, manager: managerID.Int64, buddy: buddyID}
		sched := schedule{start: startDay, skip: settings.SkipWeekends, today: today}
		if err := insertTasks(ctx, tx, id, t.Tasks, sched, owners, 0, 0); err != nil {
			return err
		}
		allocs, err := allocations(ctx, tx, personID, 0)
		if err != nil {
			return err
		}
		for _, a := range allocs {
			if err := addAccountTasks(ctx, tx, personID, a, today); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return backend.Onboarding{}, err
	}
	return d.Onboarding(ctx, id, today)
}

// schedule is how a batch of new tasks gets its due dates: offsets count from
// the later of start and notBefore, and nothing is due before today.
type schedule struct {
	start     time.Time
	notBefore string // the allocation's start, for client-knowledge tasks
	skip      bool
	today     time.Time
}

type ownerIDs struct{ newHire, manager, buddy int64 }

func (o ownerIDs) resolve(k backend.TemplateTask) any {
	var id int64
	switch k.OwnerKind {
	case backend.OwnerNewHire:
		id = o.newHire
	case backend.OwnerManager:
		id = o.manager
	case backend.OwnerBuddy:
		id = o.buddy
	case backend.OwnerPerson:
		id = k.OwnerPersonID
	}
	if id == 0 {
		return nil
	}
	return id
}

func insertTasks(ctx context.Context, tx *sql.Tx, onboardingID int64, tasks []backend.TemplateTask, sched schedule, owners ownerIDs, accountID int64, firstPosition int) error {
	var account any
	if accountID != 0 {
		account = accountID
	}
	for i, k := range tasks {
		owner := owners.resolve(k)
		if id, ok := owner.(int64); ok && k.OwnerKind == backend.OwnerPerson {
			var n int
			if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM people WHERE id = ?`, id).Scan(&n); err != nil || n == 0 {
				owner = nil // the named owner has left the roster; the task stays, unowned
			}
		}
		due := backend.ScheduledDue(backend.TaskAnchor(sched.start, sched.notBefore), k.OffsetDays, sched.skip, sched.today)
		if _, err := tx.ExecContext(ctx, `INSERT INTO onboarding_tasks (onboarding_id, position, title, description, category, owner_kind,
			owner_person_id, due, optional, state, account_id, offset_days, not_before) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?)`,
			onboardingID, firstPosition+i, k.Title, k.Description, k.Category, k.OwnerKind, owner, due, k.Optional, account,
			k.OffsetDays, sched.notBefore); err != nil {
			return fmt.Errorf("add task: %w", err)
		}
	}
	return nil
}

// addAccountTasks adds the client-knowledge tasks for one allocation to the
// person's onboarding in progress, if any, unless they were added already.
// Called in the allocation's own transaction, so an allocation made after the
// start still adds its tasks; none is due before today.
func addAccountTasks(ctx context.Context, tx *sql.Tx, personID int64, a backend.Allocation, today time.Time) error {
	var id int64
	var start string
	var skip bool
	var managerID, buddyID sql.NullInt64
	err := tx.QueryRowContext(ctx, `SELECT o.id, o.start_date, o.skip_weekends, o.buddy_id, p.reports_to
		FROM onboardings o JOIN people p ON p.id = o.person_id WHERE o.person_id = ? AND o.status = 'in_progress'`, personID).
		Scan(&id, &start, &skip, &buddyID, &managerID)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	} else if err != nil {
		return fmt.Errorf("onboarding in progress: %w", err)
	}
	var have, last int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FILTER (WHERE account_id = ?), COALESCE(MAX(position), 0)
		FROM onboarding_tasks WHERE onboarding_id = ?`, a.AccountID, id).Scan(&have, &last); err != nil {
		return fmt.Errorf("account tasks: %w", err)
	}
	if have > 0 {
		return nil
	}
	day, err := time.Parse(time.DateOnly, start)
	if err != nil {
		return fmt.Errorf("onboarding start %q: %w", start, err)
	}
	owners := ownerIDs{newHire: personID, manager: managerID.Int64, buddy: buddyID.Int64}
	sched := schedule{start: day, notBefore: a.StartDate, skip: skip, today: today}
	return insertTasks(ctx, tx, id, backend.AccountTasks(a.AccountName), sched, owners, a.AccountID, last+1)
}

// Onboardings lists every onboarding, in progress first, with progress. Two
// queries whatever the number of checklists: the list, then every task's
// state and due date, counted by the same rule as one checklist's progress.
func (d *DB) Onboardings(ctx context.Context, today time.Time) ([]backend.OnboardingSummary, error) {
	out := []backend.OnboardingSummary{}
	err := d.read(ctx, func(tx *sql.Tx) error {
		err := each(ctx, tx, `SELECT o.id, o.person_id, p.name, o.start_date, o.status
			FROM onboardings o JOIN people p ON p.id = o.person_id
			WHERE o.id > ? ORDER BY o.status != 'in_progress', o.start_date DESC, o.id`, 0, func(r *sql.Rows) error {
			var o backend.OnboardingSummary
			err := r.Scan(&o.ID, &o.PersonID, &o.PersonName, &o.StartDate, &o.Status)
			out = append(out, o)
			return err
		})
		if err != nil {
			return err
		}
		tasks := map[int64][]backend.OnboardingTask{}
		err = each(ctx, tx, `SELECT onboarding_id, due, optional, state FROM onboarding_tasks WHERE onboarding_id > ?`, 0,
			func(r *sql.Rows) error {
				var id int64
				var k backend.OnboardingTask
				err := r.Scan(&id, &k.Due, &k.Optional, &k.State)
				tasks[id] = append(tasks[id], k)
				return err
			})
		for i := range out {
			out[i].Progress = backend.ProgressOf(tasks[out[i].ID], today)
		}
		return err
	})
	return out, err
}

// Onboarding returns one checklist with progress as of today. Returns ENOTFOUND.
func (d *DB) Onboarding(ctx context.Context, id int64, today time.Time) (backend.Onboarding, error) {
	var o backend.Onboarding
	err := d.read(ctx, func(tx *sql.Tx) error {
		var err error
		o, err = findOnboarding(ctx, tx, id, today)
		return err
	})
	return o, err
}

func findOnboarding(ctx context.Context, tx *sql.Tx, id int64, today time.Time) (backend.Onboarding, error) {
	var o backend.Onboarding
	err := tx.QueryRowContext(ctx, `SELECT o.id, o.person_id, p.name, o.template_name, o.start_date, COALESCE(o.buddy_id, 0),
		COALESCE(b.name, ''), COALESCE(m.name, ''), o.skip_weekends, o.status, o.closed_reason
		FROM onboardings o JOIN people p ON p.id = o.person_id
		LEFT JOIN people b ON b.id = o.buddy_id LEFT JOIN people m ON m.id = p.reports_to
		WHERE o.id = ?`, id).Scan(&o.ID, &o.PersonID, &o.PersonName, &o.TemplateName, &o.StartDate, &o.BuddyID,
		&o.BuddyName, &o.ManagerName, &o.SkipWeekends, &o.Status, &o.ClosedReason)
	if errors.Is(err, sql.ErrNoRows) {
		return o, backend.Errorf(backend.ENOTFOUND, "That onboarding no longer exists.")
	} else if err != nil {
		return o, fmt.Errorf("find onboarding: %w", err)
	}
	o.Tasks = []backend.OnboardingTask{}
	err = each(ctx, tx, `SELECT t.id, t.title, t.description, t.category, t.owner_kind, COALESCE(t.owner_person_id, 0),
		COALESCE(w.name, ''), t.due, t.due_by_hand, t.optional, t.state, t.done_by, t.done_at, t.notes, COALESCE(t.account_id, 0)
		FROM onboarding_tasks t LEFT JOIN people w ON w.id = t.owner_person_id
		WHERE t.onboarding_id = ? ORDER BY t.due, t.position`, id, func(r *sql.Rows) error {
		var k backend.OnboardingTask
		err := r.Scan(&k.ID, &k.Title, &k.Description, &k.Category, &k.OwnerKind, &k.OwnerPersonID, &k.OwnerName,
			&k.Due, &k.DueByHand, &k.Optional, &k.State, &k.DoneBy, &k.DoneAt, &k.Notes, &k.AccountID)
		if k.OwnerName == "" {
			k.OwnerName = map[string]string{backend.OwnerOperations: "Operations", backend.OwnerIT: "IT",
				backend.OwnerManager: "Manager", backend.OwnerBuddy: "Buddy", backend.OwnerNewHire: "New hire"}[k.OwnerKind]
		}
		o.Tasks = append(o.Tasks, k)
		return err
	})
	o.Progress = backend.ProgressOf(o.Tasks, today)
	return o, err
}

// UpdateTask changes a task's state or notes; the onboarding completes when
// every required task is done. Returns EINVALID, ENOTFOUND.
func (d *DB) UpdateTask(ctx context.Context, u backend.TaskUpdate, today time.Time) (backend.Onboarding, error) {
	if !oneOfStates(u.State) {
		return backend.Onboarding{}, backend.Invalid("state", "Choose open, done or skipped.")
	}
	if len(u.Notes) > 5000 {
		return backend.Onboarding{}, backend.Invalid("notes", "Notes can be at most 5,000 characters.")
	}
	var onboardingID int64
	err := d.write(ctx, func(tx *sql.Tx) error {
		var optional bool
		var status string
		err := tx.QueryRowContext(ctx, `SELECT t.onboarding_id, t.optional, o.status FROM onboarding_tasks t
			JOIN onboardings o ON o.id = t.onboarding_id WHERE t.id = ?`, u.TaskID).Scan(&onboardingID, &optional, &status)
		if errors.Is(err, sql.ErrNoRows) {
			return backend.Errorf(backend.ENOTFOUND, "That task no longer exists.")
		} else if err != nil {
			return fmt.Errorf("find task: %w", err)
		}
		if status != backend.OnboardingInProgress {
			return backend.Errorf(backend.ELOCKED, "This onboarding is finished; its tasks no longer change.")
		}
		if u.State == backend.TaskSkipped && !optional {
			return backend.Invalid("state", "Only optional tasks can be skipped.")
		}
		doneBy, doneAt := "", ""
		if u.State != backend.TaskOpen {
			doneBy, doneAt = strings.TrimSpace(u.By), d.stamp()
		}
		if _, err := tx.ExecContext(ctx, `UPDATE onboarding_tasks SET state = ?, notes = ?, done_by = ?, done_at = ? WHERE id = ?`,
			u.State, u.Notes, doneBy, doneAt, u.TaskID); err != nil {
			return fmt.Errorf("update task: %w", err)
		}
		var open int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM onboarding_tasks WHERE onboarding_id = ? AND optional = 0 AND state != 'done'`,
			onboardingID).Scan(&open); err != nil {
			return err
		}
		if open == 0 {
			_, err = tx.ExecContext(ctx, `UPDATE onboardings SET status = 'completed' WHERE id = ?`, onboardingID)
		}
		return err
	})
	if err != nil {
		return backend.Onboarding{}, err
	}
	return d.Onboarding(ctx, onboardingID, today)
}

func oneOfStates(s string) bool {
	return s == backend.TaskOpen || s == backend.TaskDone || s == backend.TaskSkipped
}

// CloseOnboarding ends an unfinished onboarding with a reason. Returns
// EINVALID (no reason, or already finished), ENOTFOUND.
func (d *DB) CloseOnboarding(ctx context.Context, id int64, reason string, today time.Time) (backend.Onboarding, error) {
	reason = strings.TrimSpace(reason)
	if reason == "" {
		return backend.Onboarding{}, backend.Invalid("reason", "Say why the onboarding is closed before every task is done.")
	}
	err := d.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE onboardings SET status = 'closed', closed_reason = ? WHERE id = ? AND status = 'in_progress'`, reason, id)
		if err != nil {
			return fmt.Errorf("close onboarding: %w", err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			if _, err := findOnboarding(ctx, tx, id, today); err != nil {
				return err
			}
			return backend.Invalid("reason", "This onboarding is already finished.")
		}
		return nil
	})
	if err != nil {
		return backend.Onboarding{}, err
	}
	return d.Onboarding(ctx, id, today)
}
