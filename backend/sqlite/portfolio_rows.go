package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"time"

	"accountdesk/backend"
)

// accountsIn is an SQL condition restricting col to ids, or no restriction
// when ids is nil (every account).
func accountsIn(col string, ids []int64) (string, []any) {
	if ids == nil {
		return "1=1", nil
	}
	if len(ids) == 0 {
		return "0=1", nil
	}
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	return col + " IN (" + strings.Repeat("?,", len(ids)-1) + "?)", args
}

// loadPortfolioRows reads the portfolio rows of the given accounts (every
// account when ids is nil) in a fixed number of set-based queries, never one
// per account. order lists the loaded accounts by name; fiscal is the fiscal
// year today falls in, under the settings the rows were read with. Every
// table it reads must be one whose changes reach the cache (see
// accountsChangedBy).
func loadPortfolioRows(ctx context.Context, tx *sql.Tx, ids []int64, today time.Time) (map[int64]*backend.PortfolioRow, []int64, backend.FiscalYear, error) {
	settings, err := figureSettings(ctx, tx)
	if err != nil {
		return nil, nil, backend.FiscalYear{}, err
	}
	fiscal := backend.FiscalYearOf(today, settings.FiscalYearStartMonth)
	byID, order, err := loadSummaries(ctx, tx, ids, today, fiscal)
	if err != nil {
		return nil, nil, fiscal, err
	}
	held, err := qbrDates(ctx, tx, ids, today)
	if err != nil {
		return nil, nil, fiscal, err
	}
	plans, err := planTargets(ctx, tx, ids)
	if err != nil {
		return nil, nil, fiscal, err
	}
	out := make(map[int64]*backend.PortfolioRow, len(byID))
	current := make(map[int64]*backend.PortfolioRow, len(byID))  // by current plan id
	latest := make(map[int64]*backend.AccountSummary, len(byID)) // by latest plan id
	for id, r := range byID {
		if p, ok := backend.LatestPlan(plans[id]); ok {
			r.Summary.PlanStatus, r.Summary.PlanPeriod, r.Summary.PlanTargetMinor = p.Status, p.Period, p.TargetMinor
			latest[p.ID] = &r.Summary
		}
		if p, ok := backend.CurrentPlan(plans[id]); ok {
			current[p.ID] = &r.PortfolioRow
		}
		r.TargetMinor, r.HasTarget = backend.TargetFor(plans[id], fiscal.EndYear)
		r.Summary.QBR = backend.QBRStatus(backend.QBRInput{
			RevenueT12MMinor: r.Summary.RevenueT12MMinor, HasHistory: r.monthsInWindow > 0,
			AnnualTargetMinor: r.Summary.PlanTargetMinor, ThresholdMinor: settings.QBRThresholdMinor,
			ContractStart: r.start, Status: r.Summary.Status, Held: held[id],
		}, today)
		out[id] = &r.PortfolioRow
	}
	if err := loadPlanFigures(ctx, tx, ids == nil, today, current); err != nil {
		return nil, nil, fiscal, err
	}
	if err := loadCompleteness(ctx, tx, ids == nil, latest); err != nil {
		return nil, nil, fiscal, err
	}
	return out, order, fiscal, nil
}

// figureSettings reads the settings the figures depend on (the QBR threshold,
// the fiscal year's first month).
func figureSettings(ctx context.Context, tx *sql.Tx) (backend.Settings, error) {
	s := backend.DefaultSettings()
	if _, err := getSetting(ctx, tx, keySettings, &s); err != nil {
		return s, err
	}
	return s, nil
}

// loading is a portfolio row with what the QBR rule needs besides.
type loading struct {
	backend.PortfolioRow
	start          string // contract start, else the day the account was added
	monthsInWindow int
}

// loadSummaries reads the list rows with the trailing twelve months and the
// fiscal year to date's figures (the plans are planTargets').
func loadSummaries(ctx context.Context, tx *sql.Tx, ids []int64, today time.Time, fiscal backend.FiscalYear) (map[int64]*loading, []int64, error) {
	from, to := backend.TrailingWindow(today)
	ytdFrom, ytdTo := fiscal.FirstMonth, fiscal.ToMonth
	lo, hi := min(from, ytdFrom), max(to, ytdTo)
	monthsCond, monthsArgs := accountsIn("account_id", ids)
	accountCond, accountArgs := accountsIn("a.id", ids)
	args := []any{from, to, from, to, from, to, from, to, ytdFrom, ytdTo, ytdFrom, ytdTo, ytdFrom, ytdTo, lo, hi}
	args = append(args, monthsArgs...)
	args = append(args, accountArgs...)
	rows, err := tx.QueryContext(ctx, `
		WITH m AS (
			SELECT account_id,
				SUM(CASE WHEN month BETWEEN ? AND ? THEN revenue_minor ELSE 0 END) rev,
				SUM(CASE WHEN month BETWEEN ? AND ? THEN cost_minor ELSE 0 END) cost,
				SUM(CASE WHEN month BETWEEN ? AND ? THEN writeoff_minor ELSE 0 END) wo,
				SUM(month BETWEEN ? AND ?) n,
				SUM(CASE WHEN month BETWEEN ? AND ? THEN revenue_minor ELSE 0 END) yrev,
				SUM(CASE WHEN month BETWEEN ? AND ? THEN cost_minor ELSE 0 END) ycost,
				SUM(CASE WHEN month BETWEEN ? AND ? THEN writeoff_minor ELSE 0 END) ywo
			FROM account_months WHERE month BETWEEN ? AND ? AND `+monthsCond+` GROUP BY account_id
		)
		SELECT a.id, a.name, a.industry, a.tier, a.status, a.health, a.renewal_date, a.notice_days,
			COALESCE(NULLIF(a.contract_start, ''), substr(a.created_at, 1, 10)),
			COALESCE(m.rev, 0), COALESCE(m.cost, 0), COALESCE(m.wo, 0), COALESCE(m.n, 0),
			COALESCE(m.yrev, 0), COALESCE(m.ycost, 0), COALESCE(m.ywo, 0)
		FROM accounts a
		LEFT JOIN m ON m.account_id = a.id
		WHERE `+accountCond+`
		ORDER BY a.name`, args...)
	if err != nil {
		return nil, nil, fmt.Errorf("list accounts: %w", err)
	}
	defer rows.Close()
	byID := map[int64]*loading{}
	var order []int64
	for rows.Next() {
		r := &loading{}
		s := &r.Summary
		var cost, wo int64
		var notice int
		if err := rows.Scan(&s.ID, &s.Name, &s.Industry, &s.Tier, &s.Status, &s.Health, &s.RenewalDate, &notice, &r.start,
			&s.RevenueT12MMinor, &cost, &wo, &r.monthsInWindow, &r.RevenueMinor, &r.CostMinor, &r.WriteOffMinor); err != nil {
			return nil, nil, fmt.Errorf("list accounts: %w", err)
		}
		s.MarginPct = backend.MarginPct(s.RevenueT12MMinor, cost, wo)
		s.NoticeDate = backend.NoticeDate(s.RenewalDate, notice)
		byID[s.ID] = r
		order = append(order, s.ID)
	}
	if err := rows.Err(); err != nil {
		return nil, nil, fmt.Errorf("list accounts: %w", err)
	}
	return byID, order, nil
}

// planTargets returns, per account, every plan version's id, period,
// status and revenue target: the rows backend.LatestPlan, CurrentPlan and
// TargetFor choose from.
func planTargets(ctx context.Context, tx *sql.Tx, ids []int64) (map[int64][]backend.PlanTarget, error) {
	cond, args := accountsIn("account_id", ids)
	out := map[int64][]backend.PlanTarget{}
	err := eachRow(ctx, tx, `SELECT account_id, id, period, version, status, revenue_target_minor FROM plans WHERE `+cond, args,
		func(rows *sql.Rows) error {
			var id int64
			var p backend.PlanTarget
			if err := rows.Scan(&id, &p.ID, &p.Period, &p.Version, &p.Status, &p.TargetMinor); err != nil {
				return err
			}
			out[id] = append(out[id], p)
			return nil
		})
	if err != nil {
		return nil, fmt.Errorf("plan targets: %w", err)
	}
	return out, nil
}

// qbrDates returns, per account, the QBR dates backend.QBRStatus needs:
// those from backend.QBRWindowStart on, and the latest one before it (the
// last held, however long ago).
func qbrDates(ctx context.Context, tx *sql.Tx, ids []int64, today time.Time) (map[int64][]string, error) {
	since := backend.QBRWindowStart(today).Format(time.DateOnly)
	cond, condArgs := accountsIn("account_id", ids)
	args := append([]any{since}, condArgs...)
	args = append(append(args, since), condArgs...)
	rows, err := tx.QueryContext(ctx, `SELECT account_id, MAX(date) FROM qbrs WHERE date < ? AND `+cond+` GROUP BY account_id
		UNION ALL
		SELECT account_id, date FROM qbrs WHERE date >= ? AND `+cond+`
		ORDER BY 1, 2`, args...)
	if err != nil {
		return nil, fmt.Errorf("QBR dates: %w", err)
	}
	defer rows.Close()
	out := map[int64][]string{}
	for rows.Next() {
		var id int64
		var date string
		if err := rows.Scan(&id, &date); err != nil {
			return nil, err
		}
		out[id] = append(out[id], date)
	}
	return out, rows.Err()
}

// loadPlanFigures adds each current plan's open high risks, overdue actions
// and pipeline by stage to its account's portfolio row (current maps a current
// plan's id to it). With all set it reads every plan's items and keeps the
// current plans' (cheaper than selecting them in SQL), else only those plans'.
func loadPlanFigures(ctx context.Context, tx *sql.Tx, all bool, today time.Time, current map[int64]*backend.PortfolioRow) error {
	cond, args := "1=1", []any(nil)
	if !all {
		plans := make([]int64, 0, len(current))
		for id := range current {
			plans = append(plans, id)
		}
		cond, args = accountsIn("plan_id", plans)
	}
	err := eachRow(ctx, tx, `SELECT plan_id, key, title, category, likelihood, impact, mitigation, owner, status
		FROM plan_risks WHERE status = 'open' AND likelihood * impact >= ? AND `+cond+` ORDER BY plan_id, position`,
		append([]any{backend.HighRiskScore}, args...),
		func(rows *sql.Rows) error {
			var plan int64
			var r backend.RiskRow
			k := &r.Risk
			if err := rows.Scan(&plan, &k.Key, &k.Title, &k.Category, &k.Likelihood, &k.Impact, &k.Mitigation, &k.Owner, &k.Status); err != nil {
				return err
			}
			if row := current[plan]; row != nil {
				r.AccountID, r.AccountName, r.Score = row.Summary.ID, row.Summary.Name, k.Score()
				row.HighRisks = append(row.HighRisks, r)
			}
			return nil
		})
	if err != nil {
		return fmt.Errorf("high risks: %w", err)
	}
	err = eachRow(ctx, tx, `SELECT plan_id, key, title, owner, due, status, objective_key
		FROM plan_actions WHERE status IN ('open', 'in_progress') AND due != '' AND due < ? AND `+cond+` ORDER BY plan_id, position`,
		append([]any{today.Format(time.DateOnly)}, args...),
		func(rows *sql.Rows) error {
			var plan int64
			var r backend.ActionRow
			x := &r.Action
			if err := rows.Scan(&plan, &x.Key, &x.Title, &x.Owner, &x.Due, &x.Status, &x.ObjectiveKey); err != nil {
				return err
			}
			if row := current[plan]; row != nil {
				r.AccountID, r.AccountName = row.Summary.ID, row.Summary.Name
				row.OverdueActions = append(row.OverdueActions, r)
			}
			return nil
		})
	if err != nil {
		return fmt.Errorf("overdue actions: %w", err)
	}
	err = eachRow(ctx, tx, `SELECT plan_id, stage, value_minor, probability FROM plan_opportunities WHERE `+cond, args,
		func(rows *sql.Rows) error {
			var plan, value, probability int64
			var stage string
			if err := rows.Scan(&plan, &stage, &value, &probability); err != nil {
				return err
			}
			row := current[plan]
			if i := slices.Index(backend.PipelineStages[:], stage); i >= 0 && row != nil {
				s := &row.Stages[i]
				s.ValueMinor += value
				s.WeightedMinor += backend.WeightedValue(value, probability)
				s.Count++
			}
			return nil
		})
	if err != nil {
		return fmt.Errorf("pipeline by stage: %w", err)
	}
	return nil
}

// loadCompleteness sets each latest plan's type and completeness on its
// account's list row (latest maps a latest plan's id to it). It reads only the
// columns the rule looks at and feeds them through the same functions the plan
// page uses (backend.BodyFacts and PlanFacts' Add methods), so the list and
// the plan cannot disagree. With all set it reads every plan's items in one
// pass per table and keeps the latest plans', else only those plans'.
func loadCompleteness(ctx context.Context, tx *sql.Tx, all bool, latest map[int64]*backend.AccountSummary) error {
	cond, args := "1=1", []any(nil)
	if !all {
		plans := make([]int64, 0, len(latest))
		for id := range latest {
			plans = append(plans, id)
		}
		cond, args = accountsIn("plan_id", plans)
	}
	counted, err := countedSections(ctx, tx)
	if err != nil {
		return err
	}
	facts := make(map[int64]*backend.PlanFacts, len(latest))
	refs := make(map[int64]templateRef, len(latest))
	planCond := strings.Replace(cond, "plan_id", "id", 1)
	err = eachRow(ctx, tx, `SELECT id, plan_type, COALESCE(template_id, 0), COALESCE(template_version, 0), revenue_target_minor, body
		FROM plans WHERE `+planCond, args, func(rows *sql.Rows) error {
		var p backend.Plan
		var ref templateRef
		var body []byte
		if err := rows.Scan(&p.ID, &p.PlanType, &ref.id, &ref.version, &p.RevenueTargetMinor, &body); err != nil {
			return err
		}
		row := latest[p.ID]
		if row == nil {
			return nil
		}
		if err := readPlanBody(body, &p); err != nil {
			return err
		}
		f := backend.BodyFacts(p)
		row.PlanType = p.PlanType
		facts[p.ID], refs[p.ID] = &f, ref
		return nil
	})
	if err != nil {
		return fmt.Errorf("plan completeness: %w", err)
	}
	// Each item table: the columns the rule reads of every item (not the
	// titles: the list shows the figure, the plan page what is missing).
	var id int64 // the plan of the row being read
	for _, q := range []struct {
		query string
		add   func(rows *sql.Rows) error
	}{
		{`SELECT plan_id, kpi, baseline, target, status FROM plan_objectives WHERE ` + cond,
			func(rows *sql.Rows) error {
				var o backend.Objective
				err := rows.Scan(&id, &o.KPI, &o.Baseline, &o.Target, &o.Status)
				if f := facts[id]; err == nil && f != nil {
					f.AddObjective(o)
				}
				return err
			}},
		{`SELECT plan_id FROM plan_opportunities WHERE ` + cond,
			func(rows *sql.Rows) error {
				err := rows.Scan(&id)
				if f := facts[id]; err == nil && f != nil {
					f.AddOpportunity()
				}
				return err
			}},
		{`SELECT plan_id, owner, COALESCE(owner_id, 0), status FROM plan_risks WHERE ` + cond,
			func(rows *sql.Rows) error {
				var r backend.Risk
				err := rows.Scan(&id, &r.Owner, &r.OwnerID, &r.Status)
				if f := facts[id]; err == nil && f != nil {
					f.AddRisk(r)
				}
				return err
			}},
		{`SELECT plan_id, due, status FROM plan_actions WHERE ` + cond,
			func(rows *sql.Rows) error {
				var a backend.Action
				err := rows.Scan(&id, &a.Due, &a.Status)
				if f := facts[id]; err == nil && f != nil {
					f.AddAction(a)
				}
				return err
			}},
	} {
		err := eachRow(ctx, tx, q.query, args, q.add)
		if err != nil {
			return fmt.Errorf("plan completeness: %w", err)
		}
	}
	for id, f := range facts {
		c, ok := counted[refs[id]]
		if !ok {
			c = retentionCounted()
		}
		latest[id].Completeness = backend.CompletenessOf(*f, c).Pct
	}
	return nil
}
