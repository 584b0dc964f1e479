package backend_test

import (
	"errors"
	"reflect"
	"testing"
	"time"

	"accountdesk/backend"
)

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// When the next 1:1 is due and whether it was missed: the schedule a
// director sees on the Dashboard and the person's page.
func TestScheduleOf(t *testing.T) {
	scenarios := []struct {
		name                     string
		cadence, since, lastHeld string
		today                    string
		wantDue                  string
		wantOverdue              bool
		wantDays                 int
	}{
		{"no cadence: nothing is due", backend.CadenceNone, "2026-01-01", "2026-01-05", "2026-06-01", "", false, 0},
		{"empty cadence reads as none", "", "2026-01-01", "", "2026-06-01", "", false, 0},
		{"weekly after the last one", backend.CadenceWeekly, "2026-01-01", "2026-03-02", "2026-03-05", "2026-03-09", false, 0},
		{"weekly: due today is not missed yet", backend.CadenceWeekly, "2026-01-01", "2026-03-02", "2026-03-09", "2026-03-09", false, 0},
		{"weekly: the day after it is missed", backend.CadenceWeekly, "2026-01-01", "2026-03-02", "2026-03-10", "2026-03-09", true, 1},
		{"fortnightly after the last one", backend.CadenceFortnightly, "2026-01-01", "2026-03-02", "2026-03-20", "2026-03-16", true, 4},
		{"monthly after the last one", backend.CadenceMonthly, "2026-01-01", "2026-03-15", "2026-04-01", "2026-04-15", false, 0},
		{"monthly from the 31st: the end of a shorter month", backend.CadenceMonthly, "2026-01-01", "2026-01-31", "2026-02-10", "2026-02-28", false, 0},
		{"monthly from the 31st in a leap year", backend.CadenceMonthly, "2028-01-01", "2028-01-31", "2028-02-10", "2028-02-29", false, 0},
		{"monthly across the year end", backend.CadenceMonthly, "2026-01-01", "2026-12-20", "2027-01-02", "2027-01-20", false, 0},
		{"none held yet: one interval after the cadence was set", backend.CadenceWeekly, "2026-03-02", "", "2026-03-04", "2026-03-09", false, 0},
		{"none held yet and missed", backend.CadenceMonthly, "2026-01-10", "", "2026-03-01", "2026-02-10", true, 19},
		{"a 1:1 before the cadence was set does not count", backend.CadenceWeekly, "2026-03-02", "2025-12-01", "2026-03-04", "2026-03-09", false, 0},
		{"a 1:1 on the day it was set counts", backend.CadenceWeekly, "2026-03-02", "2026-03-02", "2026-03-04", "2026-03-09", false, 0},
		{"an unreadable since: from the last one", backend.CadenceWeekly, "soon", "2026-03-02", "2026-03-04", "2026-03-09", false, 0},
		{"nothing readable: from today", backend.CadenceWeekly, "", "", "2026-03-04", "2026-03-11", false, 0},
	}
	for _, s := range scenarios {
		t.Run(s.name, func(t *testing.T) {
			got := backend.ScheduleOf(backend.Schedule{PersonID: 7, Cadence: s.cadence, Since: s.since, LastHeld: s.lastHeld}, day(s.today))
			if got.NextDue != s.wantDue || got.Overdue != s.wantOverdue || got.DaysOverdue != s.wantDays {
				t.Errorf("due %q overdue %v by %d; want %q %v by %d", got.NextDue, got.Overdue, got.DaysOverdue, s.wantDue, s.wantOverdue, s.wantDays)
			}
			if got.PersonID != 7 || got.LastHeld != s.lastHeld {
				t.Errorf("the schedule's person and last 1:1 are kept: %+v", got)
			}
		})
	}
}

// Unchecked talking points come over to the next 1:1 by themselves; checked
// ones stay where they were settled.
func TestCarryOver(t *testing.T) {
	pt := func(text string, done bool, from string) backend.TalkingPoint {
		return backend.TalkingPoint{Key: text, Text: text, Side: backend.SideReport, Done: done, CarriedFrom: from}
	}
	scenarios := []struct {
		name string
		prev backend.OneOnOne
		want []backend.TalkingPoint
	}{
		{"nothing before", backend.OneOnOne{}, []backend.TalkingPoint{}},
		{"all checked: nothing carries", backend.OneOnOne{Date: "2026-03-02", Points: []backend.TalkingPoint{pt("a", true, "")}}, []backend.TalkingPoint{}},
		{"unchecked carry in order with the date raised", backend.OneOnOne{Date: "2026-03-02",
			Points: []backend.TalkingPoint{pt("a", false, ""), pt("b", true, ""), pt("c", false, "")}},
			[]backend.TalkingPoint{pt("a", false, "2026-03-02"), pt("c", false, "2026-03-02")}},
		{"a point carried twice keeps its first date", backend.OneOnOne{Date: "2026-03-09",
			Points: []backend.TalkingPoint{pt("a", false, "2026-03-02")}},
			[]backend.TalkingPoint{pt("a", false, "2026-03-02")}},
		{"blank points do not carry", backend.OneOnOne{Date: "2026-03-09",
			Points: []backend.TalkingPoint{pt(" ", false, "")}}, []backend.TalkingPoint{}},
	}
	for _, s := range scenarios {
		t.Run(s.name, func(t *testing.T) {
			if got := backend.CarryOver(s.prev); !reflect.DeepEqual(got, s.want) {
				t.Errorf("got %+v, want %+v", got, s.want)
			}
		})
	}
	t.Run("the previous 1:1 is not changed", func(t *testing.T) {
		prev := backend.OneOnOne{Date: "2026-03-02", Points: []backend.TalkingPoint{pt("a", false, "")}}
		backend.CarryOver(prev)
		if prev.Points[0].CarriedFrom != "" {
			t.Errorf("the earlier 1:1's point was changed: %+v", prev.Points[0])
		}
	})
}

func TestOpenActions(t *testing.T) {
	a := func(text, due string, done bool) backend.ActionItem {
		return backend.ActionItem{Action: backend.OneOnOneAction{Text: text, Due: due, Done: done, Owner: backend.SideDirector}}
	}
	got := backend.OpenActions([]backend.ActionItem{a("later", "2026-04-01", false), a("none", "", false),
		a("done", "2026-01-01", true), a("late", "2026-03-01", false), a("today", "2026-03-10", false)}, day("2026-03-10"))
	var texts []string
	var overdue []bool
	for _, x := range got {
		texts = append(texts, x.Action.Text)
		overdue = append(overdue, x.Overdue)
	}
	if !reflect.DeepEqual(texts, []string{"late", "today", "later", "none"}) {
		t.Errorf("order %v: open ones by due date, undated last, done ones left out", texts)
	}
	if !reflect.DeepEqual(overdue, []bool{true, false, false, false}) {
		t.Errorf("overdue %v: only a due date before today is overdue", overdue)
	}
}

func TestOneOnOneValidate(t *testing.T) {
	ok := func() backend.OneOnOne {
		return backend.OneOnOne{Date: "2026-03-10",
			Points:  []backend.TalkingPoint{{Text: "Pitch", Side: backend.SideReport}},
			Actions: []backend.OneOnOneAction{{Text: "Book course", Owner: backend.SideDirector, Due: "2026-03-20"}}}
	}
	scenarios := []struct {
		name   string
		change func(*backend.OneOnOne)
		field  string
	}{
		{"OK", func(*backend.OneOnOne) {}, ""},
		{"ErrDate", func(m *backend.OneOnOne) { m.Date = "10/03/2026" }, "date"},
		{"ErrPointText", func(m *backend.OneOnOne) { m.Points[0].Text = "  " }, "points.0.text"},
		{"ErrPointSide", func(m *backend.OneOnOne) { m.Points[0].Side = "boss" }, "points.0.side"},
		{"ErrActionText", func(m *backend.OneOnOne) { m.Actions[0].Text = "" }, "actions.0.text"},
		{"ErrActionOwner", func(m *backend.OneOnOne) { m.Actions[0].Owner = "" }, "actions.0.owner"},
		{"ErrActionDue", func(m *backend.OneOnOne) { m.Actions[0].Due = "Friday" }, "actions.0.due"},
	}
	for _, s := range scenarios {
		t.Run(s.name, func(t *testing.T) {
			m := ok()
			s.change(&m)
			err := m.Validate()
			var e *backend.Error
			if s.field == "" {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				return
			}
			if !errors.As(err, &e) || e.Code != backend.EINVALID || e.Field != s.field {
				t.Errorf("got %v, want invalid on %s", err, s.field)
			}
		})
	}
}

func TestFeedbackNoteValidate(t *testing.T) {
	ok := func() backend.FeedbackNote {
		return backend.FeedbackNote{Kind: backend.NoteClient, Text: "The client loved the deck", Date: "2026-03-10", AccountID: 3}
	}
	scenarios := []struct {
		name   string
		change func(*backend.FeedbackNote)
		field  string
	}{
		{"OK", func(*backend.FeedbackNote) {}, ""},
		{"ErrKind", func(n *backend.FeedbackNote) { n.Kind = "gossip" }, "kind"},
		{"ErrText", func(n *backend.FeedbackNote) { n.Text = " " }, "text"},
		{"ErrDate", func(n *backend.FeedbackNote) { n.Date = "" }, "date"},
		{"ErrAccount", func(n *backend.FeedbackNote) { n.AccountID = -1 }, "accountId"},
	}
	for _, s := range scenarios {
		t.Run(s.name, func(t *testing.T) {
			n := ok()
			s.change(&n)
			err := n.Validate()
			var e *backend.Error
			if s.field == "" {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				return
			}
			if !errors.As(err, &e) || e.Code != backend.EINVALID || e.Field != s.field {
				t.Errorf("got %v, want invalid on %s", err, s.field)
			}
		})
	}
}

func TestSchedulesOf(t *testing.T) {
	got := backend.SchedulesOf([]backend.Schedule{
		{PersonName: "Zoe", Cadence: backend.CadenceNone},
		{PersonName: "Bea", Cadence: backend.CadenceWeekly, LastHeld: "2026-03-09"},
		{PersonName: "Cal", Cadence: backend.CadenceWeekly, LastHeld: "2026-02-01"},
		{PersonName: "Ada", Cadence: backend.CadenceWeekly, LastHeld: "2026-03-01"},
		{PersonName: "Dan", Cadence: backend.CadenceWeekly, LastHeld: "2026-03-09"},
	}, day("2026-03-10"))
	var names []string
	for _, s := range got {
		names = append(names, s.PersonName)
	}
	if !reflect.DeepEqual(names, []string{"Cal", "Ada", "Bea", "Dan", "Zoe"}) {
		t.Errorf("order %v: longest missed first, then next due, then by name; no cadence last", names)
	}
}
