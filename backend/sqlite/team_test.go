package sqlite_test

import (
	"context"
	"testing"

	"accountdesk/backend"
	"accountdesk/backend/sqlite"
)

func mustPerson(t *testing.T, db *sqlite.DB, p backend.Person) backend.Person {
	t.Helper()
	if p.Role == "" {
		p.Role = "Account Executive"
	}
	if p.StartDate == "" {
		p.StartDate = "2024-01-01"
	}
	out, err := db.SavePerson(context.Background(), p)
	if err != nil {
		t.Fatalf("save person %q: %v", p.Name, err)
	}
	return out
}

func TestTeam(t *testing.T) {
	ctx := context.Background()

	t.Run("ErrReportsToLoop", func(t *testing.T) {
		db := MustOpenDB(t)
		boss := mustPerson(t, db, backend.Person{Name: "Director", Role: "Account Director"})
		mgr := mustPerson(t, db, backend.Person{Name: "Manager", Role: "Account Manager", ReportsTo: boss.ID})
		boss.ReportsTo = mgr.ID
		_, err := db.SavePerson(ctx, boss)
		if backend.ErrorField(err) != "reportsTo" {
			t.Fatalf("err = %v, want invalid reportsTo", err)
		}
		if got, _ := db.People(ctx); got[0].ReportsTo != 0 {
			t.Fatal("a refused save must change nothing")
		}
	})

	t.Run("ErrUnknownRole", func(t *testing.T) {
		_, err := MustOpenDB(t).SavePerson(ctx, backend.Person{Name: "X", Role: "Wizard", StartDate: "2024-01-01"})
		if backend.ErrorField(err) != "role" {
			t.Fatalf("err = %v", err)
		}
	})

	t.Run("OK roles are editable but a held role cannot go", func(t *testing.T) {
		db := MustOpenDB(t)
		mustPerson(t, db, backend.Person{Name: "Ana", Role: "Account Manager"})
		if _, err := db.SaveRoles(ctx, []string{"Account Director"}); backend.ErrorCode(err) != backend.ECONFLICT {
			t.Fatalf("removing a held role: err = %v, want conflict", err)
		}
		got, err := db.SaveRoles(ctx, []string{"Account Director", "account manager", " Strategist "})
		if err != nil || len(got) != 3 || got[2] != "Strategist" {
			t.Fatalf("roles = %v, %v", got, err)
		}
		people, _ := db.People(ctx)
		if people[0].Role != "account manager" {
			t.Fatalf("renaming a role by case carries people with it: %q", people[0].Role)
		}
	})

	t.Run("OK over-allocation shows and clears; missing backup and over-servicing show", func(t *testing.T) {
		db := MustOpenDB(t)
		key := mustCreateAccount(t, db, backend.Account{Name: "Key Co", Tier: backend.TierKey, RetainerHoursPerMonth: 100})
		other := mustCreateAccount(t, db, backend.Account{Name: "Other Co"})
		sam := mustPerson(t, db, backend.Person{Name: "Sam"})
		a1, err := db.SaveAllocation(ctx, backend.Allocation{PersonID: sam.ID, AccountID: key.ID, Percent: 60, Role: "lead", StartDate: "2026-01-01"})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.SaveAllocation(ctx, backend.Allocation{PersonID: sam.ID, AccountID: other.ID, Percent: 50, Role: "lead", StartDate: "2026-01-01"}); err != nil {
			t.Fatal(err)
		}
		o, err := db.TeamOverview(ctx, today, 12)
		if err != nil {
			t.Fatal(err)
		}
		if len(o.OverAllocated) != 1 || o.OverAllocated[0].Name != "Sam" || o.Roster[0].ThisMonth.Confirmed != 110 {
			t.Fatalf("over-allocated = %+v", o.OverAllocated)
		}
		var keyCov backend.Coverage
		for _, c := range o.Coverage {
			if c.AccountID == key.ID {
				keyCov = c
			}
		}
		if !keyCov.NeedsBackup || !keyCov.OverServiced {
			t.Fatalf("key account coverage = %+v: 60%% of 40h is 104h a month over a 100h retainer, and no backup", keyCov)
		}
		if len(o.Heatmap.Weeks) != 12 || len(o.Heatmap.Rows) != 1 || o.Heatmap.Weeks[0] != "2026-11-23" {
			t.Fatalf("heatmap = %+v", o.Heatmap.Weeks)
		}
		a1.Percent = 40
		if _, err := db.SaveAllocation(ctx, a1); err != nil {
			t.Fatal(err)
		}
		o, _ = db.TeamOverview(ctx, today, 12)
		if len(o.OverAllocated) != 0 {
			t.Fatalf("after fixing: %+v", o.OverAllocated)
		}
	})

	t.Run("OK deleting a manager leaves reports reporting to nobody", func(t *testing.T) {
		db := MustOpenDB(t)
		boss := mustPerson(t, db, backend.Person{Name: "Boss", Role: "Account Director"})
		mustPerson(t, db, backend.Person{Name: "Report", ReportsTo: boss.ID})
		if err := db.DeletePerson(ctx, boss.ID); err != nil {
			t.Fatal(err)
		}
		ppl, _ := db.People(ctx)
		if len(ppl) != 1 || ppl[0].ReportsTo != 0 {
			t.Fatalf("people = %+v", ppl)
		}
	})

	t.Run("ErrStalePerson", func(t *testing.T) {
		db := MustOpenDB(t)
		p := mustPerson(t, db, backend.Person{Name: "Pat"})
		p2 := p
		p2.Location = "London"
		if _, err := db.SavePerson(ctx, p2); err != nil {
			t.Fatal(err)
		}
		p.Location = "Paris"
		if _, err := db.SavePerson(ctx, p); backend.ErrorCode(err) != backend.ECONFLICT {
			t.Fatalf("err = %v, want conflict", err)
		}
	})
}
