package backend_test

import (
	"testing"
	"time"

	"accountdesk/backend"
)

func TestDueDate(t *testing.T) {
	scenarios := []struct {
		name   string
		start  string
		offset int
		skip   bool
		want   string
	}{
		{"OK day one is the start", "2026-11-30", 0, true, "2026-11-30"},
		{"OK working days skip the weekend", "2026-11-30", 5, true, "2026-12-07"},
		{"OK Friday plus one working day is Monday", "2026-12-04", 1, true, "2026-12-07"},
		{"OK pre-boarding goes back over the weekend", "2026-11-30", -1, true, "2026-11-27"},
		{"OK five working days before a Monday start", "2026-11-30", -5, true, "2026-11-23"},
		{"OK a Saturday start counts from Monday", "2026-12-05", 0, true, "2026-12-07"},
		{"OK a Sunday start, two working days on", "2026-12-06", 2, true, "2026-12-09"},
		{"OK across a month end", "2026-01-29", 3, true, "2026-02-03"},
		{"OK across the year end", "2026-12-30", 3, true, "2027-01-04"},
		{"OK calendar days when weekends count", "2026-11-30", 5, false, "2026-12-05"},
		{"OK calendar days back across a month end", "2026-03-02", -3, false, "2026-02-27"},
		{"OK leap day", "2028-02-28", 1, false, "2028-02-29"},
	}
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			if got := backend.DueDate(date(sc.start), sc.offset, sc.skip).Format(time.DateOnly); got != sc.want {
				t.Fatalf("DueDate(%s, %d, %v) = %s, want %s", sc.start, sc.offset, sc.skip, got, sc.want)
			}
		})
	}
}

func TestProgressOf(t *testing.T) {
	today := date("2026-12-10")
	task := func(state, due string, optional bool) backend.OnboardingTask {
		return backend.OnboardingTask{State: state, Due: due, Optional: optional}
	}
	scenarios := []struct {
		name           string
		tasks          []backend.OnboardingTask
		required, done int
		percent        float64
		overdue        int
	}{
		{"OK nothing done", []backend.OnboardingTask{task("open", "2026-12-20", false), task("open", "2026-12-20", false)}, 2, 0, 0, 0},
		{"OK half done", []backend.OnboardingTask{task("done", "2026-12-01", false), task("open", "2026-12-20", false)}, 2, 1, 50, 0},
		{"OK optional tasks do not count", []backend.OnboardingTask{task("done", "", false), task("open", "2026-12-20", true), task("skipped", "", true)}, 1, 1, 100, 0},
		{"OK open task due yesterday is overdue", []backend.OnboardingTask{task("open", "2026-12-09", false), task("open", "2026-12-10", false)}, 2, 0, 0, 1},
		{"OK done late is not overdue", []backend.OnboardingTask{task("done", "2026-12-01", false)}, 1, 1, 100, 0},
		{"OK no required tasks is complete", []backend.OnboardingTask{task("open", "2026-12-20", true)}, 0, 0, 100, 0},
	}
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			p := backend.ProgressOf(sc.tasks, today)
			if p.Required != sc.required || p.Done != sc.done || p.Percent != sc.percent || p.Overdue != sc.overdue {
				t.Fatalf("progress = %+v", p)
			}
		})
	}
}

func TestNewAETemplateIsValid(t *testing.T) {
	tpl := backend.NewAETemplate()
	if err := tpl.Validate(); err != nil {
		t.Fatal(err)
	}
	cats := map[string]int{}
	for _, k := range tpl.Tasks {
		cats[k.Category]++
	}
	for _, c := range []string{backend.CatBeforeDayOne, backend.CatIntroMeetings, backend.CatAgencyProcesses, backend.CatCheckIns} {
		if cats[c] == 0 {
			t.Errorf("the built-in template has no %s tasks", c)
		}
	}
}
