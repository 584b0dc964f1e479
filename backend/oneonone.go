package backend

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// 1:1 meetings between the director and their direct reports, and the
// feedback notes kept about a person between appraisals. Both are as
// confidential as appraisals: behind the appraisals passphrase, never in
// logs, never in an export.

// 1:1 cadences.
const (
	CadenceNone        = "none"
	CadenceWeekly      = "weekly"
	CadenceFortnightly = "fortnightly"
	CadenceMonthly     = "monthly"
)

// Sides of a 1:1: who raised a talking point, who owns an action.
const (
	SideDirector = "director"
	SideReport   = "report"
)

// Feedback note kinds.
const (
	NotePraise   = "praise"
	NoteConcern  = "concern"
	NoteCoaching = "coaching"
	NoteClient   = "client_feedback"
)

// Schedule is how often the director meets a direct report one to one, and
// when the next 1:1 is due.
type Schedule struct {
	PersonID   int64  `json:"personId"`
	PersonName string `json:"personName"`
	Cadence    string `json:"cadence"` // CadenceNone … CadenceMonthly
	// Since is the day the cadence was set: the first 1:1 is due one
	// interval after it.
	Since    string `json:"since"`
	LastHeld string `json:"lastHeld"` // the latest 1:1 on or before today; "" for none
	NextDue  string `json:"nextDue"`  // "" without a cadence
	Overdue  bool   `json:"overdue"`
	// DaysOverdue is how many days past NextDue today is (0 when not overdue).
	DaysOverdue int `json:"daysOverdue"`
}

// ValidCadence reports whether c is a cadence AccountDesk knows.
func ValidCadence(c string) bool {
	return oneOf(c, CadenceNone, CadenceWeekly, CadenceFortnightly, CadenceMonthly)
}

// afterCadence is the day one cadence interval after d. A month after the
// 31st is the last day of a shorter month, never a day of the month after.
func afterCadence(d time.Time, cadence string) time.Time {
	switch cadence {
	case CadenceWeekly:
		return d.AddDate(0, 0, 7)
	case CadenceFortnightly:
		return d.AddDate(0, 0, 14)
	case CadenceMonthly:
		first := time.Date(d.Year(), d.Month()+1, 1, 0, 0, 0, 0, time.UTC)
		last := first.AddDate(0, 1, -1).Day()
		return time.Date(first.Year(), first.Month(), min(d.Day(), last), 0, 0, 0, 0, time.UTC)
	}
	return time.Time{}
}

// ScheduleOf works out when the next 1:1 is due: one interval after the
// last one held, or after the day the cadence was set when none was held
// since. A 1:1 is missed (Overdue) once its due day has passed. Without a
// cadence nothing is due. Dates that do not read count as absent.
func ScheduleOf(s Schedule, today time.Time) Schedule {
	s.NextDue, s.Overdue, s.DaysOverdue = "", false, 0
	if s.Cadence == "" {
		s.Cadence = CadenceNone
	}
	if s.Cadence == CadenceNone {
		return s
	}
	from, err := time.Parse(time.DateOnly, s.Since)
	if last, err2 := time.Parse(time.DateOnly, s.LastHeld); err2 == nil && (err != nil || !last.Before(from)) {
		from, err = last, nil
	}
	if err != nil {
		from = today
	}
	due := afterCadence(from, s.Cadence)
	s.NextDue = due.Format(time.DateOnly)
	t := time.Date(today.Year(), today.Month(), today.Day(), 0, 0, 0, 0, time.UTC)
	if t.After(due) {
		s.Overdue = true
		s.DaysOverdue = int(t.Sub(due).Hours() / 24)
	}
	return s
}

// SchedulesOf works out each schedule (ScheduleOf) and orders them for the
// Dashboard: missed 1:1s first, longest missed first, then by the day the
// next is due, those without a cadence last, by name.
func SchedulesOf(rows []Schedule, today time.Time) []Schedule {
	out := make([]Schedule, 0, len(rows))
	for _, r := range rows {
		out = append(out, ScheduleOf(r, today))
	}
	rank := func(s Schedule) (int, int, string) {
		switch {
		case s.Overdue:
			return 0, -s.DaysOverdue, s.NextDue
		case s.NextDue != "":
			return 1, 0, s.NextDue
		}
		return 2, 0, ""
	}
	slices.SortStableFunc(out, func(a, b Schedule) int {
		ga, da, na := rank(a)
		gb, db, nb := rank(b)
		return cmp.Or(cmp.Compare(ga, gb), cmp.Compare(da, db), strings.Compare(na, nb), strings.Compare(a.PersonName, b.PersonName))
	})
	return out
}

// TalkingPoint is something either side wants to talk about in a 1:1.
type TalkingPoint struct {
	Key  string `json:"key"`
	Text string `json:"text"`
	Side string `json:"side"` // SideDirector or SideReport
	Done bool   `json:"done"`
	// CarriedFrom is the date of the 1:1 the point was first raised in when
	// it came over unchecked; "" for a point raised in this 1:1.
	CarriedFrom string `json:"carriedFrom"`
}

// OneOnOneAction is an action item agreed in a 1:1.
type OneOnOneAction struct {
	Key   string `json:"key"`
	Text  string `json:"text"`
	Owner string `json:"owner"` // SideDirector or SideReport
	Due   string `json:"due"`   // "" for none
	Done  bool   `json:"done"`
}

// OneOnOne is one 1:1 meeting with a direct report.
type OneOnOne struct {
	ID          int64          `json:"id"`
	PersonID    int64          `json:"personId"`
	Date        string         `json:"date"`
	Points      []TalkingPoint `json:"points"`
	SharedNotes string         `json:"sharedNotes"`
	// PrivateNotes are the director's alone: never exported, never shown
	// beside an appraisal.
	PrivateNotes string           `json:"privateNotes"`
	Actions      []OneOnOneAction `json:"actions"`
	Version      int64            `json:"version"`
}

// Normalize trims what is typed loosely and gives lists their empty value.
func (m *OneOnOne) Normalize() {
	if m.Points == nil {
		m.Points = []TalkingPoint{}
	}
	if m.Actions == nil {
		m.Actions = []OneOnOneAction{}
	}
	for i := range m.Points {
		m.Points[i].Text = strings.TrimSpace(m.Points[i].Text)
	}
	for i := range m.Actions {
		m.Actions[i].Text = strings.TrimSpace(m.Actions[i].Text)
	}
}

// Validate returns an invalid error naming the first wrong field.
func (m OneOnOne) Validate() error {
	if d, err := time.Parse(time.DateOnly, m.Date); err != nil || d.Year() < 1900 {
		return Invalid("date", "Give the 1:1 a date.")
	}
	switch {
	case len(m.Points) > OneOnOneMaxItems:
		return Invalid("points", "A 1:1 holds at most %d talking points.", OneOnOneMaxItems)
	case len(m.Actions) > OneOnOneMaxItems:
		return Invalid("actions", "A 1:1 holds at most %d action items.", OneOnOneMaxItems)
	case len(m.SharedNotes) > OneOnOneNotesMaxLen:
		return Invalid("sharedNotes", "The shared notes are too long (at most %d characters).", OneOnOneNotesMaxLen)
	case len(m.PrivateNotes) > OneOnOneNotesMaxLen:
		return Invalid("privateNotes", "Your private notes are too long (at most %d characters).", OneOnOneNotesMaxLen)
	}
	for i, p := range m.Points {
		f := fmt.Sprintf("points.%d.", i)
		switch {
		case strings.TrimSpace(p.Text) == "":
			return Invalid(f+"text", "Write the talking point, or remove it.")
		case utf8.RuneCountInString(p.Text) > OneOnOneItemMaxLen:
			return Invalid(f+"text", "A talking point is at most %d characters.", OneOnOneItemMaxLen)
		case !oneOf(p.Side, SideDirector, SideReport):
			return Invalid(f+"side", "Say who raised the talking point: you or them.")
		case !validDate(p.CarriedFrom):
			return Invalid(f+"carriedFrom", "The talking point's first 1:1 has no readable date.")
		}
	}
	for i, a := range m.Actions {
		f := fmt.Sprintf("actions.%d.", i)
		switch {
		case strings.TrimSpace(a.Text) == "":
			return Invalid(f+"text", "Write the action, or remove it.")
		case utf8.RuneCountInString(a.Text) > OneOnOneItemMaxLen:
			return Invalid(f+"text", "An action is at most %d characters.", OneOnOneItemMaxLen)
		case !oneOf(a.Owner, SideDirector, SideReport):
			return Invalid(f+"owner", "Say who owns the action: you or them.")
		case !validDate(a.Due):
			return Invalid(f+"due", "The due date is not a date.")
		}
	}
	return nil
}

// CarryOver is what a new 1:1 starts with: every unchecked talking point of
// the previous one, in order, marked with the date it was first raised (a
// point carried twice keeps its first date). Checked points stay behind.
func CarryOver(prev OneOnOne) []TalkingPoint {
	out := []TalkingPoint{}
	for _, p := range prev.Points {
		if p.Done || strings.TrimSpace(p.Text) == "" {
			continue
		}
		if p.CarriedFrom == "" {
			p.CarriedFrom = prev.Date
		}
		out = append(out, p)
	}
	return out
}

// OneOnOneSummary is a 1:1 in a person's list.
type OneOnOneSummary struct {
	ID          int64  `json:"id"`
	Date        string `json:"date"`
	Points      int    `json:"points"`
	OpenPoints  int    `json:"openPoints"`
	OpenActions int    `json:"openActions"`
}

// ActionItem is an open 1:1 action as listed with the director's other
// actions: whose 1:1 it came from and whether it is overdue.
type ActionItem struct {
	OneOnOneID int64          `json:"oneOnOneId"`
	PersonID   int64          `json:"personId"`
	PersonName string         `json:"personName"`
	Date       string         `json:"date"` // the 1:1's
	Action     OneOnOneAction `json:"action"`
	Overdue    bool           `json:"overdue"`
}

// OpenActions lists the 1:1 actions not done yet, the overdue ones (due
// before today) first by due date, then those without a due date.
func OpenActions(items []ActionItem, today time.Time) []ActionItem {
	t := today.Format(time.DateOnly)
	out := []ActionItem{}
	for _, x := range items {
		if x.Action.Done {
			continue
		}
		x.Overdue = x.Action.Due != "" && x.Action.Due < t
		out = append(out, x)
	}
	slices.SortStableFunc(out, func(a, b ActionItem) int {
		if (a.Action.Due == "") != (b.Action.Due == "") {
			return cmp.Compare(boolInt(a.Action.Due == ""), boolInt(b.Action.Due == ""))
		}
		return strings.Compare(a.Action.Due, b.Action.Due)
	})
	return out
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// FeedbackNote is something noted about a person when it happened.
type FeedbackNote struct {
	ID          int64  `json:"id"`
	PersonID    int64  `json:"personId"`
	Kind        string `json:"kind"` // NotePraise … NoteClient
	Text        string `json:"text"`
	Date        string `json:"date"`
	AccountID   int64  `json:"accountId"`   // 0 for none
	AccountName string `json:"accountName"` // set by the store
	Competency  string `json:"competency"`  // a competency's key; "" for none
	// OneOnOneID is the 1:1 whose private notes the director pulled this
	// passage out of; 0 for a note written as a note.
	OneOnOneID int64 `json:"oneOnOneId"`
	Version    int64 `json:"version"`
}

// NoteKinds lists the kinds of feedback note, in the order they are offered.
func NoteKinds() []string { return []string{NotePraise, NoteConcern, NoteCoaching, NoteClient} }

// Normalize trims the note's text.
func (n *FeedbackNote) Normalize() {
	n.Text = strings.TrimSpace(n.Text)
	n.Competency = strings.TrimSpace(n.Competency)
}

// Validate returns an invalid error naming the first wrong field.
func (n FeedbackNote) Validate() error {
	d, err := time.Parse(time.DateOnly, n.Date)
	switch {
	case !oneOf(n.Kind, NoteKinds()...):
		return Invalid("kind", "Choose what kind of note this is: praise, concern, coaching or client feedback.")
	case strings.TrimSpace(n.Text) == "":
		return Invalid("text", "Write what happened.")
	case utf8.RuneCountInString(n.Text) > FeedbackNoteMaxLen:
		return Invalid("text", "A note is at most %d characters.", FeedbackNoteMaxLen)
	case err != nil || d.Year() < 1900:
		return Invalid("date", "Give the note a date.")
	case n.AccountID < 0:
		return Invalid("accountId", "That account does not exist.")
	case n.OneOnOneID < 0:
		return Invalid("oneOnOneId", "That 1:1 does not exist.")
	case len(n.Competency) > NameMaxLen:
		return Invalid("competency", "That competency does not exist.")
	}
	return nil
}

// PeriodFeedback is what an appraisal's period holds about the person: the
// notes of the period and the actions of the 1:1s held in it. 1:1 private
// notes are never part of it.
type PeriodFeedback struct {
	From    string         `json:"from"`
	To      string         `json:"to"`
	Notes   []FeedbackNote `json:"notes"`
	Actions []ActionItem   `json:"actions"`
}

// OneOnOneService keeps 1:1s and feedback notes.
type OneOnOneService interface {
	// Schedules returns the schedule of each of the director's direct
	// reports, the overdue first.
	Schedules(ctx context.Context, today time.Time) ([]Schedule, error)
	// SetCadence sets how often the director meets a person. Returns
	// EINVALID, ENOTFOUND.
	SetCadence(ctx context.Context, personID int64, cadence string, today time.Time) (Schedule, error)
	// OneOnOnes lists a person's 1:1s, newest first.
	OneOnOnes(ctx context.Context, personID int64) ([]OneOnOneSummary, error)
	// OneOnOne returns one 1:1. Returns ENOTFOUND.
	OneOnOne(ctx context.Context, id int64) (OneOnOne, error)
	// StartOneOnOne returns the person's 1:1 on date, creating it with the
	// previous 1:1's unchecked talking points when there is none. Returns
	// EINVALID, ENOTFOUND.
	StartOneOnOne(ctx context.Context, personID int64, date string) (OneOnOne, error)
	// SaveOneOnOne saves a 1:1; m.Version must be the version read. Returns
	// EINVALID, ENOTFOUND, ECONFLICT.
	SaveOneOnOne(ctx context.Context, m OneOnOne) (OneOnOne, error)
	// DeleteOneOnOne removes a 1:1. Returns ENOTFOUND.
	DeleteOneOnOne(ctx context.Context, id int64) error
	// OneOnOneActions lists the open actions of every 1:1.
	OneOnOneActions(ctx context.Context, today time.Time) ([]ActionItem, error)
	// Notes lists a person's feedback notes, newest first.
	Notes(ctx context.Context, personID int64) ([]FeedbackNote, error)
	// SaveNote adds (ID 0) or updates a note. Returns EINVALID, ENOTFOUND, ECONFLICT.
	SaveNote(ctx context.Context, n FeedbackNote) (FeedbackNote, error)
	// DeleteNote removes a note. Returns ENOTFOUND.
	DeleteNote(ctx context.Context, id int64) error
	// PeriodFeedback returns the person's notes and 1:1 actions of [from, to].
	// Returns EINVALID (period).
	PeriodFeedback(ctx context.Context, personID int64, from, to string) (PeriodFeedback, error)
}
