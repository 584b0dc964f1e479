package backend_test

import (
	"testing"
	"time"

	"accountdesk/backend"
)

func TestScheduledDue(t *testing.T) {
	scenarios := []struct {
		name   string
		start  string
		offset int
		skip   bool
		today  time.Time
		want   string
	}{
		{"OK a start ten days out leaves pre-boarding in the future", "2026-12-11", -7, true, date("2026-12-01"), "2026-12-02"},
		{"OK a task whose date has passed is due today", "2026-12-11", -10, true, date("2026-12-01"), "2026-12-01"},
		{"OK a task due today stays today", "2026-12-01", 0, true, date("2026-12-01"), "2026-12-01"},
		{"OK a start today puts pre-boarding on today, not overdue", "2026-12-01", -5, true, date("2026-12-01"), "2026-12-01"},
		{"OK a later task keeps its date", "2026-12-01", 30, false, date("2026-12-01"), "2026-12-31"},
		{"OK today is the user's own calendar date", "2026-12-01", -3, false,
			time.Date(2026, 12, 1, 23, 30, 0, 0, time.FixedZone("NZDT", 13*3600)), "2026-12-01"},
	}
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			if got := backend.ScheduledDue(date(sc.start), sc.offset, sc.skip, sc.today); got != sc.want {
				t.Fatalf("ScheduledDue(%s, %d, %v, %s) = %s, want %s", sc.start, sc.offset, sc.skip, sc.today, got, sc.want)
			}
		})
	}
}

func TestOffsetFromUndoesDueDate(t *testing.T) {
	// Every weekday of two weeks as the start, every offset a template allows.
	for s := date("2026-11-28"); s.Before(date("2026-12-12")); s = s.AddDate(0, 0, 1) {
		for _, skip := range []bool{true, false} {
			for n := -90; n <= 365; n++ {
				due := backend.DueDate(s, n, skip)
				if got := backend.OffsetFrom(s, due, skip); got != n {
					t.Fatalf("OffsetFrom(%s, %s, %v) = %d, want %d", s.Format(time.DateOnly), due.Format(time.DateOnly), skip, got, n)
				}
			}
		}
	}
}

func TestReschedule(t *testing.T) {
	offset := func(n int) *int { return &n }
	open := func(due string, off *int) backend.TaskSchedule {
		return backend.TaskSchedule{Due: due, Offset: off, State: backend.TaskOpen}
	}
	// Monday 30 November 2026 is the old start unless a scenario says otherwise.
	scenarios := []struct {
		name       string
		task       backend.TaskSchedule
		old, start string
		skip       bool
		today      string
		want       string
		wantOffset int
	}{
		{"OK a start a week later moves the task a week", open("2026-12-07", offset(5)), "2026-11-30", "2026-12-07", true, "2026-11-20", "2026-12-14", 5},
		{"OK working days count from the new start", open("2026-12-07", offset(5)), "2026-11-30", "2026-12-01", true, "2026-11-20", "2026-12-08", 5},
		{"OK pre-boarding before a Friday start", open("2026-11-27", offset(-1)), "2026-11-30", "2026-12-04", true, "2026-11-20", "2026-12-03", -1},
		{"OK calendar days when weekends count", open("2026-12-05", offset(5)), "2026-11-30", "2026-12-03", false, "2026-11-20", "2026-12-08", 5},
		{"OK an unknown offset is worked out from the due date", open("2026-12-07", nil), "2026-11-30", "2026-12-14", true, "2026-11-20", "2026-12-21", 5},
		{"OK an unknown offset before the start", open("2026-11-23", nil), "2026-11-30", "2026-12-07", true, "2026-11-20", "2026-11-30", -5},
		{"OK an earlier start never makes a task overdue", open("2026-11-30", offset(-5)), "2026-12-07", "2026-11-30", true, "2026-11-25", "2026-11-25", -5},
		{"OK a task due today after a clamp follows its offset again", open("2026-11-25", offset(-5)), "2026-11-30", "2026-12-14", true, "2026-11-25", "2026-12-07", -5},
		{"OK a client-knowledge task waits for a later allocation",
			backend.TaskSchedule{Due: "2027-01-07", Offset: offset(3), NotBefore: "2027-01-04", State: backend.TaskOpen},
			"2026-11-30", "2026-12-07", true, "2026-11-20", "2027-01-07", 3},
		{"OK a client-knowledge task counts from a start after the allocation's",
			backend.TaskSchedule{Due: "2026-12-04", Offset: offset(3), NotBefore: "2026-12-01", State: backend.TaskOpen},
			"2026-11-30", "2026-12-14", true, "2026-11-20", "2026-12-17", 3},
		{"OK a client-knowledge task of an old checklist, offset unknown",
			backend.TaskSchedule{Due: "2026-12-04", NotBefore: "2026-12-01", State: backend.TaskOpen},
			"2026-11-30", "2026-12-14", true, "2026-11-20", "2026-12-17", 3},
		{"OK a date set by hand keeps its distance in calendar days",
			backend.TaskSchedule{Due: "2026-12-12", Offset: offset(5), ByHand: true, State: backend.TaskOpen},
			"2026-11-30", "2026-12-03", true, "2026-11-20", "2026-12-15", 5},
		{"OK a date set by hand moved into the past is due today",
			backend.TaskSchedule{Due: "2026-11-27", ByHand: true, State: backend.TaskOpen},
			"2026-12-07", "2026-11-30", true, "2026-11-25", "2026-11-25", 0},
		{"OK a done task keeps its date", backend.TaskSchedule{Due: "2026-12-07", Offset: offset(5), State: backend.TaskDone},
			"2026-11-30", "2026-12-14", true, "2026-11-20", "2026-12-07", 5},
		{"OK a skipped task keeps its date", backend.TaskSchedule{Due: "2026-12-07", Offset: offset(5), State: backend.TaskSkipped, ByHand: true},
			"2026-11-30", "2026-12-14", true, "2026-11-20", "2026-12-07", 5},
		{"OK the same start changes nothing", open("2026-12-07", offset(5)), "2026-11-30", "2026-11-30", true, "2026-11-20", "2026-12-07", 5},
	}
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			got := backend.Reschedule(sc.task, date(sc.old), date(sc.start), sc.skip, date(sc.today))
			if got.Due != sc.want {
				t.Fatalf("due = %s, want %s", got.Due, sc.want)
			}
			if !sc.task.ByHand && (got.Offset == nil || *got.Offset != sc.wantOffset) {
				t.Fatalf("offset = %v, want %d", got.Offset, sc.wantOffset)
			}
			if got.ByHand != sc.task.ByHand || got.State != sc.task.State || got.NotBefore != sc.task.NotBefore {
				t.Fatalf("only the due date and offset change: %+v", got)
			}
		})
	}
}

func TestOnboardingDate(t *testing.T) {
	scenarios := []struct {
		name, in, want string
		ok             bool
	}{
		{"OK a date", "2026-12-07", "2026-12-07", true},
		{"OK spaces around it", " 2026-12-07 ", "2026-12-07", true},
		{"ErrImpossibleDate", "2026-02-30", "", false},
		{"ErrEmpty", "", "", false},
		{"ErrDayFirst", "07/12/2026", "", false},
	}
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			d, err := backend.OnboardingDate("startDate", sc.in)
			if !sc.ok {
				if backend.ErrorCode(err) != backend.EINVALID || backend.ErrorField(err) != "startDate" {
					t.Fatalf("err = %v, want invalid startDate", err)
				}
				return
			}
			if err != nil || d.Format(time.DateOnly) != sc.want {
				t.Fatalf("OnboardingDate(%q) = %s, %v", sc.in, d, err)
			}
		})
	}
}
