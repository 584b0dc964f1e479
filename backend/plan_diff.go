package backend

import (
	"fmt"
	"strings"
)

// DiffPlans lists what changed from version a to version b in objectives,
// pipeline and risks. Items are matched by their stable key, so a renamed
// objective shows as changed, not as removed and added.
func DiffPlans(a, b Plan) []Change {
	var out []Change
	out = append(out, diffItems("objectives", a.Objectives, b.Objectives,
		func(o Objective) string { return o.Key }, func(o Objective) string { return o.Title }, describeObjective)...)
	out = append(out, diffItems("opportunities", a.Opps, b.Opps,
		func(o Opportunity) string { return o.Key }, func(o Opportunity) string { return o.Title }, describeOpportunity)...)
	out = append(out, diffItems("risks", a.Risks, b.Risks,
		func(r Risk) string { return r.Key }, func(r Risk) string { return r.Title }, describeRisk)...)
	if a.RevenueTargetMinor != b.RevenueTargetMinor {
		out = append(out, Change{Section: "plan", Kind: "changed", Title: "Revenue target",
			Detail: fmt.Sprintf("%s → %s", money(a.RevenueTargetMinor), money(b.RevenueTargetMinor))})
	}
	return out
}

func diffItems[T any](section string, a, b []T, key, title func(T) string, describe func(T) []string) []Change {
	var out, removed []Change
	MatchItems(a, b, key, title,
		func(i, j int) {
			old, it := a[i], b[j]
			was, now := describe(old), describe(it)
			var diffs []string
			if title(old) != title(it) {
				diffs = append(diffs, fmt.Sprintf("renamed from %q", title(old)))
			}
			for k := range now {
				if was[k] != now[k] {
					diffs = append(diffs, fmt.Sprintf("%s → %s", was[k], now[k]))
				}
			}
			if len(diffs) > 0 {
				out = append(out, Change{Section: section, Kind: "changed", Title: title(it), Detail: strings.Join(diffs, "; ")})
			}
		},
		func(j int) { out = append(out, Change{Section: section, Kind: "added", Title: title(b[j])}) },
		func(i int) { removed = append(removed, Change{Section: section, Kind: "removed", Title: title(a[i])}) })
	return append(out, removed...)
}

func describeObjective(o Objective) []string {
	return []string{
		strings.TrimSpace("target " + num(o.Target) + " " + o.Unit),
		strings.TrimSpace("current " + num(o.Current) + " " + o.Unit),
		"status " + words(o.Status),
		"due " + orNone(o.Due),
		"owner " + orNone(o.Owner),
	}
}

func describeOpportunity(o Opportunity) []string {
	return []string{
		"value " + money(o.ValueMinor),
		fmt.Sprintf("probability %d%%", o.Probability),
		"stage " + words(o.Stage),
		"close " + orNone(o.ExpectedClose),
	}
}

func describeRisk(r Risk) []string {
	return []string{
		fmt.Sprintf("likelihood %d", r.Likelihood),
		fmt.Sprintf("impact %d", r.Impact),
		"status " + words(r.Status),
		"owner " + orNone(r.Owner),
	}
}

// money renders minor units without a currency; the UI adds the symbol.
func money(minor int64) string {
	sign := ""
	if minor < 0 {
		sign, minor = "-", -minor
	}
	whole := fmt.Sprintf("%d", minor/100)
	var b strings.Builder
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return fmt.Sprintf("%s%s.%02d", sign, b.String(), minor%100)
}

func num(f float64) string {
	return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.2f", f), "0"), ".")
}

func words(s string) string { return strings.ReplaceAll(s, "_", " ") }

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}
