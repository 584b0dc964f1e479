package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"sort"
	"time"

	"accountdesk/backend"
)

var _ backend.PortfolioService = (*DB)(nil)

// currentPlans selects each account's current plan: the latest version of the
// latest period that is not archived.
const currentPlans = `current_plans AS (
	SELECT id, account_id, revenue_target_minor FROM (
		SELECT id, account_id, revenue_target_minor,
			ROW_NUMBER() OVER (PARTITION BY account_id ORDER BY period DESC, version DESC) rn
		FROM plans WHERE status != 'archived'
	) WHERE rn = 1
)`

// Portfolio returns the Dashboard figures as of today, computed once per
// workspace state and day (see snapshot).
func (d *DB) Portfolio(ctx context.Context, today time.Time) (backend.Portfolio, error) {
	accounts, key, err := d.cachedAccounts(ctx, today)
	if err != nil {
		return backend.Portfolio{}, err
	}
	d.snap.mu.Lock()
	cached := d.snap.portfolio
	if d.snap.key != key {
		cached = nil
	}
	d.snap.mu.Unlock()
	if cached != nil {
		return *cached, nil
	}
	p, err := d.portfolio(ctx, accounts, today)
	if err != nil {
		return p, err
	}
	d.snap.mu.Lock()
	if d.snap.key == key { // nothing changed while it was computed
		d.snap.portfolio = &p
	}
	d.snap.mu.Unlock()
	return p, nil
}

// portfolio computes the Dashboard from the account rows and a fixed number
// of set-based queries in one read transaction.
func (d *DB) portfolio(ctx context.Context, accounts []backend.AccountSummary, today time.Time) (backend.Portfolio, error) {
	p := backend.Portfolio{Today: today.Format(time.DateOnly), Renewals: []backend.Renewal{}, QBRs: []backend.QBRDueAccount{},
		HighRisks: []backend.RiskRow{}, OverdueActions: []backend.ActionRow{}, RevenueByAccount: []backend.AccountRevenue{},
		PipelineByStage: []backend.StageValue{}}
	err := d.read(ctx, func(tx *sql.Tx) error {
		p.AccountCount = len(accounts)
		horizon := today.AddDate(0, 0, 90).Format(time.DateOnly)
		for _, a := range accounts {
			switch a.Health {
			case backend.HealthGreen:
				p.Health.Green++
			case backend.HealthAmber:
				p.Health.Amber++
			case backend.HealthRed:
				p.Health.Red++
			}
			if a.RenewalDate >= p.Today && a.RenewalDate <= horizon && a.Status != backend.StatusChurned {
				p.Renewals = append(p.Renewals, backend.Renewal{AccountID: a.ID, AccountName: a.Name, RenewalDate: a.RenewalDate, Health: a.Health})
			}
			if a.QBR.State == backend.QBRDueState || a.QBR.State == backend.QBROverdue {
				p.QBRs = append(p.QBRs, backend.QBRDueAccount{AccountID: a.ID, AccountName: a.Name, QBR: a.QBR})
			}
		}
		sort.Slice(p.Renewals, func(i, j int) bool { return p.Renewals[i].RenewalDate < p.Renewals[j].RenewalDate })
		sort.SliceStable(p.QBRs, func(i, j int) bool {
			return p.QBRs[i].QBR.State == backend.QBROverdue && p.QBRs[j].QBR.State != backend.QBROverdue
		})
		if err := yearToDate(ctx, tx, today, &p); err != nil {
			return err
		}
		revenueByAccount(accounts, &p)
		if err := risksAndActions(ctx, tx, today, &p); err != nil {
			return err
		}
		return pipelineByStage(ctx, tx, &p)
	})
	return p, err
}

func yearToDate(ctx context.Context, tx *sql.Tx, today time.Time, p *backend.Portfolio) error {
	var cost, wo, target int64
	err := tx.QueryRowContext(ctx, `SELECT COALESCE(SUM(revenue_minor), 0), COALESCE(SUM(cost_minor), 0), COALESCE(SUM(writeoff_minor), 0)
		FROM account_months WHERE month BETWEEN ? AND ?`, today.Format("2006")+"-01", today.Format("2006-01")).Scan(&p.RevenueYTDMinor, &cost, &wo)
	if err != nil {
		return fmt.Errorf("revenue year to date: %w", err)
	}
	p.MarginYTDPct = backend.MarginPct(p.RevenueYTDMinor, cost, wo)
	if err := tx.QueryRowContext(ctx, `WITH `+currentPlans+` SELECT COALESCE(SUM(revenue_target_minor), 0) FROM current_plans`).Scan(&target); err != nil {
		return fmt.Errorf("targets: %w", err)
	}
	p.TargetYTDMinor = target * int64(today.Month()) / 12
	return nil
}

// revenueByAccount keeps the ten largest accounts by trailing twelve months.
func revenueByAccount(accounts []backend.AccountSummary, p *backend.Portfolio) {
	top := slices.Clone(accounts)
	sort.SliceStable(top, func(i, j int) bool { return top[i].RevenueT12MMinor > top[j].RevenueT12MMinor })
	for _, a := range top[:min(10, len(top))] {
		p.RevenueByAccount = append(p.RevenueByAccount, backend.AccountRevenue{
			AccountID: a.ID, AccountName: a.Name, RevenueMinor: a.RevenueT12MMinor, TargetMinor: a.PlanTargetMinor})
	}
}

func risksAndActions(ctx context.Context, tx *sql.Tx, today time.Time, p *backend.Portfolio) error {
	rows, err := tx.QueryContext(ctx, `WITH `+currentPlans+`
		SELECT a.id, a.name, r.key, r.title, r.category, r.likelihood, r.impact, r.mitigation, r.owner, r.status
		FROM current_plans cp JOIN plan_risks r ON r.plan_id = cp.id JOIN accounts a ON a.id = cp.account_id
		WHERE r.status = 'open' AND r.likelihood * r.impact >= ?
		ORDER BY r.likelihood * r.impact DESC, a.name LIMIT 20`, backend.HighRiskScore)
	if err != nil {
		return fmt.Errorf("high risks: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var r backend.RiskRow
		k := &r.Risk
		if err := rows.Scan(&r.AccountID, &r.AccountName, &k.Key, &k.Title, &k.Category, &k.Likelihood, &k.Impact, &k.Mitigation, &k.Owner, &k.Status); err != nil {
			return err
		}
		r.Score = k.Score()
		p.HighRisks = append(p.HighRisks, r)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	rows2, err := tx.QueryContext(ctx, `WITH `+currentPlans+`
		SELECT a.id, a.name, x.key, x.title, x.owner, x.due, x.status, x.objective_key
		FROM current_plans cp JOIN plan_actions x ON x.plan_id = cp.id JOIN accounts a ON a.id = cp.account_id
		WHERE x.status IN ('open', 'in_progress') AND x.due != '' AND x.due < ?
		ORDER BY x.due, a.name LIMIT 20`, today.Format(time.DateOnly))
	if err != nil {
		return fmt.Errorf("overdue actions: %w", err)
	}
	defer rows2.Close()
	for rows2.Next() {
		var r backend.ActionRow
		x := &r.Action
		if err := rows2.Scan(&r.AccountID, &r.AccountName, &x.Key, &x.Title, &x.Owner, &x.Due, &x.Status, &x.ObjectiveKey); err != nil {
			return err
		}
		p.OverdueActions = append(p.OverdueActions, r)
	}
	return rows2.Err()
}

func pipelineByStage(ctx context.Context, tx *sql.Tx, p *backend.Portfolio) error {
	rows, err := tx.QueryContext(ctx, `WITH `+currentPlans+`
		SELECT o.stage, SUM(o.value_minor), SUM(o.value_minor * o.probability / 100), COUNT(*)
		FROM current_plans cp JOIN plan_opportunities o ON o.plan_id = cp.id
		GROUP BY o.stage`)
	if err != nil {
		return fmt.Errorf("pipeline by stage: %w", err)
	}
	defer rows.Close()
	byStage := map[string]backend.StageValue{}
	for rows.Next() {
		var s backend.StageValue
		if err := rows.Scan(&s.Stage, &s.ValueMinor, &s.WeightedMinor, &s.Count); err != nil {
			return err
		}
		byStage[s.Stage] = s
	}
	for _, st := range []string{backend.StageIdentified, backend.StageQualified, backend.StageProposal, backend.StageNegotiation, backend.StageWon, backend.StageLost} {
		s := byStage[st]
		s.Stage = st
		p.PipelineByStage = append(p.PipelineByStage, s)
	}
	return rows.Err()
}
