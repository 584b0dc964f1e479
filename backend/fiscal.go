package backend

import (
	"strconv"
	"strings"
	"time"
)

// FiscalYear is one fiscal year under the workspace's start month (Settings),
// and how much of it has passed. A fiscal year is named by the calendar year
// it ends in: with April as the first month, FY2027 runs from April 2026 to
// March 2027; with January, FY2026 is the calendar year 2026.
type FiscalYear struct {
	Label      string `json:"label"`      // "FY2027"
	EndYear    int    `json:"endYear"`    // 2027
	FirstMonth string `json:"firstMonth"` // YYYY-MM, the year's first month
	LastMonth  string `json:"lastMonth"`  // YYYY-MM, its last month
	// ToMonth is today's month: "to date" means FirstMonth to ToMonth,
	// today's month included.
	ToMonth string `json:"toMonth"`
	// MonthsToDate is how many months FirstMonth to ToMonth are (1 to 12).
	MonthsToDate int `json:"monthsToDate"`
}

// FiscalYearOf returns the fiscal year today falls in, for a year starting in
// startMonth (1 to 12; anything else counts as January).
func FiscalYearOf(today time.Time, startMonth int) FiscalYear {
	if startMonth < 1 || startMonth > 12 {
		startMonth = 1
	}
	y := today.Year()
	if int(today.Month()) < startMonth {
		y--
	}
	first := time.Date(y, time.Month(startMonth), 1, 0, 0, 0, 0, time.UTC)
	last := first.AddDate(0, 11, 0)
	end := last.Year()
	elapsed := (today.Year()-first.Year())*12 + int(today.Month()) - int(first.Month()) + 1
	return FiscalYear{Label: "FY" + strconv.Itoa(end), EndYear: end, FirstMonth: first.Format("2006-01"),
		LastMonth: last.Format("2006-01"), ToMonth: today.Format("2006-01"), MonthsToDate: elapsed}
}

// FiscalEndYearOf returns the fiscal year (by the calendar year it ends in)
// that a month (YYYY-MM) belongs to; 0 for a malformed month.
func FiscalEndYearOf(month string, startMonth int) int {
	t, err := time.Parse("2006-01", month)
	if err != nil {
		return 0
	}
	return FiscalYearOf(t, startMonth).EndYear
}

// ToDate reports whether month (YYYY-MM) is in the year to date.
func (f FiscalYear) ToDate(month string) bool { return month >= f.FirstMonth && month <= f.ToMonth }

// ProRata is an annual amount for the months of the year to date.
func (f FiscalYear) ProRata(annual int64) int64 { return annual * int64(f.MonthsToDate) / 12 }

// PeriodFiscalYear reads the fiscal year a plan's period names, as the
// calendar year the fiscal year ends in: FY2027, FY 2027, fy27, 2027,
// FY2026/27, 2026-27, 2026/2027, FY2026-2027 (a split year is named by the
// year it ends in). Periods that name no single fiscal year ("H1 2027",
// "Launch", "27", "0000") give ok=false. It runs for every plan on every reload of
// the portfolio, so it reads the bytes by hand rather than with a regexp.
func PeriodFiscalYear(period string) (endYear int, ok bool) {
	p := strings.TrimSpace(period)
	fy := len(p) >= 2 && (p[0] == 'F' || p[0] == 'f') && (p[1] == 'Y' || p[1] == 'y')
	if fy {
		p = strings.TrimLeft(p[2:], " ")
	}
	first, rest := leadingDigits(p)
	switch {
	case rest == "" && len(first) == 4 && first[0] != '0':
		y, _ := strconv.Atoi(first)
		return y, true
	case rest == "" && len(first) == 2 && fy:
		y, _ := strconv.Atoi(first)
		return 2000 + y, true
	case len(first) != 4 || first[0] == '0' || rest == "":
		return 0, false
	}
	rest = strings.TrimSpace(rest)
	if rest == "" || (rest[0] != '-' && rest[0] != '/') {
		return 0, false
	}
	second, tail := leadingDigits(strings.TrimSpace(rest[1:]))
	if tail != "" || (len(second) != 2 && len(second) != 4) {
		return 0, false
	}
	start, _ := strconv.Atoi(first)
	end, _ := strconv.Atoi(second)
	if len(second) == 2 {
		end += start / 100 * 100
		if end < start {
			end += 100
		}
	}
	if end != start+1 {
		return 0, false
	}
	return end, true
}

// leadingDigits splits s after its leading ASCII digits.
func leadingDigits(s string) (digits, rest string) {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return s[:i], s[i:]
}

// PlanTarget is what the figures need of one plan version.
type PlanTarget struct {
	ID          int64
	Period      string
	Version     int
	Status      string
	TargetMinor int64
}

// LatestPlan is the plan an account's list row shows: its latest period's
// latest version, one that is not archived first (an account whose plans are
// all archived shows its latest archived one).
func LatestPlan(plans []PlanTarget) (PlanTarget, bool) {
	best := -1
	for i, p := range plans {
		if best < 0 || latestBefore(p, plans[best]) {
			best = i
		}
	}
	if best < 0 {
		return PlanTarget{}, false
	}
	return plans[best], true
}

// CurrentPlan is the plan the account works to (its risks, actions and
// pipeline are the Dashboard's): the latest period's latest version that is
// not archived; none when every plan is archived.
func CurrentPlan(plans []PlanTarget) (PlanTarget, bool) {
	p, ok := LatestPlan(plans)
	if !ok || p.Status == PlanArchived {
		return PlanTarget{}, false
	}
	return p, true
}

func latestBefore(a, b PlanTarget) bool {
	if (a.Status == PlanArchived) != (b.Status == PlanArchived) {
		return b.Status == PlanArchived
	}
	if a.Period != b.Period {
		return a.Period > b.Period
	}
	return a.Version > b.Version
}

// TargetFor returns the revenue target an account's plans set for the fiscal
// year ending in endYear: that year's plan, its latest version that is not
// archived (else its latest version). ok is false when no plan names that
// year or its target is 0 (not set).
func TargetFor(plans []PlanTarget, endYear int) (target int64, ok bool) {
	best := -1
	for i, p := range plans {
		if y, named := PeriodFiscalYear(p.Period); !named || y != endYear {
			continue
		}
		if best < 0 || planBefore(p, plans[best]) {
			best = i
		}
	}
	if best < 0 || plans[best].TargetMinor <= 0 {
		return 0, false
	}
	return plans[best].TargetMinor, true
}

// planBefore orders the versions that could set a year's target: not
// archived first, then the latest version.
func planBefore(a, b PlanTarget) bool {
	if (a.Status == PlanArchived) != (b.Status == PlanArchived) {
		return b.Status == PlanArchived
	}
	if a.Version != b.Version {
		return a.Version > b.Version
	}
	return a.Period > b.Period
}
