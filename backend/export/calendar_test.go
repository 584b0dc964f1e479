package export_test

import (
	"context"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"accountdesk/backend"
	"accountdesk/backend/export"
	"accountdesk/backend/sqlite"
)

// eventLine renders an event as "first..end-exclusive summary" for the tables.
func eventLine(e export.Event) string {
	return e.Start.Format(time.DateOnly) + ".." + e.End.Format(time.DateOnly) + " " + e.Summary
}

func TestCalendarEvents(t *testing.T) {
	today := time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC) // 2026-Q4
	due := backend.QBRDue{State: backend.QBRDueState, Quarter: "2026-Q4"}
	acct := func(mod func(*export.CalendarAccount)) export.CalendarInput {
		a := export.CalendarAccount{ID: 7, Name: "Acme", Status: backend.StatusActive, QBR: backend.QBRDue{State: backend.QBRNotRequired, Quarter: "2026-Q4"}}
		mod(&a)
		return export.CalendarInput{WorkspaceID: "ws1", Today: today, Accounts: []export.CalendarAccount{a}}
	}
	people := []backend.Person{
		{ID: 1, Name: "Morgan", You: true},
		{ID: 2, Name: "Riley", ReportsTo: 1},
		{ID: 3, Name: "Sam", ReportsTo: 2}, // reports to Riley, so to Morgan too
		{ID: 4, Name: "Alex"},              // another team's
	}
	onboarding := func(status string, tasks ...backend.OnboardingTask) export.CalendarInput {
		return export.CalendarInput{WorkspaceID: "ws1", Today: today, People: people,
			Onboardings: []backend.Onboarding{{ID: 1, PersonName: "Sam", Status: status, Tasks: tasks}}}
	}
	task := func(id, owner int64, name, state, due string) backend.OnboardingTask {
		return backend.OnboardingTask{ID: id, Title: "Task " + name, OwnerPersonID: owner, OwnerName: name, State: state, Due: due}
	}
	cycle := func(confidential bool, status string, appraisals ...backend.AppraisalSummary) export.CalendarInput {
		return export.CalendarInput{WorkspaceID: "ws1", Today: today, Confidential: confidential,
			Cycles: []export.CalendarCycle{{Status: status, Due: "2026-12-15", Appraisals: appraisals}}}
	}
	for _, tc := range []struct {
		name string
		in   export.CalendarInput
		want []string
	}{
		{"OKQBRsHeldAndBookedOnTheirDays", acct(func(a *export.CalendarAccount) {
			a.QBRs = []backend.QBR{{ID: 1, Date: "2026-08-03"}, {ID: 2, Date: "2026-12-09", Format: backend.QBRRemote}}
		}), []string{"2026-08-03..2026-08-04 QBR with Acme", "2026-12-09..2026-12-10 QBR with Acme"}},
		{"OKDueQBROverTheQuartersLastMonth", acct(func(a *export.CalendarAccount) {
			a.QBR = due
			a.QBRs = []backend.QBR{{ID: 1, Date: "2026-08-03"}}
		}), []string{"2026-08-03..2026-08-04 QBR with Acme", "2026-12-01..2027-01-01 QBR due: Acme"}},
		{"OKOverdueQBRIsDueToo", acct(func(a *export.CalendarAccount) { a.QBR.State = backend.QBROverdue }),
			[]string{"2026-12-01..2027-01-01 QBR due: Acme"}},
		{"OKBookedQBREndsTheDueEvent", acct(func(a *export.CalendarAccount) {
			a.QBR = due // the rule counts only QBRs held; one booked for December still ends "due" in the calendar
			a.QBRs = []backend.QBR{{ID: 2, Date: "2026-12-09"}}
		}), []string{"2026-12-09..2026-12-10 QBR with Acme"}},
		{"OKNoDueEventWhenNotRequiredOrDone", acct(func(a *export.CalendarAccount) { a.QBR.State = backend.QBRDone }), nil},
		{"OKRenewal", acct(func(a *export.CalendarAccount) { a.RenewalDate = "2027-03-31" }),
			[]string{"2027-03-31..2027-04-01 Renewal: Acme"}},
		{"OKNextOneToOnesOnlyWhenConfidential", export.CalendarInput{WorkspaceID: "ws1", Today: today, Confidential: true,
			Schedules: []backend.Schedule{
				{PersonID: 2, PersonName: "Riley", Cadence: backend.CadenceWeekly, NextDue: "2026-11-27"},
				{PersonID: 3, PersonName: "Sam", Cadence: backend.CadenceMonthly, NextDue: "2026-11-10", Overdue: true}, // overdue: today
				{PersonID: 4, PersonName: "Alex", Cadence: backend.CadenceNone},
			}}, []string{"2026-11-24..2026-11-25 1:1 with Sam", "2026-11-27..2026-11-28 1:1 with Riley"}},
		{"OKNoOneToOnesWithoutConfidential", export.CalendarInput{WorkspaceID: "ws1", Today: today,
			Schedules: []backend.Schedule{{PersonID: 2, PersonName: "Riley", Cadence: backend.CadenceWeekly, NextDue: "2026-11-27"}}}, nil},
		{"OKNoticeDeadlineBeforeTheRenewal", acct(func(a *export.CalendarAccount) { a.RenewalDate, a.NoticeDate = "2027-03-31", "2026-12-31" }),
			[]string{"2026-12-31..2027-01-01 Notice deadline: Acme", "2027-03-31..2027-04-01 Renewal: Acme"}},
		{"OKNoNoticeDeadlineOfAChurnedAccount", acct(func(a *export.CalendarAccount) {
			a.RenewalDate, a.NoticeDate, a.Status = "2027-03-31", "2026-12-31", backend.StatusChurned
		}), nil},
		{"OKNoRenewalOfAChurnedAccount", acct(func(a *export.CalendarAccount) {
			a.RenewalDate, a.Status = "2027-03-31", backend.StatusChurned
		}), nil},
		{"OKDatesThatAreNotDaysAreLeftOut", acct(func(a *export.CalendarAccount) {
			a.RenewalDate = "2027-02-30"
			a.QBRs = []backend.QBR{{ID: 1, Date: "soon"}}
		}), nil},
		{"OKOpenAndInProgressActionsWithADueDate", acct(func(a *export.CalendarAccount) {
			a.Actions = []backend.Action{
				{Key: "k1", Title: "Send proposal", Due: "2026-12-04", Status: "open"},
				{Key: "k2", Title: "Workshop", Due: "2026-12-11", Status: "in_progress"},
				{Key: "k3", Title: "Kick-off", Due: "2026-10-01", Status: "done"},
				{Key: "k4", Title: "Cancelled one", Due: "2026-12-01", Status: "cancelled"},
				{Key: "k5", Title: "Some day", Status: "open"},
			}
		}), []string{"2026-12-04..2026-12-05 Due: Send proposal (Acme)", "2026-12-11..2026-12-12 Due: Workshop (Acme)"}},
		{"OKOnboardingTasksOfTheDirectorAndTheirReports", onboarding(backend.OnboardingInProgress,
			task(1, 1, "Morgan", backend.TaskOpen, "2026-12-01"),
			task(2, 3, "Sam", backend.TaskOpen, "2026-12-02"),
			task(3, 4, "Alex", backend.TaskOpen, "2026-12-03"),
			task(4, 2, "Riley", backend.TaskDone, "2026-12-04"),
			task(5, 2, "Riley", backend.TaskOpen, ""),
		), []string{"2026-12-01..2026-12-02 Onboarding: Task Morgan", "2026-12-02..2026-12-03 Onboarding: Task Sam (Sam)"}},
		{"OKNoTasksOfAClosedOnboarding", onboarding(backend.OnboardingClosed, task(1, 1, "Morgan", backend.TaskOpen, "2026-12-01")), nil},
		{"OKWithoutADirectorOnTheTeamEveryTask", export.CalendarInput{Today: today, People: []backend.Person{{ID: 4, Name: "Alex"}},
			Onboardings: []backend.Onboarding{{Status: backend.OnboardingInProgress, Tasks: []backend.OnboardingTask{task(3, 4, "Alex", backend.TaskOpen, "2026-12-03")}}}},
			[]string{"2026-12-03..2026-12-04 Onboarding: Task Alex (Alex)"}},
		{"OKAppraisalMeetingsOnlyWhenAskedFor", cycle(false, backend.CycleOpen, backend.AppraisalSummary{ID: 1, PersonName: "Sam", Status: backend.ApprSelfReview}), nil},
		{"OKAppraisalMeetingsAs1to1s", cycle(true, backend.CycleOpen,
			backend.AppraisalSummary{ID: 1, PersonName: "Sam", Status: backend.ApprSelfReview},
			backend.AppraisalSummary{ID: 2, PersonName: "Riley", Status: backend.ApprFinalized},
		), []string{"2026-12-15..2026-12-16 1:1 with Sam"}},
		{"OKNoMeetingsOfADraftOrClosedCycle", cycle(true, backend.CycleClosed, backend.AppraisalSummary{ID: 1, PersonName: "Sam", Status: backend.ApprDraft}), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, e := range export.CalendarEvents(tc.in) {
				got = append(got, eventLine(e))
			}
			if !slices.Equal(got, tc.want) {
				t.Fatalf("events\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestCalendarEventDetails(t *testing.T) {
	today := time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC)
	in := func(date string) export.CalendarInput {
		return export.CalendarInput{WorkspaceID: "3F9A-ws", Today: today, Confidential: true,
			Accounts: []export.CalendarAccount{{ID: 7, Name: "Acme", QBR: backend.QBRDue{State: backend.QBROverdue, Quarter: "2026-Q4"},
				QBRs: []backend.QBR{{ID: 12, Date: date, Format: backend.QBROnSite, Progress: "internal notes", Issues: "blockers"}}}},
			Cycles: []export.CalendarCycle{{Status: backend.CycleOpen, Due: "2026-12-15",
				Appraisals: []backend.AppraisalSummary{{ID: 5, PersonName: "Sam", Status: backend.ApprManagerReview, Score: 4.5, Performance: "high"}}}}}
	}
	t.Run("OKUIDNamesWhatTheEventIsNotWhen", func(t *testing.T) {
		before, after := export.CalendarEvents(in("2026-08-03")), export.CalendarEvents(in("2026-09-20"))
		uid := func(es []export.Event, summary string) string {
			for _, e := range es {
				if e.Summary == summary {
					return e.UID
				}
			}
			t.Fatalf("no %q in %v", summary, es)
			return ""
		}
		if a, b := uid(before, "QBR with Acme"), uid(after, "QBR with Acme"); a != b || a != "qbr-12-3f9a-ws@accountdesk.invalid" {
			t.Fatalf("moving a QBR changed its UID: %q then %q", a, b)
		}
	})
	t.Run("OKNothingInternalLeaves", func(t *testing.T) {
		for _, e := range export.CalendarEvents(in("2026-08-03")) {
			text := e.Summary + " " + e.Description
			for _, secret := range []string{"internal notes", "blockers", "4.5", "high", "manager"} {
				if strings.Contains(text, secret) {
					t.Errorf("%q carries %q", text, secret)
				}
			}
			if strings.HasPrefix(e.Summary, "1:1") && (e.Description != "" || !e.Private || e.Summary != "1:1 with Sam") {
				t.Errorf("a 1:1 says more than who: %+v", e)
			}
		}
	})
	t.Run("OKOverdueSaysSo", func(t *testing.T) {
		es := export.CalendarEvents(in("2026-08-03"))
		if !slices.ContainsFunc(es, func(e export.Event) bool {
			return e.UID == "qbr-due-7-2026-q4-3f9a-ws@accountdesk.invalid" && strings.Contains(e.Description, "missed")
		}) {
			t.Fatalf("no overdue QBR event in %+v", es)
		}
	})
}

// Long summaries in scripts whose characters take 2 to 4 octets, and every
// character TEXT must escape.
var icsSummaries = []string{
	strings.Repeat("東京デザイン株式会社との四半期事業レビュー", 6),
	strings.Repeat("مراجعة الأعمال الفصلية مع شركة الخليج للإعلام ", 5),
	strings.Repeat("🎉👩🏽‍💻🚀", 20),
	strings.Repeat("Ελληνική Τράπεζα – Сбербанк – हिन्दुस्तान ", 4),
	`Back\slash; semi, comma` + "\nnew line\r\nCRLF\rCR\tTab\x01bell",
}

// unfold undoes folding (RFC 5545 3.1) and splits the content lines.
func unfold(t *testing.T, data []byte) []string {
	t.Helper()
	s := string(data)
	if !strings.HasSuffix(s, "\r\n") || strings.Contains(strings.ReplaceAll(s, "\r\n", ""), "\n") || strings.Contains(strings.ReplaceAll(s, "\r\n", ""), "\r") {
		t.Fatalf("lines must all end in CRLF and nothing else")
	}
	return strings.Split(strings.TrimSuffix(strings.ReplaceAll(s, "\r\n ", ""), "\r\n"), "\r\n")
}

func TestICSFoldsAndEscapes(t *testing.T) {
	day := time.Date(2026, 12, 9, 0, 0, 0, 0, time.UTC)
	var events []export.Event
	for i, s := range icsSummaries {
		events = append(events, export.Event{UID: "e" + string(rune('a'+i)) + "@accountdesk.invalid", Start: day, End: day.AddDate(0, 0, 1), Summary: s, Description: s})
	}
	data := export.ICS(export.Calendar{Name: "AccountDesk · Morgan", Events: events}, time.Date(2026, 12, 2, 3, 4, 5, 0, time.UTC))

	t.Run("OKLinesAtMost75OctetsNeverSplittingACharacter", func(t *testing.T) {
		for i, line := range strings.Split(strings.TrimSuffix(string(data), "\r\n"), "\r\n") {
			if len(line) > 75 {
				t.Errorf("line %d has %d octets: %q", i, len(line), line)
			}
			if !utf8.ValidString(line) {
				t.Errorf("line %d splits a character: %q", i, line)
			}
		}
	})
	t.Run("OKEscapedTextUnfoldsToTheText", func(t *testing.T) {
		lines := unfold(t, data)
		want := `SUMMARY:Back\\slash\; semi\, comma\nnew line\nCRLF\nCR` + "\tTab bell"
		if !slices.Contains(lines, want) {
			t.Fatalf("no %q among\n%s", want, strings.Join(lines, "\n"))
		}
		for _, s := range icsSummaries[:4] {
			if !slices.Contains(lines, "SUMMARY:"+s) {
				t.Errorf("summary %q did not unfold whole", s)
			}
		}
	})
	t.Run("OKAnIndependentParserReadsTheText", func(t *testing.T) {
		got := readICS(t, data)
		if len(got) != len(icsSummaries) {
			t.Fatalf("python read %d events, want %d", len(got), len(icsSummaries))
		}
		for i, e := range got {
			want := strings.NewReplacer("\r\n", "\n", "\r", "\n", "\x01", " ").Replace(icsSummaries[i])
			if e.Summary != want || e.Description != want {
				t.Errorf("event %d: python read %q, want %q", i, e.Summary, want)
			}
			if e.Start != "2026-12-09" || e.End != "2026-12-10" || !e.AllDay || e.Stamp != "2026-12-02T03:04:05+00:00" {
				t.Errorf("event %d: %+v", i, e)
			}
		}
	})
}

// pyEvent is a VEVENT as Python's icalendar reads it.
type pyEvent struct {
	UID, Summary, Description, Start, End, Stamp, Class, Categories string
	AllDay                                                          bool
}

const pyReader = `
import sys, json, datetime, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
assert cal.name == 'VCALENDAR' and str(cal['VERSION']) == '2.0', 'not an iCalendar 2.0 file'
out = []
for ev in cal.walk('VEVENT'):
    s, e = ev.decoded('DTSTART'), ev.decoded('DTEND')
    out.append({'UID': str(ev['UID']), 'Summary': str(ev['SUMMARY']), 'Description': str(ev.get('DESCRIPTION', '')),
        'Start': s.isoformat(), 'End': e.isoformat(), 'Stamp': ev.decoded('DTSTAMP').isoformat(),
        'Class': str(ev.get('CLASS', '')), 'Categories': ev['CATEGORIES'].to_ical().decode() if 'CATEGORIES' in ev else '',
        'AllDay': type(s) is datetime.date and type(e) is datetime.date and str(ev['DTSTART'].params.get('VALUE')) == 'DATE'})
print(json.dumps(out))
`

// readICS reads a calendar file with Debian's python3-icalendar, a parser
// AccountDesk did not write.
func readICS(t *testing.T, data []byte) []pyEvent {
	t.Helper()
	py := needTool(t, "/usr/bin/python3", "python3")
	if out, err := exec.Command(py, "-c", "import icalendar").CombinedOutput(); err != nil {
		if os.Getenv("ACCOUNTDESK_REQUIRE_TOOLS") == "1" {
			t.Fatalf("python3 lacks icalendar (ACCOUNTDESK_REQUIRE_TOOLS=1): %s", out)
		}
		t.Skipf("python3 lacks icalendar; make test installs python3-icalendar")
	}
	path := filepath.Join(t.TempDir(), "calendar.ics")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(py, "-c", pyReader, path).Output()
	if err != nil {
		var stderr []byte
		if ee, ok := err.(*exec.ExitError); ok {
			stderr = ee.Stderr
		}
		t.Fatalf("python icalendar could not read the calendar: %v\n%s", err, stderr)
	}
	var events []pyEvent
	if err := json.Unmarshal(out, &events); err != nil {
		t.Fatalf("reader output: %v", err)
	}
	return events
}

// calendarOf exports the calendar to a folder, as every export is written,
// and reads it back with python.
func calendarOf(t *testing.T, db *sqlite.DB, dir string, req export.Request, at time.Time) (string, []pyEvent) {
	t.Helper()
	run, err := export.Run(context.Background(), db, export.Folder(dir), req, export.RunOptions{Now: at})
	if err != nil {
		t.Fatalf("export: %v", err)
	}
	var names []string
	for _, f := range run.Files {
		names = append(names, f.Name)
	}
	if len(names) != 1 || !strings.HasPrefix(names[0], "calendar-morgan-ellis-") || !strings.HasSuffix(names[0], ".ics") {
		t.Fatalf("files %v, want the one calendar file", names)
	}
	if run.What != "calendar" || run.Formats != "ics" {
		t.Errorf("run recorded as %q in %q", run.What, run.Formats)
	}
	data, err := os.ReadFile(filepath.Join(dir, names[0]))
	if err != nil {
		t.Fatal(err)
	}
	return names[0], readICS(t, data)
}

func TestCalendarFromTheDemo(t *testing.T) {
	ctx := context.Background()
	db := demoDB(t)
	// Accounts named in several scripts.
	rows, err := db.ListAccounts(ctx, backend.AccountFilter{}, now)
	if err != nil {
		t.Fatal(err)
	}
	scripts := []string{"東京デザイン株式会社", "شركة الخليج للإعلام", "Сбербанк; Ltd, \"Quoted\""}
	for i, name := range scripts {
		a, err := db.Account(ctx, rows[i].ID)
		if err != nil {
			t.Fatal(err)
		}
		a.Name = name
		if _, err := db.UpdateAccount(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	_, events := calendarOf(t, db, t.TempDir(), export.Request{Formats: []string{"ics"}}, now)

	t.Run("OKEveryKindOfDate", func(t *testing.T) {
		kinds := map[string]int{}
		for _, e := range events {
			kinds[e.Categories]++
		}
		for _, k := range []string{"QBR", "Renewal", "Plan action", "Onboarding"} {
			if kinds[k] == 0 {
				t.Errorf("no %s events (have %v)", k, kinds)
			}
		}
		if kinds["1:1"] != 0 {
			t.Errorf("1:1s without asking for appraisals: %v", kinds)
		}
	})
	t.Run("OKUIDsUnique", func(t *testing.T) {
		seen := map[string]bool{}
		for _, e := range events {
			if seen[e.UID] || !strings.HasSuffix(e.UID, "@accountdesk.invalid") {
				t.Errorf("UID %q repeated or foreign", e.UID)
			}
			seen[e.UID] = true
		}
	})
	t.Run("OKAllDayWithExclusiveEnd", func(t *testing.T) {
		for _, e := range events {
			s, _ := time.Parse(time.DateOnly, e.Start)
			end, _ := time.Parse(time.DateOnly, e.End)
			want := s.AddDate(0, 0, 1)
			if strings.HasPrefix(e.Summary, "QBR due: ") {
				want = time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC) // over December, the quarter's last month
				if e.Start != "2026-12-01" {
					t.Errorf("%q starts %s", e.Summary, e.Start)
				}
			}
			if !e.AllDay || !end.Equal(want) {
				t.Errorf("%q: %s..%s all-day=%v", e.Summary, e.Start, e.End, e.AllDay)
			}
			if e.Stamp != "2026-11-24T09:30:00+00:00" {
				t.Errorf("%q: DTSTAMP %s", e.Summary, e.Stamp)
			}
		}
	})
	t.Run("OKSummariesInEveryScript", func(t *testing.T) {
		for _, name := range scripts {
			if !slices.ContainsFunc(events, func(e pyEvent) bool { return e.Summary == "Renewal: "+name }) {
				t.Errorf("no renewal of %q", name)
			}
		}
	})
	t.Run("OKDueQBRsAreTheRulesDueAndOverdue", func(t *testing.T) {
		want, got := 0, 0
		for _, r := range rows {
			if r.QBR.State == backend.QBRDueState || r.QBR.State == backend.QBROverdue {
				want++
			}
		}
		for _, e := range events {
			if strings.HasPrefix(e.Summary, "QBR due: ") {
				got++
			}
		}
		if want == 0 || got != want {
			t.Fatalf("%d QBR due events, want %d (the accounts list's due and overdue)", got, want)
		}
	})
}

func TestCalendarReexportAfterMovingAQBR(t *testing.T) {
	ctx := context.Background()
	db := demoDB(t)
	dir := t.TempDir()
	req := export.Request{Formats: []string{"ics"}}
	name, before := calendarOf(t, db, dir, req, now)

	rows, err := db.ListAccounts(ctx, backend.AccountFilter{}, now)
	if err != nil {
		t.Fatal(err)
	}
	var moved backend.QBR
	for _, r := range rows {
		qs, err := db.QBRs(ctx, r.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(qs) > 0 && qs[0].Date >= "2026-10-01" && qs[0].Date != "2026-11-02" {
			moved = qs[0] // held this quarter: moved within it, the account's QBR standing stays
			break
		}
	}
	if moved.ID == 0 {
		t.Fatal("the demo has no QBR held this quarter")
	}
	oldDate := moved.Date
	moved.Date = "2026-11-02"
	if _, err := db.SaveQBR(ctx, moved); err != nil {
		t.Fatal(err)
	}
	again, after := calendarOf(t, db, dir, req, now.Add(time.Hour))

	if again != name {
		t.Fatalf("the file was %s and is now %s: a subscribed calendar would lose it", name, again)
	}
	files, _ := os.ReadDir(dir)
	if len(files) != 1 {
		t.Fatalf("the folder holds %d files, want the one calendar", len(files))
	}
	uids := func(es []pyEvent) map[string]pyEvent {
		m := map[string]pyEvent{}
		for _, e := range es {
			m[e.UID] = e
		}
		return m
	}
	b, a := uids(before), uids(after)
	if len(a) != len(b) {
		t.Fatalf("%d events before, %d after: moving a QBR must add nothing", len(b), len(a))
	}
	changed := 0
	for uid, e := range a {
		old, ok := b[uid]
		switch {
		case !ok:
			t.Errorf("new event %q (%s)", uid, e.Summary)
		case old.Start != e.Start:
			changed++
			if !strings.HasPrefix(uid, "qbr-"+strconv.FormatInt(moved.ID, 10)+"-") || e.Start != moved.Date || old.Start != oldDate {
				t.Errorf("%q moved from %s to %s", uid, old.Start, e.Start)
			}
		}
	}
	if changed != 1 {
		t.Fatalf("%d events changed day, want the moved QBR alone", changed)
	}
}

func TestCalendarWithAppraisals(t *testing.T) {
	ctx := context.Background()
	db := demoDB(t)
	_, events := calendarOf(t, db, t.TempDir(), export.Request{Formats: []string{"ics"}, IncludeAppraisals: true}, now)
	var meetings []pyEvent
	for _, e := range events {
		if e.Categories == "1:1" {
			meetings = append(meetings, e)
		}
	}
	if len(meetings) == 0 {
		t.Fatal("no 1:1s although appraisals were asked for")
	}
	people, err := db.People(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range meetings {
		name := strings.TrimPrefix(m.Summary, "1:1 with ")
		if !slices.ContainsFunc(people, func(p backend.Person) bool { return p.Name == name }) || m.Description != "" || m.Class != "PRIVATE" {
			t.Errorf("a 1:1 says more than who, or is not private: %+v", m)
		}
	}
}

func TestCalendarFormatIsOnlyWhenAskedFor(t *testing.T) {
	t.Run("OKDefaultsAreTheDocumentsFormats", func(t *testing.T) {
		var req export.Request
		if err := export.Validate(&req); err != nil || !slices.Equal(req.Formats, []string{"pdf", "md", "html", "json", "csv"}) {
			t.Fatalf("default formats %v (%v)", req.Formats, err)
		}
	})
	t.Run("OKIcsIsAccepted", func(t *testing.T) {
		req := export.Request{Formats: []string{"pdf", "ics"}}
		if err := export.Validate(&req); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("ErrUnknownFormat", func(t *testing.T) {
		req := export.Request{Formats: []string{"ical"}}
		if err := export.Validate(&req); backend.ErrorCode(err) != backend.EINVALID || !strings.Contains(backend.ErrorMessage(err), "ics") {
			t.Fatalf("got %v", err)
		}
	})
	t.Run("OKDocumentsAndTheCalendarInOneRun", func(t *testing.T) {
		db := demoDB(t)
		rows, err := db.ListAccounts(context.Background(), backend.AccountFilter{}, now)
		if err != nil {
			t.Fatal(err)
		}
		files, err := export.Render(context.Background(), db, export.Request{Formats: []string{"md", "ics"}, AccountIDs: []int64{rows[0].ID}, IncludeAppraisals: true}, now)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, f := range files {
			names = append(names, f.Name)
		}
		ics := slices.IndexFunc(names, func(n string) bool { return strings.HasSuffix(n, ".ics") })
		if ics < 0 || slices.ContainsFunc(names, func(n string) bool { return strings.HasPrefix(n, "appraisals-") && strings.HasSuffix(n, ".ics") }) ||
			!slices.ContainsFunc(names, func(n string) bool { return strings.HasSuffix(n, "-plan-fy2027.md") }) {
			t.Fatalf("files %v: want the plan in Markdown, appraisals in Markdown, one calendar", names)
		}
	})
}

// FuzzICSText: whatever a user typed into a name or title, the calendar's
// lines stay within 75 octets of UTF-8 ended by CRLF, and unfolding and
// unescaping gives back the text (line breaks as \n, other controls as
// spaces).
func FuzzICSText(f *testing.F) {
	for _, s := range icsSummaries {
		f.Add(s)
	}
	f.Add("")
	f.Add("\xff\xfe bad bytes")
	f.Fuzz(func(t *testing.T, s string) {
		day := time.Date(2026, 12, 9, 0, 0, 0, 0, time.UTC)
		data := export.ICS(export.Calendar{Name: s, Events: []export.Event{{UID: "x@accountdesk.invalid", Start: day, Summary: s}}}, day)
		for _, line := range strings.Split(strings.TrimSuffix(string(data), "\r\n"), "\r\n") {
			if len(line) > 75 || !utf8.ValidString(line) || strings.ContainsAny(line, "\r\n") {
				t.Fatalf("bad line %q", line)
			}
		}
		var summary string
		for _, l := range unfold(t, data) {
			if v, ok := strings.CutPrefix(l, "SUMMARY:"); ok {
				summary = v
			}
		}
		var b strings.Builder
		for i := 0; i < len(summary); i++ {
			if summary[i] == '\\' && i+1 < len(summary) {
				i++
				if summary[i] == 'n' {
					b.WriteByte('\n')
				} else {
					b.WriteByte(summary[i])
				}
				continue
			}
			b.WriteByte(summary[i])
		}
		want := strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(strings.ToValidUTF8(s, "\uFFFD"))
		want = strings.Map(func(r rune) rune {
			if (r < 0x20 && r != '\n' && r != '\t') || r == 0x7f {
				return ' '
			}
			return r
		}, want)
		if b.String() != want {
			t.Fatalf("read back %q, want %q", b.String(), want)
		}
	})
}

// To a WebDAV share the calendar is written like every export (PUT under a
// temporary name, then MOVE), and the next export replaces it in place.
func TestCalendarToWebDAV(t *testing.T) {
	ctx := context.Background()
	db := demoDB(t)
	srv, fs := davServer(t, false)
	dest, err := export.NewDestination(srv.URL+"/share", "director", "s3cret", srv.Client())
	if err != nil {
		t.Fatal(err)
	}
	req := export.Request{Formats: []string{"ics"}}
	for i, at := range []time.Time{now, now.Add(24 * time.Hour)} {
		run, err := export.Run(ctx, db, dest, req, export.RunOptions{Now: at})
		if err != nil {
			t.Fatalf("export %d: %v", i+1, err)
		}
		got := listDAV(t, fs)
		if len(got) != 1 || len(run.Files) != 1 || got[0] != run.Files[0].Name || !strings.HasSuffix(got[0], ".ics") {
			t.Fatalf("export %d: the share holds %v, want the one calendar %v", i+1, got, run.Files)
		}
		f, err := fs.OpenFile(ctx, "/share/"+got[0], os.O_RDONLY, 0)
		if err != nil {
			t.Fatal(err)
		}
		data, _ := io.ReadAll(f)
		f.Close()
		if want := "DTSTAMP:" + at.UTC().Format("20060102T150405Z") + "\r\n"; !strings.Contains(string(data), want) {
			t.Fatalf("export %d: the share's calendar is not this run's (no %q)", i+1, want)
		}
		if events := readICS(t, data); len(events) == 0 {
			t.Fatalf("export %d: no events", i+1)
		}
	}
}
