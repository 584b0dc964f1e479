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
	QBRs           []QBRDueAccount `json:"qbrs"`     // due or overdue
	HighRisks      []RiskRow       `json:"highRisks"`
	OverdueActions []ActionRow     `json:"overdueActions"`
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

// PortfolioService computes the Dashboard.
type PortfolioService interface {
	// Portfolio returns the portfolio as of today.
	Portfolio(ctx context.Context, today time.Time) (Portfolio, error)
}
