package export

import (
	"fmt"
	"strconv"
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
// Items are matched by title. It returns nil when prev had no plan to
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
	matchEach(titles(p.Objectives, func(o Objective) string { return o.Title }), titles(n.Objectives, func(o Objective) string { return o.Title }),
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
	matchEach(titles(p.Opportunities, func(o Opportunity) string { return o.Title }), titles(n.Opportunities, func(o Opportunity) string { return o.Title }),
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
	matchEach(titles(p.Risks, func(r Risk) string { return r.Title }), titles(n.Risks, func(r Risk) string { return r.Title }),
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

func titles[T any](items []T, title func(T) string) []string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = title(it)
	}
	return out
}

// matchEach pairs items of before and after with the same title, in order
// (the second "Brand refresh" matches the second), and reports the pairs,
// the new ones and the removed ones, in the order of after then before.
func matchEach(before, after []string, both func(i, j int), added func(j int), removed func(i int)) {
	used := make([]bool, len(before))
	for j, t := range after {
		found := -1
		for i, b := range before {
			if !used[i] && b == t {
				found = i
				break
			}
		}
		if found < 0 {
			added(j)
			continue
		}
		used[found] = true
		both(found, j)
	}
	for i := range before {
		if !used[i] {
			removed(i)
		}
	}
}

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
