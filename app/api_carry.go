package app

import (
	"strconv"

	"accountdesk/backend"
)

// NextPeriod suggests the period after a plan's: FY2027 → FY2028. A period
// that names no fiscal year ("Launch") gives the fiscal year after today's,
// under the workspace's fiscal-year setting.
func (a *PlansAPI) NextPeriod(period string) (string, error) {
	if next := backend.NextPeriod(period); next != "" {
		return next, nil
	}
	s, err := a.db.Settings(a.ctx())
	if err != nil {
		return "", err
	}
	return "FY" + strconv.Itoa(backend.FiscalYearOf(today(), s.FiscalYearStartMonth).EndYear+1), nil
}

// PreviewCarryForward lists what planning the next period from a plan
// would carry and leave behind, changing nothing.
func (a *PlansAPI) PreviewCarryForward(id int64, period string) (backend.CarryPreview, error) {
	return a.db.PreviewCarryForward(a.ctx(), id, period)
}

// CarryForward starts the plan for a later period from a plan: its open
// items, with objectives' current KPI values as the new baselines.
func (a *PlansAPI) CarryForward(id int64, period string) (backend.Plan, error) {
	return a.db.CarryForwardPlan(a.ctx(), id, period)
}
