package sqlite_test

import (
	"context"
	"testing"
	"time"

	"accountdesk/backend"
	"accountdesk/backend/sqlite"
)

var today = time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC)

func mustCreateAccount(t *testing.T, db *sqlite.DB, a backend.Account) backend.Account {
	t.Helper()
	out, err := db.CreateAccount(context.Background(), a)
	if err != nil {
		t.Fatalf("create account %q: %v", a.Name, err)
	}
	return out
}

func TestAccounts(t *testing.T) {
	ctx := context.Background()

	t.Run("OK create fills defaults and starts the health history", func(t *testing.T) {
		db := MustOpenDB(t)
		a := mustCreateAccount(t, db, backend.Account{Name: "  Acme   Foods ", Industry: "FMCG"})
		if a.Name != "Acme Foods" || a.Tier != backend.TierStandard || a.Health != backend.HealthGreen || a.Version != 1 {
			t.Fatalf("created %+v", a)
		}
		h, err := db.HealthHistory(ctx, a.ID)
		if err != nil || len(h) != 1 || h[0].Health != backend.HealthGreen {
			t.Fatalf("history = %+v, %v", h, err)
		}
	})

	t.Run("ErrNameTakenIgnoringCase", func(t *testing.T) {
		db := MustOpenDB(t)
		mustCreateAccount(t, db, backend.Account{Name: "Acme"})
		_, err := db.CreateAccount(ctx, backend.Account{Name: "ACME"})
		if backend.ErrorCode(err) != backend.ECONFLICT || backend.ErrorField(err) != "name" {
			t.Fatalf("err = %v, want conflict on name", err)
		}
	})

	t.Run("ErrAmberWithoutReason", func(t *testing.T) {
		_, err := MustOpenDB(t).CreateAccount(ctx, backend.Account{Name: "Acme", Health: backend.HealthAmber})
		if backend.ErrorField(err) != "healthReason" {
			t.Fatalf("err = %v, want invalid healthReason", err)
		}
	})

	t.Run("OK update records health change; stale version is a conflict", func(t *testing.T) {
		db := MustOpenDB(t)
		a := mustCreateAccount(t, db, backend.Account{Name: "Acme"})
		a.Health, a.HealthReason = backend.HealthRed, "CMO left; budget frozen"
		updated, err := db.UpdateAccount(ctx, a)
		if err != nil || updated.Version != 2 {
			t.Fatalf("update: %+v %v", updated, err)
		}
		h, _ := db.HealthHistory(ctx, a.ID)
		if len(h) != 2 || h[0].Health != backend.HealthRed || h[0].Reason != "CMO left; budget frozen" {
			t.Fatalf("history = %+v", h)
		}
		a.Notes = "second window, older copy"
		if _, err := db.UpdateAccount(ctx, a); backend.ErrorCode(err) != backend.ECONFLICT {
			t.Fatalf("saving over a newer version: err = %v, want conflict", err)
		}
		if got, _ := db.Account(ctx, a.ID); got.Notes != "" {
			t.Fatal("a refused update must change nothing")
		}
	})

	t.Run("OK delete takes plans, stakeholders, figures and QBRs with it", func(t *testing.T) {
		db := MustOpenDB(t)
		a := mustCreateAccount(t, db, backend.Account{Name: "Acme"})
		if _, err := db.CreatePlan(ctx, a.ID, "FY2027"); err != nil {
			t.Fatal(err)
		}
		if _, err := db.SaveStakeholder(ctx, backend.Stakeholder{AccountID: a.ID, Name: "Dana CMO"}); err != nil {
			t.Fatal(err)
		}
		if err := db.SaveMonths(ctx, a.ID, []backend.MonthFigures{{Month: "2026-10", RevenueMinor: 1}}); err != nil {
			t.Fatal(err)
		}
		if err := db.DeleteAccount(ctx, a.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := db.Account(ctx, a.ID); backend.ErrorCode(err) != backend.ENOTFOUND {
			t.Fatalf("err = %v, want not_found", err)
		}
		if r, err := db.Check(ctx); err != nil || !r.OK() {
			t.Fatalf("check after delete: %+v %v", r, err)
		}
		if err := db.DeleteAccount(ctx, a.ID); backend.ErrorCode(err) != backend.ENOTFOUND {
			t.Fatalf("second delete: %v, want not_found", err)
		}
	})

	t.Run("ErrStakeholderOnMissingAccount", func(t *testing.T) {
		_, err := MustOpenDB(t).SaveStakeholder(ctx, backend.Stakeholder{AccountID: 999, Name: "Nobody"})
		if backend.ErrorCode(err) != backend.ENOTFOUND {
			t.Fatalf("err = %v, want not_found", err)
		}
	})
}

func TestListAccounts(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	big := mustCreateAccount(t, db, backend.Account{Name: "Big Bank", Tier: backend.TierStrategic, ContractStart: "2024-01-01"})
	small := mustCreateAccount(t, db, backend.Account{Name: "Small 100% Juice", Industry: "Drinks"})
	fresh := mustCreateAccount(t, db, backend.Account{Name: "Fresh Start", Health: backend.HealthAmber, HealthReason: "new team"})

	var months []backend.MonthFigures
	for m := 1; m <= 12; m++ {
		months = append(months, backend.MonthFigures{Month: time.Date(2025, time.Month(11+m), 1, 0, 0, 0, 0, time.UTC).Format("2006-01"),
			RevenueMinor: 20_000_00, CostMinor: 12_000_00, WriteOffMinor: 1_000_00})
	}
	if err := db.SaveMonths(ctx, big.ID, months); err != nil {
		t.Fatal(err)
	}
	if err := db.SaveMonths(ctx, small.ID, []backend.MonthFigures{{Month: "2026-09", RevenueMinor: 5_000_00, CostMinor: 4_000_00}}); err != nil {
		t.Fatal(err)
	}
	if _, err := db.SaveQBR(ctx, backend.QBR{AccountID: big.ID, Date: "2026-10-20", Format: backend.QBRRemote}); err != nil {
		t.Fatal(err)
	}
	plan, err := db.CreatePlan(ctx, fresh.ID, "FY2027")
	if err != nil {
		t.Fatal(err)
	}
	plan.RevenueTargetMinor = 300_000_00
	if _, err := db.SavePlan(ctx, plan); err != nil {
		t.Fatal(err)
	}

	list, err := db.ListAccounts(ctx, backend.AccountFilter{}, today)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 3 || list[0].Name != "Big Bank" || list[1].Name != "Fresh Start" {
		t.Fatalf("list by name = %+v", list)
	}
	b := list[0]
	// Nov 2025..Oct 2026 are the twelve full months before 24 Nov 2026: the
	// Nov 2026 figure is outside the window.
	if b.RevenueT12MMinor != 11*20_000_00 {
		t.Errorf("T12M revenue = %d, want 11 months × 20 000", b.RevenueT12MMinor)
	}
	if b.MarginPct != 35 {
		t.Errorf("margin = %v, want 35%%", b.MarginPct)
	}
	if b.QBR.State != backend.QBRDone {
		t.Errorf("big bank QBR = %+v, want done", b.QBR)
	}
	if list[1].QBR.State != backend.QBRDueState || list[1].QBR.Basis != "target" || list[1].PlanStatus != backend.PlanDraft {
		t.Errorf("fresh start (no history, 300k target) = %+v", list[1])
	}
	if list[2].QBR.State != backend.QBRNotRequired {
		t.Errorf("small account QBR = %+v", list[2].QBR)
	}

	scenarios := []struct {
		name string
		f    backend.AccountFilter
		want []string
	}{
		{"OK search by industry", backend.AccountFilter{Search: "drink"}, []string{"Small 100% Juice"}},
		{"OK percent sign is literal", backend.AccountFilter{Search: "100%"}, []string{"Small 100% Juice"}},
		{"OK underscore is literal", backend.AccountFilter{Search: "_"}, nil},
		{"OK tier", backend.AccountFilter{Tier: backend.TierStrategic}, []string{"Big Bank"}},
		{"OK health", backend.AccountFilter{Health: backend.HealthAmber}, []string{"Fresh Start"}},
		{"OK hostile search is just text", backend.AccountFilter{Search: "'; DROP TABLE accounts; --"}, nil},
	}
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			got, err := db.ListAccounts(ctx, sc.f, today)
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, a := range got {
				names = append(names, a.Name)
			}
			if len(names) != len(sc.want) || (len(names) > 0 && names[0] != sc.want[0]) {
				t.Fatalf("got %v, want %v", names, sc.want)
			}
		})
	}
}

func TestSaveMonthsIsAllOrNothing(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	a := mustCreateAccount(t, db, backend.Account{Name: "Acme", RetainerHoursPerMonth: 100})
	err := db.SaveMonths(ctx, a.ID, []backend.MonthFigures{
		{Month: "2026-09", RevenueMinor: 10_000_00, HoursUsed: 120},
		{Month: "2026-10", RevenueMinor: -1},
	})
	if backend.ErrorCode(err) != backend.EINVALID {
		t.Fatalf("err = %v, want invalid", err)
	}
	f, err := db.Financials(ctx, a.ID, today)
	if err != nil || len(f.Months) != 0 {
		t.Fatalf("a refused batch must save nothing: %+v %v", f.Months, err)
	}
	if err := db.SaveMonths(ctx, a.ID, []backend.MonthFigures{{Month: "2026-09", RevenueMinor: 10_000_00, CostMinor: 6_000_00, HoursUsed: 120}}); err != nil {
		t.Fatal(err)
	}
	f, _ = db.Financials(ctx, a.ID, today)
	if len(f.Months) != 1 || f.Months[0].HoursVsRetainerPct != 120 || f.Months[0].MarginPct != 40 || f.YearToDate.RevenueMinor != 10_000_00 {
		t.Fatalf("financials = %+v", f)
	}
}

// TestListStaysFreshAcrossWriters: the list and Dashboard are cached between
// writes, so a change made here, or by another process on the same file,
// must show at once.
func TestListStaysFreshAcrossWriters(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	mustCreateAccount(t, db, backend.Account{Name: "First"})
	if l, _ := db.ListAccounts(ctx, backend.AccountFilter{}, today); len(l) != 1 {
		t.Fatalf("list = %d", len(l))
	}
	p1, _ := db.Portfolio(ctx, today)

	mustCreateAccount(t, db, backend.Account{Name: "Second"})
	if l, _ := db.ListAccounts(ctx, backend.AccountFilter{}, today); len(l) != 2 {
		t.Fatalf("after a write here the list has %d accounts, want 2", len(l))
	}
	if p2, _ := db.Portfolio(ctx, today); p2.AccountCount != p1.AccountCount+1 {
		t.Fatalf("the Dashboard must follow: %d then %d", p1.AccountCount, p2.AccountCount)
	}

	other := MustOpenDBAt(t, db.Path()) // another process on the same workspace
	mustCreateAccount(t, other, backend.Account{Name: "Third", Health: backend.HealthRed, HealthReason: "x"})
	if l, _ := db.ListAccounts(ctx, backend.AccountFilter{Health: backend.HealthRed}, today); len(l) != 1 || l[0].Name != "Third" {
		t.Fatalf("a write by another connection must show: %+v", l)
	}
	if p, _ := db.Portfolio(ctx, today); p.Health.Red != 1 {
		t.Fatalf("Dashboard after another writer: %+v", p.Health)
	}
	if l, _ := db.ListAccounts(ctx, backend.AccountFilter{}, today.AddDate(0, 3, 0)); len(l) != 3 || l[0].QBR.Quarter != "2027-Q1" {
		t.Fatalf("a new day recomputes the QBR quarter: %+v", l)
	}
}
