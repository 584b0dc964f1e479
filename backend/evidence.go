package backend

import "time"

// Evidence rules: which accounts count for a person in a review period, how
// much of the period each covers, and what their figures say. The store reads
// the rows (EvidenceFacts); these decide.

// EvidencePeriod reads a review period. Returns EINVALID when either date is
// missing or wrong, or the end is before the start.
func EvidencePeriod(from, to string) (f, t time.Time, err error) {
	f, err1 := time.Parse(time.DateOnly, from)
	t, err2 := time.Parse(time.DateOnly, to)
	if err1 != nil || err2 != nil || t.Before(f) {
		return f, t, Invalid("period", "The review period needs a start and an end date.")
	}
	return f, t, nil
}

// PriorPeriod is the period of the same length that ends the day before from:
// growth is measured against it.
func PriorPeriod(from, to time.Time) (priorFrom, priorTo time.Time) {
	days := PeriodDays(from, to)
	priorTo = from.AddDate(0, 0, -1)
	return priorTo.AddDate(0, 0, -(days - 1)), priorTo
}

// PeriodDays is how many calendar days [from, to] holds.
func PeriodDays(from, to time.Time) int { return int(to.Sub(from).Hours()/24) + 1 }

// EvidenceAccounts lists, in allocation order, the accounts a person's
// allocations put them on during [from, to], with the share of the period
// each covers (several allocations to one account add up, to at most 100).
// Allocations outside the period count for nothing.
func EvidenceAccounts(from, to time.Time, allocs []Allocation) []AccountEvidence {
	out := []AccountEvidence{}
	seen := map[int64]int{}
	for _, x := range allocs {
		share := ShareOfPeriod(from, to, x.StartDate, x.EndDate)
		if share == 0 {
			continue
		}
		if i, ok := seen[x.AccountID]; ok {
			out[i].ShareOfPeriodPct = min(100, out[i].ShareOfPeriodPct+share)
			continue
		}
		seen[x.AccountID] = len(out)
		out = append(out, AccountEvidence{AccountID: x.AccountID, AccountName: x.AccountName, Role: x.Role,
			ShareOfPeriodPct: share, HealthChanges: []HealthChange{}})
	}
	return out
}

// EvidenceFacts are an account's rows for a review period, as stored.
type EvidenceFacts struct {
	RevenueMinor, CostMinor, WriteOffMinor int64
	PriorRevenueMinor                      int64 // in PriorPeriod
	AnnualTargetMinor                      int64 // the current plan's revenue target (a year's)
	ObjectivesAchieved, ObjectivesTotal    int   // of the current plan
	QBRsHeld                               int
	HealthChanges                          []HealthChange
}

// EvidenceOf completes an account's evidence from its facts: margin, growth
// on the prior period, and the year's target pro rata for the period's days.
func EvidenceOf(from, to time.Time, a AccountEvidence, f EvidenceFacts) AccountEvidence {
	a.RevenueMinor, a.WriteOffMinor, a.PriorRevenueMinor = f.RevenueMinor, f.WriteOffMinor, f.PriorRevenueMinor
	a.MarginPct = MarginPct(f.RevenueMinor, f.CostMinor, f.WriteOffMinor)
	a.GrowthPct = GrowthPct(f.RevenueMinor, f.PriorRevenueMinor)
	a.TargetMinor = f.AnnualTargetMinor * int64(PeriodDays(from, to)) / 365
	a.ObjectivesAchieved, a.ObjectivesTotal, a.QBRsHeld = f.ObjectivesAchieved, f.ObjectivesTotal, f.QBRsHeld
	if f.HealthChanges != nil {
		a.HealthChanges = f.HealthChanges
	}
	return a
}
