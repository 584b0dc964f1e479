package export

import (
	"fmt"
	"sort"
	"strings"
)

// PlanPDF renders a plan summary management can forward: the whole plan,
// compactly, in the words people use and with dates as the workspace writes
// them.
func PlanPDF(s PlanSummary) ([]byte, error) {
	money := func(m int64) string { return nbsp(Money(m, s.Currency)) }
	d := newPDF(s.Account.Name+" account plan", s.GeneratedAt[:10])
	d.by(s.Director, s.Locale)
	sub := "No plan yet"
	if p := s.Plan; p != nil {
		sub = fmt.Sprintf("Account plan %s, version %d (%s", p.Period, p.Version, Label(p.Status))
		if p.ApprovedAt != "" {
			sub += " " + d.date(p.ApprovedAt)
		}
		sub += ")"
	}
	d.heading(s.Account.Name, sub+" · "+Label(s.Account.Tier)+" account"+agencySuffix(s.Agency))

	d.section("Health and P&L")
	health := Label(s.Account.Health)
	if s.Account.HealthReason != "" {
		health += ": " + s.Account.HealthReason
	}
	qbr := Label(s.QBR.State)
	if s.QBR.LastHeld != "" {
		qbr += ", last held " + d.date(s.QBR.LastHeld)
	}
	d.table([]string{"Health", "Revenue, 12 months", "Margin", "Write-offs", "Revenue " + s.Financials.FiscalYear + " to date", "QBR " + s.QBR.Quarter},
		nil,
		[][]string{{health, money(s.Financials.RevenueT12MMinor), fmt.Sprintf("%.1f%%", s.Financials.MarginT12MPct), money(s.Financials.WriteOffT12MMinor), money(s.Financials.RevenueYTDMinor), qbr}},
		map[int]bool{1: true, 2: true, 3: true, 4: true})
	if s.Account.RenewalDate != "" {
		d.muted("Renewal " + d.date(s.Account.RenewalDate) + ".")
	}
	if p := s.Plan; p != nil {
		d.planStrategy(p, money)

		d.section("What changed since the last export")
		d.changes(s.Changes)

		d.section("Objectives")
		d.objectives(p.Objectives)

		d.section("Pipeline by stage")
		byStage := map[string]int64{}
		var maxV int64
		for _, o := range p.Opportunities {
			byStage[o.Stage] += o.ValueMinor
			maxV = max(maxV, byStage[o.Stage])
		}
		for _, st := range []string{"identified", "qualified", "proposal", "negotiation", "won", "lost"} {
			d.bar(Label(st), float64(byStage[st]), float64(maxV), money(byStage[st]), colourPipeline)
		}
		d.para(fmt.Sprintf("Weighted pipeline %s and won %s: %.0f%% of the %s target.", money(p.Pipeline.WeightedMinor), money(p.Pipeline.WonMinor), p.Pipeline.CoveragePct, money(p.Pipeline.TargetMinor)))

		d.section("Top risks")
		var risks [][]string
		for _, r := range topRisks(p.Risks, 6) {
			risks = append(risks, []string{r.Title, Label(r.Category), fmt.Sprint(r.Score), r.Mitigation, r.Owner})
		}
		d.table([]string{"Risk", "Category", "Score", "Mitigation", "Owner"}, nil, risks, map[int]bool{2: true})

		d.section("Actions due")
		var actions [][]string
		for _, a := range p.Actions {
			if a.Status == "done" || a.Status == "cancelled" {
				continue
			}
			due := d.date(a.Due)
			if a.Overdue {
				due += " (overdue)"
			}
			actions = append(actions, []string{a.Title, a.Owner, due, Label(a.Status)})
		}
		d.table([]string{"Action", "Owner", "Due", "Status"}, nil, actions, nil)
	}
	d.whitespace(s.Whitespace, money)
	d.section("Stakeholders")
	var people [][]string
	for _, p := range s.Stakeholders {
		rel := Label(p.RelationshipNow)
		if p.RelationshipTarget != "" && p.RelationshipTarget != p.RelationshipNow {
			rel += " → " + Label(p.RelationshipTarget)
		}
		people = append(people, []string{p.Name, p.Title, Label(p.Role), fmt.Sprintf("%d of 5", p.Influence), Label(p.Sentiment), rel})
	}
	d.table([]string{"Name", "Title", "Role", "Influence", "Sentiment", "Relationship, now → aim"}, nil, people, nil)
	d.relationshipMap(s.Map)

	d.section("Account team")
	var team [][]string
	for _, t := range s.Team {
		on := Label(t.RoleOnAccount)
		if t.Tentative {
			on += " (tentative)"
		}
		team = append(team, []string{t.Name, t.Role, on, Number(t.Percent) + "%"})
	}
	d.table([]string{"Name", "Role", "On the account", "Time"}, nil, team, map[int]bool{3: true})
	return d.bytes()
}

var colourPipeline = rgb{76, 110, 245}

// planStrategy writes the plan's thinking: summary, vision, priorities,
// SWOT and competitors, leaving out what the plan does not fill in.
func (d *pdfDoc) planStrategy(p *PlanInfo, money func(int64) string) {
	d.section("Executive summary")
	if strings.TrimSpace(p.ExecutiveSummary) != "" {
		d.para(p.ExecutiveSummary)
	}
	if strings.TrimSpace(p.Vision) != "" {
		d.para("Vision: " + p.Vision)
	}
	d.para(fmt.Sprintf("Revenue target %s · growth target %s%%", money(p.RevenueTargetMinor), Number(p.GrowthTargetPct)))
	if len(p.Priorities) > 0 {
		d.section("Priorities")
		items := make([]string, len(p.Priorities))
		for i, x := range p.Priorities {
			items[i] = fmt.Sprintf("%d. %s", i+1, x)
		}
		d.list(items)
	}
	w := p.SWOT
	if len(w.Strengths)+len(w.Weaknesses)+len(w.Opportunities)+len(w.Threats) > 0 {
		d.section("SWOT")
		d.table([]string{"Strengths", "Weaknesses"}, []float64{90, 90}, [][]string{{bulleted(w.Strengths), bulleted(w.Weaknesses)}}, nil)
		d.table([]string{"Opportunities", "Threats"}, []float64{90, 90}, [][]string{{bulleted(w.Opportunities), bulleted(w.Threats)}}, nil)
	}
	if len(p.Competitors) > 0 {
		d.para("Competitors at the account: " + strings.Join(p.Competitors, ", ") + ".")
	}
}

// list writes numbered or otherwise marked lines as they are, one a line.
func (d *pdfDoc) list(items []string) {
	for _, it := range items {
		d.paraAt(1, it)
	}
}

// bulleted joins list items into one cell, one item a line.
func bulleted(items []string) string {
	if len(items) == 0 {
		return "–"
	}
	return "• " + strings.Join(items, "\n• ")
}

// objectives draws each objective with its KPI from baseline to target, where
// it stands now, its progress and its status.
func (d *pdfDoc) objectives(objs []Objective) {
	if len(objs) == 0 {
		d.para("No objectives yet.")
		return
	}
	rows := make([][]string, len(objs))
	progress := make([]float64, len(objs))
	for i, o := range objs {
		title := o.Title
		if o.Owner != "" {
			title += " (" + o.Owner + ")"
		}
		rows[i] = []string{title, o.KPI, nbsp(withUnit(o.Baseline, o.Unit)), nbsp(withUnit(o.Target, o.Unit)), nbsp(withUnit(o.Current, o.Unit)),
			fmt.Sprintf("%.0f%% · %s", o.ProgressPct, nbsp(Label(o.Status))), d.date(o.Due)}
		progress[i] = o.ProgressPct
	}
	d.grid(grid{cols: []column{{"Objective", 0, false}, {"KPI", 0, false}, {"Baseline", 0, true}, {"Target", 0, true},
		{"Now", 0, true}, {"Progress", 0, false}, {"Due", 0, false}}, rows: rows, bar: 5, progress: progress})
}

// changes lists what moved since the previous export, by area.
func (d *pdfDoc) changes(c *Changes) {
	switch {
	case c == nil:
		d.para("This is the first export of this plan; the next one will list what changed.")
	case c.None():
		d.para("Nothing changed in objectives, pipeline or risks since the export of " + d.date(c.SinceDate()) + ".")
	default:
		d.para("Since the export of " + d.date(c.SinceDate()) + ":")
		var items []string
		for _, area := range []struct {
			name  string
			lines []string
		}{{"Objectives", c.Objectives}, {"Pipeline", c.Pipeline}, {"Risks", c.Risks}} {
			for _, l := range area.lines {
				items = append(items, area.name+": "+l)
			}
		}
		d.bullets(items)
	}
}

// PortfolioPDF renders the portfolio table and its top risks.
func PortfolioPDF(p PortfolioSummary) ([]byte, error) {
	money := func(m int64) string { return nbsp(Money(m, p.Currency)) }
	d := newPDF("Portfolio summary", p.GeneratedAt[:10])
	d.by(p.Director, p.Locale)
	who := p.Agency
	if p.Director != "" {
		who = strings.TrimPrefix(p.Director+agencySuffix(p.Agency), " · ")
	}
	title := "Portfolio summary"
	if who != "" {
		title += " · " + who
	}
	d.heading(title, fmt.Sprintf("%d accounts · revenue %s to date %s of %s target · margin %.1f%%",
		p.Totals.AccountCount, p.Totals.FiscalYear, money(p.Totals.RevenueYTDMinor), money(p.Totals.TargetYTDMinor), p.Totals.MarginYTDPct))
	d.para(fmt.Sprintf("QBRs due or overdue: %d · high risks: %d", p.Totals.QBRsDueOrOverdue, p.Totals.HighRisks))
	d.section("Accounts")
	var rows [][]string
	for _, a := range p.Accounts {
		plan := strings.TrimSpace(a.PlanPeriod + " " + Label(a.PlanStatus))
		rows = append(rows, []string{a.Name, Label(a.Tier), Label(a.Health), amount(a.RevenueT12MMinor), fmt.Sprintf("%.0f%%", a.MarginPct),
			plan, amount(a.PlanTargetMinor), Label(a.QBRState), d.date(a.RenewalDate)})
	}
	d.table([]string{"Account", "Tier", "Health", "Revenue, 12 months, " + p.Currency, "Margin", "Plan", "Target, " + p.Currency, "QBR", "Renewal"},
		nil, rows, map[int]bool{3: true, 4: true, 6: true})
	d.section("Top risks")
	var risks [][]string
	for _, r := range p.TopRisks {
		risks = append(risks, []string{r.Account, r.Title, fmt.Sprint(r.Score)})
	}
	d.table([]string{"Account", "Risk", "Score"}, nil, risks, map[int]bool{2: true})
	d.untapped(p.UntappedByServiceLine, money)
	return d.bytes()
}

// amount is money in whole units without the currency, for a column whose
// header names it: 1234567 (minor) → "12,346".
func amount(minor int64) string {
	return strings.TrimSpace(Money(minor, ""))
}

func agencySuffix(agency string) string {
	if agency == "" {
		return ""
	}
	return " · " + agency
}

func trimNum(f float64) string {
	return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.2f", f), "0"), ".")
}

func topRisks(risks []Risk, n int) []Risk {
	var open []Risk
	for _, r := range risks {
		if r.Status == "open" {
			open = append(open, r)
		}
	}
	sort.SliceStable(open, func(i, j int) bool { return open[i].Score > open[j].Score })
	return open[:min(n, len(open))]
}
