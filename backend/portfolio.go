package backend

import (
	"context"
	"time"
)

// Portfolio is the Dashboard's view of every account at once.
type Portfolio struct {
	Today        string `json:"today"`
	AccountCount int    `json:"accountCount"`
	// RevenueYTDMinor is actual revenue from January to today's month.
	RevenueYTDMinor int64 `json:"revenueYtdMinor"`
	// TargetYTDMinor is the current plans' annual targets pro rata to today's month.
	TargetYTDMinor int64           `json:"targetYtdMinor"`
	MarginYTDPct   float64         `json:"marginYtdPct"`
	Health         HealthCounts    `json:"health"`
	Renewals       []Renewal       `json:"renewals"` // next 90 days
	QBRs           []QBRDueAccount `json:"qbrs"`     // due or overdue, overdue first
	// The lengths of the full lists above (and the overdue QBRs among
	// them): the Dashboard receives only the first rows of each (Top).
	RenewalCount    int         `json:"renewalCount"`
	QBRCount        int         `json:"qbrCount"`
	QBROverdueCount int         `json:"qbrOverdueCount"`
	HighRisks       []RiskRow   `json:"highRisks"`
	OverdueActions  []ActionRow `json:"overdueActions"`
	// RevenueByAccount is the largest accounts' trailing twelve months against their target.
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

// AccountRevenue compares an account's revenue with its target.
type AccountRevenue struct {
	AccountID    int64  `json:"accountId"`
	AccountName  string `json:"accountName"`
	RevenueMinor int64  `json:"revenueMinor"`
	TargetMinor  int64  `json:"targetMinor"`
}

// StageValue is the pipeline value in one stage.
type StageValue struct {
	Stage         string `json:"stage"`
	ValueMinor    int64  `json:"valueMinor"`
	WeightedMinor int64  `json:"weightedMinor"`
	Count         int    `json:"count"`
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
