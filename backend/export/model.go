// Package export turns plans and the portfolio into documents for management
// (JSON, CSV, Markdown, HTML, PDF) and writes them atomically to a folder or
// a WebDAV share. Appraisals are never part of these documents.
package export

// Schema identifiers, part of the export contract (docs/export-schema.md).
const (
	PlanSchema      = "accountdesk.plan-summary/v1"
	PortfolioSchema = "accountdesk.portfolio-summary/v1"
)

// PlanSummary is one account's plan summary.
type PlanSummary struct {
	Schema       string         `json:"schema"`
	GeneratedAt  string         `json:"generatedAt"`
	Agency       string         `json:"agency"`
	Currency     string         `json:"currency"`
	Account      AccountInfo    `json:"account"`
	Plan         *PlanInfo      `json:"plan"` // null when the account has no plan
	Stakeholders []Stakeholder  `json:"stakeholders"`
	Financials   FinancialsInfo `json:"financials"`
	QBR          QBRInfo        `json:"qbr"`
	Team         []TeamMember   `json:"team"`
	// Whitespace is the account's whitespace grid (added in issue 19).
	Whitespace Whitespace `json:"whitespace"`
	// Changes since the previous export of this account, for the PDF,
	// Markdown and HTML; nil on the first export. Not part of the JSON.
	Changes *Changes `json:"-"`
	// Director is whose workspace it comes from (the PDF's author), and
	// Locale how its dates are written; neither is part of the JSON.
	Director string `json:"-"`
	Locale   string `json:"-"`
	// Months are the account's monthly figures against its target, oldest
	// first, for the workbook; not part of the JSON.
	Months []MonthTotal `json:"-"`
	// Map is the client's people with their relations, for the PDF's
	// relationship map; not part of the JSON.
	Map []MapPerson `json:"-"`
}

// AccountInfo identifies the account.
type AccountInfo struct {
	Name         string `json:"name"`
	Industry     string `json:"industry"`
	Tier         string `json:"tier"`
	Status       string `json:"status"`
	Health       string `json:"health"`
	HealthReason string `json:"healthReason"`
	RenewalDate  string `json:"renewalDate"`
}

// PlanInfo is the current plan version.
type PlanInfo struct {
	Period             string        `json:"period"`
	Version            int           `json:"version"`
	Status             string        `json:"status"`
	ApprovedAt         string        `json:"approvedAt"`
	ExecutiveSummary   string        `json:"executiveSummary"`
	Vision             string        `json:"vision"`
	Priorities         []string      `json:"priorities"`
	SWOT               SWOT          `json:"swot"`
	Competitors        []string      `json:"competitors"`
	RevenueTargetMinor int64         `json:"revenueTargetMinor"`
	GrowthTargetPct    float64       `json:"growthTargetPct"`
	Objectives         []Objective   `json:"objectives"`
	Opportunities      []Opportunity `json:"opportunities"`
	Pipeline           Pipeline      `json:"pipeline"`
	Risks              []Risk        `json:"risks"`
	Actions            []Action      `json:"actions"`
}

// SWOT is the plan's strengths, weaknesses, opportunities and threats.
type SWOT struct {
	Strengths     []string `json:"strengths"`
	Weaknesses    []string `json:"weaknesses"`
	Opportunities []string `json:"opportunities"`
	Threats       []string `json:"threats"`
}

// Objective is a SMART objective with its progress.
type Objective struct {
	Title       string  `json:"title"`
	KPI         string  `json:"kpi"`
	Unit        string  `json:"unit"`
	Baseline    float64 `json:"baseline"`
	Target      float64 `json:"target"`
	Current     float64 `json:"current"`
	ProgressPct float64 `json:"progressPct"`
	Due         string  `json:"due"`
	Owner       string  `json:"owner"`
	Status      string  `json:"status"`
}

// Opportunity is a pipeline line.
type Opportunity struct {
	Title         string `json:"title"`
	ServiceLine   string `json:"serviceLine"`
	Type          string `json:"type"`
	ValueMinor    int64  `json:"valueMinor"`
	Probability   int    `json:"probability"`
	Stage         string `json:"stage"`
	ExpectedClose string `json:"expectedClose"`
}

// Pipeline totals the opportunities against the target.
type Pipeline struct {
	OpenMinor     int64   `json:"openMinor"`
	WeightedMinor int64   `json:"weightedMinor"`
	WonMinor      int64   `json:"wonMinor"`
	TargetMinor   int64   `json:"targetMinor"`
	CoveragePct   float64 `json:"coveragePct"`
}

// Risk is a plan risk with its score.
type Risk struct {
	Title      string `json:"title"`
	Category   string `json:"category"`
	Likelihood int    `json:"likelihood"`
	Impact     int    `json:"impact"`
	Score      int    `json:"score"`
	Mitigation string `json:"mitigation"`
	Owner      string `json:"owner"`
	Status     string `json:"status"`
}

// Action is a step of the action plan.
type Action struct {
	Title   string `json:"title"`
	Owner   string `json:"owner"`
	Due     string `json:"due"`
	Status  string `json:"status"`
	Overdue bool   `json:"overdue"`
}

// Stakeholder is a person at the client (no contact details: summaries for
// management carry roles and sentiment, not phone numbers).
type Stakeholder struct {
	Name               string `json:"name"`
	Title              string `json:"title"`
	Role               string `json:"role"`
	Influence          int    `json:"influence"`
	Sentiment          string `json:"sentiment"`
	RelationshipNow    string `json:"relationshipNow"`
	RelationshipTarget string `json:"relationshipTarget"`
}

// FinancialsInfo are the account's totals.
type FinancialsInfo struct {
	RevenueT12MMinor   int64   `json:"revenueT12MMinor"`
	CostT12MMinor      int64   `json:"costT12MMinor"`
	WriteOffT12MMinor  int64   `json:"writeOffT12MMinor"`
	MarginT12MPct      float64 `json:"marginT12MPct"`
	RevenueYTDMinor    int64   `json:"revenueYtdMinor"`
	FiscalYear         string  `json:"fiscalYear"` // the period of RevenueYTDMinor, e.g. "FY2027"
	RetainerHoursMonth float64 `json:"retainerHoursPerMonth"`
}

// QBRInfo is the QBR standing this quarter.
type QBRInfo struct {
	State    string `json:"state"`
	Quarter  string `json:"quarter"`
	LastHeld string `json:"lastHeld"`
}

// TeamMember is a person allocated to the account.
type TeamMember struct {
	Name          string  `json:"name"`
	Role          string  `json:"role"`
	RoleOnAccount string  `json:"roleOnAccount"`
	Percent       float64 `json:"percent"`
	Tentative     bool    `json:"tentative"`
}

// PortfolioSummary is every account at once.
type PortfolioSummary struct {
	Schema      string `json:"schema"`
	GeneratedAt string `json:"generatedAt"`
	Agency      string `json:"agency"`
	Director    string `json:"director"`
	// WorkspaceID tells directors apart in the roll-up even when names
	// repeat: it is the workspace's stable id.
	WorkspaceID string         `json:"workspaceId"`
	Currency    string         `json:"currency"`
	Totals      Totals         `json:"totals"`
	Accounts    []PortfolioRow `json:"accounts"`
	TopRisks    []TopRisk      `json:"topRisks"`
	// UntappedByServiceLine is untapped potential per service line across
	// the accounts, largest first (added in issue 19).
	UntappedByServiceLine []UntappedLine `json:"untappedByServiceLine"`
	// Locale is how the PDF writes dates; not part of the JSON.
	Locale string `json:"-"`
	// For the workbook, none part of the JSON: the pipeline by stage, the
	// highest open risks in full, and (only when a workbook is asked for,
	// AddPortfolioMonths) revenue against target by month.
	Pipeline []StageTotal    `json:"-"`
	Risks    []PortfolioRisk `json:"-"`
	Months   []MonthTotal    `json:"-"`
}

// TopRisk is one of the portfolio's highest open risks.
type TopRisk struct {
	Account string `json:"account"`
	Title   string `json:"title"`
	Score   int    `json:"score"`
}

// Totals sum the portfolio.
type Totals struct {
	// FiscalYear names the period of every "YTD" figure ("FY2027": its
	// first month to today's month, Settings → fiscal year start).
	FiscalYear       string  `json:"fiscalYear"`
	AccountCount     int     `json:"accountCount"`
	RevenueYTDMinor  int64   `json:"revenueYtdMinor"`
	TargetYTDMinor   int64   `json:"targetYtdMinor"`
	MarginYTDPct     float64 `json:"marginYtdPct"`
	QBRsDueOrOverdue int     `json:"qbrsDueOrOverdue"`
	HighRisks        int     `json:"highRisks"`
}

// PortfolioRow is one account in the portfolio table.
type PortfolioRow struct {
	Name             string  `json:"name"`
	Tier             string  `json:"tier"`
	Status           string  `json:"status"`
	Health           string  `json:"health"`
	RevenueT12MMinor int64   `json:"revenueT12MMinor"`
	MarginPct        float64 `json:"marginPct"`
	PlanPeriod       string  `json:"planPeriod"`
	PlanStatus       string  `json:"planStatus"`
	PlanTargetMinor  int64   `json:"planTargetMinor"`
	QBRState         string  `json:"qbrState"`
	RenewalDate      string  `json:"renewalDate"`
	// The QBR's quarter, last held date and basis, for the workbook; not
	// part of the JSON.
	QBRQuarter  string `json:"-"`
	QBRLastHeld string `json:"-"`
	QBRBasis    string `json:"-"`
}
