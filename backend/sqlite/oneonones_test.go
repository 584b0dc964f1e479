package sqlite_test

import (
	"context"
	"database/sql"
	"strings"
	"testing"
	"time"

	"accountdesk/backend"
	"accountdesk/backend/sqlite"
)

var mar10 = time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC)

// team makes a workspace with the director and two people: Ana reports to
// the director, Ben to Ana.
func team(t *testing.T) (db *sqlite.DB, me, ana, ben backend.Person) {
	t.Helper()
	ctx := context.Background()
	db = MustOpenDB(t)
	me, err := db.EnsureDirector(ctx, "Jane Doe", mar10)
	if err != nil {
		t.Fatal(err)
	}
	add := func(name string, reportsTo int64) backend.Person {
		p, err := db.SavePerson(ctx, backend.Person{Name: name, Role: "Account Manager", StartDate: "2024-01-01", ReportsTo: reportsTo, CapacityHoursPerWeek: 40})
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	ana = add("Ana", me.ID)
	ben = add("Ben", ana.ID)
	return db, me, ana, ben
}

func wantCode(t *testing.T, err error, code string) {
	t.Helper()
	if got := backend.ErrorCode(err); got != code {
		t.Fatalf("code = %q (%v), want %q", got, err, code)
	}
}

func TestCadence(t *testing.T) {
	ctx := context.Background()
	t.Run("OK", func(t *testing.T) {
		db, _, ana, _ := team(t)
		s, err := db.SetCadence(ctx, ana.ID, backend.CadenceWeekly, mar10)
		if err != nil {
			t.Fatal(err)
		}
		if s.Cadence != backend.CadenceWeekly || s.Since != "2026-03-10" || s.NextDue != "2026-03-17" || s.Overdue {
			t.Fatalf("schedule = %+v", s)
		}
		// A week and two days later without a 1:1, it is missed.
		all, err := db.Schedules(ctx, mar10.AddDate(0, 0, 9))
		if err != nil {
			t.Fatal(err)
		}
		if len(all) != 1 || all[0].PersonName != "Ana" || !all[0].Overdue || all[0].DaysOverdue != 2 {
			t.Fatalf("schedules = %+v; want Ana's, missed by 2 days (Ben reports to Ana, not to the director)", all)
		}
		// Holding one moves the next due date on.
		if _, err := db.StartOneOnOne(ctx, ana.ID, "2026-03-19"); err != nil {
			t.Fatal(err)
		}
		all, _ = db.Schedules(ctx, mar10.AddDate(0, 0, 9))
		if all[0].LastHeld != "2026-03-19" || all[0].NextDue != "2026-03-26" || all[0].Overdue {
			t.Fatalf("after a 1:1: %+v", all[0])
		}
		// Changing the cadence keeps the day it was first set; none removes it.
		s, _ = db.SetCadence(ctx, ana.ID, backend.CadenceMonthly, mar10.AddDate(0, 1, 0))
		if s.Since != "2026-03-10" || s.Cadence != backend.CadenceMonthly {
			t.Fatalf("changed: %+v", s)
		}
		s, _ = db.SetCadence(ctx, ana.ID, backend.CadenceNone, mar10)
		if s.Cadence != backend.CadenceNone || s.NextDue != "" {
			t.Fatalf("none: %+v", s)
		}
	})
	t.Run("ErrNotADirectReport", func(t *testing.T) {
		db, me, _, ben := team(t)
		_, err := db.SetCadence(ctx, ben.ID, backend.CadenceWeekly, mar10)
		wantCode(t, err, backend.EINVALID)
		_, err = db.SetCadence(ctx, me.ID, backend.CadenceWeekly, mar10)
		wantCode(t, err, backend.EINVALID)
	})
	t.Run("ErrCadence", func(t *testing.T) {
		db, _, ana, _ := team(t)
		_, err := db.SetCadence(ctx, ana.ID, "daily", mar10)
		wantCode(t, err, backend.EINVALID)
	})
	t.Run("ErrNotFound", func(t *testing.T) {
		db, _, _, _ := team(t)
		_, err := db.SetCadence(ctx, 999, backend.CadenceWeekly, mar10)
		wantCode(t, err, backend.ENOTFOUND)
	})
}

func TestOneOnOnes(t *testing.T) {
	ctx := context.Background()
	t.Run("OK carries unchecked points over", func(t *testing.T) {
		db, _, ana, _ := team(t)
		first, err := db.StartOneOnOne(ctx, ana.ID, "2026-03-02")
		if err != nil {
			t.Fatal(err)
		}
		if len(first.Points) != 0 || len(first.Actions) != 0 {
			t.Fatalf("a first 1:1 starts empty: %+v", first)
		}
		first.Points = []backend.TalkingPoint{
			{Text: "Promotion path", Side: backend.SideReport},
			{Text: "Helios budget", Side: backend.SideDirector, Done: true},
		}
		first.SharedNotes = "Agreed to revisit"
		first.PrivateNotes = "Seems tired"
		first.Actions = []backend.OneOnOneAction{{Text: "Book presentation course", Owner: backend.SideDirector, Due: "2026-03-06"}}
		first, err = db.SaveOneOnOne(ctx, first)
		if err != nil {
			t.Fatal(err)
		}
		if first.Version != 2 || first.Points[0].Key == "" || first.Actions[0].Key == "" {
			t.Fatalf("saved: %+v", first)
		}
		next, err := db.StartOneOnOne(ctx, ana.ID, "2026-03-09")
		if err != nil {
			t.Fatal(err)
		}
		if len(next.Points) != 1 || next.Points[0].Text != "Promotion path" || next.Points[0].CarriedFrom != "2026-03-02" || next.Points[0].Done {
			t.Fatalf("next 1:1's points = %+v; want the unchecked one, carried from 2026-03-02", next.Points)
		}
		if next.SharedNotes != "" || next.PrivateNotes != "" || len(next.Actions) != 0 {
			t.Fatalf("notes and actions stay with their 1:1: %+v", next)
		}
		// Starting the same day again opens the same 1:1.
		again, err := db.StartOneOnOne(ctx, ana.ID, "2026-03-09")
		if err != nil || again.ID != next.ID {
			t.Fatalf("again = %+v, %v", again, err)
		}
		list, err := db.OneOnOnes(ctx, ana.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(list) != 2 || list[0].ID != next.ID || list[1].Points != 2 || list[1].OpenPoints != 1 || list[1].OpenActions != 1 {
			t.Fatalf("list = %+v", list)
		}
		actions, err := db.OneOnOneActions(ctx, mar10)
		if err != nil {
			t.Fatal(err)
		}
		if len(actions) != 1 || actions[0].PersonName != "Ana" || !actions[0].Overdue || actions[0].OneOnOneID != first.ID {
			t.Fatalf("actions = %+v", actions)
		}
	})
	t.Run("ErrConflict", func(t *testing.T) {
		db, _, ana, _ := team(t)
		m, _ := db.StartOneOnOne(ctx, ana.ID, "2026-03-02")
		if _, err := db.SaveOneOnOne(ctx, m); err != nil {
			t.Fatal(err)
		}
		_, err := db.SaveOneOnOne(ctx, m)
		wantCode(t, err, backend.ECONFLICT)
	})
	t.Run("ErrInvalid changes nothing", func(t *testing.T) {
		db, _, ana, _ := team(t)
		m, _ := db.StartOneOnOne(ctx, ana.ID, "2026-03-02")
		m.SharedNotes = "kept"
		m, _ = db.SaveOneOnOne(ctx, m)
		bad := m
		bad.SharedNotes = "lost"
		bad.Actions = []backend.OneOnOneAction{{Text: "", Owner: backend.SideReport}}
		_, err := db.SaveOneOnOne(ctx, bad)
		wantCode(t, err, backend.EINVALID)
		got, _ := db.OneOnOne(ctx, m.ID)
		if got.SharedNotes != "kept" || got.Version != m.Version {
			t.Fatalf("a refused save changed the 1:1: %+v", got)
		}
	})
	t.Run("ErrSameDay", func(t *testing.T) {
		db, _, ana, _ := team(t)
		_, _ = db.StartOneOnOne(ctx, ana.ID, "2026-03-02")
		m, _ := db.StartOneOnOne(ctx, ana.ID, "2026-03-09")
		m.Date = "2026-03-02"
		_, err := db.SaveOneOnOne(ctx, m)
		wantCode(t, err, backend.EINVALID)
	})
	t.Run("ErrWithYourself", func(t *testing.T) {
		db, me, _, _ := team(t)
		_, err := db.StartOneOnOne(ctx, me.ID, "2026-03-02")
		wantCode(t, err, backend.EINVALID)
	})
	t.Run("ErrNotFound", func(t *testing.T) {
		db, _, _, _ := team(t)
		_, err := db.StartOneOnOne(ctx, 999, "2026-03-02")
		wantCode(t, err, backend.ENOTFOUND)
		_, err = db.OneOnOne(ctx, 999)
		wantCode(t, err, backend.ENOTFOUND)
		wantCode(t, db.DeleteOneOnOne(ctx, 999), backend.ENOTFOUND)
	})
	t.Run("OK draft kept and deleted with its 1:1", func(t *testing.T) {
		db, _, ana, _ := team(t)
		m, _ := db.StartOneOnOne(ctx, ana.ID, "2026-03-02")
		if _, err := db.KeepDraft(ctx, backend.DraftOneOnOne, m.ID, backend.Draft{Body: `{"points":[]}`, BaseVersion: 1}); err != nil {
			t.Fatal(err)
		}
		if err := db.DeleteOneOnOne(ctx, m.ID); err != nil {
			t.Fatal(err)
		}
		d, _ := db.Draft(ctx, backend.DraftOneOnOne, m.ID)
		if d.SavedAt != "" {
			t.Fatal("the draft outlived its 1:1")
		}
	})
}

func TestFeedbackNotes(t *testing.T) {
	ctx := context.Background()
	t.Run("OK timeline and period", func(t *testing.T) {
		db, _, ana, _ := team(t)
		acme, err := db.CreateAccount(ctx, backend.Account{Name: "Acme", Tier: backend.TierKey, Status: backend.StatusActive,
			Health: backend.HealthGreen, ContractType: backend.ContractRetainer})
		if err != nil {
			t.Fatal(err)
		}
		praise, err := db.SaveNote(ctx, backend.FeedbackNote{PersonID: ana.ID, Kind: backend.NotePraise, Text: " Won the pitch ",
			Date: "2026-02-01", AccountID: acme.ID, Competency: "growth"})
		if err != nil {
			t.Fatal(err)
		}
		if praise.Text != "Won the pitch" || praise.AccountName != "Acme" || praise.Version != 1 {
			t.Fatalf("saved: %+v", praise)
		}
		if _, err := db.SaveNote(ctx, backend.FeedbackNote{PersonID: ana.ID, Kind: backend.NoteConcern, Text: "Late report", Date: "2025-11-01"}); err != nil {
			t.Fatal(err)
		}
		m, _ := db.StartOneOnOne(ctx, ana.ID, "2026-02-10")
		m.Actions = []backend.OneOnOneAction{{Text: "Shadow the CFO meeting", Owner: backend.SideReport}}
		m.PrivateNotes = "Private-9c1"
		if _, err := db.SaveOneOnOne(ctx, m); err != nil {
			t.Fatal(err)
		}
		notes, _ := db.Notes(ctx, ana.ID)
		if len(notes) != 2 || notes[0].ID != praise.ID {
			t.Fatalf("timeline = %+v; newest first", notes)
		}
		pf, err := db.PeriodFeedback(ctx, ana.ID, "2026-01-01", "2026-12-31")
		if err != nil {
			t.Fatal(err)
		}
		if len(pf.Notes) != 1 || pf.Notes[0].ID != praise.ID || len(pf.Actions) != 1 || pf.Actions[0].Action.Text != "Shadow the CFO meeting" {
			t.Fatalf("period feedback = %+v", pf)
		}
		// Deleting the account unlinks the note and keeps it.
		if err := db.DeleteAccount(ctx, acme.ID); err != nil {
			t.Fatal(err)
		}
		notes, _ = db.Notes(ctx, ana.ID)
		if notes[0].AccountID != 0 || notes[0].Text != "Won the pitch" {
			t.Fatalf("after the account went: %+v", notes[0])
		}
		// Updating needs the version read.
		notes[0].Text = "Won the Acme pitch"
		up, err := db.SaveNote(ctx, notes[0])
		if err != nil || up.Version != 2 {
			t.Fatalf("update = %+v, %v", up, err)
		}
		_, err = db.SaveNote(ctx, notes[0])
		wantCode(t, err, backend.ECONFLICT)
		if err := db.DeleteNote(ctx, up.ID); err != nil {
			t.Fatal(err)
		}
		wantCode(t, db.DeleteNote(ctx, up.ID), backend.ENOTFOUND)
	})
	t.Run("ErrInvalid", func(t *testing.T) {
		db, _, ana, _ := team(t)
		_, err := db.SaveNote(ctx, backend.FeedbackNote{PersonID: ana.ID, Kind: "rumour", Text: "x", Date: "2026-01-01"})
		wantCode(t, err, backend.EINVALID)
		_, err = db.PeriodFeedback(ctx, ana.ID, "2026-12-31", "2026-01-01")
		wantCode(t, err, backend.EINVALID)
	})
	t.Run("ErrNotFound", func(t *testing.T) {
		db, _, ana, _ := team(t)
		_, err := db.SaveNote(ctx, backend.FeedbackNote{PersonID: ana.ID, Kind: backend.NotePraise, Text: "x", Date: "2026-01-01", AccountID: 77})
		wantCode(t, err, backend.ENOTFOUND)
		_, err = db.SaveNote(ctx, backend.FeedbackNote{PersonID: 999, Kind: backend.NotePraise, Text: "x", Date: "2026-01-01"})
		wantCode(t, err, backend.ENOTFOUND)
	})
}

// A passage the director pulls out of a 1:1's private notes becomes a note
// that names its 1:1: it is in the appraisal's period feedback, the private
// notes it came from are not, and deleting the 1:1 keeps the note.
func TestNoteFromPrivateNotes(t *testing.T) {
	ctx := context.Background()
	pulled := func(t *testing.T) (*sqlite.DB, backend.Person, backend.OneOnOne, backend.FeedbackNote) {
		t.Helper()
		db, _, ana, _ := team(t)
		m, _ := db.StartOneOnOne(ctx, ana.ID, "2026-02-10")
		m.PrivateNotes = "Worried about workload. She handled the CFO's escalation calmly and won him back."
		m, err := db.SaveOneOnOne(ctx, m)
		if err != nil {
			t.Fatal(err)
		}
		n, err := db.SaveNote(ctx, backend.FeedbackNote{PersonID: ana.ID, Kind: backend.NotePraise, Date: m.Date,
			Text: "She handled the CFO's escalation calmly and won him back.", OneOnOneID: m.ID})
		if err != nil {
			t.Fatal(err)
		}
		return db, ana, m, n
	}
	t.Run("OK the passage and its 1:1, not the rest", func(t *testing.T) {
		db, ana, m, n := pulled(t)
		if n.OneOnOneID != m.ID {
			t.Fatalf("note's 1:1 = %d, want %d", n.OneOnOneID, m.ID)
		}
		pf, err := db.PeriodFeedback(ctx, ana.ID, "2026-01-01", "2026-12-31")
		if err != nil {
			t.Fatal(err)
		}
		if len(pf.Notes) != 1 || pf.Notes[0].OneOnOneID != m.ID {
			t.Fatalf("period notes = %+v", pf.Notes)
		}
		for _, x := range pf.Notes {
			if strings.Contains(x.Text, "Worried about workload") {
				t.Fatalf("the rest of the private notes reached the period feedback: %q", x.Text)
			}
		}
	})
	t.Run("OK deleting the 1:1 keeps the note", func(t *testing.T) {
		db, ana, m, n := pulled(t)
		if err := db.DeleteOneOnOne(ctx, m.ID); err != nil {
			t.Fatal(err)
		}
		notes, _ := db.Notes(ctx, ana.ID)
		if len(notes) != 1 || notes[0].ID != n.ID || notes[0].OneOnOneID != 0 {
			t.Fatalf("after the 1:1 went: %+v", notes)
		}
	})
	t.Run("ErrInvalid a 1:1 with someone else", func(t *testing.T) {
		db, _, m, _ := pulled(t)
		ben, err := db.SavePerson(ctx, backend.Person{Name: "Cleo", Role: "Account Manager", StartDate: "2024-01-01", CapacityHoursPerWeek: 40})
		if err != nil {
			t.Fatal(err)
		}
		_, err = db.SaveNote(ctx, backend.FeedbackNote{PersonID: ben.ID, Kind: backend.NotePraise, Text: "x", Date: m.Date, OneOnOneID: m.ID})
		wantCode(t, err, backend.EINVALID)
		if notes, _ := db.Notes(ctx, ben.ID); len(notes) != 0 {
			t.Fatalf("a refused note was saved: %+v", notes)
		}
	})
	t.Run("ErrNotFound a 1:1 that is gone", func(t *testing.T) {
		db, ana, _, _ := pulled(t)
		_, err := db.SaveNote(ctx, backend.FeedbackNote{PersonID: ana.ID, Kind: backend.NotePraise, Text: "x", Date: "2026-02-10", OneOnOneID: 999})
		wantCode(t, err, backend.ENOTFOUND)
	})
}

// A workspace from before 1:1s (schema 14) migrates and takes 1:1s and
// notes for the people it already had.
func TestMigrationAddsOneOnOnes(t *testing.T) {
	ctx := context.Background()
	path := workspaceAtVersion(t, 14,
		`INSERT INTO people (id, name, role, start_date, status, capacity_hours_per_week) VALUES (1, 'Dana Lee', 'Account Manager', '2024-01-01', 'active', 40)`)
	db := MustOpenDBAt(t, path)
	m, err := db.StartOneOnOne(ctx, 1, "2026-03-02")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.SaveNote(ctx, backend.FeedbackNote{PersonID: 1, Kind: backend.NoteCoaching, Text: "Structure", Date: "2026-03-02"}); err != nil {
		t.Fatal(err)
	}
	raw, err := sql.Open("sqlite3", "file:"+db.Path()+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	var n int
	if err := raw.QueryRow(`SELECT count(*) FROM one_on_ones WHERE id = ? AND person_id = 1`, m.ID).Scan(&n); err != nil || n != 1 {
		t.Fatalf("1:1 row: %d, %v", n, err)
	}
}
