package backend_test

import (
	"testing"
	"time"

	"accountdesk/backend"
)

func TestEvidenceRules(t *testing.T) {
	day := func(s string) time.Time { d, _ := time.Parse(time.DateOnly, s); return d }
	from, to := day("2026-01-01"), day("2026-06-30") // 181 days

	t.Run("the prior period has the same length and ends the day before", func(t *testing.T) {
		pf, pt := backend.PriorPeriod(from, to)
		if pf.Format(time.DateOnly) != "2025-07-04" || pt.Format(time.DateOnly) != "2025-12-31" {
			t.Fatalf("prior = %s … %s", pf.Format(time.DateOnly), pt.Format(time.DateOnly))
		}
		if backend.PeriodDays(pf, pt) != backend.PeriodDays(from, to) {
			t.Fatal("lengths differ")
		}
	})

	t.Run("a wrong period is refused", func(t *testing.T) {
		for _, c := range [][2]string{{"", "2026-06-30"}, {"2026-01-01", "2026-02-30"}, {"2026-06-30", "2026-01-01"}} {
			if _, _, err := backend.EvidencePeriod(c[0], c[1]); backend.ErrorField(err) != "period" {
				t.Errorf("%v: err = %v", c, err)
			}
		}
	})

	t.Run("allocations to one account add up to at most 100%; those outside the period count for nothing", func(t *testing.T) {
		got := backend.EvidenceAccounts(from, to, []backend.Allocation{
			{AccountID: 7, AccountName: "Atlas Motors", Role: "lead", StartDate: "2025-01-01", EndDate: "2026-03-31"},
			{AccountID: 9, AccountName: "Orbit Telecom", Role: "support", StartDate: "2024-01-01", EndDate: "2025-12-31"},
			{AccountID: 7, AccountName: "Atlas Motors", Role: "lead", StartDate: "2026-03-01"},
		})
		if len(got) != 1 || got[0].AccountID != 7 || got[0].ShareOfPeriodPct != 100 {
			t.Fatalf("accounts = %+v", got)
		}
	})

	t.Run("figures: margin, growth on the prior period, target pro rata for the days", func(t *testing.T) {
		a := backend.EvidenceOf(from, to, backend.AccountEvidence{AccountID: 7, HealthChanges: []backend.HealthChange{}}, backend.EvidenceFacts{
			RevenueMinor: 120_000_00, CostMinor: 80_000_00, WriteOffMinor: 4_000_00, PriorRevenueMinor: 100_000_00,
			AnnualTargetMinor: 365_000_00, ObjectivesAchieved: 2, ObjectivesTotal: 5, QBRsHeld: 2,
		})
		if a.TargetMinor != 181_000_00 || a.GrowthPct != 20 || a.MarginPct != backend.MarginPct(120_000_00, 80_000_00, 4_000_00) ||
			a.ObjectivesAchieved != 2 || a.ObjectivesTotal != 5 || a.QBRsHeld != 2 || a.HealthChanges == nil {
			t.Fatalf("evidence = %+v", a)
		}
	})
}
