package sqlite_test

import (
	"context"
	"testing"
	"time"

	"accountdesk/backend"
	"accountdesk/backend/sqlite"
)

// onboardingStory is a workspace where Hannah, who reports to Morgan and
// starts on Monday 30 November with half her time on Acme, has an onboarding
// from the built-in template with Sofia as her buddy, made on 2 November.
// Globex is another account she is not yet allocated to.
type onboardingStory struct {
	db           *sqlite.DB
	builtIn      backend.Template
	hire         backend.Person
	acme, globex backend.Account
	o            backend.Onboarding
}

func newOnboardingStory(t *testing.T) onboardingStory {
	t.Helper()
	ctx := context.Background()
	db := MustOpenDB(t)
	tpls, err := db.Templates(ctx)
	if err != nil || len(tpls) != 1 || !tpls[0].BuiltIn || tpls[0].Name != "New Account Executive" {
		t.Fatalf("a new workspace has the built-in template: %+v %v", tpls, err)
	}
	builtIn := tpls[0]
	director := mustPerson(t, db, backend.Person{Name: "Morgan", Role: "Account Director"})
	buddy := mustPerson(t, db, backend.Person{Name: "Sofia"})
	hire := mustPerson(t, db, backend.Person{Name: "Hannah", ReportsTo: director.ID, StartDate: "2026-11-30", Status: backend.PersonOnboarding})
	acme := mustCreateAccount(t, db, backend.Account{Name: "Acme"})
	globex := mustCreateAccount(t, db, backend.Account{Name: "Globex"})
	if _, err := db.SaveAllocation(ctx, backend.Allocation{PersonID: hire.ID, AccountID: acme.ID, Percent: 50, StartDate: "2026-11-30"}); err != nil {
		t.Fatal(err)
	}

	// Made a month ahead, so no pre-boarding date has passed yet.
	o, err := db.StartOnboarding(ctx, hire.ID, builtIn.ID, "2026-11-30", buddy.ID, date("2026-11-02"))
	if err != nil {
		t.Fatal(err)
	}
	if len(o.Tasks) != len(builtIn.Tasks)+3 {
		t.Fatalf("tasks = %d, want the template's %d plus 3 for Acme", len(o.Tasks), len(builtIn.Tasks))
	}
	owners := map[string]string{}
	var acmeTasks int
	for _, k := range o.Tasks {
		owners[k.OwnerKind] = k.OwnerName
		if k.AccountID == acme.ID {
			acmeTasks++
		}
		if k.Title == "Laptop, email and accounts ready" && k.Due != "2026-11-23" {
			t.Errorf("5 working days before Monday 30 Nov is Monday 23 Nov, got %s", k.Due)
		}
	}
	if owners[backend.OwnerManager] != "Morgan" || owners[backend.OwnerBuddy] != "Sofia" || owners[backend.OwnerNewHire] != "Hannah" || owners[backend.OwnerIT] != "IT" {
		t.Errorf("owners resolved = %v", owners)
	}
	if acmeTasks != 3 {
		t.Errorf("client-knowledge tasks for Acme = %d", acmeTasks)
	}
	return onboardingStory{db: db, builtIn: builtIn, hire: hire, acme: acme, globex: globex, o: o}
}

// allocateGlobex gives Hannah 30% of her time on Globex from 14 December.
func (s onboardingStory) allocateGlobex(t *testing.T) backend.Allocation {
	t.Helper()
	x, err := s.db.SaveAllocation(context.Background(), backend.Allocation{PersonID: s.hire.ID, AccountID: s.globex.ID, Percent: 30, StartDate: "2026-12-14"})
	if err != nil {
		t.Fatal(err)
	}
	return x
}

func TestOnboarding(t *testing.T) {
	ctx := context.Background()

	t.Run("ErrSecondOnboardingInProgress", func(t *testing.T) {
		s := newOnboardingStory(t)
		_, err := s.db.StartOnboarding(ctx, s.hire.ID, s.builtIn.ID, "2026-11-30", 0, today)
		if backend.ErrorCode(err) != backend.ECONFLICT {
			t.Fatalf("err = %v", err)
		}
	})

	t.Run("OK a later allocation adds its tasks, once", func(t *testing.T) {
		s := newOnboardingStory(t)
		x := s.allocateGlobex(t)
		if _, err := s.db.SaveAllocation(ctx, x); err != nil { // editing it adds nothing more
			t.Fatal(err)
		}
		got, _ := s.db.Onboarding(ctx, s.o.ID, today)
		n := 0
		for _, k := range got.Tasks {
			if k.AccountID == s.globex.ID {
				n++
				if k.Due < "2026-12-14" {
					t.Errorf("tasks for an allocation starting 14 Dec are due after it: %s %s", k.Title, k.Due)
				}
			}
		}
		if n != 3 {
			t.Fatalf("Globex tasks = %d, want 3", n)
		}
	})

	t.Run("OK editing the template never changes a started checklist", func(t *testing.T) {
		s := newOnboardingStory(t)
		s.allocateGlobex(t) // the checklist holds tasks for Acme and, added later, Globex
		tpl := s.builtIn
		tpl.Tasks = tpl.Tasks[:2]
		if _, err := s.db.SaveTemplate(ctx, tpl); err != nil {
			t.Fatal(err)
		}
		got, _ := s.db.Onboarding(ctx, s.o.ID, today)
		if len(got.Tasks) != len(s.builtIn.Tasks)+6 {
			t.Fatalf("tasks = %d", len(got.Tasks))
		}
	})

	t.Run("ErrSkipRequiredTask", func(t *testing.T) {
		s := newOnboardingStory(t)
		_, err := s.db.UpdateTask(ctx, backend.TaskUpdate{TaskID: s.o.Tasks[0].ID, State: backend.TaskSkipped}, today)
		if backend.ErrorField(err) != "state" {
			t.Fatalf("err = %v", err)
		}
	})

	t.Run("OK ticking every required task completes it", func(t *testing.T) {
		s := newOnboardingStory(t)
		s.allocateGlobex(t) // tasks added by a later allocation count too
		got, _ := s.db.Onboarding(ctx, s.o.ID, today)
		var last backend.Onboarding
		var err error
		for _, k := range got.Tasks {
			if k.Optional {
				continue
			}
			if last, err = s.db.UpdateTask(ctx, backend.TaskUpdate{TaskID: k.ID, State: backend.TaskDone, By: "Morgan"}, today); err != nil {
				t.Fatal(err)
			}
		}
		if last.Status != backend.OnboardingCompleted || last.Progress.Percent != 100 {
			t.Fatalf("status %s progress %+v", last.Status, last.Progress)
		}
		if _, err := s.db.UpdateTask(ctx, backend.TaskUpdate{TaskID: got.Tasks[0].ID, State: backend.TaskOpen}, today); backend.ErrorCode(err) != backend.ELOCKED {
			t.Fatalf("a finished onboarding is locked: %v", err)
		}
	})

	t.Run("ErrCloseWithoutReason", func(t *testing.T) {
		s := newOnboardingStory(t)
		other := mustPerson(t, s.db, backend.Person{Name: "Kwame", StartDate: "2026-12-01"})
		o2, err := s.db.StartOnboarding(ctx, other.ID, s.builtIn.ID, "2026-12-01", 0, today)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.db.CloseOnboarding(ctx, o2.ID, " ", today); backend.ErrorField(err) != "reason" {
			t.Fatalf("err = %v", err)
		}
		closed, err := s.db.CloseOnboarding(ctx, o2.ID, "Moved to the media team", today)
		if err != nil || closed.Status != backend.OnboardingClosed {
			t.Fatalf("close: %+v %v", closed.Status, err)
		}
		list, _ := s.db.Onboardings(ctx, today.Add(24*time.Hour))
		if len(list) != 2 {
			t.Fatalf("onboardings = %+v", list)
		}
	})
}
