package backend

import (
	"context"
	"fmt"
	"strconv"
	"strings"
)

// Carry-forward sections, as the preview groups them.
const (
	CarryObjectives    = "objectives"
	CarryOpportunities = "opportunities"
	CarryRisks         = "risks"
	CarryActions       = "actions"
	CarryStrategy      = "strategy" // SWOT, priorities, competitors, vision
	CarryTargets       = "targets"  // summary and revenue and growth targets
)

// CarryItem is one thing the next period's plan takes over, or leaves
// behind, with why in plain words.
type CarryItem struct {
	Section string `json:"section"`
	Key     string `json:"key"` // the item's key, kept in the new plan; "" for strategy and targets
	Title   string `json:"title"`
	// Note says what happens to it: for a carried objective, its new
	// baseline; for an item left behind, the reason.
	Note string `json:"note"`
}

// CarryPreview is what planning the next period from a plan will do: the
// director reads it before confirming.
type CarryPreview struct {
	FromPlanID int64       `json:"fromPlanId"`
	FromPeriod string      `json:"fromPeriod"`
	Period     string      `json:"period"`
	Carried    []CarryItem `json:"carried"`
	Left       []CarryItem `json:"left"`
}

// NextPeriod suggests the period after period: FY2027 → FY2028, 2027 →
// 2028, FY2026/27 → FY2027/28, fy27 → fy28. A period that names no fiscal
// year gives "" (the director types one).
func NextPeriod(period string) string {
	p := strings.TrimSpace(period)
	end, ok := PeriodFiscalYear(p)
	if !ok {
		return ""
	}
	// Each year moves on by one in place, so the director's way of writing
	// the period stays (FY2026/27 → FY2027/28).
	var b strings.Builder
	at := 0
	for _, r := range digitRuns(p) {
		b.WriteString(p[at:r[0]])
		n, _ := strconv.Atoi(p[r[0]:r[1]])
		if r[1]-r[0] == 2 {
			b.WriteString(fmt.Sprintf("%02d", (n+1)%100))
		} else {
			b.WriteString(strconv.Itoa(n + 1))
		}
		at = r[1]
	}
	b.WriteString(p[at:])
	if got, ok := PeriodFiscalYear(b.String()); !ok || got != end+1 {
		return ""
	}
	return b.String()
}

// digitRuns returns the [start, end) byte ranges of the runs of ASCII digits in s.
func digitRuns(s string) [][2]int {
	var out [][2]int
	for i := 0; i < len(s); {
		if s[i] < '0' || s[i] > '9' {
			i++
			continue
		}
		j := i
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		out = append(out, [2]int{i, j})
		i = j
	}
	return out
}

// CarryForward builds the first draft of the plan for a later period from
// plan from: open objectives (not achieved or cancelled) with where their
// KPI stands now as the new baseline, open opportunities (not won or lost),
// risks that are not closed, actions not done or cancelled, and the SWOT,
// priorities, competitors and vision as a starting draft. Closed items stay
// behind. Every carried item keeps its key, so its history can be followed
// from one period to the next. The new plan has no ID yet: the store gives
// it one. Returns EINVALID when period is not a valid period or is not
// later than from's.
func CarryForward(from Plan, period string) (Plan, CarryPreview, error) {
	period = strings.TrimSpace(period)
	prev := CarryPreview{FromPlanID: from.ID, FromPeriod: from.Period, Period: period, Carried: []CarryItem{}, Left: []CarryItem{}}
	if !periodPattern.MatchString(period) {
		return Plan{}, prev, Invalid("period", "Name the period, for example FY2027.")
	}
	if strings.EqualFold(period, strings.TrimSpace(from.Period)) {
		return Plan{}, prev, Invalid("period", "Choose a later period than %s.", from.Period)
	}
	if newEnd, ok := PeriodFiscalYear(period); ok {
		if oldEnd, ok := PeriodFiscalYear(from.Period); ok && newEnd <= oldEnd {
			return Plan{}, prev, Invalid("period", "Choose a period after %s; the plan carries forward, not back.", from.Period)
		}
	}
	carry := func(section, key, title, note string) {
		prev.Carried = append(prev.Carried, CarryItem{section, key, title, note})
	}
	leave := func(section, key, title, note string) {
		prev.Left = append(prev.Left, CarryItem{section, key, title, note})
	}

	next := from // keeps what a plan carries that this rule does not name (its type, its template)
	next.ID, next.Period, next.Version, next.Status, next.ApprovedAt, next.UpdatedAt, next.RowVersion = 0, period, 1, PlanDraft, "", "", 0
	next.ExecutiveSummary, next.RevenueTargetMinor, next.GrowthTargetPct = "", 0, 0
	next.Priorities = append([]string{}, from.Priorities...)
	next.Strengths = append([]string{}, from.Strengths...)
	next.Weaknesses = append([]string{}, from.Weaknesses...)
	next.Opportunities = append([]string{}, from.Opportunities...)
	next.Threats = append([]string{}, from.Threats...)
	next.Competitors = append([]string{}, from.Competitors...)
	next.PipelineStats = Pipeline{}

	strategy := []struct {
		name string
		n    int
	}{{"Vision", len(strings.TrimSpace(from.Vision))}, {"Priorities", len(from.Priorities)},
		{"SWOT", len(from.Strengths) + len(from.Weaknesses) + len(from.Opportunities) + len(from.Threats)},
		{"Competitors", len(from.Competitors)}}
	for _, s := range strategy {
		if s.n > 0 {
			carry(CarryStrategy, "", s.name, "As a starting draft to review.")
		}
	}
	if strings.TrimSpace(from.ExecutiveSummary) != "" {
		leave(CarryTargets, "", "Executive summary", "Written for "+from.Period+"; write the new period's.")
	}
	if from.RevenueTargetMinor != 0 || from.GrowthTargetPct != 0 {
		leave(CarryTargets, "", "Revenue and growth targets", "Set the targets for "+period+".")
	}

	next.Objectives = []Objective{}
	kept := map[string]bool{}
	for _, o := range from.Objectives {
		switch o.Status {
		case ObjAchieved, ObjCancelled:
			leave(CarryObjectives, o.Key, o.Title, statusWords(o.Status)+" in "+from.Period+".")
			continue
		}
		o.Baseline, o.Status = o.Current, ObjOnTrack // current stays: the new baseline is where it stands
		next.Objectives = append(next.Objectives, o)
		kept[o.Key] = true
		note := "Target " + figure(o.Target, o.Unit) + "."
		if o.KPI != "" || o.Unit != "" || o.Baseline != 0 || o.Target != 0 {
			note = "New baseline " + figure(o.Baseline, o.Unit) + ", where it stands now; target " + figure(o.Target, o.Unit) + "."
		}
		carry(CarryObjectives, o.Key, o.Title, note)
	}

	next.Opps = []Opportunity{}
	for _, o := range from.Opps {
		if o.Stage == StageWon || o.Stage == StageLost {
			leave(CarryOpportunities, o.Key, o.Title, statusWords(o.Stage)+" in "+from.Period+".")
			continue
		}
		next.Opps = append(next.Opps, o)
		carry(CarryOpportunities, o.Key, o.Title, "Still "+strings.ReplaceAll(o.Stage, "_", " ")+".")
	}

	next.Risks = []Risk{}
	for _, r := range from.Risks {
		if r.Status == "closed" {
			leave(CarryRisks, r.Key, r.Title, "Closed in "+from.Period+".")
			continue
		}
		next.Risks = append(next.Risks, r)
		carry(CarryRisks, r.Key, r.Title, "Still "+strings.ReplaceAll(r.Status, "_", " ")+", score "+strconv.Itoa(r.Score())+".")
	}

	next.Actions = []Action{}
	for _, a := range from.Actions {
		if a.Status == "done" || a.Status == "cancelled" {
			leave(CarryActions, a.Key, a.Title, statusWords(a.Status)+" in "+from.Period+".")
			continue
		}
		note := "Still " + strings.ReplaceAll(a.Status, "_", " ") + "."
		if a.ObjectiveKey != "" && !kept[a.ObjectiveKey] {
			a.ObjectiveKey = ""
			note += " Its objective stays behind, so it is no longer linked to one."
		}
		next.Actions = append(next.Actions, a)
		carry(CarryActions, a.Key, a.Title, note)
	}
	return next, prev, nil
}

// statusWords writes a status as a sentence starts it: "in_progress" → "In progress".
func statusWords(s string) string {
	w := strings.ReplaceAll(s, "_", " ")
	if w == "" {
		return w
	}
	return strings.ToUpper(w[:1]) + w[1:]
}

// figure writes a KPI value with its unit, kept on one line: 42%, 1.5 m, 12.
func figure(v float64, unit string) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	switch unit = strings.TrimSpace(unit); {
	case unit == "":
		return s
	case unit == "%":
		return s + "%"
	}
	return s + "\u00a0" + unit
}

// CarryForwardService starts the next period's plan from a plan.
type CarryForwardService interface {
	// PreviewCarryForward lists what planning period from plan id would
	// carry and leave behind, changing nothing. Returns EINVALID, ENOTFOUND,
	// ECONFLICT (the account already has a plan for that period).
	PreviewCarryForward(ctx context.Context, id int64, period string) (CarryPreview, error)
	// CarryForwardPlan creates version 1 of the plan for period with what
	// plan id carries forward, in one transaction. Returns EINVALID,
	// ENOTFOUND, ECONFLICT (that period exists).
	CarryForwardPlan(ctx context.Context, id int64, period string) (Plan, error)
}
