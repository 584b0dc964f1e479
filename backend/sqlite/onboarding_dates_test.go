package sqlite_test

import (
	"context"
	"database/sql"
	"testing"
	"time"

	"accountdesk/backend"
)

// dueByTitle maps each task of a checklist to its due date.
func dueByTitle(o backend.Onboarding) map[string]string {
	out := map[string]string{}
	for _, k := range o.Tasks {
		out[k.Title] = k.Due
	}
	return out
}

func taskID(t *testing.T, o backend.Onboarding, title string) int64 {
	t.Helper()
	for _, k := range o.Tasks {
		if k.Title == title {
			return k.ID
		}
	}
	t.Fatalf("no task %q", title)
	return 0
}

// TestOnboardingStartDate: a new AE starting in ten days gets a checklist
// with nothing overdue, and moving the start date moves the due dates.
func TestOnboardingStartDate(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	tpls, _ := db.Templates(ctx)
	builtIn := tpls[0]
	offsets := map[string]int{}
	for _, k := range builtIn.Tasks {
		offsets[k.Title] = k.OffsetDays
	}
	today := date("2026-12-01") // a Tuesday
	hire := mustPerson(t, db, backend.Person{Name: "Riley", StartDate: "2026-12-11", Status: backend.PersonOnboarding})
	acme := mustCreateAccount(t, db, backend.Account{Name: "Acme"})
	globex := mustCreateAccount(t, db, backend.Account{Name: "Globex"})
	for _, a := range []backend.Allocation{
		{PersonID: hire.ID, AccountID: acme.ID, Percent: 50, StartDate: "2026-12-11"},
		{PersonID: hire.ID, AccountID: globex.ID, Percent: 30, StartDate: "2027-01-04"},
	} {
		if _, err := db.SaveAllocation(ctx, a); err != nil {
			t.Fatal(err)
		}
	}

	o, err := db.StartOnboarding(ctx, hire.ID, builtIn.ID, "2026-12-11", 0, today)
	if err != nil {
		t.Fatal(err)
	}
	t.Run("OK a start ten days out opens with nothing overdue", func(t *testing.T) {
		if o.Progress.Overdue != 0 {
			t.Fatalf("overdue = %d, want 0", o.Progress.Overdue)
		}
		due := dueByTitle(o)
		// Ten working days before Friday 11 December was 27 November: too late to keep, so due today.
		if got := due["Send the contract and new-starter forms"]; got != "2026-12-01" {
			t.Errorf("contract due %s, want today", got)
		}
		if got := due["Add to the org chart, mailing lists and team page"]; got != "2026-12-02" {
			t.Errorf("org chart (7 working days before 11 Dec) due %s, want 2026-12-02", got)
		}
		if got := due["Read the account plan for Globex"]; got != "2027-01-07" {
			t.Errorf("Globex task due %s, want 3 working days after the allocation starts", got)
		}
	})

	// The laptop is ready; the welcome meeting is booked by hand for Monday.
	if _, err := db.UpdateTask(ctx, backend.TaskUpdate{TaskID: taskID(t, o, "Laptop, email and accounts ready"), State: backend.TaskDone}, today); err != nil {
		t.Fatal(err)
	}
	welcome := taskID(t, o, "Welcome and team introductions")
	if got, err := db.SetTaskDue(ctx, welcome, "2026-12-14", today); err != nil || dueByTitle(got)["Welcome and team introductions"] != "2026-12-14" {
		t.Fatalf("set due by hand: %v", err)
	}

	t.Run("OK a start a week later moves the due dates", func(t *testing.T) {
		got, err := db.SetStartDate(ctx, o.ID, "2026-12-18", today)
		if err != nil {
			t.Fatal(err)
		}
		if got.StartDate != "2026-12-18" {
			t.Fatalf("start = %s", got.StartDate)
		}
		newStart := date("2026-12-18")
		for _, k := range got.Tasks {
			want := ""
			switch {
			case k.Title == "Laptop, email and accounts ready":
				want = "2026-12-04" // done: it keeps its date
			case k.Title == "Welcome and team introductions":
				want = "2026-12-21" // by hand: seven calendar days later, like the start
				if !k.DueByHand {
					t.Errorf("the welcome meeting's date is marked as set by hand")
				}
			case k.AccountID == globex.ID:
				continue // below
			case k.AccountID == acme.ID:
				want = backend.DueDate(newStart, map[string]int{"Read the account plan for Acme": 3, "Meet the key stakeholders of Acme": 10, "Review open jobs for Acme": 5}[k.Title], true).Format(time.DateOnly)
			default:
				want = backend.ScheduledDue(newStart, offsets[k.Title], true, today)
			}
			if k.Due != want {
				t.Errorf("%s due %s, want %s", k.Title, k.Due, want)
			}
		}
		if d := dueByTitle(got); d["Send the contract and new-starter forms"] != "2026-12-04" || d["Read the account plan for Globex"] != "2027-01-07" {
			t.Errorf("the contract follows its offset again (4 Dec); Globex still waits for its allocation: %s, %s",
				d["Send the contract and new-starter forms"], d["Read the account plan for Globex"])
		}
	})

	t.Run("OK an earlier start makes nothing overdue", func(t *testing.T) {
		got, err := db.SetStartDate(ctx, o.ID, "2026-12-04", today)
		if err != nil {
			t.Fatal(err)
		}
		if got.Progress.Overdue != 0 {
			t.Fatalf("overdue = %d", got.Progress.Overdue)
		}
		if d := dueByTitle(got); d["Send the contract and new-starter forms"] != "2026-12-01" || d["Welcome and team introductions"] != "2026-12-07" {
			t.Errorf("contract due %s (want today), welcome due %s (want 14 days earlier)", d["Send the contract and new-starter forms"], d["Welcome and team introductions"])
		}
	})

	before, _ := db.Onboarding(ctx, o.ID, today)
	unchanged := func(t *testing.T) {
		t.Helper()
		after, _ := db.Onboarding(ctx, o.ID, today)
		if after.StartDate != before.StartDate {
			t.Errorf("start moved to %s", after.StartDate)
		}
		b, a := dueByTitle(before), dueByTitle(after)
		for title := range b {
			if a[title] != b[title] {
				t.Errorf("%s moved from %s to %s", title, b[title], a[title])
			}
		}
	}

	t.Run("ErrImpossibleStartDate", func(t *testing.T) {
		_, err := db.SetStartDate(ctx, o.ID, "2026-02-30", today)
		if backend.ErrorCode(err) != backend.EINVALID || backend.ErrorField(err) != "startDate" {
			t.Fatalf("err = %v", err)
		}
		unchanged(t)
	})

	t.Run("ErrImpossibleDueDate", func(t *testing.T) {
		_, err := db.SetTaskDue(ctx, welcome, "2026-13-01", today)
		if backend.ErrorCode(err) != backend.EINVALID || backend.ErrorField(err) != "due" {
			t.Fatalf("err = %v", err)
		}
		unchanged(t)
	})

	t.Run("ErrNotFound", func(t *testing.T) {
		if _, err := db.SetStartDate(ctx, 9999, "2026-12-18", today); backend.ErrorCode(err) != backend.ENOTFOUND {
			t.Fatalf("start: %v", err)
		}
		if _, err := db.SetTaskDue(ctx, 9999, "2026-12-18", today); backend.ErrorCode(err) != backend.ENOTFOUND {
			t.Fatalf("due: %v", err)
		}
	})

	t.Run("OK a failure half-way moves nothing", func(t *testing.T) {
		raw, err := sql.Open("sqlite3", db.Path()+"?_busy_timeout=5000")
		if err != nil {
			t.Fatal(err)
		}
		defer raw.Close()
		if _, err := raw.Exec(`CREATE TRIGGER fail_on_checkin BEFORE UPDATE OF due ON onboarding_tasks
			WHEN NEW.title = '90-day review with the director' BEGIN SELECT RAISE(ABORT, 'disk full'); END`); err != nil {
			t.Fatal(err)
		}
		defer raw.Exec(`DROP TRIGGER fail_on_checkin`) //nolint:errcheck
		if _, err := db.SetStartDate(ctx, o.ID, "2026-12-18", today); err == nil {
			t.Fatal("the write failed, yet SetStartDate reported success")
		}
		unchanged(t)
	})

	t.Run("ErrLockedOnceFinished", func(t *testing.T) {
		if _, err := db.CloseOnboarding(ctx, o.ID, "Joined another team", today); err != nil {
			t.Fatal(err)
		}
		if _, err := db.SetStartDate(ctx, o.ID, "2026-12-18", today); backend.ErrorCode(err) != backend.ELOCKED {
			t.Fatalf("start: %v", err)
		}
		if _, err := db.SetTaskDue(ctx, welcome, "2026-12-18", today); backend.ErrorCode(err) != backend.ELOCKED {
			t.Fatalf("due: %v", err)
		}
	})
}

// TestOnboardingStartDateOfAnOldChecklist: a checklist started before the
// migration that keeps offsets (schema 11) moves its due dates the same way.
func TestOnboardingStartDateOfAnOldChecklist(t *testing.T) {
	ctx := context.Background()
	path := workspaceAtVersion(t, 11,
		`INSERT INTO people (id, name, role, start_date, status, capacity_hours_per_week) VALUES (1, 'Riley', 'Account Executive', '2026-11-30', 'onboarding', 40)`,
		`INSERT INTO accounts (id, name, tier, status, health, contract_type, created_at, updated_at) VALUES (1, 'Acme', 'key', 'active', 'green', 'retainer', 'x', 'x')`,
		`INSERT INTO allocations (person_id, account_id, percent, role, start_date) VALUES (1, 1, 50, 'support', '2026-12-14')`,
		`INSERT INTO onboardings (id, person_id, template_name, start_date, skip_weekends, status, created_at) VALUES (1, 1, 'New AE', '2026-11-30', 1, 'in_progress', 'x')`,
		// 5 working days before, 5 after the Monday start; 3 after the allocation's start.
		`INSERT INTO onboarding_tasks (onboarding_id, position, title, category, owner_kind, due, state) VALUES
			(1, 0, 'Laptop', 'before_day_one', 'it', '2026-11-23', 'open'),
			(1, 1, 'Training', 'compliance', 'new_hire', '2026-12-07', 'open')`,
		`INSERT INTO onboarding_tasks (onboarding_id, position, title, category, owner_kind, due, state, account_id) VALUES
			(1, 2, 'Read the account plan for Acme', 'client_knowledge', 'new_hire', '2026-12-17', 'open', 1)`,
	)
	db := MustOpenDBAt(t, path)
	got, err := db.SetStartDate(ctx, 1, "2026-12-07", date("2026-11-01"))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"Laptop": "2026-11-30", "Training": "2026-12-14", "Read the account plan for Acme": "2026-12-17"}
	for title, due := range dueByTitle(got) {
		if due != want[title] {
			t.Errorf("%s due %s, want %s", title, due, want[title])
		}
	}
}

func date(s string) time.Time {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return d
}
