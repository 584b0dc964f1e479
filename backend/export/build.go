package export

import (
	"context"
	"fmt"
	"math"
	"time"

	"accountdesk/backend"
)

// Source is what the documents are built from: the store's services.
type Source interface {
	backend.SettingsService
	backend.AccountService
	backend.PlanService
	backend.StakeholderService
	backend.RelationshipService
	backend.FinancialService
	backend.TeamService
	backend.PortfolioService
	backend.AppraisalService
	backend.QBRService
	backend.OnboardingService
	backend.WhitespaceService
	Snapshots
	// Schedules returns when the director's next 1:1 with each direct
	// report is due (backend.OneOnOneService); only the calendar reads it,
	// and only when the export asks for confidential items.
	Schedules(ctx context.Context, today time.Time) ([]backend.Schedule, error)
	// PeerResults returns what a person may see of the peer feedback of a
	// cycle (backend.PeerFeedbackService); only appraisal exports read it.
	PeerResults(ctx context.Context, personID, cycleID int64, today time.Time) ([]backend.PeerResults, error)
	// WorkspaceID returns the workspace's stable id.
	WorkspaceID(ctx context.Context) (string, error)
}

// Snapshots remembers each account's plan summary as it was last exported,
// for "what changed since the last export".
type Snapshots interface {
	// LastExport returns the summary's JSON and when it was exported; nil when never.
	LastExport(ctx context.Context, accountID int64) (summary []byte, exportedAt string, err error)
}

// BuildPlanSummary builds one account's summary from its current plan (the
// latest version of the latest period that is not archived).
func BuildPlanSummary(ctx context.Context, src Source, accountID int64, now time.Time) (PlanSummary, error) {
	today := day(now)
	settings, err := src.Settings(ctx)
	if err != nil {
		return PlanSummary{}, err
	}
	a, err := src.Account(ctx, accountID)
	if err != nil {
		return PlanSummary{}, err
	}
	rows, err := src.ListAccounts(ctx, backend.AccountFilter{ID: accountID}, today)
	if err != nil || len(rows) != 1 {
		return PlanSummary{}, fmt.Errorf("account row: %w", err)
	}
	s := PlanSummary{
		Schema: PlanSchema, GeneratedAt: now.UTC().Format(time.RFC3339), Agency: settings.AgencyName, Currency: settings.Currency,
		Account:      AccountInfo{Name: a.Name, Industry: a.Industry, Tier: a.Tier, Status: a.Status, Health: a.Health, HealthReason: a.HealthReason, RenewalDate: a.RenewalDate},
		QBR:          QBRInfo{State: rows[0].QBR.State, Quarter: rows[0].QBR.Quarter, LastHeld: rows[0].QBR.LastHeld},
		Stakeholders: []Stakeholder{}, Team: []TeamMember{},
		Director: settings.DirectorName, Locale: sourceLocale(src),
	}
	if err := addPlan(ctx, src, &s, accountID, today); err != nil {
		return s, err
	}
	people, err := src.Stakeholders(ctx, accountID)
	if err != nil {
		return s, err
	}
	for _, p := range people {
		s.Stakeholders = append(s.Stakeholders, Stakeholder{Name: p.Name, Title: p.Title, Role: p.Role, Influence: p.Influence,
			Sentiment: p.Sentiment, RelationshipNow: p.RelationshipNow, RelationshipTarget: p.RelationshipTarget})
	}
	if s.Map, err = relationshipMapOf(ctx, src, accountID); err != nil {
		return s, err
	}
	fin, err := src.Financials(ctx, accountID, today)
	if err != nil {
		return s, err
	}
	s.Financials = FinancialsInfo{RevenueT12MMinor: fin.T12M.RevenueMinor, CostT12MMinor: fin.T12M.CostMinor, WriteOffT12MMinor: fin.T12M.WriteOffMinor,
		MarginT12MPct: round1(fin.T12M.MarginPct), RevenueYTDMinor: fin.YearToDate.RevenueMinor, RetainerHoursMonth: fin.RetainerHoursPerMonth,
		FiscalYear: backend.FiscalYearOf(today, settings.FiscalYearStartMonth).Label}
	s.Months = monthTotals([][]backend.MonthRow{fin.Months})
	if err := addTeam(ctx, src, &s, accountID, today); err != nil {
		return s, err
	}
	if err := addWhitespace(ctx, src, &s, accountID); err != nil {
		return s, err
	}
	return s, nil
}

func addPlan(ctx context.Context, src Source, s *PlanSummary, accountID int64, today time.Time) error {
	versions, err := src.Plans(ctx, accountID)
	if err != nil {
		return err
	}
	var current int64
	for _, v := range versions { // newest first
		if v.Status != backend.PlanArchived {
			current = v.ID
			break
		}
	}
	if current == 0 {
		return nil
	}
	p, err := src.Plan(ctx, current)
	if err != nil {
		return err
	}
	info := &PlanInfo{Period: p.Period, Version: p.Version, Status: p.Status, ApprovedAt: p.ApprovedAt, ExecutiveSummary: p.ExecutiveSummary,
		Vision: p.Vision, Priorities: nonNil(p.Priorities), Competitors: nonNil(p.Competitors),
		SWOT:               SWOT{Strengths: nonNil(p.Strengths), Weaknesses: nonNil(p.Weaknesses), Opportunities: nonNil(p.Opportunities), Threats: nonNil(p.Threats)},
		RevenueTargetMinor: p.RevenueTargetMinor, GrowthTargetPct: p.GrowthTargetPct,
		Objectives: []Objective{}, Opportunities: []Opportunity{}, Risks: []Risk{}, Actions: []Action{},
		Pipeline: Pipeline{OpenMinor: p.PipelineStats.OpenMinor, WeightedMinor: p.PipelineStats.WeightedMinor, WonMinor: p.PipelineStats.WonMinor,
			TargetMinor: p.PipelineStats.TargetMinor, CoveragePct: round1(p.PipelineStats.CoveragePct)}}
	for _, o := range p.Objectives {
		info.Objectives = append(info.Objectives, Objective{Title: o.Title, KPI: o.KPI, Unit: o.Unit, Baseline: o.Baseline, Target: o.Target,
			Current: o.Current, ProgressPct: round1(o.Progress()), Due: o.Due, Owner: o.Owner, Status: o.Status})
	}
	for _, o := range p.Opps {
		info.Opportunities = append(info.Opportunities, Opportunity{Title: o.Title, ServiceLine: o.ServiceLine, Type: o.Type, ValueMinor: o.ValueMinor,
			Probability: o.Probability, Stage: o.Stage, ExpectedClose: o.ExpectedClose})
	}
	for _, r := range p.Risks {
		info.Risks = append(info.Risks, Risk{Title: r.Title, Category: r.Category, Likelihood: r.Likelihood, Impact: r.Impact, Score: r.Score(),
			Mitigation: r.Mitigation, Owner: r.Owner, Status: r.Status})
	}
	iso := today.Format(time.DateOnly)
	for _, x := range p.Actions {
		info.Actions = append(info.Actions, Action{Title: x.Title, Owner: x.Owner, Due: x.Due, Status: x.Status,
			Overdue: x.Due != "" && x.Due < iso && (x.Status == "open" || x.Status == "in_progress")})
	}
	s.Plan = info
	return nil
}

func addTeam(ctx context.Context, src Source, s *PlanSummary, accountID int64, today time.Time) error {
	allocs, err := src.Allocations(ctx, 0, accountID)
	if err != nil {
		return err
	}
	people, err := src.People(ctx)
	if err != nil {
		return err
	}
	roles := map[int64]string{}
	for _, p := range people {
		roles[p.ID] = p.Role
	}
	iso := today.Format(time.DateOnly)
	for _, x := range allocs {
		if x.StartDate > iso || (x.EndDate != "" && x.EndDate < iso) {
			continue
		}
		s.Team = append(s.Team, TeamMember{Name: x.PersonName, Role: roles[x.PersonID], RoleOnAccount: x.Role, Percent: x.Percent, Tentative: x.Tentative})
	}
	return nil
}

// BuildPortfolio builds the portfolio summary.
func BuildPortfolio(ctx context.Context, src Source, now time.Time) (PortfolioSummary, error) {
	today := day(now)
	settings, err := src.Settings(ctx)
	if err != nil {
		return PortfolioSummary{}, err
	}
	rows, err := src.ListAccounts(ctx, backend.AccountFilter{}, today)
	if err != nil {
		return PortfolioSummary{}, err
	}
	p, err := src.Portfolio(ctx, today)
	if err != nil {
		return PortfolioSummary{}, err
	}
	wsID, err := src.WorkspaceID(ctx)
	if err != nil {
		return PortfolioSummary{}, err
	}
	out := PortfolioSummary{Schema: PortfolioSchema, GeneratedAt: now.UTC().Format(time.RFC3339), Agency: settings.AgencyName,
		Director: settings.DirectorName, WorkspaceID: wsID, Currency: settings.Currency, TopRisks: []TopRisk{}, Locale: sourceLocale(src),
		Totals: Totals{FiscalYear: backend.FiscalYearOf(today, settings.FiscalYearStartMonth).Label, AccountCount: p.AccountCount, RevenueYTDMinor: p.RevenueYTDMinor, TargetYTDMinor: p.TargetYTDMinor, MarginYTDPct: round1(p.MarginYTDPct),
			QBRsDueOrOverdue: len(p.QBRs), HighRisks: len(p.HighRisks)},
		Accounts: []PortfolioRow{}}
	for _, r := range p.HighRisks[:min(10, len(p.HighRisks))] {
		out.TopRisks = append(out.TopRisks, TopRisk{Account: r.AccountName, Title: r.Risk.Title, Score: r.Score})
	}
	addWorkbookParts(&out, p)
	if err := addUntapped(ctx, src, &out); err != nil {
		return out, err
	}
	for _, r := range rows {
		out.Accounts = append(out.Accounts, PortfolioRow{Name: r.Name, Tier: r.Tier, Status: r.Status, Health: r.Health, RevenueT12MMinor: r.RevenueT12MMinor,
			MarginPct: round1(r.MarginPct), PlanPeriod: r.PlanPeriod, PlanStatus: r.PlanStatus, PlanTargetMinor: r.PlanTargetMinor,
			QBRState: r.QBR.State, RenewalDate: r.RenewalDate, QBRQuarter: r.QBR.Quarter, QBRLastHeld: r.QBR.LastHeld, QBRBasis: r.QBR.Basis})
	}
	return out, nil
}

// nonNil keeps an empty list a list in the JSON ([] rather than null).
func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// sourceLocale is the locale the workspace's documents write dates in: the
// one the source knows (the store is told the computer's locale by app/,
// sqlite.DB.Locale), else none, which writes unambiguous "24 Nov 2026".
func sourceLocale(src any) string {
	if l, ok := src.(interface{ Locale() string }); ok {
		return l.Locale()
	}
	return ""
}

func day(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

func round1(f float64) float64 { return math.Round(f*10) / 10 }
