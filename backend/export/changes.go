package export

import (
	"fmt"
	"strconv"

	"accountdesk/backend"
)

// Changes is what moved in a plan since it was last exported: the lines a
// manager reads first. Each list holds plain sentences.
type Changes struct {
	Since      string   `json:"since"` // when the previous export was made (RFC 3339)
	Objectives []string `json:"objectives"`
	Pipeline   []string `json:"pipeline"`
	Risks      []string `json:"risks"`
}

// SinceDate is the day of the previous export.
func (c *Changes) SinceDate() string {
	if len(c.Since) >= 10 {
		return c.Since[:10]
	}
	return c.Since
}

// None reports whether nothing changed.
func (c *Changes) None() bool {
	return c != nil && len(c.Objectives)+len(c.Pipeline)+len(c.Risks) == 0
}

// Diff compares the plan as exported last time (prev) with now (cur).
// Items are matched by title (backend.MatchItems: exported items have no key). It returns nil when prev had no plan to
// compare with.
func Diff(prev, cur PlanSummary, since string) *Changes {
	if prev.Plan == nil || cur.Plan == nil {
		return nil
	}
	c := &Changes{Since: since, Objectives: []string{}, Pipeline: []string{}, Risks: []string{}}
	p, n := prev.Plan, cur.Plan
	if p.Period != n.Period {
		c.Objectives = append(c.Objectives, fmt.Sprintf("The plan moved from %s to %s.", p.Period, n.Period))
	}

	// Objectives: status and progress.
	backend.MatchItems(p.Objectives, n.Objectives, noKey[Objective], func(o Objective) string { return o.Title },
		func(i, j int) {
			a, b := p.Objectives[i], n.Objectives[j]
			if a.Status != b.Status {
				c.Objectives = append(c.Objectives, fmt.Sprintf("%s: %s → %s.", b.Title, Words(a.Status), Words(b.Status)))
			}
			if a.Current != b.Current {
				c.Objectives = append(c.Objectives, fmt.Sprintf("%s: %s → %s%s (target %s).", b.Title, num(a.Current), num(b.Current), unit(b.Unit), num(b.Target)))
			}
		},
		func(j int) { c.Objectives = append(c.Objectives, "New objective: "+n.Objectives[j].Title+".") },
		func(i int) { c.Objectives = append(c.Objectives, "Objective removed: "+p.Objectives[i].Title+".") })

	// Pipeline: stage and value of each opportunity, then the totals.
	cur3 := cur.Currency
	backend.MatchItems(p.Opportunities, n.Opportunities, noKey[Opportunity], func(o Opportunity) string { return o.Title },
		func(i, j int) {
			a, b := p.Opportunities[i], n.Opportunities[j]
			if a.Stage != b.Stage {
				c.Pipeline = append(c.Pipeline, fmt.Sprintf("%s: %s → %s.", b.Title, Words(a.Stage), Words(b.Stage)))
			}
			if a.ValueMinor != b.ValueMinor {
				c.Pipeline = append(c.Pipeline, fmt.Sprintf("%s: value %s → %s.", b.Title, Money(a.ValueMinor, cur3), Money(b.ValueMinor, cur3)))
			}
			if a.Probability != b.Probability && a.Stage == b.Stage {
				c.Pipeline = append(c.Pipeline, fmt.Sprintf("%s: probability %d%% → %d%%.", b.Title, a.Probability, b.Probability))
			}
		},
		func(j int) {
			o := n.Opportunities[j]
			c.Pipeline = append(c.Pipeline, fmt.Sprintf("New opportunity: %s (%s, %s).", o.Title, Money(o.ValueMinor, cur3), Words(o.Stage)))
		},
		func(i int) { c.Pipeline = append(c.Pipeline, "Opportunity removed: "+p.Opportunities[i].Title+".") })
	if p.Pipeline.WeightedMinor != n.Pipeline.WeightedMinor {
		c.Pipeline = append(c.Pipeline, fmt.Sprintf("Weighted pipeline %s → %s.", Money(p.Pipeline.WeightedMinor, cur3), Money(n.Pipeline.WeightedMinor, cur3)))
	}
	if p.Pipeline.WonMinor != n.Pipeline.WonMinor {
		c.Pipeline = append(c.Pipeline, fmt.Sprintf("Won %s → %s.", Money(p.Pipeline.WonMinor, cur3), Money(n.Pipeline.WonMinor, cur3)))
	}

	// Risks: score and status.
	backend.MatchItems(p.Risks, n.Risks, noKey[Risk], func(r Risk) string { return r.Title },
		func(i, j int) {
			a, b := p.Risks[i], n.Risks[j]
			if a.Score != b.Score {
				c.Risks = append(c.Risks, fmt.Sprintf("%s: score %d → %d.", b.Title, a.Score, b.Score))
			}
			if a.Status != b.Status {
				c.Risks = append(c.Risks, fmt.Sprintf("%s: %s → %s.", b.Title, Words(a.Status), Words(b.Status)))
			}
		},
		func(j int) {
			r := n.Risks[j]
			c.Risks = append(c.Risks, fmt.Sprintf("New risk: %s (score %d).", r.Title, r.Score))
		},
		func(i int) { c.Risks = append(c.Risks, "Risk removed: "+p.Risks[i].Title+".") })
	return c
}

// noKey: an exported summary's items carry no key, so they pair by title.
func noKey[T any](T) string { return "" }

func num(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func unit(u string) string {
	switch u {
	case "", "#":
		return ""
	case "%", "k":
		return u
	}
	return " " + u
}
