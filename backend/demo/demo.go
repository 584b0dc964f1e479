// Package demo fills a workspace with a realistic demo agency, and generates
// large workspaces for benchmarks.
package demo

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"accountdesk/backend"
)

// DefaultAccounts is the size of the demo agency's portfolio.
const DefaultAccounts = 12

// Generation changes whenever the generated data does, so a workspace cached
// by a benchmark is generated again.
const Generation = 9

// Options scale the demo.
type Options struct {
	// Accounts is the number of client accounts; every other table scales with it.
	Accounts int
	// Today anchors every date (QBRs due, renewals, overdue actions); zero means
	// today's date in UTC. Its time of day is ignored.
	Today time.Time
}

// Store is what the demo writes through: the same services the app uses, so
// demo data obeys every rule the user's data does.
type Store interface {
	backend.SettingsService
	backend.AccountService
	backend.StakeholderService
	backend.FinancialService
	backend.PlanService
	backend.PlanTemplateService
	backend.QBRService
	backend.PaperworkService
	backend.TeamService
	backend.OnboardingService
	backend.AppraisalService
	backend.OneOnOneService
	backend.RelationshipService
	backend.WhitespaceService
}

// Populate writes the demo agency into an empty workspace. The same options
// always give the same workspace.
func Populate(ctx context.Context, s Store, opts Options) error {
	if opts.Accounts <= 0 {
		opts.Accounts = DefaultAccounts
	}
	if opts.Today.IsZero() {
		// The UTC date, so "today" never starts after the clock's own time
		// (east of UTC the local date begins hours before the UTC one).
		y, m, d := time.Now().UTC().Date()
		opts.Today = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	}
	settings := backend.DefaultSettings()
	settings.AgencyName = "Brightline Agency"
	settings.Currency = "USD"
	// Its fiscal year starts in April, so this year's plans are FY2027's
	// from April 2026 (and the Dashboard compares this year's revenue with
	// them).
	settings.FiscalYearStartMonth = 4
	settings.DirectorName = "Morgan Ellis" // the Account Director on the demo's team
	if _, err := s.UpdateSettings(ctx, settings); err != nil {
		return fmt.Errorf("demo settings: %w", err)
	}
	g := &gen{r: rand.New(rand.NewPCG(2027, uint64(opts.Accounts))), today: opts.Today,
		fiscal: backend.FiscalYearOf(opts.Today, settings.FiscalYearStartMonth)}
	var accounts []backend.Account
	for i := range opts.Accounts {
		a, err := g.account(ctx, s, i)
		if err != nil {
			return fmt.Errorf("demo account %d: %w", i+1, err)
		}
		accounts = append(accounts, a)
	}
	if err := g.team(ctx, s, accounts); err != nil {
		return fmt.Errorf("demo team: %w", err)
	}
	if err := g.relationships(ctx, s, accounts); err != nil {
		return err
	}
	// Morgan Ellis, on the team above, is the director using the workspace
	// ("Morgan Ellis 1" when the team is several pods).
	if g.director != settings.DirectorName {
		settings.DirectorName = g.director
		if _, err := s.UpdateSettings(ctx, settings); err != nil {
			return fmt.Errorf("demo settings: %w", err)
		}
	}
	if _, err := s.EnsureDirector(ctx, settings.DirectorName, opts.Today); err != nil {
		return fmt.Errorf("demo director: %w", err)
	}
	if err := g.oneOnOnes(ctx, s, accounts); err != nil {
		return fmt.Errorf("demo 1:1s: %w", err)
	}
	return nil
}

type gen struct {
	director string // the name of the person using the workspace
	r        *rand.Rand
	today    time.Time
	fiscal   backend.FiscalYear // the fiscal year today falls in
}

func (g *gen) pick(options []string) string { return options[g.r.IntN(len(options))] }

func (g *gen) day(offsetDays int) string {
	return g.today.AddDate(0, 0, offsetDays).Format(time.DateOnly)
}

// account writes one client with its people, figures, plan and QBRs. The
// first dozen are hand-written; beyond that names are generated.
func (g *gen) account(ctx context.Context, s Store, i int) (backend.Account, error) {
	c := clientFor(i)
	a := backend.Account{
		Name: c.name, Industry: c.industry, Tier: c.tier, Status: c.status, Health: c.health, HealthReason: c.reason,
		ContractType: c.contract, RetainerHoursPerMonth: c.retainerHours, AgencyOfRecord: c.tier == backend.TierStrategic,
		ContractStart: g.day(-400 - g.r.IntN(900)), RenewalDate: g.day(20 + (i*37)%330),
		NoticeDays: map[string]int{backend.TierStrategic: 90, backend.TierKey: 60}[c.tier],
		Notes:      "Demo account: every figure here is fictional.",
	}
	a, err := s.CreateAccount(ctx, a)
	if err != nil {
		return a, err
	}
	stakeholders, err := g.stakeholders(ctx, s, a.ID, c)
	if err != nil {
		return a, err
	}
	if err := g.months(ctx, s, a, c); err != nil {
		return a, err
	}
	if err := g.plan(ctx, s, a, c); err != nil {
		return a, err
	}
	if err := g.whitespace(ctx, s, a, c, i); err != nil {
		return a, err
	}
	if err := g.paperwork(ctx, s, a, i); err != nil {
		return a, err
	}
	return a, g.qbrs(ctx, s, a, i, stakeholders)
}

// paperwork writes the status report's jobs and two contact reports, the
// older one written too late (the 48-hour flag).
func (g *gen) paperwork(ctx context.Context, s Store, a backend.Account, i int) error {
	prefix := strings.ToUpper(strings.ReplaceAll(a.Name, " ", ""))[:3]
	jobs := []backend.Job{
		{Name: "Spring campaign", Status: backend.JobInProgress, NextStep: "Client review of key visuals", MilestoneDate: g.day(9)},
		{Name: "Monthly social content", Status: backend.JobWithClient, NextStep: "Awaiting approval", MilestoneDate: g.day(3)},
		{Name: "Brand guidelines refresh", Status: backend.JobCompleted, MilestoneDate: g.day(-20)},
	}
	for k, j := range jobs {
		j.AccountID, j.Number = a.ID, fmt.Sprintf("%s-%d", prefix, 100+i*10+k)
		if _, err := s.SaveJob(ctx, j); err != nil {
			return err
		}
	}
	// Meetings at fixed hours of days before Today (not the clock's time), so
	// the same options give the same workspace and both meetings are in the
	// past whatever time of day the demo is written.
	y, m, d := g.today.Date()
	meeting := func(daysBefore, hour int) string {
		return time.Date(y, m, d-daysBefore, hour, 0, 0, 0, time.UTC).Format(time.RFC3339)
	}
	for _, r := range []backend.ContactReport{
		{MeetingAt: meeting(10, 10), Attendees: "CMO, Head of Brand; account director, account manager",
			Decisions: "Budget for the spring campaign confirmed.", Budget: "Spring campaign fee agreed as quoted.", NextSteps: "Agency to send the production schedule."},
		{MeetingAt: meeting(1, 12), Attendees: "Digital Marketing Manager; account executive",
			Decisions: "Social calendar approved for next month.", NextSteps: "Client to share the product launch dates."},
	} {
		r.AccountID = a.ID
		if _, err := s.SaveContactReport(ctx, r); err != nil {
			return err
		}
	}
	return nil
}

func (g *gen) stakeholders(ctx context.Context, s Store, accountID int64, c client) ([]backend.Stakeholder, error) {
	people := []struct{ title, role string }{
		{"Chief Marketing Officer", backend.RoleDecisionMaker},
		{"Head of Brand", backend.RoleChampion},
		{"Procurement Lead", backend.RoleBlocker},
		{"Digital Marketing Manager", backend.RoleUser},
		{"Finance Director", backend.RoleInfluencer},
	}
	var out []backend.Stakeholder
	for j, p := range people[:3+g.r.IntN(3)] {
		first, last := g.pick(firstNames), g.pick(lastNames)
		st := backend.Stakeholder{
			AccountID: accountID, Name: first + " " + last, Title: p.title, Role: p.role,
			Email:     fmt.Sprintf("%s.%s@%s.example", lower(first), lower(last), c.domain),
			Influence: []int{5, 4, 3, 2, 4}[j], Sentiment: []string{backend.SentimentSupporter, backend.SentimentSupporter, backend.SentimentDetractor, backend.SentimentNeutral, backend.SentimentNeutral}[j],
			RelationshipNow:    []string{backend.RelPartner, backend.RelAdvisor, backend.RelVendor, backend.RelPreferred, backend.RelPreferred}[j],
			RelationshipTarget: backend.RelAdvisor, LastContact: g.day(-g.r.IntN(60)),
		}
		saved, err := s.SaveStakeholder(ctx, st)
		if err != nil {
			return nil, err
		}
		out = append(out, saved)
	}
	return out, nil
}

// months writes two years of actuals with seasonality and a trend. The
// oldest six months draw from their own generator (seeded by the account), so
// adding them left every later figure of the demo as it was.
func (g *gen) months(ctx context.Context, s Store, a backend.Account, c client) error {
	var ms []backend.MonthFigures
	first := time.Date(g.today.Year(), g.today.Month(), 1, 0, 0, 0, 0, time.UTC)
	older := rand.New(rand.NewPCG(2025, uint64(a.ID)))
	for k := 24; k >= 1; k-- {
		r := g.r
		if k > 18 {
			r = older
		}
		m := first.AddDate(0, -k, 0)
		season := 1 + 0.15*float64((int(m.Month())+c.seed)%4-1)
		trend := 1 + c.growth*float64(18-k)/18
		revenue := int64(float64(c.monthlyRevenue) * season * trend * (0.9 + 0.2*r.Float64()))
		cost := int64(float64(revenue) * (0.55 + 0.15*r.Float64()))
		var writeOff int64
		if r.IntN(5) == 0 {
			writeOff = revenue * int64(2+r.IntN(8)) / 100
		}
		hours := c.retainerHours * (0.8 + 0.45*r.Float64())
		ms = append(ms, backend.MonthFigures{Month: m.Format("2006-01"), RevenueMinor: revenue / 100 * 100,
			CostMinor: cost / 100 * 100, WriteOffMinor: writeOff / 100 * 100, HoursUsed: float64(int(hours))})
	}
	return s.SaveMonths(ctx, a.ID, ms)
}

func (g *gen) plan(ctx context.Context, s Store, a backend.Account, c client) error {
	period := g.fiscal.Label // the plan for the fiscal year under way
	p, err := s.CreatePlan(ctx, a.ID, period)
	if err != nil {
		return err
	}
	annual := c.monthlyRevenue * 12
	p.RevenueTargetMinor = annual * (100 + int64(c.growth*100)) / 100 / 100_000 * 100_000
	p.GrowthTargetPct = float64(int(c.growth * 100))
	p.ExecutiveSummary = fmt.Sprintf("%s is a %s account in %s. Next year we protect the core %s work and grow into %s, "+
		"aiming for %d%% growth while keeping margin above 35%%.", a.Name, a.Tier, c.industry, c.core, c.growInto, int(c.growth*100))
	p.Vision = fmt.Sprintf("Be %s's strategic partner for %s, trusted at board level.", a.Name, c.growInto)
	p.Priorities = []string{"Protect the " + c.core + " retainer at renewal", "Open a " + c.growInto + " brief", "Meet the new CFO before budget season"}
	p.Strengths = []string{"Long relationship with the CMO", "Award-winning " + c.core + " work"}
	p.Weaknesses = []string{"Thin coverage below director level", "Reporting is late most months"}
	p.Opportunities = []string{"New product launch in Q2", "Consolidation of agency roster"}
	p.Threats = []string{g.pick(rivals) + " pitching for " + c.growInto, "Procurement-led fee review"}
	p.Competitors = []string{g.pick(rivals), g.pick(rivals)}
	due := g.today.AddDate(0, 6, 0).Format(time.DateOnly)
	p.Objectives = []backend.Objective{
		{Title: "Grow annual revenue", KPI: "Fee income", Unit: "k", Baseline: float64(annual / 100_000), Target: float64(p.RevenueTargetMinor / 100_000), Current: float64(annual / 100_000), Cadence: "quarterly", Due: due, Owner: "Account Director", Status: backend.ObjOnTrack},
		{Title: "Improve client satisfaction", KPI: "NPS", Unit: "pts", Baseline: 32, Target: 50, Current: float64(30 + g.r.IntN(20)), Cadence: "quarterly", Due: due, Owner: "Account Manager", Status: g.pick([]string{backend.ObjOnTrack, backend.ObjAtRisk})},
		{Title: "Reduce write-offs", KPI: "Write-offs of revenue", Unit: "%", Baseline: 6, Target: 2, Current: float64(2 + g.r.IntN(5)), Cadence: "monthly", Due: due, Owner: "Account Director", Status: g.pick([]string{backend.ObjOnTrack, backend.ObjOffTrack})},
	}
	stages := []string{backend.StageIdentified, backend.StageQualified, backend.StageProposal, backend.StageNegotiation, backend.StageWon}
	for k, line := range []string{c.growInto, "Content studio", "CRM & lifecycle"} {
		stage := stages[(k+c.seed)%len(stages)]
		p.Opps = append(p.Opps, backend.Opportunity{Title: line + " for " + a.Name, ServiceLine: line, Type: []string{"cross_sell", "upsell", "cross_sell"}[k],
			ValueMinor: c.monthlyRevenue * int64(2+g.r.IntN(5)) / 100 * 100, Probability: map[string]int{backend.StageIdentified: 10, backend.StageQualified: 25, backend.StageProposal: 50, backend.StageNegotiation: 75, backend.StageWon: 100}[stage],
			Stage: stage, ExpectedClose: g.day(30 + 40*k)})
	}
	// The plan's whitespace list (now the account's grid, whitespace.go)
	// drew once here: drawing still keeps every later figure as it was.
	_ = g.pick([]string{"potential", "competitor"})
	p.Risks = []backend.Risk{
		{Title: "Scope creep on always-on content", Category: "scope_creep", Likelihood: 3 + g.r.IntN(3), Impact: 3, Mitigation: "Monthly scope review with the client lead", Owner: "Account Manager"},
		{Title: "Procurement fee benchmark", Category: "retention", Likelihood: 2 + g.r.IntN(3), Impact: 5, Mitigation: "Prepare value report before the review", Owner: "Account Director"},
	}
	p.Actions = []backend.Action{
		{Title: "Send Q-review value report", Owner: "Account Manager", Due: g.day(-3 - g.r.IntN(10)), Status: "open", ObjectiveKey: ""},
		{Title: "Workshop on " + c.growInto, Owner: "Account Director", Due: g.day(14 + g.r.IntN(30)), Status: "open"},
		{Title: "Introduce strategy lead to the CFO", Owner: "Account Director", Due: g.day(-30), Status: "done"},
	}
	p, err = s.SavePlan(ctx, p)
	if err != nil {
		return err
	}
	if p, err = g.typePlan(ctx, s, p, int(a.ID)); err != nil {
		return err
	}
	if c.seed%3 != 2 {
		_, err = s.SetPlanStatus(ctx, p.ID, backend.PlanApproved)
	}
	return err
}

// qbrs: most accounts held last quarter's; a few are behind, so the
// Dashboard shows some due and some overdue.
func (g *gen) qbrs(ctx context.Context, s Store, a backend.Account, i int, people []backend.Stakeholder) error {
	_, qStart, _ := backend.Quarter(g.today)
	_, prevStart, _ := backend.Quarter(qStart.AddDate(0, 0, -1))
	var dates []time.Time
	switch i % 4 {
	case 0: // held both quarters
		dates = []time.Time{prevStart.AddDate(0, 0, 20), qStart.AddDate(0, 0, 10)}
	case 1, 2: // held last quarter only: due now
		dates = []time.Time{prevStart.AddDate(0, 0, 35)}
	case 3: // missed last quarter: overdue
		dates = []time.Time{prevStart.AddDate(0, -3, 15)}
	}
	for _, d := range dates {
		if d.After(g.today) {
			continue
		}
		q := backend.QBR{AccountID: a.ID, Date: d.Format(time.DateOnly), Format: []string{backend.QBROnSite, backend.QBRRemote}[i%2],
			Progress:    "Delivered the quarter's campaign on time; engagement up on last quarter.",
			Issues:      "Reporting arrives late; approvals slow on the client side.",
			Initiatives: "Proposed a CRM pilot and an always-on content studio.",
			NextSteps:   "Send the pilot proposal; agree a reporting calendar."}
		for _, p := range people[:2] {
			q.Attendees = append(q.Attendees, backend.QBRAttendee{StakeholderID: p.ID})
		}
		if _, err := s.SaveQBR(ctx, q); err != nil {
			return err
		}
	}
	return nil
}
