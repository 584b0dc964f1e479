package export

import (
	"bytes"
	"fmt"
	"sort"
	"strings"

	"github.com/go-pdf/fpdf"
)

// pdfDoc wraps fpdf with the house layout: A4, a heading band, calm tables,
// page numbers and a confidentiality footer on every page.
type pdfDoc struct {
	*fpdf.Fpdf
	tr func(string) string
}

func newPDF(title, generated string) *pdfDoc {
	f := fpdf.New("P", "mm", "A4", "")
	f.SetMargins(15, 15, 15)
	f.SetAutoPageBreak(true, 18)
	f.SetTitle(title, true)
	f.SetCreator("AccountDesk", true)
	d := &pdfDoc{Fpdf: f, tr: f.UnicodeTranslatorFromDescriptor("")}
	f.SetFooterFunc(func() {
		f.SetY(-12)
		f.SetFont("Helvetica", "", 7.5)
		f.SetTextColor(110, 110, 110)
		f.CellFormat(120, 5, d.tr("Confidential: for management of the agency only. Generated "+generated+" by AccountDesk."), "", 0, "L", false, 0, "")
		f.CellFormat(0, 5, fmt.Sprintf("Page %d of {nb}", f.PageNo()), "", 0, "R", false, 0, "")
	})
	f.AliasNbPages("")
	f.AddPage()
	return d
}

func (d *pdfDoc) heading(title, subtitle string) {
	d.SetFillColor(28, 126, 214)
	d.Rect(0, 0, 210, 30, "F")
	d.SetTextColor(255, 255, 255)
	d.SetXY(15, 8)
	d.SetFont("Helvetica", "B", 18)
	d.CellFormat(0, 8, d.tr(title), "", 1, "L", false, 0, "")
	d.SetX(15)
	d.SetFont("Helvetica", "", 10)
	d.CellFormat(0, 6, d.tr(subtitle), "", 1, "L", false, 0, "")
	d.SetTextColor(30, 30, 30)
	d.SetY(36)
}

func (d *pdfDoc) section(title string) {
	if d.GetY() > 255 {
		d.AddPage()
	}
	d.Ln(3)
	d.SetFont("Helvetica", "B", 11.5)
	d.SetTextColor(28, 126, 214)
	d.CellFormat(0, 7, d.tr(title), "B", 1, "L", false, 0, "")
	d.SetTextColor(30, 30, 30)
	d.Ln(1.5)
}

func (d *pdfDoc) para(text string) {
	d.SetFont("Helvetica", "", 9.5)
	d.MultiCell(0, 4.8, d.tr(text), "", "L", false)
}

// table draws a header and rows; widths in mm; text is cut to fit its cell.
func (d *pdfDoc) table(header []string, widths []float64, rows [][]string, alignRight map[int]bool) {
	d.SetFont("Helvetica", "B", 8.5)
	d.SetFillColor(241, 243, 245)
	for i, h := range header {
		d.CellFormat(widths[i], 6, d.tr(h), "", 0, align(alignRight[i]), true, 0, "")
	}
	d.Ln(-1)
	d.SetFont("Helvetica", "", 8.5)
	for _, r := range rows {
		if d.GetY() > 270 {
			d.AddPage()
		}
		for i, c := range r {
			d.CellFormat(widths[i], 5.6, d.fit(c, widths[i]-1.5), "B", 0, align(alignRight[i]), false, 0, "")
		}
		d.Ln(-1)
	}
	if len(rows) == 0 {
		d.SetTextColor(120, 120, 120)
		d.CellFormat(0, 5.6, "None.", "", 1, "L", false, 0, "")
		d.SetTextColor(30, 30, 30)
	}
}

func align(right bool) string {
	if right {
		return "R"
	}
	return "L"
}

func (d *pdfDoc) fit(s string, width float64) string {
	s = d.tr(strings.Join(strings.Fields(s), " "))
	if d.GetStringWidth(s) <= width {
		return s
	}
	for len(s) > 1 && d.GetStringWidth(s+"...") > width {
		s = s[:len(s)-1]
	}
	return s + "..."
}

// bar draws a labelled horizontal bar chart row: value against max.
func (d *pdfDoc) bar(label string, value, max float64, text string, r, g, b int) {
	d.SetFont("Helvetica", "", 8.5)
	d.CellFormat(35, 5.5, d.fit(label, 34), "", 0, "L", false, 0, "")
	x, y := d.GetX(), d.GetY()
	d.SetFillColor(233, 236, 239)
	d.Rect(x, y+1, 100, 3.5, "F")
	if max > 0 && value > 0 {
		d.SetFillColor(r, g, b)
		d.Rect(x, y+1, 100*min(value/max, 1), 3.5, "F")
	}
	d.SetX(x + 103)
	d.CellFormat(0, 5.5, d.tr(text), "", 1, "L", false, 0, "")
}

func (d *pdfDoc) bytes() ([]byte, error) {
	var buf bytes.Buffer
	if err := d.Output(&buf); err != nil {
		return nil, fmt.Errorf("render PDF: %w", err)
	}
	return buf.Bytes(), nil
}

// PlanPDF renders a plan summary management can forward.
func PlanPDF(s PlanSummary) ([]byte, error) {
	money := func(m int64) string { return Money(m, s.Currency) }
	sub := "No plan yet"
	if s.Plan != nil {
		sub = fmt.Sprintf("Account plan %s, version %d (%s)", s.Plan.Period, s.Plan.Version, Words(s.Plan.Status))
	}
	d := newPDF(s.Account.Name+" account plan", s.GeneratedAt[:10])
	d.heading(s.Account.Name, sub+" · "+Words(s.Account.Tier)+" account"+agencySuffix(s.Agency))

	d.section("Health and P&L")
	health := Words(s.Account.Health)
	if s.Account.HealthReason != "" {
		health += ": " + s.Account.HealthReason
	}
	d.table([]string{"Health", "Revenue, 12 months", "Margin", "Write-offs", "Revenue this year", "QBR " + s.QBR.Quarter},
		[]float64{50, 30, 20, 25, 30, 25},
		[][]string{{health, money(s.Financials.RevenueT12MMinor), fmt.Sprintf("%.1f%%", s.Financials.MarginT12MPct), money(s.Financials.WriteOffT12MMinor), money(s.Financials.RevenueYTDMinor), Words(s.QBR.State)}},
		map[int]bool{1: true, 2: true, 3: true, 4: true})
	if p := s.Plan; p != nil {
		d.section("Executive summary")
		d.para(p.ExecutiveSummary)
		d.para(fmt.Sprintf("Revenue target %s · growth target %.1f%%", money(p.RevenueTargetMinor), p.GrowthTargetPct))

		d.section("What changed since the last export")
		d.changes(s.Changes)

		d.section("Objectives")
		for _, o := range p.Objectives {
			d.bar(o.Title, o.ProgressPct, 100, fmt.Sprintf("%.0f%% · now %s, target %s %s · %s", o.ProgressPct, trimNum(o.Current), trimNum(o.Target), o.Unit, Words(o.Status)), 28, 126, 214)
		}
		if len(p.Objectives) == 0 {
			d.para("No objectives yet.")
		}

		d.section("Pipeline by stage")
		byStage := map[string]int64{}
		var maxV int64
		for _, o := range p.Opportunities {
			byStage[o.Stage] += o.ValueMinor
			maxV = max(maxV, byStage[o.Stage])
		}
		for _, st := range []string{"identified", "qualified", "proposal", "negotiation", "won", "lost"} {
			d.bar(Words(st), float64(byStage[st]), float64(maxV), money(byStage[st]), 76, 110, 245)
		}
		d.para(fmt.Sprintf("Weighted pipeline %s and won %s: %.0f%% of the %s target.", money(p.Pipeline.WeightedMinor), money(p.Pipeline.WonMinor), p.Pipeline.CoveragePct, money(p.Pipeline.TargetMinor)))

		d.section("Top risks")
		var risks [][]string
		for _, r := range topRisks(p.Risks, 6) {
			risks = append(risks, []string{r.Title, Words(r.Category), fmt.Sprint(r.Score), r.Mitigation, r.Owner})
		}
		d.table([]string{"Risk", "Category", "Score", "Mitigation", "Owner"}, []float64{52, 25, 13, 62, 28}, risks, map[int]bool{2: true})

		d.section("Actions due")
		var actions [][]string
		for _, a := range p.Actions {
			if a.Status == "done" || a.Status == "cancelled" {
				continue
			}
			due := a.Due
			if a.Overdue {
				due += " (overdue)"
			}
			actions = append(actions, []string{a.Title, a.Owner, due, Words(a.Status)})
		}
		d.table([]string{"Action", "Owner", "Due", "Status"}, []float64{85, 40, 30, 25}, actions, nil)
	}
	d.section("Account team")
	var team [][]string
	for _, t := range s.Team {
		on := Words(t.RoleOnAccount)
		if t.Tentative {
			on += " (tentative)"
		}
		team = append(team, []string{t.Name, t.Role, on, fmt.Sprintf("%s%%", trimNum(t.Percent))})
	}
	d.table([]string{"Name", "Role", "On the account", "Time"}, []float64{50, 60, 45, 25}, team, map[int]bool{3: true})
	return d.bytes()
}

// changes lists what moved since the previous export, by area.
func (d *pdfDoc) changes(c *Changes) {
	switch {
	case c == nil:
		d.para("This is the first export of this plan; the next one will list what changed.")
	case c.None():
		d.para("Nothing changed in objectives, pipeline or risks since the export of " + c.SinceDate() + ".")
	default:
		d.para("Since the export of " + c.SinceDate() + ":")
		for _, area := range []struct {
			name  string
			lines []string
		}{{"Objectives", c.Objectives}, {"Pipeline", c.Pipeline}, {"Risks", c.Risks}} {
			for _, l := range area.lines {
				d.para("•  " + area.name + ": " + l)
			}
		}
	}
}

// PortfolioPDF renders the portfolio table.
func PortfolioPDF(p PortfolioSummary) ([]byte, error) {
	money := func(m int64) string { return Money(m, p.Currency) }
	d := newPDF("Portfolio summary", p.GeneratedAt[:10])
	d.heading("Portfolio summary"+agencySuffix(p.Agency), fmt.Sprintf("%d accounts · revenue this year %s of %s target to date · margin %.1f%%",
		p.Totals.AccountCount, money(p.Totals.RevenueYTDMinor), money(p.Totals.TargetYTDMinor), p.Totals.MarginYTDPct))
	d.para(fmt.Sprintf("QBRs due or overdue: %d · high risks: %d", p.Totals.QBRsDueOrOverdue, p.Totals.HighRisks))
	d.section("Accounts")
	var rows [][]string
	for _, a := range p.Accounts {
		rows = append(rows, []string{a.Name, Words(a.Tier), Words(a.Health), money(a.RevenueT12MMinor), fmt.Sprintf("%.0f%%", a.MarginPct),
			strings.TrimSpace(a.PlanPeriod + " " + Words(a.PlanStatus)), money(a.PlanTargetMinor), Words(a.QBRState)})
	}
	d.table([]string{"Account", "Tier", "Health", "Revenue, 12 months", "Margin", "Plan", "Target", "QBR"},
		[]float64{42, 18, 15, 28, 14, 25, 24, 14}, rows, map[int]bool{3: true, 4: true, 6: true})
	return d.bytes()
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
