package demo_test

import (
	"context"
	"testing"
	"time"

	"accountdesk/backend"
	"accountdesk/backend/demo"
	"accountdesk/backend/sqlite/sqlitetest"
)

func TestPopulate(t *testing.T) {
	ctx := context.Background()
	today := time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC)
	db := sqlitetest.Demo(t, demo.Options{Today: today})
	s, _ := db.Settings(ctx)
	if s.AgencyName == "" {
		t.Error("the demo names its agency")
	}
	list, err := db.ListAccounts(ctx, backend.AccountFilter{}, today)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != demo.DefaultAccounts {
		t.Fatalf("accounts = %d, want %d", len(list), demo.DefaultAccounts)
	}
	states := map[string]int{}
	health := map[string]int{}
	for _, a := range list {
		states[a.QBR.State]++
		health[a.Health]++
		if a.PlanStatus == "" {
			t.Errorf("%s has no plan", a.Name)
		}
	}
	for _, want := range []string{backend.QBRDone, backend.QBRDueState, backend.QBROverdue} {
		if states[want] == 0 {
			t.Errorf("the demo shows at least one account with QBR %s; got %v", want, states)
		}
	}
	if health[backend.HealthRed] == 0 || health[backend.HealthAmber] == 0 {
		t.Errorf("the demo has amber and red accounts: %v", health)
	}
	p, err := db.Portfolio(ctx, today)
	if err != nil {
		t.Fatal(err)
	}
	if p.RevenueYTDMinor == 0 || len(p.OverdueActions) == 0 || len(p.HighRisks) == 0 || len(p.Renewals) == 0 {
		t.Errorf("the dashboard has something to show: ytd %d, overdue %d, risks %d, renewals %d",
			p.RevenueYTDMinor, len(p.OverdueActions), len(p.HighRisks), len(p.Renewals))
	}
	team, err := db.TeamOverview(ctx, today, 12)
	if err != nil {
		t.Fatal(err)
	}
	if len(team.Roster) != 8 || len(team.OverAllocated) != 1 {
		t.Errorf("the demo team has 8 people, one over-allocated: %d people, %d over", len(team.Roster), len(team.OverAllocated))
	}
	needsBackup, onboarding := 0, 0
	for _, c := range team.Uncovered {
		if c.NeedsBackup {
			needsBackup++
		}
	}
	for _, p := range team.Roster {
		if p.Status == backend.PersonOnboarding && p.StartDate == "2026-12-01" {
			onboarding++
		}
	}
	if needsBackup != 1 || onboarding != 1 {
		t.Errorf("one key account without a backup (%d) and one AE starting next week (%d)", needsBackup, onboarding)
	}
	onboardings, err := db.Onboardings(ctx, today)
	if err != nil || len(onboardings) != 1 {
		t.Fatalf("the new AE has an onboarding: %+v %v", onboardings, err)
	}
	if p := onboardings[0].Progress; p.Done == 0 || p.Done == p.Required || p.Overdue != 1 {
		t.Errorf("the onboarding is partly done with one task overdue: %+v", p)
	}
	cycles, err := db.Cycles(ctx)
	if err != nil || len(cycles) != 2 || cycles[0].Status != backend.CycleOpen || cycles[1].Status != backend.CycleClosed {
		t.Fatalf("one open and one closed cycle: %+v %v", cycles, err)
	}
	for _, s := range []string{backend.ApprDraft, backend.ApprSelfReview, backend.ApprManagerReview, backend.ApprCalibration, backend.ApprFinalized, backend.ApprAcknowledged} {
		if cycles[0].ByState[s] != 1 {
			t.Errorf("the open cycle has one appraisal %s: %v", s, cycles[0].ByState)
		}
	}
	if r, err := db.Check(ctx); err != nil || !r.OK() {
		t.Fatalf("check: %+v %v", r, err)
	}
}

// The demo is written through the same validation as the user's data; it must
// pass whatever the time of day (a contact report's meeting cannot be in the
// future), and give the same late flags each time.
func TestPopulateAtAnyTimeOfDay(t *testing.T) {
	ctx := context.Background()
	today := time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC)
	for _, clock := range []time.Duration{5 * time.Minute, 9*time.Hour + 30*time.Minute, 23*time.Hour + 55*time.Minute} {
		t.Run(clock.String(), func(t *testing.T) {
			db := sqlitetest.Demo(t, demo.Options{Today: today, Accounts: 2}, sqlitetest.Clock(today.Add(clock)))
			reports, err := db.ContactReports(ctx, 1)
			if err != nil {
				t.Fatal(err)
			}
			late := 0
			for _, r := range reports {
				if r.Late {
					late++
				}
			}
			if len(reports) != 2 || late != 1 {
				t.Fatalf("%d contact reports, %d late; want 2, 1 late", len(reports), late)
			}
		})
	}
}

// The demo director has a record of 1:1s with one report (points carried
// over, actions done and open, on time) and feedback notes about the pod;
// Priya Raman has none, for the journeys to start from.
func TestPopulateOneOnOnes(t *testing.T) {
	ctx := context.Background()
	today := time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC)
	db := sqlitetest.Demo(t, demo.Options{Today: today})
	people, _ := db.People(ctx)
	byName := map[string]int64{}
	for _, p := range people {
		byName[p.Name] = p.ID
	}
	list, err := db.OneOnOnes(ctx, byName["Tom Becker"])
	if err != nil || len(list) != 3 {
		t.Fatalf("Tom's 1:1s = %d, %v; want 3", len(list), err)
	}
	latest, _ := db.OneOnOne(ctx, list[0].ID)
	carried := false
	for _, p := range latest.Points {
		carried = carried || (p.Text == "Reference for his next role" && p.CarriedFrom != "")
	}
	if !carried {
		t.Errorf("the open point of the first 1:1 came over to the latest: %+v", latest.Points)
	}
	schedules, _ := db.Schedules(ctx, today)
	for _, s := range schedules {
		if s.Overdue {
			t.Errorf("the demo starts with no 1:1 missed: %+v", s)
		}
	}
	if n, _ := db.OneOnOnes(ctx, byName["Priya Raman"]); len(n) != 0 {
		t.Errorf("Priya has %d 1:1s; the journeys start hers", len(n))
	}
	if n, _ := db.Notes(ctx, byName["Priya Raman"]); len(n) != 0 {
		t.Errorf("Priya has %d notes; the journeys start hers", len(n))
	}
	if n, _ := db.Notes(ctx, byName["Aisha Khan"]); len(n) != 2 {
		t.Errorf("Aisha's notes = %d, want 2", len(n))
	}
}

// A demo of several pods (as `accountdesk demo --accounts 5000` and `make
// bench` make) names everyone with their pod's number; the director using the
// workspace is the first pod's, and has their 1:1s with that pod's Tom Becker.
func TestPopulateSeveralPods(t *testing.T) {
	ctx := context.Background()
	today := time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC)
	db := sqlitetest.Demo(t, demo.Options{Today: today, Accounts: 30})
	me, err := db.EnsureDirector(ctx, "", today) // already linked: returns who it is
	if err != nil || me.Name != "Morgan Ellis 1" {
		t.Fatalf("director = %q, %v; want the first pod's Morgan Ellis 1", me.Name, err)
	}
	people, _ := db.People(ctx)
	for _, p := range people {
		if p.Name == "Morgan Ellis" {
			t.Errorf("a director with no team was added beside the pods: %+v", p)
		}
		if p.Name == "Tom Becker 1" {
			if list, err := db.OneOnOnes(ctx, p.ID); err != nil || len(list) != 3 {
				t.Errorf("Tom Becker 1's 1:1s = %d, %v; want 3", len(list), err)
			}
		}
	}
}
