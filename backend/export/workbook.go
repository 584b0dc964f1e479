package export

import (
	"context"
	"sort"
	"time"

	"accountdesk/backend"
)

// What the workbooks show beyond the JSON documents. Each is filled from
// what building the document already read, except the portfolio's months
// (AddPortfolioMonths), which only a workbook asks for.

// StageTotal is the pipeline in one stage, over every account's current plan.
type StageTotal struct {
	Stage         string
	Count         int
	ValueMinor    int64
	WeightedMinor int64
}

// PortfolioRisk is one of the portfolio's highest open risks, in full.
type PortfolioRisk struct {
	Account    string
	Title      string
	Category   string
	Likelihood int
	Impact     int
	Score      int
	Owner      string
	Status     string
	Mitigation string
}

// MonthTotal is one month's revenue against target. TargetMinor is the
// month's share (a twelfth) of the plan targets for its fiscal year, of the
// accounts that have one; RevenueWithTargetMinor is those accounts' revenue,
// what the target is compared with; Accounts counts the accounts with figures
// for the month.
type MonthTotal struct {
	Month                  string // YYYY-MM
	RevenueMinor           int64
	RevenueWithTargetMinor int64
	TargetMinor            int64
	Accounts               int
}

// TargetPct is the revenue of the accounts with a target as a percentage of
// that target; ok is false when no account has one that month.
func (m MonthTotal) TargetPct() (pct float64, ok bool) {
	if m.TargetMinor <= 0 {
		return 0, false
	}
	return float64(m.RevenueWithTargetMinor) * 100 / float64(m.TargetMinor), true
}

// addWorkbookParts copies the pipeline by stage and the highest risks from
// the Dashboard figures the portfolio is built from.
func addWorkbookParts(out *PortfolioSummary, p backend.Portfolio) {
	out.Pipeline = make([]StageTotal, 0, len(p.PipelineByStage))
	for _, s := range p.PipelineByStage {
		out.Pipeline = append(out.Pipeline, StageTotal{Stage: s.Stage, Count: s.Count, ValueMinor: s.ValueMinor, WeightedMinor: s.WeightedMinor})
	}
	out.Risks = make([]PortfolioRisk, 0, len(p.HighRisks))
	for _, r := range p.HighRisks {
		out.Risks = append(out.Risks, PortfolioRisk{Account: r.AccountName, Title: r.Risk.Title, Category: r.Risk.Category,
			Likelihood: r.Risk.Likelihood, Impact: r.Risk.Impact, Score: r.Score, Owner: r.Risk.Owner, Status: r.Risk.Status,
			Mitigation: r.Risk.Mitigation})
	}
}

// monthTotals adds up accounts' months (each oldest first), month by
// month, oldest first.
func monthTotals(accounts [][]backend.MonthRow) []MonthTotal {
	by := map[string]*MonthTotal{}
	for _, months := range accounts {
		for _, m := range months {
			t := by[m.Month]
			if t == nil {
				t = &MonthTotal{Month: m.Month}
				by[m.Month] = t
			}
			t.RevenueMinor += m.RevenueMinor
			t.Accounts++
			if m.HasTarget {
				t.TargetMinor += m.TargetMinor
				t.RevenueWithTargetMinor += m.RevenueMinor
			}
		}
	}
	out := make([]MonthTotal, 0, len(by))
	for _, t := range by {
		out = append(out, *t)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Month < out[j].Month })
	return out
}

// AddPortfolioMonths fills p.Months with the portfolio's revenue against
// target by month, from the first month of the trailing twelve (or of the
// fiscal year, if earlier) to today's month. It reads every account's
// figures, so only the workbook, which shows them, asks for it.
func AddPortfolioMonths(ctx context.Context, src Source, p *PortfolioSummary, now time.Time) error {
	today := day(now)
	settings, err := src.Settings(ctx)
	if err != nil {
		return err
	}
	rows, err := src.ListAccounts(ctx, backend.AccountFilter{}, today)
	if err != nil {
		return err
	}
	from, _ := backend.TrailingWindow(today)
	if fy := backend.FiscalYearOf(today, settings.FiscalYearStartMonth); fy.FirstMonth < from {
		from = fy.FirstMonth
	}
	to := today.Format("2006-01")
	all := make([][]backend.MonthRow, 0, len(rows))
	for _, r := range rows {
		if err := ctx.Err(); err != nil {
			return err
		}
		fin, err := src.Financials(ctx, r.ID, today)
		if err != nil {
			return err
		}
		kept := make([]backend.MonthRow, 0, 16)
		for _, m := range fin.Months {
			if m.Month >= from && m.Month <= to {
				kept = append(kept, m)
			}
		}
		all = append(all, kept)
	}
	p.Months = monthTotals(all)
	return nil
}
