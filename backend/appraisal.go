package backend

import (
	"context"
	"fmt"
	"math"
	"strings"
	"time"
)

// Appraisals are the most confidential data in the workspace: their text
// never goes into logs, and exports leave them out unless asked explicitly.

// Cycle types and statuses.
const (
	CycleAnnual    = "annual"
	CycleMidYear   = "mid_year"
	CycleQuarterly = "quarterly"
	CycleProbation = "probation"

	CycleDraft       = "draft"
	CycleOpen        = "open"
	CycleCalibration = "calibration"
	CycleClosed      = "closed"
)

// Appraisal workflow states, in order.
const (
	ApprDraft         = "draft"
	ApprSelfReview    = "self_review"
	ApprManagerReview = "manager_review"
	ApprCalibration   = "calibration"
	ApprFinalized     = "finalized"
	ApprAcknowledged  = "acknowledged"
)

// Scale is a rating scale: Min..Max with a label per point.
type Scale struct {
	Min    int      `json:"min"`
	Max    int      `json:"max"`
	Labels []string `json:"labels"` // Max-Min+1 labels, lowest first
}

// DefaultScale is 1–5.
func DefaultScale() Scale {
	return Scale{Min: 1, Max: 5, Labels: []string{"Below expectations", "Partly meets expectations", "Meets expectations", "Exceeds expectations", "Outstanding"}}
}

// Validate checks the scale is usable.
func (s Scale) Validate() error {
	switch {
	case s.Min < ScalePointMin || s.Max > ScalePointMax || s.Max-s.Min < 1:
		return Invalid("scale", "A rating scale runs from 1 to at most 10, with at least two points.")
	case len(s.Labels) != 0 && len(s.Labels) != s.Max-s.Min+1:
		return Invalid("scale", "Give one label per point of the scale.")
	}
	return nil
}

// Competency is something account people are rated on.
type Competency struct {
	Key         string  `json:"key"`
	Name        string  `json:"name"`
	Description string  `json:"description"`
	Weight      float64 `json:"weight"`
}

// DefaultCompetencies are what account people are judged on.
func DefaultCompetencies() []Competency {
	c := func(key, name, desc string) Competency {
		return Competency{Key: key, Name: name, Description: desc, Weight: 10}
	}
	return []Competency{
		c("client", "Client relationship management", "Trusted by clients at every level; anticipates needs; handles difficult conversations."),
		c("strategy", "Strategic planning", "Writes and runs account plans; connects the client's business goals to the agency's work."),
		c("commercial", "Commercial and financial management", "Owns the P&L: forecasting, estimates, write-offs, hours against retainer."),
		c("growth", "Growing the account", "Finds and closes upsell and cross-sell opportunities; protects renewals."),
		c("collaboration", "Collaboration with creative and other departments", "Writes clear briefs; earns the trust of creative, strategy, media and production."),
		c("leadership", "Team leadership and mentoring", "Develops juniors; delegates well; sets a standard."),
		c("communication", "Communication and presentation", "Clear in writing and in the room; tailors the message to the audience."),
		c("negotiation", "Negotiation", "Agrees scope, fees and timings that work for both sides."),
		c("analysis", "Analytical thinking", "Uses data to diagnose problems and prove results."),
		c("pressure", "Organisation under pressure", "Keeps many jobs on track; calm and reliable when things go wrong."),
	}
}

// Rating is one competency's or goal's ratings and comments.
type Rating struct {
	Key            string  `json:"key"`
	Weight         float64 `json:"weight"`
	Self           int     `json:"self"`    // 0 = not rated
	Manager        int     `json:"manager"` // 0 = not rated
	SelfComment    string  `json:"selfComment"`
	ManagerComment string  `json:"managerComment"`
}

// Overall is the computed overall rating and how it was computed.
type Overall struct {
	Score    float64 `json:"score"`    // on the scale, rounded to 2 decimals; 0 when nothing is rated
	Complete bool    `json:"complete"` // every item has a manager rating
	Rated    int     `json:"rated"`
	Total    int     `json:"total"`
	// WeightUsed is the sum of weights of rated items; weights are scaled to it,
	// so weights need not add up to 100.
	WeightUsed float64 `json:"weightUsed"`
	Explain    string  `json:"explain"`
}

// OverallRating is the weighted mean of manager ratings over rated items.
// Unrated items are left out (and reported), zero or negative weights count
// nothing, and weights are normalised so they need not sum to 100. When no
// item has a positive weight, every rated item counts equally.
func OverallRating(items []Rating, scale Scale) Overall {
	o := Overall{Total: len(items)}
	var sum, weights float64
	var plainSum float64
	var plainN int
	for _, it := range items {
		if it.Manager < scale.Min || it.Manager > scale.Max { // 0 is "not rated"
			continue
		}
		o.Rated++
		plainSum += float64(it.Manager)
		plainN++
		if it.Weight > 0 {
			sum += it.Weight * float64(it.Manager)
			weights += it.Weight
		}
	}
	o.Complete = o.Rated == o.Total && o.Total > 0
	switch {
	case weights > 0:
		o.Score = round2(sum / weights)
		o.WeightUsed = weights
		o.Explain = fmt.Sprintf("Weighted average of %d of %d ratings: Σ(weight × rating) ÷ Σ weights = %s ÷ %s.",
			o.Rated, o.Total, trim(sum), trim(weights))
	case plainN > 0:
		o.Score = round2(plainSum / float64(plainN))
		o.Explain = fmt.Sprintf("No weights set: plain average of %d of %d ratings.", o.Rated, o.Total)
	default:
		o.Explain = "Nothing is rated yet."
	}
	return o
}

func round2(f float64) float64 { return math.Round(f*100) / 100 }

func trim(f float64) string {
	return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.2f", f), "0"), ".")
}

// apprNext lists the states an appraisal may move to from one state.
func apprNext(from string) []string {
	switch from {
	case ApprDraft:
		return []string{ApprSelfReview}
	case ApprSelfReview:
		return []string{ApprManagerReview, ApprDraft}
	case ApprManagerReview:
		return []string{ApprCalibration, ApprSelfReview}
	case ApprCalibration:
		return []string{ApprFinalized, ApprManagerReview}
	case ApprFinalized:
		return []string{ApprAcknowledged}
	}
	return nil
}

// CheckTransition refuses an appraisal move the workflow does not allow;
// finalizing needs a complete set of manager ratings. Reopening a finalized
// appraisal is not a transition: it is Reopen, with a reason.
func CheckTransition(from, to string, overall Overall) error {
	if !oneOf(to, apprNext(from)...) {
		return Invalid("status", "An appraisal in %s cannot move to %s.", apprWords(from), apprWords(to))
	}
	if to == ApprFinalized && !overall.Complete {
		return Invalid("status", "Rate every competency and goal before finalizing (%d of %d rated).", overall.Rated, overall.Total)
	}
	return nil
}

func apprWords(s string) string { return strings.ReplaceAll(s, "_", " ") }

// Locked reports whether an appraisal in state s is locked against edits.
func Locked(s string) bool { return s == ApprFinalized || s == ApprAcknowledged }

// Evidence is what the accounts a person worked on did in a period.
type Evidence struct {
	From     string            `json:"from"`
	To       string            `json:"to"`
	Accounts []AccountEvidence `json:"accounts"`
}

// AccountEvidence is one account's results, weighted by how much of the
// period the person was on it.
type AccountEvidence struct {
	AccountID          int64          `json:"accountId"`
	AccountName        string         `json:"accountName"`
	Role               string         `json:"role"`
	ShareOfPeriodPct   float64        `json:"shareOfPeriodPct"` // days allocated ÷ days in the period
	RevenueMinor       int64          `json:"revenueMinor"`
	TargetMinor        int64          `json:"targetMinor"`
	PriorRevenueMinor  int64          `json:"priorRevenueMinor"`
	GrowthPct          float64        `json:"growthPct"`
	MarginPct          float64        `json:"marginPct"`
	WriteOffMinor      int64          `json:"writeOffMinor"`
	ObjectivesAchieved int            `json:"objectivesAchieved"`
	ObjectivesTotal    int            `json:"objectivesTotal"`
	QBRsHeld           int            `json:"qbrsHeld"`
	HealthChanges      []HealthChange `json:"healthChanges"`
}

// GrowthPct is growth of revenue against the prior period; 0 without a prior.
func GrowthPct(now, prior int64) float64 {
	if prior <= 0 {
		return 0
	}
	return round2(float64(now-prior) * 100 / float64(prior))
}

// ShareOfPeriod is the share (0–100) of [from, to] covered by [start, end]
// (end "" = open), in calendar days.
func ShareOfPeriod(from, to time.Time, start, end string) float64 {
	s := parseDay(start, from)
	e := parseDay(end, to)
	if s.Before(from) {
		s = from
	}
	if e.After(to) {
		e = to
	}
	if e.Before(s) {
		return 0
	}
	total := to.Sub(from).Hours()/24 + 1
	return round2((e.Sub(s).Hours()/24 + 1) * 100 / total)
}

// Cycle is a review cycle: who is appraised, on what, by when.
type Cycle struct {
	ID           int64        `json:"id"`
	Name         string       `json:"name"`
	Type         string       `json:"type"`
	PeriodFrom   string       `json:"periodFrom"`
	PeriodTo     string       `json:"periodTo"`
	Due          string       `json:"due"`
	Status       string       `json:"status"`
	ClosedReason string       `json:"closedReason"`
	Scale        Scale        `json:"scale"`
	Competencies []Competency `json:"competencies"`
	// Counts by appraisal state, for the cycles list.
	ByState map[string]int `json:"byState"`
}

// Validate normalises c and returns an invalid error naming the first wrong field.
func (c *Cycle) Validate() error {
	c.Name = strings.TrimSpace(c.Name)
	c.Type = defaultTo(c.Type, CycleAnnual)
	c.Status = defaultTo(c.Status, CycleDraft)
	if c.Scale.Max == 0 {
		c.Scale = DefaultScale()
	}
	if len(c.Competencies) == 0 {
		c.Competencies = DefaultCompetencies()
	}
	switch {
	case c.Name == "":
		return Invalid("name", "Name the cycle, for example Annual review 2026.")
	case !oneOf(c.Type, CycleAnnual, CycleMidYear, CycleQuarterly, CycleProbation):
		return Invalid("type", "Choose annual, mid-year, quarterly or probation.")
	case c.PeriodFrom == "" || !validDate(c.PeriodFrom):
		return Invalid("periodFrom", "Enter the start of the review period.")
	case c.PeriodTo == "" || !validDate(c.PeriodTo) || c.PeriodTo < c.PeriodFrom:
		return Invalid("periodTo", "Enter the end of the review period, after its start.")
	case !validDate(c.Due):
		return Invalid("due", "Enter the due date as a date.")
	}
	keys := map[string]bool{}
	for i, k := range c.Competencies {
		if strings.TrimSpace(k.Name) == "" || k.Key == "" {
			return Invalid("competencies."+fmt.Sprint(i)+".name", "Name each competency.")
		}
		if keys[k.Key] {
			return Invalid("competencies."+fmt.Sprint(i)+".name", "This competency is listed twice.")
		}
		keys[k.Key] = true
		if k.Weight < 0 {
			return Invalid("competencies."+fmt.Sprint(i)+".weight", "A weight cannot be negative.")
		}
	}
	return c.Scale.Validate()
}

// Goal is an objective the person is rated on; NextPeriod goals seed the
// next cycle's appraisal.
type Goal struct {
	Rating
	Title      string `json:"title"`
	NextPeriod bool   `json:"nextPeriod"`
}

// DevAction is a step of a development plan.
type DevAction struct {
	Action  string `json:"action"`
	Support string `json:"support"`
	Due     string `json:"due"`
}

// Compensation recommendation kinds.
const (
	CompNone      = "none"
	CompMerit     = "merit"
	CompPromotion = "promotion"
	CompBonus     = "bonus"
)

// Compensation is the recommendation that goes with an appraisal.
type Compensation struct {
	Kind          string  `json:"kind"`
	MeritPct      float64 `json:"meritPct"`
	PromotionRole string  `json:"promotionRole"`
	BonusMinor    int64   `json:"bonusMinor"`
	Justification string  `json:"justification"`
}

// Appraisal is one person's review in one cycle. Everything in it is
// confidential; PrivateNotes never leave the machine at all.
type Appraisal struct {
	ID               int64        `json:"id"`
	CycleID          int64        `json:"cycleId"`
	CycleName        string       `json:"cycleName"`
	PersonID         int64        `json:"personId"`
	PersonName       string       `json:"personName"`
	ManagerName      string       `json:"managerName"`
	Status           string       `json:"status"`
	Scale            Scale        `json:"scale"`
	Competencies     []Rating     `json:"competencies"`
	Goals            []Goal       `json:"goals"`
	Overall          Overall      `json:"overall"`
	OverrideScore    float64      `json:"overrideScore"` // 0 = no override
	OverrideReason   string       `json:"overrideReason"`
	Potential        string       `json:"potential"` // low, medium, high; "" until judged
	Strengths        string       `json:"strengths"`
	DevelopmentAreas string       `json:"developmentAreas"`
	DevelopmentPlan  []DevAction  `json:"developmentPlan"`
	Compensation     Compensation `json:"compensation"`
	PrivateNotes     string       `json:"privateNotes"`
	AckDate          string       `json:"ackDate"`
	AckComment       string       `json:"ackComment"`
	Evidence         *Evidence    `json:"evidence"` // frozen at finalize
	Version          int64        `json:"version"`
}

// Items are the competencies and goals, which together make the overall rating.
func (a Appraisal) Items() []Rating {
	items := append([]Rating{}, a.Competencies...)
	for _, g := range a.Goals {
		items = append(items, g.Rating)
	}
	return items
}

// Validate returns an invalid error naming the first wrong field.
func (a *Appraisal) Validate() error {
	a.Compensation.Kind = defaultTo(a.Compensation.Kind, CompNone)
	in := func(v int) bool { return v == 0 || (v >= a.Scale.Min && v <= a.Scale.Max) }
	for i, r := range a.Competencies {
		if !in(r.Self) || !in(r.Manager) {
			return Invalid("competencies."+fmt.Sprint(i)+".manager", "Ratings are from %d to %d.", a.Scale.Min, a.Scale.Max)
		}
	}
	for i, g := range a.Goals {
		switch {
		case strings.TrimSpace(g.Title) == "":
			return Invalid("goals."+fmt.Sprint(i)+".title", "Give each goal a title.")
		case !in(g.Self) || !in(g.Manager):
			return Invalid("goals."+fmt.Sprint(i)+".manager", "Ratings are from %d to %d.", a.Scale.Min, a.Scale.Max)
		case g.Weight < 0:
			return Invalid("goals."+fmt.Sprint(i)+".weight", "A weight cannot be negative.")
		}
	}
	switch {
	case a.OverrideScore != 0 && (a.OverrideScore < float64(a.Scale.Min) || a.OverrideScore > float64(a.Scale.Max)):
		return Invalid("overrideScore", "The overall rating is on the scale, from %d to %d.", a.Scale.Min, a.Scale.Max)
	case a.OverrideScore != 0 && strings.TrimSpace(a.OverrideReason) == "":
		return Invalid("overrideReason", "Say why the overall rating differs from the computed one.")
	case a.Potential != "" && !oneOf(a.Potential, "low", "medium", "high"):
		return Invalid("potential", "Choose low, medium or high potential.")
	case !oneOf(a.Compensation.Kind, CompNone, CompMerit, CompPromotion, CompBonus):
		return Invalid("compensation.kind", "Choose no change, merit increase, promotion or bonus.")
	case a.Compensation.Kind == CompMerit && (a.Compensation.MeritPct <= 0 || a.Compensation.MeritPct > MeritMaxPct):
		return Invalid("compensation.meritPct", "A merit increase is more than 0%% and at most 50%%.")
	case a.Compensation.Kind == CompPromotion && strings.TrimSpace(a.Compensation.PromotionRole) == "":
		return Invalid("compensation.promotionRole", "Choose the role of the promotion.")
	case a.Compensation.Kind == CompBonus && a.Compensation.BonusMinor <= 0:
		return Invalid("compensation.bonusMinor", "Enter the bonus amount.")
	case a.Compensation.Kind != CompNone && strings.TrimSpace(a.Compensation.Justification) == "":
		return Invalid("compensation.justification", "Justify the recommendation.")
	}
	for i, d := range a.DevelopmentPlan {
		if strings.TrimSpace(d.Action) == "" || !validDate(d.Due) {
			return Invalid("developmentPlan."+fmt.Sprint(i)+".action", "Each step of the plan has an action and, if any, a due date.")
		}
	}
	return nil
}

// AuditEntry records a change to an appraisal: what changed, never the text.
type AuditEntry struct {
	At     string `json:"at"`
	Action string `json:"action"` // saved, moved, reopened, acknowledged
	Detail string `json:"detail"` // field names or states, never content
}

// AppraisalSummary is one row of a cycle's participants.
type AppraisalSummary struct {
	ID          int64   `json:"id"`
	PersonID    int64   `json:"personId"`
	PersonName  string  `json:"personName"`
	CycleName   string  `json:"cycleName"`
	Role        string  `json:"role"`
	ManagerName string  `json:"managerName"`
	Status      string  `json:"status"`
	Score       float64 `json:"score"` // override when set, else computed
	Overridden  bool    `json:"overridden"`
	Potential   string  `json:"potential"`
	Performance string  `json:"performance"` // low, medium, high third of the scale; "" unrated
}

// PerformanceBand places a score on a scale into low, medium or high thirds.
func PerformanceBand(score float64, s Scale) string {
	if score <= 0 {
		return ""
	}
	third := float64(s.Max-s.Min) / 3
	switch {
	case score < float64(s.Min)+third:
		return "low"
	case score < float64(s.Min)+2*third:
		return "medium"
	}
	return "high"
}

// AppraisalService keeps review cycles and appraisals.
type AppraisalService interface {
	// Cycles returns every review cycle, newest first.
	Cycles(ctx context.Context) ([]Cycle, error)
	// SaveCycle creates (ID 0) or updates a cycle. Returns EINVALID, ENOTFOUND, ELOCKED.
	SaveCycle(ctx context.Context, c Cycle) (Cycle, error)
	// SetCycleStatus moves a cycle on; closing with unfinished appraisals needs a reason.
	SetCycleStatus(ctx context.Context, id int64, status, reason string) (Cycle, error)
	// AddParticipants creates appraisals, seeding goals from the last cycle.
	AddParticipants(ctx context.Context, cycleID int64, personIDs []int64) ([]AppraisalSummary, error)
	// CycleAppraisals lists a cycle's appraisals.
	CycleAppraisals(ctx context.Context, cycleID int64) ([]AppraisalSummary, error)
	// Appraisal returns one appraisal. Returns ENOTFOUND.
	Appraisal(ctx context.Context, id int64) (Appraisal, error)
	// SaveAppraisal saves an unlocked appraisal. Returns EINVALID, ELOCKED, ECONFLICT.
	SaveAppraisal(ctx context.Context, a Appraisal) (Appraisal, error)
	// MoveAppraisal moves an appraisal along its workflow. Returns EINVALID.
	MoveAppraisal(ctx context.Context, id int64, to string, today time.Time) (Appraisal, error)
	// AcknowledgeAppraisal records the employee's acknowledgement.
	AcknowledgeAppraisal(ctx context.Context, id int64, comment string, today time.Time) (Appraisal, error)
	// ReopenAppraisal unlocks a finalized appraisal with a reason.
	ReopenAppraisal(ctx context.Context, id int64, reason string) (Appraisal, error)
	// AppraisalAudit returns the audit trail.
	AppraisalAudit(ctx context.Context, id int64) ([]AuditEntry, error)
	// PersonAppraisals returns a person's appraisals across cycles.
	PersonAppraisals(ctx context.Context, personID int64) ([]AppraisalSummary, error)
	// Evidence computes a person's evidence from their accounts for a period.
	Evidence(ctx context.Context, personID int64, from, to string) (Evidence, error)
}

// CheckStageEdits refuses the changes from old to next that the appraisal's
// stage does not open: during self review the manager's ratings and comments
// wait (they open at manager review); once the self review is sent on, the
// person's own ratings and comments are theirs as sent (move the appraisal
// back to self review to change them). A draft is being set up: everything is
// open. Competencies are matched by key, goals by key then position.
func CheckStageEdits(old, next Appraisal) error {
	selfOpen := old.Status == ApprDraft || old.Status == ApprSelfReview
	managerOpen := old.Status != ApprSelfReview
	before := map[string]Rating{}
	for _, r := range old.Items() {
		before[r.Key] = r
	}
	for i, r := range next.Items() {
		was, ok := before[r.Key]
		if !ok && i >= len(old.Competencies) && i-len(old.Competencies) < len(old.Goals) {
			was = old.Goals[i-len(old.Competencies)].Rating
		}
		if !managerOpen && (r.Manager != was.Manager || r.ManagerComment != was.ManagerComment) {
			return Invalid("manager", "Manager ratings open at manager review: this appraisal is still in self review.")
		}
		if !selfOpen && (r.Self != was.Self || r.SelfComment != was.SelfComment) {
			return Invalid("self", "The self review was sent on. Move the appraisal back to self review to change the self ratings.")
		}
	}
	return nil
}
