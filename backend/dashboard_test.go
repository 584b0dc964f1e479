package backend_test

import (
	"fmt"
	"testing"

	"accountdesk/backend"
)

// TestDashboardLists: the Dashboard receives the first rows of each long list
// and the full counts; cutting never changes the rows it keeps, their order,
// or the portfolio it was cut from (which is shared with other readers).
func TestDashboardLists(t *testing.T) {
	portfolio := func(qbrs, renewals int) backend.Portfolio {
		p := backend.Portfolio{QBRs: []backend.QBRDueAccount{}, Renewals: []backend.Renewal{}}
		for i := range qbrs {
			p.QBRs = append(p.QBRs, backend.QBRDueAccount{AccountID: int64(i + 1)})
		}
		for i := range renewals {
			p.Renewals = append(p.Renewals, backend.Renewal{AccountID: int64(i + 1)})
		}
		p.QBRCount, p.RenewalCount, p.QBROverdueCount = qbrs, renewals, qbrs/2
		return p
	}
	for _, tc := range []struct{ qbrs, renewals, n, wantQBRs, wantRenewals int }{
		{0, 0, 8, 0, 0},
		{3, 8, 8, 3, 8},
		{3334, 1077, 8, 8, 8},
		{9, 2, 0, 0, 0},
	} {
		t.Run(fmt.Sprintf("%d QBRs %d renewals top %d", tc.qbrs, tc.renewals, tc.n), func(t *testing.T) {
			full := portfolio(tc.qbrs, tc.renewals)
			got := full.Top(tc.n)
			if len(got.QBRs) != tc.wantQBRs || len(got.Renewals) != tc.wantRenewals {
				t.Fatalf("kept %d QBRs and %d renewals, want %d and %d", len(got.QBRs), len(got.Renewals), tc.wantQBRs, tc.wantRenewals)
			}
			if got.QBRCount != tc.qbrs || got.RenewalCount != tc.renewals || got.QBROverdueCount != tc.qbrs/2 {
				t.Errorf("counts %d/%d/%d, want the full lists' %d/%d/%d", got.QBRCount, got.RenewalCount, got.QBROverdueCount, tc.qbrs, tc.renewals, tc.qbrs/2)
			}
			for i, q := range got.QBRs {
				if q.AccountID != int64(i+1) {
					t.Errorf("row %d is account %d: the first rows must be kept in order", i, q.AccountID)
				}
			}
			if len(full.QBRs) != tc.qbrs || len(full.Renewals) != tc.renewals {
				t.Errorf("the full portfolio changed: %d QBRs, %d renewals", len(full.QBRs), len(full.Renewals))
			}
		})
	}

	t.Run("team: first over-allocated people and uncovered accounts, counted", func(t *testing.T) {
		o := backend.TeamOverview{}
		for i := range 12 {
			o.OverAllocated = append(o.OverAllocated, backend.RosterRow{Person: backend.Person{ID: int64(i + 1)}})
		}
		for i := range 3 {
			o.Uncovered = append(o.Uncovered, backend.Coverage{AccountID: int64(i + 1)})
		}
		a := o.Attention(backend.DashboardRows)
		if len(a.OverAllocated) != backend.DashboardRows || a.OverAllocatedCount != 12 || a.OverAllocated[0].ID != 1 {
			t.Errorf("over-allocated: %d rows, count %d", len(a.OverAllocated), a.OverAllocatedCount)
		}
		if len(a.Uncovered) != 3 || a.UncoveredCount != 3 {
			t.Errorf("uncovered: %d rows, count %d", len(a.Uncovered), a.UncoveredCount)
		}
		a.OverAllocated[0].Name = "changed"
		if o.OverAllocated[0].Name != "" {
			t.Error("the cut list shares rows with the overview, which other readers hold")
		}
		empty := backend.TeamOverview{}.Attention(8)
		if empty.OverAllocated == nil || empty.Uncovered == nil {
			t.Error("empty lists must be [] for the front end, not null")
		}
	})
}
