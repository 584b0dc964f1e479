package sqlite_test

import (
	"context"
	"reflect"
	"testing"
	"time"

	"accountdesk/backend"
	"accountdesk/backend/demo"
	"accountdesk/backend/sqlite/sqlitetest"
)

// TestListsAgreeWithTheRecords: the onboarding list and the review-cycle list
// (read in bulk) show for every row what opening that checklist or cycle
// shows: progress as of the same day, and appraisal counts by state.
func TestListsAgreeWithTheRecords(t *testing.T) {
	ctx := context.Background()
	db := sqlitetest.Demo(t, demo.Options{Today: today})
	// Two more checklists beside the demo's: one started later with a task
	// done, one closed early.
	tpls, _ := db.Templates(ctx)
	people, _ := db.People(ctx)
	var started []backend.Onboarding
	for i, start := range []string{today.AddDate(0, 0, -10).Format(time.DateOnly), today.AddDate(0, 0, 5).Format(time.DateOnly)} {
		o, err := db.StartOnboarding(ctx, people[len(people)-1-i].ID, tpls[0].ID, start, 0, today)
		if err != nil {
			t.Fatal(err)
		}
		started = append(started, o)
	}
	if _, err := db.UpdateTask(ctx, backend.TaskUpdate{TaskID: started[0].Tasks[0].ID, State: backend.TaskDone, Notes: "ok"}, today); err != nil {
		t.Fatal(err)
	}
	if _, err := db.CloseOnboarding(ctx, started[1].ID, "Left the agency", today); err != nil {
		t.Fatal(err)
	}
	for _, day := range []time.Time{today.AddDate(0, 0, -30), today, today.AddDate(0, 0, 20), today.AddDate(1, 0, 0)} {
		list, err := db.Onboardings(ctx, day)
		if err != nil {
			t.Fatal(err)
		}
		if len(list) < 3 {
			t.Fatalf("the demo has %d onboardings; the test needs several", len(list))
		}
		for _, s := range list {
			o, err := db.Onboarding(ctx, s.ID, day)
			if err != nil {
				t.Fatal(err)
			}
			want := backend.OnboardingSummary{ID: o.ID, PersonID: o.PersonID, PersonName: o.PersonName,
				StartDate: o.StartDate, Status: o.Status, Progress: o.Progress}
			if s != want {
				t.Errorf("%s on %s: list shows %+v, checklist %+v", o.PersonName, day.Format(time.DateOnly), s, want)
			}
		}
		for i := 1; i < len(list); i++ {
			a, b := list[i-1], list[i]
			if a.Status != "in_progress" && b.Status == "in_progress" {
				t.Errorf("%s (%s) listed before %s (in progress)", a.PersonName, a.Status, b.PersonName)
			}
		}
	}

	cycles, err := db.Cycles(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(cycles) < 2 {
		t.Fatalf("the demo has %d review cycles; the test needs several", len(cycles))
	}
	counted := 0
	for i, c := range cycles {
		apps, err := db.CycleAppraisals(ctx, c.ID)
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]int{}
		for _, a := range apps {
			want[a.Status]++
		}
		if !reflect.DeepEqual(c.ByState, want) {
			t.Errorf("cycle %q: list counts %v, its appraisals %v", c.Name, c.ByState, want)
		}
		if len(c.Scale.Labels) == 0 || len(c.Competencies) == 0 {
			t.Errorf("cycle %q: scale or competencies missing: %+v", c.Name, c)
		}
		for _, n := range c.ByState {
			counted += n
		}
		if i > 0 && c.PeriodTo > cycles[i-1].PeriodTo {
			t.Errorf("cycle %q (to %s) listed after %q (to %s)", c.Name, c.PeriodTo, cycles[i-1].Name, cycles[i-1].PeriodTo)
		}
	}
	if counted == 0 {
		t.Error("no appraisals counted in any cycle")
	}
}
