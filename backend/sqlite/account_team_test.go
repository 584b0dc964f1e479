package sqlite_test

import (
	"context"
	"math"
	"reflect"
	"testing"

	"accountdesk/backend"
	"accountdesk/backend/demo"
	"accountdesk/backend/sqlite/sqlitetest"
)

// The account page shows one account's team and cover; it must say exactly
// what the Team overview says about that account, for every account.
func TestAccountTeamAgreesWithTheOverview(t *testing.T) {
	ctx := context.Background()
	db := sqlitetest.Demo(t, demo.Options{Today: today})
	o, err := db.TeamOverview(ctx, today, 12)
	if err != nil {
		t.Fatal(err)
	}
	people := map[int64]backend.Person{}
	for _, r := range o.Roster {
		people[r.ID] = r.Person
	}
	members := 0
	for _, c := range o.Coverage {
		got, err := db.AccountTeam(ctx, c.AccountID, today)
		if err != nil {
			t.Fatal(err)
		}
		if got.Coverage == nil || !reflect.DeepEqual(*got.Coverage, c) {
			t.Errorf("%s: coverage %+v, overview says %+v", c.AccountName, got.Coverage, c)
		}
		allocs, _ := db.Allocations(ctx, 0, c.AccountID)
		var want []int64
		for _, a := range allocs {
			if a.EndDate == "" || a.EndDate >= today.Format("2006-01-02") {
				want = append(want, a.ID)
			}
		}
		var ids []int64
		for _, m := range got.Members {
			ids = append(ids, m.Allocation.ID)
			hours := m.Allocation.Percent / 100 * people[m.Allocation.PersonID].CapacityHoursPerWeek * 52 / 12
			if math.Abs(m.HoursPerMonth-hours) > 1e-9 {
				t.Errorf("%s, %s: %.2f hours a month, want %.2f", c.AccountName, m.Allocation.PersonName, m.HoursPerMonth, hours)
			}
		}
		if !reflect.DeepEqual(ids, want) {
			t.Errorf("%s: members %v, want the allocations not ended %v", c.AccountName, ids, want)
		}
		members += len(ids)
	}
	if len(o.Coverage) == 0 || members == 0 {
		t.Fatalf("%d accounts, %d members: the demo should give something to compare", len(o.Coverage), members)
	}
}

func TestAccountTeam(t *testing.T) {
	ctx := context.Background()

	t.Run("OK ended allocations are left out, future and tentative ones shown; tentative gives no cover", func(t *testing.T) {
		db := MustOpenDB(t)
		a := mustCreateAccount(t, db, backend.Account{Name: "Key Co", Tier: backend.TierKey, RetainerHoursPerMonth: 50})
		sam := mustPerson(t, db, backend.Person{Name: "Sam", CapacityHoursPerWeek: 40})
		kim := mustPerson(t, db, backend.Person{Name: "Kim", CapacityHoursPerWeek: 30})
		lee := mustPerson(t, db, backend.Person{Name: "Lee", CapacityHoursPerWeek: 40})
		for _, al := range []backend.Allocation{
			{PersonID: sam.ID, Percent: 50, Role: "lead", StartDate: "2026-01-01"},
			{PersonID: kim.ID, Percent: 20, Role: "backup", StartDate: "2026-01-01", Tentative: true},
			{PersonID: lee.ID, Percent: 10, Role: "support", StartDate: "2025-01-01", EndDate: "2025-12-31"},
			{PersonID: lee.ID, Percent: 10, Role: "support", StartDate: "2027-01-01"},
		} {
			al.AccountID = a.ID
			if _, err := db.SaveAllocation(ctx, al); err != nil {
				t.Fatal(err)
			}
		}
		got, err := db.AccountTeam(ctx, a.ID, today)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, m := range got.Members {
			names = append(names, m.Allocation.PersonName)
		}
		if !reflect.DeepEqual(names, []string{"Kim", "Lee", "Sam"}) {
			t.Fatalf("members %v, want Kim (tentative), Lee (from 2027), Sam", names)
		}
		c := got.Coverage
		if c == nil || !c.HasLead || c.HasBackup || !c.NeedsBackup || !c.OverServiced || math.Abs(c.HoursPerMonth-40*0.5*52/12) > 1e-9 {
			t.Fatalf("coverage %+v: want a lead, no backup (tentative), over the 50-hour retainer with 86.7 hours", c)
		}
	})

	t.Run("OK a churned account needs no cover", func(t *testing.T) {
		db := MustOpenDB(t)
		a := mustCreateAccount(t, db, backend.Account{Name: "Gone Co", Tier: backend.TierKey, Status: backend.StatusChurned})
		got, err := db.AccountTeam(ctx, a.ID, today)
		if err != nil || got.Coverage != nil || len(got.Members) != 0 {
			t.Fatalf("%+v, %v: want no members and no coverage", got, err)
		}
	})

	t.Run("ErrNoSuchAccount", func(t *testing.T) {
		if _, err := MustOpenDB(t).AccountTeam(ctx, 999, today); backend.ErrorCode(err) != backend.ENOTFOUND {
			t.Fatalf("err = %v, want not found", err)
		}
	})
}
