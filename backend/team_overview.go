package backend

import (
	"sort"
	"time"
)

// TeamOverviewOf computes the Team screen and the Dashboard's team cards on
// a day from the roster, every allocation and the accounts that need a team
// (not churned, in name order): each person's load this month and the months
// from this month on in which they are above 100%, every account's coverage,
// and a heatmap of the next weeks (weeks from 1 to 26).
func TeamOverviewOf(ppl []Person, allocs []Allocation, accounts []Account, today time.Time, weeks int) TeamOverview {
	o := TeamOverview{Roster: []RosterRow{}, Coverage: []Coverage{}, OverAllocated: []RosterRow{}, Uncovered: []Coverage{}}
	byID := map[int64]Person{}
	for _, p := range ppl {
		byID[p.ID] = p
	}
	byPerson := map[int64][]Allocation{}
	for _, a := range allocs {
		byPerson[a.PersonID] = append(byPerson[a.PersonID], a)
	}
	schedules := make(map[int64]schedule, len(ppl))
	for _, p := range ppl {
		schedules[p.ID] = scheduleOf(p, byPerson[p.ID])
	}
	monthStart := monthOf(today)
	monthEnd := monthStart.AddDate(0, 1, -1)
	iso := today.Format(time.DateOnly)
	for _, p := range ppl {
		row := RosterRow{Person: p, ReportsToName: byID[p.ReportsTo].Name, Accounts: []string{}}
		row.ThisMonth = schedules[p.ID].load(monthStart, monthEnd)
		row.Over = schedules[p.ID].overMonths(monthStart, time.Time{})
		row.OverAllocated = len(row.Over) > 0
		seen := map[string]bool{}
		for _, a := range byPerson[p.ID] {
			if (a.EndDate == "" || a.EndDate >= iso) && !seen[a.AccountName] {
				seen[a.AccountName] = true
				row.Accounts = append(row.Accounts, a.AccountName)
			}
		}
		o.Roster = append(o.Roster, row)
		if row.OverAllocated && p.Status != PersonLeft {
			o.OverAllocated = append(o.OverAllocated, row)
		}
	}
	byAccount := map[int64][]Allocation{}
	for _, a := range allocs {
		byAccount[a.AccountID] = append(byAccount[a.AccountID], a)
	}
	for _, a := range accounts {
		c := AccountCoverage(a, byAccount[a.ID], byID, today)
		o.Coverage = append(o.Coverage, c)
		if (!c.HasLead && a.Status != StatusProspect) || c.NeedsBackup || len(c.LeaversOnAccount) > 0 {
			o.Uncovered = append(o.Uncovered, c)
		}
	}
	o.Heatmap = heatmapOf(ppl, schedules, today, weeks)
	// The most over-allocated first (their highest month), then by name.
	sort.SliceStable(o.OverAllocated, func(i, j int) bool { return peak(o.OverAllocated[i].Over) > peak(o.OverAllocated[j].Over) })
	return o
}

func peak(spans []OverSpan) float64 {
	var p float64
	for _, s := range spans {
		p = max(p, s.Peak)
	}
	return p
}

// heatmapOf is everyone's (but leavers') load in each of the weeks from this
// one on.
func heatmapOf(ppl []Person, schedules map[int64]schedule, today time.Time, weeks int) Heatmap {
	weeks = min(max(weeks, 1), 26)
	monday := today.AddDate(0, 0, -((int(today.Weekday()) + 6) % 7))
	h := Heatmap{Weeks: []string{}, Rows: []HeatmapRow{}}
	for w := range weeks {
		h.Weeks = append(h.Weeks, monday.AddDate(0, 0, 7*w).Format(time.DateOnly))
	}
	for _, p := range ppl {
		if p.Status == PersonLeft {
			continue
		}
		row := HeatmapRow{PersonID: p.ID, Name: p.Name}
		for w := range weeks {
			start := monday.AddDate(0, 0, 7*w)
			row.Weeks = append(row.Weeks, schedules[p.ID].load(start, start.AddDate(0, 0, 6)))
		}
		h.Rows = append(h.Rows, row)
	}
	return h
}
