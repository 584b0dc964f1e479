package backend_test

import (
	"testing"
	"time"

	"accountdesk/backend"
)

func date(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestQBRStatus(t *testing.T) {
	const threshold = 100_000_00
	today := date("2026-11-24") // 2026-Q4, 37 days left
	scenarios := []struct {
		name  string
		in    backend.QBRInput
		state string
		basis string
	}{
		{"OK below threshold needs none", backend.QBRInput{RevenueT12MMinor: 99_999_99, HasHistory: true}, backend.QBRNotRequired, "revenue"},
		{"OK exactly at threshold needs one", backend.QBRInput{RevenueT12MMinor: threshold, HasHistory: true, Held: []string{"2026-08-01"}}, backend.QBRDueState, "revenue"},
		{"OK held this quarter is done", backend.QBRInput{RevenueT12MMinor: 500_000_00, HasHistory: true, Held: []string{"2026-10-02"}}, backend.QBRDone, "revenue"},
		{"OK held on the quarter's first day counts", backend.QBRInput{RevenueT12MMinor: 500_000_00, HasHistory: true, Held: []string{"2026-10-01"}}, backend.QBRDone, "revenue"},
		{"OK last quarter missed is overdue", backend.QBRInput{RevenueT12MMinor: 500_000_00, HasHistory: true, Held: []string{"2026-05-10"}}, backend.QBROverdue, "revenue"},
		{"OK never held is overdue", backend.QBRInput{RevenueT12MMinor: 500_000_00, HasHistory: true}, backend.QBROverdue, "revenue"},
		{"OK new contract this quarter is only due", backend.QBRInput{RevenueT12MMinor: 500_000_00, HasHistory: true, ContractStart: "2026-10-15"}, backend.QBRDueState, "revenue"},
		{"OK contract that started last quarter is overdue", backend.QBRInput{RevenueT12MMinor: 500_000_00, HasHistory: true, ContractStart: "2026-09-30"}, backend.QBROverdue, "revenue"},
		{"OK no history uses the annual target", backend.QBRInput{AnnualTargetMinor: 150_000_00, ContractStart: "2026-11-01"}, backend.QBRDueState, "target"},
		{"OK no history and small target needs none", backend.QBRInput{AnnualTargetMinor: 50_000_00}, backend.QBRNotRequired, "target"},
		{"OK history wins over target", backend.QBRInput{RevenueT12MMinor: 10_00, HasHistory: true, AnnualTargetMinor: 900_000_00}, backend.QBRNotRequired, "revenue"},
		{"OK a future-dated QBR does not count", backend.QBRInput{RevenueT12MMinor: 500_000_00, HasHistory: true, Held: []string{"2026-07-01", "2026-12-15"}}, backend.QBRDueState, "revenue"},
		{"OK prospects need none", backend.QBRInput{RevenueT12MMinor: 500_000_00, HasHistory: true, Status: backend.StatusProspect}, backend.QBRNotRequired, ""},
		{"OK churned accounts need none", backend.QBRInput{RevenueT12MMinor: 500_000_00, HasHistory: true, Status: backend.StatusChurned}, backend.QBRNotRequired, ""},
	}
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			sc.in.ThresholdMinor = threshold
			got := backend.QBRStatus(sc.in, today)
			if got.State != sc.state {
				t.Errorf("state = %q, want %q", got.State, sc.state)
			}
			if got.Basis != sc.basis {
				t.Errorf("basis = %q, want %q", got.Basis, sc.basis)
			}
			if got.Quarter != "2026-Q4" || got.DaysLeft != 37 {
				t.Errorf("quarter %s with %d days left, want 2026-Q4 with 37", got.Quarter, got.DaysLeft)
			}
		})
	}
}

func TestQuarter(t *testing.T) {
	scenarios := []struct{ day, label, start, end string }{
		{"2026-01-01", "2026-Q1", "2026-01-01", "2026-03-31"},
		{"2026-03-31", "2026-Q1", "2026-01-01", "2026-03-31"},
		{"2026-04-01", "2026-Q2", "2026-04-01", "2026-06-30"},
		{"2028-08-15", "2028-Q3", "2028-07-01", "2028-09-30"},
		{"2026-12-31", "2026-Q4", "2026-10-01", "2026-12-31"},
	}
	for _, sc := range scenarios {
		t.Run("OK "+sc.day, func(t *testing.T) {
			label, start, end := backend.Quarter(date(sc.day))
			if label != sc.label || start.Format(time.DateOnly) != sc.start || end.Format(time.DateOnly) != sc.end {
				t.Fatalf("got %s %s..%s", label, start.Format(time.DateOnly), end.Format(time.DateOnly))
			}
		})
	}
}

// TestQBRLastHeld: the last QBR held is the latest one dated today or
// before, however long ago (issue 21: an April QBR showed as "None held
// yet" in November), in whatever order the dates come.
func TestQBRLastHeld(t *testing.T) {
	today := date("2026-11-24")
	in := func(held ...string) backend.QBRInput {
		return backend.QBRInput{RevenueT12MMinor: 500_000_00, HasHistory: true, ThresholdMinor: 100_000_00, Held: held}
	}
	scenarios := []struct {
		name     string
		in       backend.QBRInput
		lastHeld string
		state    string
	}{
		{"OK none held", in(), "", backend.QBROverdue},
		{"OK two quarters ago is the last held, and overdue", in("2026-04-16"), "2026-04-16", backend.QBROverdue},
		{"OK years ago", in("2019-02-01"), "2019-02-01", backend.QBROverdue},
		{"OK the latest of several, in any order", in("2026-08-05", "2025-11-30", "2026-10-20"), "2026-10-20", backend.QBRDone},
		{"OK a scheduled one is not held", in("2026-04-16", "2026-12-02"), "2026-04-16", backend.QBROverdue},
		{"OK today counts", in("2026-11-24"), "2026-11-24", backend.QBRDone},
		{"OK not required still says when", backend.QBRInput{Held: []string{"2026-03-03"}, ThresholdMinor: 100_000_00}, "2026-03-03", backend.QBRNotRequired},
	}
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			got := backend.QBRStatus(sc.in, today)
			if got.LastHeld != sc.lastHeld || got.State != sc.state {
				t.Fatalf("last held %q (%s), want %q (%s)", got.LastHeld, got.State, sc.lastHeld, sc.state)
			}
		})
	}
	if got := backend.QBRWindowStart(today); got != date("2026-07-01") {
		t.Errorf("window starts %s, want the first day of last quarter", got.Format(time.DateOnly))
	}
}
