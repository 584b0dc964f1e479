package sqlite_test

import (
	"context"
	"reflect"
	"sync"
	"testing"

	"accountdesk/backend"
	"accountdesk/backend/demo"
	"accountdesk/backend/sqlite"
	"accountdesk/backend/sqlite/sqlitetest"
)

// TestCacheFollowsEveryChange: after a change to one account the list and
// the Dashboard reload only that account's portfolio row. Whatever the
// change, what they show must equal what a fresh reading of the whole file
// shows. (With the cache's invalidation switched off, every step fails.)
func TestCacheFollowsEveryChange(t *testing.T) {
	ctx := context.Background()
	db := sqlitetest.Demo(t, demo.Options{Today: today})
	list, err := db.ListAccounts(ctx, backend.AccountFilter{}, today)
	if err != nil || len(list) < 3 {
		t.Fatalf("demo list: %d %v", len(list), err)
	}
	first, second := list[0], list[1]
	account := func(id int64) backend.Account {
		a, err := db.Account(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	plan := func(accountID int64) backend.Plan {
		vs, err := db.Plans(ctx, accountID)
		if err != nil || len(vs) == 0 {
			t.Fatalf("plans of %d: %v", accountID, err)
		}
		p, err := db.Plan(ctx, vs[0].ID)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	var created backend.Account
	var qbr backend.QBR

	steps := []struct {
		name   string
		change func() error
	}{
		{"rename so it sorts elsewhere (case folded as SQLite does)", func() error {
			a := account(first.ID)
			a.Name = "aaa first now"
			_, err := db.UpdateAccount(ctx, a)
			return err
		}},
		{"health turns red", func() error {
			a := account(second.ID)
			a.Health, a.HealthReason = backend.HealthRed, "Budget cut"
			_, err := db.UpdateAccount(ctx, a)
			return err
		}},
		{"this month's and last month's figures", func() error {
			return db.SaveMonths(ctx, second.ID, []backend.MonthFigures{
				{Month: "2026-11", RevenueMinor: 900_000_00, CostMinor: 100_000_00},
				{Month: "2026-10", RevenueMinor: 800_000_00, CostMinor: 50_000_00, WriteOffMinor: 7_00},
			})
		}},
		{"a month removed", func() error { return db.DeleteMonth(ctx, second.ID, "2026-10") }},
		{"plan edited: target, a high risk, an overdue action, an opportunity", func() error {
			p := plan(first.ID)
			if p.Status == backend.PlanApproved || p.Status == backend.PlanArchived {
				var err error
				if p, err = db.NewPlanVersion(ctx, p.ID); err != nil {
					return err
				}
			}
			p.RevenueTargetMinor += 123_000_00
			p.Risks = append(p.Risks, backend.Risk{Title: "Procurement review", Category: "budget", Likelihood: 5, Impact: 5, Status: "open"})
			p.Actions = append(p.Actions, backend.Action{Title: "Send renewal terms", Due: "2026-01-05", Status: "open"})
			p.Opps = append(p.Opps, backend.Opportunity{Title: "Social retainer", Type: "upsell", ValueMinor: 55_000_00, Probability: 40, Stage: "proposal"})
			_, err := db.SavePlan(ctx, p)
			return err
		}},
		{"plan sent for review and approved", func() error {
			p := plan(first.ID)
			if _, err := db.SetPlanStatus(ctx, p.ID, backend.PlanInReview); err != nil {
				return err
			}
			_, err := db.SetPlanStatus(ctx, p.ID, backend.PlanApproved)
			return err
		}},
		{"new version of the approved plan", func() error {
			_, err := db.NewPlanVersion(ctx, plan(first.ID).ID)
			return err
		}},
		{"plan for the next period", func() error {
			_, err := db.CreatePlan(ctx, second.ID, "FY2031")
			return err
		}},
		{"QBR held this quarter", func() error {
			var err error
			qbr, err = db.SaveQBR(ctx, backend.QBR{AccountID: second.ID, Date: "2026-11-20", Format: "remote"})
			return err
		}},
		{"QBR deleted", func() error { return db.DeleteQBR(ctx, qbr.ID) }},
		{"account added", func() error {
			var err error
			created, err = db.CreateAccount(ctx, backend.Account{Name: "Aardvark Dairy", Tier: "key", Status: "active",
				Health: backend.HealthGreen, ContractType: "retainer", RenewalDate: "2026-12-31"})
			return err
		}},
		{"account deleted", func() error { return db.DeleteAccount(ctx, created.ID) }},
		{"stakeholder added (feeds neither)", func() error {
			_, err := db.SaveStakeholder(ctx, backend.Stakeholder{AccountID: second.ID, Name: "Ana Ruiz", Role: "champion", Influence: 3, Sentiment: "supporter"})
			return err
		}},
		{"QBR threshold lowered (every account)", func() error {
			s, err := db.Settings(ctx)
			if err != nil {
				return err
			}
			s.QBRThresholdMinor = 1_00
			_, err = db.UpdateSettings(ctx, s)
			return err
		}},
	}
	for _, step := range steps {
		// Read first, so the step changes a loaded set.
		if _, err := db.Portfolio(ctx, today); err != nil {
			t.Fatal(err)
		}
		if err := step.change(); err != nil {
			t.Fatalf("%s: %v", step.name, err)
		}
		gotList, err := db.ListAccounts(ctx, backend.AccountFilter{}, today)
		if err != nil {
			t.Fatal(err)
		}
		gotDash, err := db.Portfolio(ctx, today)
		if err != nil {
			t.Fatal(err)
		}
		fresh := freshReading(t, db.Path())
		wantList, _ := fresh.ListAccounts(ctx, backend.AccountFilter{}, today)
		wantDash, _ := fresh.Portfolio(ctx, today)
		if !reflect.DeepEqual(gotList, wantList) {
			t.Errorf("%s: list differs from a fresh reading\n got %+v\nwant %+v", step.name, gotList, wantList)
		}
		if !reflect.DeepEqual(gotDash, wantDash) {
			t.Errorf("%s: Dashboard differs from a fresh reading\n got %+v\nwant %+v", step.name, gotDash, wantDash)
		}
	}
	// The steps above must have moved what the Dashboard shows.
	if l, _ := db.ListAccounts(ctx, backend.AccountFilter{}, today); l[0].Name != "aaa first now" {
		t.Errorf("renamed account should sort first (SQLite folds ASCII case): %q", l[0].Name)
	}
	p, _ := db.Portfolio(ctx, today)
	if len(p.HighRisks) == 0 || p.HighRisks[0].Risk.Title != "Procurement review" {
		t.Errorf("the new 25-point risk should lead the high risks: %+v", p.HighRisks)
	}
}

// freshReading opens the workspace again, as another window would: nothing cached.
func freshReading(t *testing.T, path string) *sqlite.DB {
	t.Helper()
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	return db
}

// TestCacheSettlesAfterConcurrentWrites: readers refresh the cache while
// writers keep changing accounts; once the writers stop, the list and the
// Dashboard must equal a fresh reading — no change may be lost between a
// write's commit and the mark that makes the next read reload its account.
func TestCacheSettlesAfterConcurrentWrites(t *testing.T) {
	ctx := context.Background()
	db := sqlitetest.Demo(t, demo.Options{Today: today})
	list, err := db.ListAccounts(ctx, backend.AccountFilter{}, today)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	errs := make(chan error, 16)
	var readers sync.WaitGroup
	for r := 0; r < 3; r++ {
		readers.Add(1)
		go func() {
			defer readers.Done()
			for {
				select {
				case <-done:
					return
				default:
				}
				if _, err := db.ListAccounts(ctx, backend.AccountFilter{}, today); err != nil {
					errs <- err
					return
				}
				if _, err := db.Portfolio(ctx, today); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	var writers sync.WaitGroup
	for w, a := range list[:4] {
		writers.Add(1)
		go func() {
			defer writers.Done()
			for i := 0; i < 40; i++ {
				m := backend.MonthFigures{Month: "2026-10", RevenueMinor: int64(1_000_00 * (w*100 + i + 1)), CostMinor: 10_00}
				if err := db.SaveMonths(ctx, a.ID, []backend.MonthFigures{m}); err != nil {
					errs <- err
					return
				}
				acc, err := db.Account(ctx, a.ID)
				if err != nil {
					errs <- err
					return
				}
				acc.Health, acc.HealthReason = []string{backend.HealthGreen, backend.HealthAmber, backend.HealthRed}[i%3], "Weekly review"
				if _, err := db.UpdateAccount(ctx, acc); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	writers.Wait()
	close(done)
	readers.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	gotList, _ := db.ListAccounts(ctx, backend.AccountFilter{}, today)
	gotDash, _ := db.Portfolio(ctx, today)
	fresh := freshReading(t, db.Path())
	wantList, _ := fresh.ListAccounts(ctx, backend.AccountFilter{}, today)
	wantDash, _ := fresh.Portfolio(ctx, today)
	if !reflect.DeepEqual(gotList, wantList) {
		t.Errorf("list after concurrent writes differs from a fresh reading")
	}
	if !reflect.DeepEqual(gotDash, wantDash) {
		t.Errorf("Dashboard after concurrent writes differs from a fresh reading")
	}
}
