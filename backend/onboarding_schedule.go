package backend

import (
	"math"
	"strings"
	"time"
)

// The due-date rule of a checklist. A task's due date follows from the start
// date (or, for a client-knowledge task, the later of the start date and the
// allocation's start) and the template's offset; a date the user set by hand
// follows the start date by the same number of calendar days. Nothing is due
// before the day it is scheduled: a date already past is due today, so a
// checklist never opens, or moves, with overdue tasks. Tasks done or skipped
// keep their dates, the record of what happened.

// TaskSchedule is what the due-date rule knows about one task of a checklist.
type TaskSchedule struct {
	Due string // YYYY-MM-DD as it stands
	// Offset is the template's offset from the anchor, in working days when
	// the checklist skips weekends; nil when unknown (tasks of checklists
	// started before offsets were kept), then it is worked out from Due.
	Offset *int
	// NotBefore is the allocation's start for a client-knowledge task ("" for
	// others): such a task counts from the later of it and the start date.
	NotBefore string
	ByHand    bool // the user set the due date
	State     string
}

// ScheduledDue is the due date of a task offset days from anchor, as of
// today: DueDate, or today when that is already past.
func ScheduledDue(anchor time.Time, offset int, skipWeekends bool, today time.Time) string {
	due := DueDate(anchor, offset, skipWeekends).Format(time.DateOnly)
	return max(due, dateOnly(today).Format(time.DateOnly))
}

// TaskAnchor is the day a task's offset counts from: the start date, or the
// allocation's start when that is later (notBefore "" or invalid: the start).
func TaskAnchor(start time.Time, notBefore string) time.Time {
	if nb, err := time.Parse(time.DateOnly, notBefore); err == nil && nb.After(start) {
		return nb
	}
	return start
}

// OffsetFrom is the offset that DueDate turns into due for a task anchored
// on anchor: working days when skipWeekends (counted from the Monday after a
// weekend anchor), calendar days otherwise. It undoes DueDate.
func OffsetFrom(anchor, due time.Time, skipWeekends bool) int {
	anchor, due = dateOnly(anchor), dateOnly(due)
	if !skipWeekends {
		return daysBetween(anchor, due)
	}
	for isWeekend(anchor) {
		anchor = anchor.AddDate(0, 0, 1)
	}
	// Whole weeks hold five working days each; walk the rest day by day.
	days := daysBetween(anchor, due)
	weeks := days / 7
	n, d := weeks*5, anchor.AddDate(0, 0, weeks*7)
	step := 1
	if days < 0 {
		step = -1
	}
	for !d.Equal(due) {
		d = d.AddDate(0, 0, step)
		if !isWeekend(d) {
			n += step
		}
	}
	return n
}

// Reschedule returns the task once the checklist's start date moves from
// oldStart to newStart, as of today: Due moved, and Offset known.
func Reschedule(k TaskSchedule, oldStart, newStart time.Time, skipWeekends bool, today time.Time) TaskSchedule {
	if k.State != TaskOpen {
		return k
	}
	due, err := time.Parse(time.DateOnly, k.Due)
	if err != nil {
		return k // a stored date that does not parse is left for the user to fix
	}
	if k.ByHand {
		moved := due.AddDate(0, 0, daysBetween(dateOnly(oldStart), dateOnly(newStart)))
		k.Due = max(moved.Format(time.DateOnly), dateOnly(today).Format(time.DateOnly))
		return k
	}
	if k.Offset == nil {
		n := OffsetFrom(TaskAnchor(oldStart, k.NotBefore), due, skipWeekends)
		k.Offset = &n
	}
	k.Due = ScheduledDue(TaskAnchor(newStart, k.NotBefore), *k.Offset, skipWeekends, today)
	return k
}

// dateOnly is t's calendar date at midnight UTC, the form date arithmetic uses.
func dateOnly(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

func daysBetween(a, b time.Time) int { return int(math.Round(b.Sub(a).Hours() / 24)) }

// OnboardingDate reads a date the user typed for a checklist (a start or a
// due date) or returns an invalid error for field.
func OnboardingDate(field, s string) (time.Time, error) {
	d, err := time.Parse(time.DateOnly, strings.TrimSpace(s))
	if err != nil {
		if field == "startDate" {
			return d, Invalid(field, "Enter the start date as a real date, such as 2026-12-07.")
		}
		return d, Invalid(field, "Enter the due date as a real date, such as 2026-12-07.")
	}
	return d, nil
}
