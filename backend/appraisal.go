package backend

import (
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
	case s.Min < 1 || s.Max > 10 || s.Max-s.Min < 1:
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
