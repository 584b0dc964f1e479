package sqlite

import (
	"context"
	"slices"
	"sort"
	"strings"
	"time"

	"accountdesk/backend"
)

var _ backend.PortfolioService = (*DB)(nil)

// Portfolio returns the Dashboard figures as of today, from the accounts'
// rollups (see snapshot): computed once per state of the workspace and day.
func (d *DB) Portfolio(ctx context.Context, today time.Time) (backend.Portfolio, error) {
	var p backend.Portfolio
	err := d.withRollups(ctx, today, func(set *rollupSet) {
		if set.portfolio == nil {
			computed := portfolioOf(set, today)
			set.portfolio = &computed
		}
		p = *set.portfolio // its lists are never changed: the next one is new
	})
	return p, err
}

// The Dashboard's lists are the first few by their order.
const (
	dashboardRisks    = 20
	dashboardActions  = 20
	dashboardAccounts = 10
)

// pipelineStages are the stages in the order the Dashboard shows them.
var pipelineStages = [...]string{backend.StageIdentified, backend.StageQualified, backend.StageProposal,
	backend.StageNegotiation, backend.StageWon, backend.StageLost}

// portfolioOf adds up the accounts' rollups; it reads nothing. Accounts are
// in name order and each account's items in plan order, so ties keep that
// order (as the SQL's ORDER BY score, account name did).
func portfolioOf(set *rollupSet, today time.Time) backend.Portfolio {
	p := backend.Portfolio{Today: today.Format(time.DateOnly), Renewals: []backend.Renewal{}, QBRs: []backend.QBRDueAccount{},
		HighRisks: []backend.RiskRow{}, OverdueActions: []backend.ActionRow{}, RevenueByAccount: []backend.AccountRevenue{},
		PipelineByStage: make([]backend.StageValue, len(pipelineStages))}
	p.AccountCount = len(set.rolls)
	horizon := today.AddDate(0, 0, 90).Format(time.DateOnly)
	var cost, wo, target int64
	// Sized first: these lists run to thousands at thousands of accounts.
	var overdue, due, renewals int
	for i := range set.rolls {
		a := &set.rolls[i].summary
		switch a.QBR.State {
		case backend.QBROverdue:
			overdue++
		case backend.QBRDueState:
			due++
		}
		if a.RenewalDate >= p.Today && a.RenewalDate <= horizon && a.Status != backend.StatusChurned {
			renewals++
		}
	}
	// Overdue QBRs first, then due ones, each in name order.
	p.QBRs, p.Renewals = make([]backend.QBRDueAccount, overdue+due), make([]backend.Renewal, 0, renewals)
	nextOverdue, nextDue := 0, overdue
	top := make([]*backend.AccountSummary, 0, dashboardAccounts+1)
	for i := range set.rolls {
		r := &set.rolls[i]
		a := &r.summary
		switch a.Health {
		case backend.HealthGreen:
			p.Health.Green++
		case backend.HealthAmber:
			p.Health.Amber++
		case backend.HealthRed:
			p.Health.Red++
		}
		if a.RenewalDate >= p.Today && a.RenewalDate <= horizon && a.Status != backend.StatusChurned {
			p.Renewals = append(p.Renewals, backend.Renewal{AccountID: a.ID, AccountName: a.Name, RenewalDate: a.RenewalDate, Health: a.Health})
		}
		switch a.QBR.State {
		case backend.QBROverdue:
			p.QBRs[nextOverdue] = backend.QBRDueAccount{AccountID: a.ID, AccountName: a.Name, QBR: a.QBR}
			nextOverdue++
		case backend.QBRDueState:
			p.QBRs[nextDue] = backend.QBRDueAccount{AccountID: a.ID, AccountName: a.Name, QBR: a.QBR}
			nextDue++
		}
		top = keepFirstOf(top, a, dashboardAccounts, func(x, y *backend.AccountSummary) bool { return x.RevenueT12MMinor > y.RevenueT12MMinor })
		p.RevenueYTDMinor += r.ytdRevenue
		cost += r.ytdCost
		wo += r.ytdWO
		target += r.currentTarget
		for j := range r.highRisks {
			p.HighRisks = keepFirst(p.HighRisks, &r.highRisks[j], dashboardRisks, func(x, y *backend.RiskRow) bool { return x.Score > y.Score })
		}
		for j := range r.overdueActions {
			p.OverdueActions = keepFirst(p.OverdueActions, &r.overdueActions[j], dashboardActions, func(x, y *backend.ActionRow) bool { return x.Action.Due < y.Action.Due })
		}
		for i, v := range r.stages {
			s := &p.PipelineByStage[i]
			s.ValueMinor += v.ValueMinor
			s.WeightedMinor += v.WeightedMinor
			s.Count += v.Count
		}
	}
	for i := range p.PipelineByStage {
		p.PipelineByStage[i].Stage = pipelineStages[i]
	}
	p.Renewals = byDate(p.Renewals)
	p.RenewalCount, p.QBRCount, p.QBROverdueCount = len(p.Renewals), len(p.QBRs), overdue
	p.MarginYTDPct = backend.MarginPct(p.RevenueYTDMinor, cost, wo)
	p.TargetYTDMinor = target * int64(today.Month()) / 12
	for _, a := range top {
		p.RevenueByAccount = append(p.RevenueByAccount, backend.AccountRevenue{
			AccountID: a.ID, AccountName: a.Name, RevenueMinor: a.RevenueT12MMinor, TargetMinor: a.PlanTargetMinor})
	}
	return p
}

// keepFirst adds *x to list, which holds at most n items ordered by before,
// keeping the first n; an item ties after the items already there.
func keepFirst[T any](list []T, x *T, n int, before func(a, b *T) bool) []T {
	if len(list) == n && !before(x, &list[n-1]) {
		return list
	}
	i := sort.Search(len(list), func(i int) bool { return before(x, &list[i]) })
	list = slices.Insert(list, i, *x)
	return list[:min(len(list), n)]
}

// keepFirstOf is keepFirst for a list of pointers.
func keepFirstOf[T any](list []*T, x *T, n int, before func(a, b *T) bool) []*T {
	if len(list) == n && !before(x, list[n-1]) {
		return list
	}
	i := sort.Search(len(list), func(i int) bool { return before(x, list[i]) })
	list = slices.Insert(list, i, x)
	return list[:min(len(list), n)]
}

// byDate orders renewals by date, ties in list (name) order. It sorts
// positions, not the rows, which is several times faster at thousands.
func byDate(rs []backend.Renewal) []backend.Renewal {
	order := make([]int32, len(rs))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int {
		if c := strings.Compare(rs[a].RenewalDate, rs[b].RenewalDate); c != 0 {
			return c
		}
		return int(a - b)
	})
	out := make([]backend.Renewal, len(rs))
	for i, j := range order {
		out[i] = rs[j]
	}
	return out
}
