package sqlite_test

import (
	"context"
	"testing"
	"time"

	"accountdesk/backend"
)

// The director is a person on their own team from the first run, and
// Settings' "Your name" is that person's name (issue 21 §3).
func TestDirectorIsOnTheTeam(t *testing.T) {
	ctx := context.Background()
	today := time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)

	t.Run("OK a new workspace's director is added once, named as the computer knows them", func(t *testing.T) {
		db := MustOpenDB(t)
		p, err := db.EnsureDirector(ctx, "Jane Doe", today)
		if err != nil {
			t.Fatal(err)
		}
		if p.Name != "Jane Doe" || p.Role != "Account Director" || p.StartDate != "2026-12-07" || !p.You {
			t.Fatalf("director = %+v", p)
		}
		again, err := db.EnsureDirector(ctx, "Someone Else", today.AddDate(0, 0, 1))
		if err != nil || again.ID != p.ID || again.Name != "Jane Doe" {
			t.Fatalf("second run = %+v (err %v), want the same record", again, err)
		}
		people, err := db.People(ctx)
		if err != nil || len(people) != 1 || !people[0].You {
			t.Fatalf("people = %+v (err %v), want only the director, marked as you", people, err)
		}
		s, err := db.Settings(ctx)
		if err != nil || s.DirectorName != "Jane Doe" || s.DirectorPersonID != p.ID {
			t.Fatalf("settings = %+v (err %v)", s, err)
		}
	})

	t.Run("OK the name already in Settings wins, and a person of that name already on the team is linked, not added", func(t *testing.T) {
		db := MustOpenDB(t)
		s := backend.DefaultSettings()
		s.DirectorName = "Morgan Ellis"
		if _, err := db.UpdateSettings(ctx, s); err != nil {
			t.Fatal(err)
		}
		typed, err := db.SavePerson(ctx, backend.Person{Name: "morgan  ellis", Role: "Group Account Director", StartDate: "2024-01-08"})
		if err != nil {
			t.Fatal(err)
		}
		p, err := db.EnsureDirector(ctx, "root", today)
		if err != nil || p.ID != typed.ID {
			t.Fatalf("director = %+v (err %v), want the person typed in (%d)", p, err, typed.ID)
		}
		if people, _ := db.People(ctx); len(people) != 1 {
			t.Fatalf("people = %+v, want one", people)
		}
		if s, _ := db.Settings(ctx); s.DirectorName != "morgan ellis" {
			t.Fatalf("Settings' name = %q, want the team record's", s.DirectorName)
		}
	})

	t.Run("OK renaming in Settings renames the person, and renaming the person changes Settings", func(t *testing.T) {
		db := MustOpenDB(t)
		p, err := db.EnsureDirector(ctx, "Jane Doe", today)
		if err != nil {
			t.Fatal(err)
		}
		s, _ := db.Settings(ctx)
		s.DirectorName = "Jane Okafor"
		s.DirectorPersonID = 0 // a caller cannot unlink (nor re-link) the director
		if saved, err := db.UpdateSettings(ctx, s); err != nil || saved.DirectorName != "Jane Okafor" || saved.DirectorPersonID != p.ID {
			t.Fatalf("saved = %+v (err %v)", saved, err)
		}
		people, _ := db.People(ctx)
		if people[0].Name != "Jane Okafor" || people[0].Version != p.Version+1 {
			t.Fatalf("person = %+v, want renamed with a new version", people[0])
		}
		people[0].Name = "Jane O. Okafor"
		if _, err := db.SavePerson(ctx, people[0]); err != nil {
			t.Fatal(err)
		}
		if s, _ := db.Settings(ctx); s.DirectorName != "Jane O. Okafor" {
			t.Fatalf("Settings' name = %q after renaming on the team", s.DirectorName)
		}
	})

	t.Run("ERR an empty name in Settings is refused once the director is a person", func(t *testing.T) {
		db := MustOpenDB(t)
		if _, err := db.EnsureDirector(ctx, "Jane Doe", today); err != nil {
			t.Fatal(err)
		}
		s, _ := db.Settings(ctx)
		s.DirectorName = "  "
		s.AgencyName = "Changed"
		if _, err := db.UpdateSettings(ctx, s); backend.ErrorCode(err) != backend.EINVALID || backend.ErrorField(err) != "directorName" {
			t.Fatalf("err = %v, want invalid directorName", err)
		}
		if got, _ := db.Settings(ctx); got.AgencyName == "Changed" || got.DirectorName != "Jane Doe" {
			t.Fatalf("settings changed by a refused save: %+v", got)
		}
	})

	t.Run("ERR the director cannot be removed from the team; others can", func(t *testing.T) {
		db := MustOpenDB(t)
		p, err := db.EnsureDirector(ctx, "Jane Doe", today)
		if err != nil {
			t.Fatal(err)
		}
		if err := db.DeletePerson(ctx, p.ID); backend.ErrorCode(err) != backend.ECONFLICT {
			t.Fatalf("delete director: err = %v, want conflict", err)
		}
		other, err := db.SavePerson(ctx, backend.Person{Name: "Sam Lee", Role: "Account Executive", StartDate: "2026-01-05", ReportsTo: p.ID})
		if err != nil {
			t.Fatalf("someone reports to the director: %v", err)
		}
		if err := db.DeletePerson(ctx, other.ID); err != nil {
			t.Fatal(err)
		}
		if people, _ := db.People(ctx); len(people) != 1 || people[0].ID != p.ID {
			t.Fatalf("people = %+v", people)
		}
	})
}
