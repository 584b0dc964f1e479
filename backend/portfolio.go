package backend

import (
	"context"
	"slices"
	"sort"
	"strings"
	"time"
)

// Portfolio is the Dashboard's view of every account at once.
type Portfolio struct {
	Today        string `json:"today"`
	AccountCount int    `json:"accountCount"`
	// FiscalYear is the period of the figures "to date": the fiscal year
	// today falls in, from its first month to today's month.
	FiscalYear FiscalYear `json:"fiscalYear"`
	// RevenueYTDMinor is every account's actual revenue in the fiscal year to date.
	RevenueYTDMinor int64 `json:"revenueYtdMinor"`
	// TargetYTDMinor is the targets of the plans for this fiscal year, pro
	// rata to today's month.
	TargetYTDMinor int64 `json:"targetYtdMinor"`
	// RevenueWithTargetMinor is the revenue to date of the accounts that have
	// such a target (AccountsWithTarget of them): what TargetYTDMinor is
	// compared with.
	RevenueWithTargetMinor int64   `json:"revenueWithTargetMinor"`
	AccountsWithTarget     int     `json:"accountsWithTarget"`
	MarginYTDPct           float64 `json:"marginYtdPct"`
	// Quarter is the calendar quarter the QBR figures are for ("2026-Q4").
	Quarter  string          `json:"quarter"`
	Health   HealthCounts    `json:"health"`
	Renewals []Renewal       `json:"renewals"` // next 90 days
	QBRs     []QBRDueAccount `json:"qbrs"`     // due or overdue, overdue first
	// The lengths of the full lists above (and the overdue QBRs among
	// them): the Dashboard receives only the first rows of each (Top).
	RenewalCount    int         `json:"renewalCount"`
	QBRCount        int         `json:"qbrCount"`
	QBROverdueCount int         `json:"qbrOverdueCount"`
	HighRisks       []RiskRow   `json:"highRisks"`
	OverdueActions  []ActionRow `json:"overdueActions"`
	// RevenueByAccount is the largest accounts' revenue in the fiscal year to
	// date against their plan's target for it, pro rata.
	RevenueByAccount []AccountRevenue `json:"revenueByAccount"`
	PipelineByStage  []StageValue     `json:"pipelineByStage"`
}

// HealthCounts counts accounts by health colour.
type HealthCounts struct {
	Green int `json:"green"`
	Amber int `json:"amber"`
	Red   int `json:"red"`
}

// Renewal is an account whose contract renews soon.
type Renewal struct {
	AccountID   int64  `json:"accountId"`
	AccountName string `json:"accountName"`
	RenewalDate string `json:"renewalDate"`
	Health      string `json:"health"`
}

// QBRDueAccount is an account that needs its QBR.
type QBRDueAccount struct {
	AccountID   int64  `json:"accountId"`
	AccountName string `json:"accountName"`
	QBR         QBRDue `json:"qbr"`
}

// RiskRow is a risk with its account.
type RiskRow struct {
	AccountID   int64  `json:"accountId"`
	AccountName string `json:"accountName"`
	Risk        Risk   `json:"risk"`
	Score       int    `json:"score"`
}

// ActionRow is an action with its account.
type ActionRow struct {
	AccountID   int64  `json:"accountId"`
	AccountName string `json:"accountName"`
	Action      Action `json:"action"`
}

// AccountRevenue compares an account's revenue with its target, both for the
// fiscal year to date; HasTarget is false when no plan sets one for the year.
type AccountRevenue struct {
	AccountID    int64  `json:"accountId"`
	AccountName  string `json:"accountName"`
	RevenueMinor int64  `json:"revenueMinor"`
	TargetMinor  int64  `json:"targetMinor"`
	HasTarget    bool   `json:"hasTarget"`
}

// StageValue is the pipeline value in one stage.
type StageValue struct {
	Stage         string `json:"stage"`
	ValueMinor    int64  `json:"valueMinor"`
	WeightedMinor int64  `json:"weightedMinor"`
	Count         int    `json:"count"`
}

// PipelineStages are the stages in the order the Dashboard shows them.
var PipelineStages = [...]string{StageIdentified, StageQualified, StageProposal, StageNegotiation, StageWon, StageLost}

// PortfolioRow is what one account contributes to the Dashboard: its list
// row, its figures for the fiscal year to date, and its current plan's high
// risks, overdue actions and pipeline.
type PortfolioRow struct {
	Summary AccountSummary
	// RevenueMinor, CostMinor and WriteOffMinor are the fiscal year to date's.
	RevenueMinor, CostMinor, WriteOffMinor int64
	// TargetMinor is the annual revenue target of the plan for the fiscal
	// year (see TargetFor); HasTarget is false when no plan sets one.
	TargetMinor    int64
	HasTarget      bool
	HighRisks      []RiskRow
	OverdueActions []ActionRow
	Stages         [len(PipelineStages)]StageValue // by PipelineStages
}

// The Dashboard's lists are the first few by their order.
const (
	dashboardRisks    = 20
	dashboardActions  = 20
	dashboardAccounts = 10
	renewalDays       = 90
)

// PortfolioOf adds up the accounts' rows (in name order) as of today, with
// fy the fiscal year today falls in: revenue and margin for the year to date,
// compared with the targets of the plans for that same year pro rata; the
// renewals of the next 90 days; QBRs due or overdue, overdue first, each in
// name order; the highest risks and the oldest overdue actions (ties keep
// name order, then plan order); the largest accounts this year against their
// targets; and the pipeline by stage.
func PortfolioOf(rows []PortfolioRow, fy FiscalYear, today time.Time) Portfolio {
	p := Portfolio{Today: today.Format(time.DateOnly), FiscalYear: fy, Renewals: []Renewal{}, QBRs: []QBRDueAccount{},
		HighRisks: []RiskRow{}, OverdueActions: []ActionRow{}, RevenueByAccount: []AccountRevenue{},
		PipelineByStage: make([]StageValue, len(PipelineStages))}
	p.Quarter, _, _ = Quarter(today)
	p.AccountCount = len(rows)
	horizon := today.AddDate(0, 0, renewalDays).Format(time.DateOnly)
	var cost, wo, target int64
	// Sized first: these lists run to thousands at thousands of accounts.
	var overdue, due, renewals int
	for i := range rows {
		a := &rows[i].Summary
		switch a.QBR.State {
		case QBROverdue:
			overdue++
		case QBRDueState:
			due++
		}
		if a.RenewalDate >= p.Today && a.RenewalDate <= horizon && a.Status != StatusChurned {
			renewals++
		}
	}
	p.QBRs, p.Renewals = make([]QBRDueAccount, overdue+due), make([]Renewal, 0, renewals)
	nextOverdue, nextDue := 0, overdue
	top := make([]*PortfolioRow, 0, dashboardAccounts+1)
	for i := range rows {
		r := &rows[i]
		a := &r.Summary
		switch a.Health {
		case HealthGreen:
			p.Health.Green++
		case HealthAmber:
			p.Health.Amber++
		case HealthRed:
			p.Health.Red++
		}
		if a.RenewalDate >= p.Today && a.RenewalDate <= horizon && a.Status != StatusChurned {
			p.Renewals = append(p.Renewals, Renewal{AccountID: a.ID, AccountName: a.Name, RenewalDate: a.RenewalDate, Health: a.Health})
		}
		switch a.QBR.State {
		case QBROverdue:
			p.QBRs[nextOverdue] = QBRDueAccount{AccountID: a.ID, AccountName: a.Name, QBR: a.QBR}
			nextOverdue++
		case QBRDueState:
			p.QBRs[nextDue] = QBRDueAccount{AccountID: a.ID, AccountName: a.Name, QBR: a.QBR}
			nextDue++
		}
		top = keepFirstOf(top, r, dashboardAccounts, func(x, y *PortfolioRow) bool { return x.RevenueMinor > y.RevenueMinor })
		p.RevenueYTDMinor += r.RevenueMinor
		cost += r.CostMinor
		wo += r.WriteOffMinor
		if r.HasTarget {
			target += r.TargetMinor
			p.RevenueWithTargetMinor += r.RevenueMinor
			p.AccountsWithTarget++
		}
		for j := range r.HighRisks {
			p.HighRisks = keepFirst(p.HighRisks, &r.HighRisks[j], dashboardRisks, func(x, y *RiskRow) bool { return x.Score > y.Score })
		}
		for j := range r.OverdueActions {
			p.OverdueActions = keepFirst(p.OverdueActions, &r.OverdueActions[j], dashboardActions, func(x, y *ActionRow) bool { return x.Action.Due < y.Action.Due })
		}
		for i, v := range r.Stages {
			s := &p.PipelineByStage[i]
			s.ValueMinor += v.ValueMinor
			s.WeightedMinor += v.WeightedMinor
			s.Count += v.Count
		}
	}
	for i := range p.PipelineByStage {
		p.PipelineByStage[i].Stage = PipelineStages[i]
	}
	p.Renewals = byDate(p.Renewals)
	p.RenewalCount, p.QBRCount, p.QBROverdueCount = len(p.Renewals), len(p.QBRs), overdue
	p.MarginYTDPct = MarginPct(p.RevenueYTDMinor, cost, wo)
	p.TargetYTDMinor = fy.ProRata(target)
	for _, r := range top {
		ar := AccountRevenue{AccountID: r.Summary.ID, AccountName: r.Summary.Name, RevenueMinor: r.RevenueMinor, HasTarget: r.HasTarget}
		if r.HasTarget {
			ar.TargetMinor = fy.ProRata(r.TargetMinor)
		}
		p.RevenueByAccount = append(p.RevenueByAccount, ar)
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
func byDate(rs []Renewal) []Renewal {
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
	out := make([]Renewal, len(rs))
	for i, j := range order {
		out[i] = rs[j]
	}
	return out
}

// DashboardRows is how many rows each of the Dashboard's lists shows; the
// rest are counted (the front end's LIST_CARD_ROWS).
const DashboardRows = 8

// Top returns the portfolio with each long list cut to its first n rows; the
// counts still tell how many there are. At thousands of accounts the full
// lists are most of the Dashboard's data (600 KB at 5 000 accounts), and it
// draws eight rows of each.
func (p Portfolio) Top(n int) Portfolio {
	p.Renewals = p.Renewals[:min(n, len(p.Renewals))]
	p.QBRs = p.QBRs[:min(n, len(p.QBRs))]
	return p
}

// PortfolioService computes the Dashboard.
type PortfolioService interface {
	// Portfolio returns the portfolio as of today.
	Portfolio(ctx context.Context, today time.Time) (Portfolio, error)
}
