package export

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"accountdesk/backend"
)

// The director's calendar: one file, calendar-<director>-<workspace>.ics,
// the same name on every export so a calendar subscribed to it on the share
// refreshes. Its events come from CalendarEvents, the rules below; the file
// is written by ICS.

// CalendarFormat is the export format of the calendar. It is written only
// when asked for by name: the default formats are the documents'.
const CalendarFormat = "ics"

// uidDomain ends every UID: a domain that can never be anyone else's
// (RFC 2606), so AccountDesk's UIDs never meet another program's.
const uidDomain = "@accountdesk.invalid"

// CalendarInput is everything the calendar is made from, already read.
type CalendarInput struct {
	// WorkspaceID makes UIDs unique across directors sharing one calendar.
	WorkspaceID string
	Today       time.Time
	Accounts    []CalendarAccount
	// People is the team; the director is the one marked You.
	People []backend.Person
	// Onboardings are the checklists in progress, with their tasks.
	Onboardings []backend.Onboarding
	// Confidential is set only when the export asks for appraisals: then
	// appraisal meetings (and 1:1s) appear, as "1:1 with <name>" and no more.
	Confidential bool
	Cycles       []CalendarCycle
	// Schedules are the director's 1:1 cadences with their reports (read
	// only when Confidential).
	Schedules []backend.Schedule
}

// CalendarAccount is one account with the dates it puts in the calendar.
type CalendarAccount struct {
	ID          int64
	Name        string
	Status      string
	RenewalDate string
	NoticeDate  string // the last day to give notice (backend.NoticeDate), "" when none
	// QBR is the account's standing today (backend.QBRStatus, as the
	// accounts list shows it): it says whether a QBR is due this quarter.
	QBR  backend.QBRDue
	QBRs []backend.QBR
	// Actions are the current plan's actions.
	Actions []backend.Action
}

// CalendarCycle is a review cycle and its appraisals.
type CalendarCycle struct {
	Status     string
	Due        string
	Appraisals []backend.AppraisalSummary
}

// CalendarEvents applies the calendar's rules, sorted by day then UID:
//   - every QBR held or booked, on its day;
//   - a QBR due (or overdue) this quarter and not yet booked in it, as one
//     event over the quarter's last month;
//   - each renewal date of an account that is not churned;
//   - each open or in-progress action of a current plan that has a due date;
//   - each open task with a due date of an onboarding in progress, owned by
//     the director or by someone who reports to them (directly or not);
//   - only with Confidential: each unfinished appraisal of an open cycle, on
//     the cycle's due date, as "1:1 with <name>" with nothing else.
//
// Dates that are not valid days are left out.
func CalendarEvents(in CalendarInput) []Event {
	ws := uidPart(in.WorkspaceID)
	uid := func(kind string, parts ...string) string {
		return kind + "-" + strings.Join(parts, "-") + "-" + ws + uidDomain
	}
	id := func(n int64) string { return strconv.FormatInt(n, 10) }
	var out []Event
	add := func(e Event, ok bool) {
		if ok {
			out = append(out, e)
		}
	}
	for _, a := range in.Accounts {
		for _, q := range a.QBRs {
			e, ok := oneDay(q.Date)
			e.UID, e.Summary, e.Category = uid("qbr", id(q.ID)), "QBR with "+a.Name, "QBR"
			e.Description = qbrWords(q, in.Today)
			add(e, ok)
		}
		if e, ok := qbrDue(a, in.Today); ok {
			e.UID = uid("qbr-due", id(a.ID), uidPart(a.QBR.Quarter))
			add(e, true)
		}
		if a.RenewalDate != "" && a.Status != backend.StatusChurned {
			e, ok := oneDay(a.RenewalDate)
			e.UID, e.Summary, e.Category = uid("renewal", id(a.ID)), "Renewal: "+a.Name, "Renewal"
			e.Description = "The contract with " + a.Name + " renews."
			add(e, ok)
		}
		if a.NoticeDate != "" && a.RenewalDate != "" && a.Status != backend.StatusChurned {
			e, ok := oneDay(a.NoticeDate)
			e.UID, e.Summary, e.Category = uid("notice", id(a.ID)), "Notice deadline: "+a.Name, "Renewal"
			e.Description = "The last day to give notice on the contract with " + a.Name + ", which renews on " + a.RenewalDate + "."
			add(e, ok)
		}
		for _, x := range a.Actions {
			if x.Due == "" || (x.Status != "open" && x.Status != "in_progress") {
				continue
			}
			e, ok := oneDay(x.Due)
			e.UID, e.Summary, e.Category = uid("action", id(a.ID), uidPart(x.Key)), "Due: "+x.Title+" ("+a.Name+")", "Plan action"
			e.Description = "Action of the " + a.Name + " plan."
			if x.Owner != "" {
				e.Description += " Owner: " + x.Owner + "."
			}
			add(e, ok)
		}
	}
	me, team := directorsTeam(in.People)
	for _, o := range in.Onboardings {
		if o.Status != backend.OnboardingInProgress {
			continue
		}
		for _, t := range o.Tasks {
			if t.State != backend.TaskOpen || t.Due == "" || (me != 0 && !team[t.OwnerPersonID]) {
				continue
			}
			e, ok := oneDay(t.Due)
			e.UID, e.Summary, e.Category = uid("onboarding-task", id(t.ID)), "Onboarding: "+t.Title, "Onboarding"
			if t.OwnerPersonID != me && t.OwnerName != "" {
				e.Summary += " (" + t.OwnerName + ")"
			}
			e.Description = o.PersonName + "’s onboarding."
			add(e, ok)
		}
	}
	if in.Confidential {
		for _, c := range in.Cycles {
			if c.Status != backend.CycleOpen && c.Status != backend.CycleCalibration {
				continue
			}
			for _, a := range c.Appraisals {
				if backend.Locked(a.Status) {
					continue
				}
				add(oneToOne(uid("appraisal", id(a.ID)), a.PersonName, c.Due))
			}
		}
		// The next 1:1 with each report on a cadence, on the day it is due
		// (today when it is overdue): one event per person, whose UID stays
		// while its day moves on as 1:1s are held. Nothing of any 1:1 but
		// the person's name goes out.
		for _, s := range in.Schedules {
			if s.NextDue == "" {
				continue
			}
			day := s.NextDue
			if today := in.Today.Format(time.DateOnly); day < today {
				day = today
			}
			add(oneToOne(uid("one-to-one", id(s.PersonID)), s.PersonName, day))
		}
	}
	slices.SortStableFunc(out, func(a, b Event) int {
		if c := a.Start.Compare(b.Start); c != 0 {
			return c
		}
		return strings.Compare(a.UID, b.UID)
	})
	return out
}

// oneToOne is a confidential meeting as the calendar shows it: "1:1 with
// <name>", private, with no notes, no ratings and no cycle.
func oneToOne(uid, name, day string) (Event, bool) {
	e, ok := oneDay(day)
	e.UID, e.Summary, e.Category, e.Private = uid, "1:1 with "+name, "1:1", true
	return e, ok && strings.TrimSpace(name) != ""
}

// qbrDue is the event of a QBR this quarter needs and that is not booked
// yet: over the quarter's last month. Whether one is needed is the QBR
// rule's answer (a.QBR); a QBR dated in the quarter, held or booked, ends it.
func qbrDue(a CalendarAccount, today time.Time) (Event, bool) {
	if a.QBR.State != backend.QBRDueState && a.QBR.State != backend.QBROverdue {
		return Event{}, false
	}
	_, start, end := backend.Quarter(today)
	from, to := start.Format(time.DateOnly), end.Format(time.DateOnly)
	for _, q := range a.QBRs {
		if q.Date >= from && q.Date <= to {
			return Event{}, false
		}
	}
	e := Event{Start: start.AddDate(0, 2, 0), End: end.AddDate(0, 0, 1), Category: "QBR", Summary: "QBR due: " + a.Name,
		Description: "Book this quarter’s QBR with " + a.Name + " (" + a.QBR.Quarter + ")."}
	if a.QBR.State == backend.QBROverdue {
		e.Description += " Last quarter’s was missed."
	}
	return e, true
}

func qbrWords(q backend.QBR, today time.Time) string {
	how := map[string]string{backend.QBROnSite: "on site", backend.QBRRemote: "remote"}[q.Format]
	when := "Held"
	if q.Date > today.Format(time.DateOnly) {
		when = "Booked"
	}
	if how == "" {
		return when + "."
	}
	return when + ", " + how + "."
}

// oneDay is an all-day event on the ISO day s.
func oneDay(s string) (Event, bool) {
	d, err := time.Parse(time.DateOnly, strings.TrimSpace(s))
	if err != nil {
		return Event{}, false
	}
	return Event{Start: d, End: d.AddDate(0, 0, 1)}, true
}

// directorsTeam returns the director's id (0 when no one on the roster is
// the director) and the set of the director and everyone who reports to
// them, directly or through others.
func directorsTeam(people []backend.Person) (int64, map[int64]bool) {
	var me int64
	children := map[int64][]int64{}
	for _, p := range people {
		if p.You {
			me = p.ID
		}
		children[p.ReportsTo] = append(children[p.ReportsTo], p.ID)
	}
	team := map[int64]bool{}
	if me == 0 {
		return 0, team
	}
	queue := []int64{me}
	for len(queue) > 0 {
		id := queue[0]
		queue = queue[1:]
		if team[id] {
			continue // a loop in the reporting lines ends here
		}
		team[id] = true
		queue = append(queue, children[id]...)
	}
	return me, team
}

// uidPart keeps a UID to letters, digits and dashes, whatever a key or an
// id is made of.
func uidPart(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') || r == '-' {
			b.WriteRune(r)
		} else {
			fmt.Fprintf(&b, "_%x", r)
		}
	}
	if b.Len() == 0 {
		return "0"
	}
	return b.String()
}

// CalendarFileName is the calendar's file name, the same on every export:
// calendar-<director>-<workspace id>.ics, as the portfolio's files name the
// director (PortfolioFilePart).
func CalendarFileName(director, agency, workspaceID string) string {
	return "calendar-" + PortfolioFilePart(PortfolioSummary{Director: director, Agency: agency, WorkspaceID: workspaceID}) + ".ics"
}

// BuildCalendar reads what the calendar is made from and writes it.
// Appraisal meetings are read only when confidential is set.
func BuildCalendar(ctx context.Context, src Source, confidential bool, now time.Time) (File, error) {
	today := day(now)
	settings, err := src.Settings(ctx)
	if err != nil {
		return File{}, err
	}
	ws, err := src.WorkspaceID(ctx)
	if err != nil {
		return File{}, err
	}
	in := CalendarInput{WorkspaceID: ws, Today: today, Confidential: confidential}
	rows, err := src.ListAccounts(ctx, backend.AccountFilter{}, today)
	if err != nil {
		return File{}, err
	}
	for _, r := range rows {
		if err := ctx.Err(); err != nil {
			return File{}, err
		}
		a := CalendarAccount{ID: r.ID, Name: r.Name, Status: r.Status, RenewalDate: r.RenewalDate, NoticeDate: r.NoticeDate, QBR: r.QBR}
		if a.QBRs, err = src.QBRs(ctx, r.ID); err != nil {
			return File{}, err
		}
		if a.Actions, err = currentActions(ctx, src, r.ID); err != nil {
			return File{}, err
		}
		in.Accounts = append(in.Accounts, a)
	}
	if in.People, err = src.People(ctx); err != nil {
		return File{}, err
	}
	list, err := src.Onboardings(ctx, today)
	if err != nil {
		return File{}, err
	}
	for _, o := range list {
		if o.Status != backend.OnboardingInProgress {
			continue
		}
		full, err := src.Onboarding(ctx, o.ID, today)
		if err != nil {
			return File{}, err
		}
		in.Onboardings = append(in.Onboardings, full)
	}
	if confidential {
		cycles, err := src.Cycles(ctx)
		if err != nil {
			return File{}, err
		}
		for _, c := range cycles {
			cc := CalendarCycle{Status: c.Status, Due: c.Due}
			if c.Status == backend.CycleOpen || c.Status == backend.CycleCalibration {
				if cc.Appraisals, err = src.CycleAppraisals(ctx, c.ID); err != nil {
					return File{}, err
				}
			}
			in.Cycles = append(in.Cycles, cc)
		}
		if in.Schedules, err = src.Schedules(ctx, today); err != nil {
			return File{}, err
		}
	}
	name := "AccountDesk"
	if settings.DirectorName != "" {
		name += " · " + settings.DirectorName
	}
	data := ICS(Calendar{Name: name, Events: CalendarEvents(in)}, now)
	return File{Name: CalendarFileName(settings.DirectorName, settings.AgencyName, ws), Data: data}, nil
}

// currentActions are the actions of the account's current plan (the latest
// version that is not archived), none without one.
func currentActions(ctx context.Context, src Source, accountID int64) ([]backend.Action, error) {
	versions, err := src.Plans(ctx, accountID)
	if err != nil {
		return nil, err
	}
	for _, v := range versions { // newest first
		if v.Status == backend.PlanArchived {
			continue
		}
		p, err := src.Plan(ctx, v.ID)
		if err != nil {
			return nil, err
		}
		return p.Actions, nil
	}
	return nil, nil
}

// calendarOut takes the calendar out of the request's formats (which are
// then the documents'), and writes it when it was asked for.
func calendarOut(ctx context.Context, src Source, req *Request, now time.Time) ([]File, error) {
	if !slices.Contains(req.Formats, CalendarFormat) {
		return nil, nil
	}
	req.Formats = slices.DeleteFunc(slices.Clone(req.Formats), func(f string) bool { return f == CalendarFormat })
	f, err := BuildCalendar(ctx, src, req.IncludeAppraisals, now)
	if err != nil {
		return nil, err
	}
	return []File{f}, nil
}

// withCalendar is a run's "what" when the calendar is in it.
func withCalendar(req Request, what string) string {
	switch {
	case !slices.Contains(req.Formats, CalendarFormat):
		return what
	case len(req.Formats) == 1:
		return "calendar"
	}
	return what + " and calendar"
}
