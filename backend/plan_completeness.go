package backend

import (
	"math"
	"strconv"
	"strings"
)

// PlanFacts is what completeness needs to know of a plan: which sections
// hold something, and how many of the items still in play meet their bar.
// Both readers build it the same way — the plan page from a whole plan
// (FactsOf), the accounts list from the columns it reads of every latest plan
// — through BodyFacts and the Add methods, so the rule is written once.
type PlanFacts struct {
	Summary, Vision, Targets bool // text written; a revenue target set
	Priorities, Competitors  int
	// The SWOT's four quadrants' entries.
	Strengths, Weaknesses, SWOTOpportunities, Threats int

	Objectives, Opportunities, Risks, Actions int // every item, whatever its status

	ActiveObjectives, MeasurableObjectives int // not cancelled; of those, measurable
	OpenRisks, OwnedRisks                  int // open; of those, with an owner
	OpenActions, DatedActions              int // open or in progress; of those, with a due date

	// The titles of the items that fall short.
	Unmeasured, Unowned, Undated []string
}

// Measurable reports whether an objective can be measured: it names a KPI and
// its target differs from its baseline.
func Measurable(o Objective) bool {
	return strings.TrimSpace(o.KPI) != "" && o.Target != o.Baseline
}

// ActiveObjective, OpenRisk and OpenAction say which items completeness asks
// more of: what is cancelled, closed or done needs no KPI, owner or date.
func ActiveObjective(o Objective) bool { return o.Status != ObjCancelled }

// OpenRisk: see ActiveObjective.
func OpenRisk(r Risk) bool { return r.Status == "open" }

// OpenAction: see ActiveObjective.
func OpenAction(a Action) bool { return a.Status == "open" || a.Status == "in_progress" }

// BodyFacts reads the facts of a plan's written sections and revenue target
// (the items are added one by one).
func BodyFacts(p Plan) PlanFacts {
	return PlanFacts{
		Summary: strings.TrimSpace(p.ExecutiveSummary) != "", Vision: strings.TrimSpace(p.Vision) != "",
		Targets: p.RevenueTargetMinor > 0, Priorities: len(cleanList(p.Priorities)), Competitors: len(cleanList(p.Competitors)),
		Strengths: len(cleanList(p.Strengths)), Weaknesses: len(cleanList(p.Weaknesses)),
		SWOTOpportunities: len(cleanList(p.Opportunities)), Threats: len(cleanList(p.Threats)),
	}
}

// AddObjective counts one objective.
func (f *PlanFacts) AddObjective(o Objective) {
	f.Objectives++
	if !ActiveObjective(o) {
		return
	}
	f.ActiveObjectives++
	if Measurable(o) {
		f.MeasurableObjectives++
	} else {
		f.Unmeasured = append(f.Unmeasured, o.Title)
	}
}

// AddOpportunity counts one opportunity of the pipeline.
func (f *PlanFacts) AddOpportunity() { f.Opportunities++ }

// AddRisk counts one risk.
func (f *PlanFacts) AddRisk(r Risk) {
	f.Risks++
	if !OpenRisk(r) {
		return
	}
	f.OpenRisks++
	if strings.TrimSpace(r.Owner) != "" || r.OwnerID != 0 {
		f.OwnedRisks++
	} else {
		f.Unowned = append(f.Unowned, r.Title)
	}
}

// AddAction counts one action.
func (f *PlanFacts) AddAction(a Action) {
	f.Actions++
	if !OpenAction(a) {
		return
	}
	f.OpenActions++
	if a.Due != "" {
		f.DatedActions++
	} else {
		f.Undated = append(f.Undated, a.Title)
	}
}

// FactsOf reads the completeness facts of a whole plan.
func FactsOf(p Plan) PlanFacts {
	f := BodyFacts(p)
	for _, o := range p.Objectives {
		f.AddObjective(o)
	}
	for range p.Opps {
		f.AddOpportunity()
	}
	for _, r := range p.Risks {
		f.AddRisk(r)
	}
	for _, a := range p.Actions {
		f.AddAction(a)
	}
	return f
}

// Completeness is how complete a plan is against its template: a whole
// percentage (100 only when nothing is missing) and what is missing, in words.
type Completeness struct {
	Pct     int      `json:"pct"`
	Missing []string `json:"missing"`
}

// Counted lists the sections of the template that count towards completeness.
func (t PlanTemplate) Counted() []string {
	var out []string
	for _, s := range t.Sections {
		if s.Counts && countable(s.Key) {
			out = append(out, s.Key)
		}
	}
	return out
}

// CompletenessOf scores a plan's facts against the sections its template
// counts. Each counted section is an equal share: a written section is all or
// nothing; the SWOT scores a quarter per quadrant filled; objectives, risks and
// actions score nothing when there are none, else the share of the items in
// play that meet their bar (a measurable KPI, an owner, a due date). No
// counted section: complete.
func CompletenessOf(f PlanFacts, counted []string) Completeness {
	out := Completeness{Missing: []string{}}
	if len(counted) == 0 {
		out.Pct = 100
		return out
	}
	var sum float64
	miss := func(s string) { out.Missing = append(out.Missing, s) }
	filled := func(ok bool, missing string) float64 {
		if ok {
			return 1
		}
		miss(missing)
		return 0
	}
	// items scores a list section: none → nothing; else good of inPlay.
	items := func(total, inPlay, good int, none string, short func(n int) string, titles []string, hint string) float64 {
		switch {
		case total == 0:
			miss(none)
			return 0
		case inPlay == 0 || good == inPlay:
			return 1
		}
		miss(short(inPlay-good) + named(titles) + hint)
		return float64(good) / float64(inPlay)
	}
	for _, s := range counted {
		switch s {
		case SectionSummary:
			sum += filled(f.Summary, "Write the executive summary.")
		case SectionVision:
			sum += filled(f.Vision, "Write the vision.")
		case SectionPriorities:
			sum += filled(f.Priorities > 0, "Add at least one strategic priority.")
		case SectionCompetitors:
			sum += filled(f.Competitors > 0, "Name at least one competitor or rival agency.")
		case SectionTargets:
			sum += filled(f.Targets, "Set a revenue target.")
		case SectionSWOT:
			var empty []string
			for _, q := range []struct {
				n    int
				name string
			}{{f.Strengths, "strengths"}, {f.Weaknesses, "weaknesses"}, {f.SWOTOpportunities, "opportunities"}, {f.Threats, "threats"}} {
				if q.n == 0 {
					empty = append(empty, q.name)
				}
			}
			if len(empty) > 0 {
				miss("Fill in the SWOT: " + andList(empty) + " " + plural(len(empty), "is", "are") + " empty.")
			}
			sum += float64(4-len(empty)) / 4
		case SectionObjectives:
			sum += items(f.Objectives, f.ActiveObjectives, f.MeasurableObjectives, "Add at least one objective.", func(n int) string {
				return count(n, "objective has", "objectives have") + " no measurable KPI"
			}, f.Unmeasured, " Name the KPI and a target that differs from the baseline.")
		case SectionOpportunities:
			sum += filled(f.Opportunities > 0, "Add at least one opportunity to the pipeline.")
		case SectionRisks:
			sum += items(f.Risks, f.OpenRisks, f.OwnedRisks, "Add at least one risk.", func(n int) string {
				return count(n, "open risk has", "open risks have") + " no owner"
			}, f.Unowned, "")
		case SectionActions:
			sum += items(f.Actions, f.OpenActions, f.DatedActions, "Add at least one action.", func(n int) string {
				return count(n, "open action has", "open actions have") + " no due date"
			}, f.Undated, "")
		default: // not countable: counts as done
			sum++
		}
	}
	out.Pct = int(math.Floor(sum*100/float64(len(counted)) + 1e-9))
	if len(out.Missing) > 0 && out.Pct == 100 {
		out.Pct = 99
	}
	return out
}

// named ends a missing item's sentence with the titles, when known.
func named(titles []string) string {
	var t []string
	for _, s := range titles {
		if s = strings.TrimSpace(s); s != "" {
			t = append(t, "“"+s+"”")
		}
	}
	if len(t) == 0 {
		return "."
	}
	return ": " + andList(t) + "."
}

func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// andList joins words as "a, b and c".
func andList(w []string) string {
	switch len(w) {
	case 0:
		return ""
	case 1:
		return w[0]
	}
	return strings.Join(w[:len(w)-1], ", ") + " and " + w[len(w)-1]
}

// CompletenessBelow reports whether a list row's figure is under a filter's
// bound (pct); a bound of 0 filters nothing.
func CompletenessBelow(pct, bound int) bool { return bound <= 0 || pct < bound }
