package backend

import (
	"context"
	"regexp"
	"strconv"
	"strings"
)

// Plan statuses, in workflow order.
const (
	PlanDraft    = "draft"
	PlanInReview = "in_review"
	PlanApproved = "approved"
	PlanArchived = "archived"
)

// Plan is an account plan for one period, in one version. An approved plan
// is frozen: changing it means starting the next version.
type Plan struct {
	ID        int64  `json:"id"`
	AccountID int64  `json:"accountId"`
	Period    string `json:"period"` // e.g. FY2027
	Version   int    `json:"version"`
	Status    string `json:"status"`
	// PlanType is retention, expansion or acquisition (see PlanTypes); it
	// follows the template, which the plan keeps at the version it started
	// from (or was switched to while a draft).
	PlanType           string   `json:"planType"`
	TemplateID         int64    `json:"templateId"`
	TemplateVersion    int      `json:"templateVersion"`
	ExecutiveSummary   string   `json:"executiveSummary"`
	Vision             string   `json:"vision"`
	Priorities         []string `json:"priorities"`
	Strengths          []string `json:"strengths"`
	Weaknesses         []string `json:"weaknesses"`
	Opportunities      []string `json:"swotOpportunities"`
	Threats            []string `json:"threats"`
	Competitors        []string `json:"competitors"`
	RevenueTargetMinor int64    `json:"revenueTargetMinor"`
	GrowthTargetPct    float64  `json:"growthTargetPct"`

	Objectives    []Objective   `json:"objectives"`
	Opps          []Opportunity `json:"opportunities"`
	Risks         []Risk        `json:"risks"`
	Actions       []Action      `json:"actions"`
	ApprovedAt    string        `json:"approvedAt"`
	UpdatedAt     string        `json:"updatedAt"`
	RowVersion    int64         `json:"rowVersion"` // optimistic concurrency
	AccountName   string        `json:"accountName"`
	PipelineStats Pipeline      `json:"pipeline"`
	// Completeness is scored against the plan's template version.
	Completeness Completeness `json:"completeness"`
}

// Objective statuses and review cadences.
const (
	ObjOnTrack   = "on_track"
	ObjAtRisk    = "at_risk"
	ObjOffTrack  = "off_track"
	ObjAchieved  = "achieved"
	ObjCancelled = "cancelled"
)

// Objective is a SMART objective with its KPI.
type Objective struct {
	Key      string  `json:"key"` // stable across versions
	Title    string  `json:"title"`
	KPI      string  `json:"kpi"`
	Unit     string  `json:"unit"`
	Baseline float64 `json:"baseline"`
	Target   float64 `json:"target"`
	Current  float64 `json:"current"`
	Cadence  string  `json:"cadence"` // monthly, quarterly, yearly
	Due      string  `json:"due"`
	Owner    string  `json:"owner"`
	OwnerID  int64   `json:"ownerId"` // a team member, 0 when the owner is only a name
	Status   string  `json:"status"`
}

// Progress is how far current has moved from baseline towards target, 0–100.
func (o Objective) Progress() float64 {
	span := o.Target - o.Baseline
	if span == 0 {
		if o.Current == o.Target {
			return 100
		}
		return 0
	}
	p := (o.Current - o.Baseline) * 100 / span
	return min(max(p, 0), 100)
}

// Opportunity types and stages.
const (
	StageIdentified  = "identified"
	StageQualified   = "qualified"
	StageProposal    = "proposal"
	StageNegotiation = "negotiation"
	StageWon         = "won"
	StageLost        = "lost"
)

// Opportunity is a growth opportunity in the pipeline.
type Opportunity struct {
	Key           string `json:"key"`
	Title         string `json:"title"`
	ServiceLine   string `json:"serviceLine"`
	Type          string `json:"type"` // upsell, cross_sell, renewal, new
	ValueMinor    int64  `json:"valueMinor"`
	Probability   int    `json:"probability"` // 0–100
	Stage         string `json:"stage"`
	ExpectedClose string `json:"expectedClose"`
	// FromWhitespace names the grid cell the opportunity was made from
	// ("Social for Whole client"); "" otherwise. Read only.
	FromWhitespace string `json:"fromWhitespace"`
}

// Risk is something that could hurt the account, scored likelihood × impact.
type Risk struct {
	Key        string `json:"key"`
	Title      string `json:"title"`
	Category   string `json:"category"` // scope_creep, budget, timeline, retention, quality, other
	Likelihood int    `json:"likelihood"`
	Impact     int    `json:"impact"`
	Mitigation string `json:"mitigation"`
	Owner      string `json:"owner"`
	OwnerID    int64  `json:"ownerId"`
	Status     string `json:"status"` // open, mitigated, closed
}

// Score is likelihood × impact, 1–25; 15 and above is high.
func (r Risk) Score() int { return r.Likelihood * r.Impact }

// HighRiskScore is the score from which a risk counts as high.
const HighRiskScore = 15

// Action is a step of the action plan.
type Action struct {
	Key          string `json:"key"`
	Title        string `json:"title"`
	Owner        string `json:"owner"`
	OwnerID      int64  `json:"ownerId"`
	Due          string `json:"due"`
	Status       string `json:"status"` // open, in_progress, done, cancelled
	ObjectiveKey string `json:"objectiveKey"`
}

// Pipeline sums the opportunities against the plan's growth need.
type Pipeline struct {
	OpenMinor     int64 `json:"openMinor"`     // unweighted value of open opportunities
	WeightedMinor int64 `json:"weightedMinor"` // value × probability of open opportunities
	WonMinor      int64 `json:"wonMinor"`
	// TargetMinor is the plan's revenue target.
	TargetMinor int64 `json:"targetMinor"`
	// CoveragePct is (won + weighted) as a percentage of the target; 0 without a target.
	CoveragePct float64          `json:"coveragePct"`
	ByStage     map[string]int64 `json:"byStage"`
}

// WeightedValue is an opportunity's value weighted by its probability (in
// percent), rounded down to the minor unit — per opportunity, so every sum of
// weighted values (a plan's, a stage's, the portfolio's) agrees.
func WeightedValue(valueMinor, probability int64) int64 { return valueMinor * probability / 100 }

// PipelineOf computes the weighted pipeline of opportunities against target.
func PipelineOf(opps []Opportunity, targetMinor int64) Pipeline {
	p := Pipeline{TargetMinor: targetMinor, ByStage: map[string]int64{}}
	for _, o := range opps {
		p.ByStage[o.Stage] += o.ValueMinor
		switch o.Stage {
		case StageWon:
			p.WonMinor += o.ValueMinor
		case StageLost:
		default:
			p.OpenMinor += o.ValueMinor
			p.WeightedMinor += WeightedValue(o.ValueMinor, int64(o.Probability))
		}
	}
	if targetMinor > 0 {
		p.CoveragePct = float64(p.WonMinor+p.WeightedMinor) * 100 / float64(targetMinor)
	}
	return p
}

var periodPattern = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9 ._/-]{0,31}$`)

// Normalize trims text and drops empty list entries.
func (p *Plan) Normalize() {
	p.Period = strings.TrimSpace(p.Period)
	for _, l := range []*[]string{&p.Priorities, &p.Strengths, &p.Weaknesses, &p.Opportunities, &p.Threats, &p.Competitors} {
		*l = cleanList(*l)
	}
	for i := range p.Objectives {
		o := &p.Objectives[i]
		o.Title = strings.TrimSpace(o.Title)
		o.Cadence = defaultTo(o.Cadence, "quarterly")
		o.Status = defaultTo(o.Status, ObjOnTrack)
	}
	for i := range p.Opps {
		o := &p.Opps[i]
		o.Title = strings.TrimSpace(o.Title)
		o.Type = defaultTo(o.Type, "upsell")
		o.Stage = defaultTo(o.Stage, StageIdentified)
	}
	for i := range p.Risks {
		r := &p.Risks[i]
		r.Title = strings.TrimSpace(r.Title)
		r.Category = defaultTo(r.Category, "other")
		r.Status = defaultTo(r.Status, "open")
	}
	for i := range p.Actions {
		a := &p.Actions[i]
		a.Title = strings.TrimSpace(a.Title)
		a.Status = defaultTo(a.Status, "open")
	}
}

// Validate returns an invalid error naming the first wrong field; fields of
// list items are named like "objectives.2.title".
func (p Plan) Validate() error {
	switch {
	case !periodPattern.MatchString(p.Period):
		return Invalid("period", "Name the period, for example FY2027.")
	case p.RevenueTargetMinor < 0:
		return Invalid("revenueTargetMinor", "The revenue target cannot be negative.")
	case p.GrowthTargetPct < GrowthTargetMinPct || p.GrowthTargetPct > GrowthTargetMaxPct:
		return Invalid("growthTargetPct", "The growth target must be between -100%% and 1000%%.")
	case len(p.ExecutiveSummary) > PlanTextMaxLen || len(p.Vision) > PlanTextMaxLen:
		return Invalid("executiveSummary", "The summary and vision can be at most 50,000 characters each.")
	}
	keys := map[string]bool{}
	for i, o := range p.Objectives {
		f := "objectives." + strconv.Itoa(i) + "."
		switch {
		case o.Title == "":
			return Invalid(f+"title", "Give each objective a title.")
		case !oneOf(o.Cadence, "monthly", "quarterly", "yearly"):
			return Invalid(f+"cadence", "Choose monthly, quarterly or yearly.")
		case !oneOf(o.Status, ObjOnTrack, ObjAtRisk, ObjOffTrack, ObjAchieved, ObjCancelled):
			return Invalid(f+"status", "Choose on track, at risk, off track, achieved or cancelled.")
		case !validDate(o.Due):
			return Invalid(f+"due", "Enter the due date as a date.")
		}
		if o.Key != "" {
			keys[o.Key] = true
		}
	}
	for i, o := range p.Opps {
		f := "opportunities." + strconv.Itoa(i) + "."
		switch {
		case o.Title == "":
			return Invalid(f+"title", "Give each opportunity a title.")
		case !oneOf(o.Type, "upsell", "cross_sell", "renewal", "new"):
			return Invalid(f+"type", "Choose upsell, cross-sell, renewal or new.")
		case o.ValueMinor < 0:
			return Invalid(f+"valueMinor", "The value cannot be negative.")
		case o.Probability < 0 || o.Probability > ProbabilityMax:
			return Invalid(f+"probability", "Probability is a percentage from 0 to 100.")
		case !oneOf(o.Stage, StageIdentified, StageQualified, StageProposal, StageNegotiation, StageWon, StageLost):
			return Invalid(f+"stage", "Choose a stage.")
		case !validDate(o.ExpectedClose):
			return Invalid(f+"expectedClose", "Enter the expected close as a date.")
		}
	}
	for i, r := range p.Risks {
		f := "risks." + strconv.Itoa(i) + "."
		switch {
		case r.Title == "":
			return Invalid(f+"title", "Give each risk a title.")
		case !oneOf(r.Category, "scope_creep", "budget", "timeline", "retention", "quality", "other"):
			return Invalid(f+"category", "Choose a risk category.")
		case r.Likelihood < RiskPointMin || r.Likelihood > RiskPointMax:
			return Invalid(f+"likelihood", "Likelihood is from 1 to 5.")
		case r.Impact < RiskPointMin || r.Impact > RiskPointMax:
			return Invalid(f+"impact", "Impact is from 1 to 5.")
		case !oneOf(r.Status, "open", "mitigated", "closed"):
			return Invalid(f+"status", "Choose open, mitigated or closed.")
		}
	}
	for i, a := range p.Actions {
		f := "actions." + strconv.Itoa(i) + "."
		switch {
		case a.Title == "":
			return Invalid(f+"title", "Give each action a title.")
		case !validDate(a.Due):
			return Invalid(f+"due", "Enter the due date as a date.")
		case !oneOf(a.Status, "open", "in_progress", "done", "cancelled"):
			return Invalid(f+"status", "Choose open, in progress, done or cancelled.")
		case a.ObjectiveKey != "" && !keys[a.ObjectiveKey]:
			return Invalid(f+"objectiveKey", "The linked objective is not in this plan.")
		}
	}
	return nil
}

// CanTransition reports whether a plan may move from one status to another.
func CanTransition(from, to string) bool {
	switch from {
	case PlanDraft:
		return to == PlanInReview || to == PlanApproved || to == PlanArchived
	case PlanInReview:
		return to == PlanDraft || to == PlanApproved || to == PlanArchived
	case PlanApproved:
		return to == PlanArchived
	}
	return false
}

// PlanVersion is one entry of a plan's history.
type PlanVersion struct {
	ID         int64  `json:"id"`
	Period     string `json:"period"`
	Version    int    `json:"version"`
	Status     string `json:"status"`
	ApprovedAt string `json:"approvedAt"`
	UpdatedAt  string `json:"updatedAt"`
}

// Change is one difference between two plan versions.
type Change struct {
	Section string `json:"section"` // objectives, opportunities, risks
	Kind    string `json:"kind"`    // added, removed, changed
	Title   string `json:"title"`
	Detail  string `json:"detail"` // what changed, in words
}

// PlanService keeps account plans and their versions.
type PlanService interface {
	// Plans lists every version of every plan of an account, newest first.
	Plans(ctx context.Context, accountID int64) ([]PlanVersion, error)
	// Plan returns one plan version with its items. Returns ENOTFOUND.
	Plan(ctx context.Context, id int64) (Plan, error)
	// CreatePlan starts version 1 of a plan for a period. Returns EINVALID,
	// ENOTFOUND (account), ECONFLICT (period exists).
	CreatePlan(ctx context.Context, accountID int64, period string) (Plan, error)
	// StartPlan is CreatePlan from a template's latest version (0: the
	// built-in retention template). Returns EINVALID, ENOTFOUND (account or
	// template), ECONFLICT (period exists).
	StartPlan(ctx context.Context, accountID int64, period string, templateID int64) (Plan, error)
	// SetPlanTemplate switches a draft plan to the latest version of another
	// template, and so to its type. Returns ENOTFOUND, ELOCKED (not a draft).
	SetPlanTemplate(ctx context.Context, id, templateID int64) (Plan, error)
	// SavePlan saves a draft or in-review plan with all its items in one
	// transaction. Returns EINVALID, ENOTFOUND, ELOCKED (approved or archived),
	// ECONFLICT (p.RowVersion is stale).
	SavePlan(ctx context.Context, p Plan) (Plan, error)
	// SetPlanStatus moves a plan through its workflow. Returns EINVALID for a
	// transition the workflow does not allow.
	SetPlanStatus(ctx context.Context, id int64, status string) (Plan, error)
	// NewPlanVersion copies an approved plan into the next draft version.
	// Returns ECONFLICT when a newer version already exists.
	NewPlanVersion(ctx context.Context, id int64) (Plan, error)
	// ComparePlans lists what changed from plan a to plan b.
	ComparePlans(ctx context.Context, a, b int64) ([]Change, error)
}

func cleanList(in []string) []string {
	out := make([]string, 0, len(in))
	for _, s := range in {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func defaultTo(v, d string) string {
	if v = strings.TrimSpace(v); v == "" {
		return d
	}
	return v
}
