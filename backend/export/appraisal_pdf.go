package export

import (
	"fmt"
	"strconv"
	"strings"

	"accountdesk/backend"
)

// AppraisalFileName is the file one appraisal is saved as for signature.
func AppraisalFileName(a backend.Appraisal) string {
	return "appraisal-" + Slug(a.PersonName) + "-" + Slug(a.CycleName) + ".pdf"
}

// AppraisalPDF renders one appraisal for the employee and manager to sign:
// ratings with the overall and how it was computed, strengths, development
// areas and plan, compensation recommendation, acknowledgement, and two
// signature lines, and the peer feedback of the cycle as the person may see
// it (backend.ResultsOf). Private manager notes are never part of it.
func AppraisalPDF(a backend.Appraisal, competencies []backend.Competency, peer []backend.PeerResults, lh Letterhead, generated string) ([]byte, error) {
	p := newPDF("Appraisal: "+a.PersonName, generated)
	p.by(lh.Director, lh.Locale)
	sub := a.CycleName + " · " + Label(a.Status)
	if a.ManagerName != "" {
		sub += " · manager " + a.ManagerName
	}
	p.heading(a.PersonName, sub+agencySuffix(lh.Agency))

	label := func(v int) string {
		if v == 0 {
			return "–"
		}
		i := v - a.Scale.Min
		if i >= 0 && i < len(a.Scale.Labels) {
			return fmt.Sprintf("%d %s", v, a.Scale.Labels[i])
		}
		return strconv.Itoa(v)
	}
	names := map[string]string{}
	for _, c := range competencies {
		names[c.Key] = c.Name
	}
	p.section("Ratings")
	var rows [][]string
	for _, r := range a.Competencies {
		n := names[r.Key]
		if n == "" {
			n = r.Key
		}
		rows = append(rows, []string{n, trimNum(r.Weight), label(r.Self), label(r.Manager)})
	}
	for _, g := range a.Goals {
		if g.NextPeriod {
			continue
		}
		rows = append(rows, []string{"Goal: " + g.Title, trimNum(g.Weight), label(g.Self), label(g.Manager)})
	}
	p.table([]string{"Competency or goal", "Weight", "Self", "Manager"}, nil, rows, map[int]bool{1: true})
	overall := fmt.Sprintf("Overall rating: %.2f on a %d–%d scale", a.Overall.Score, a.Scale.Min, a.Scale.Max)
	if a.OverrideScore != 0 {
		overall = fmt.Sprintf("Overall rating: %.2f (adjusted from the computed %.2f: %s)", a.OverrideScore, a.Overall.Score, a.OverrideReason)
	}
	p.Ln(2)
	p.para(overall + ".")
	if a.Overall.Explain != "" {
		p.para(a.Overall.Explain)
	}
	if a.Potential != "" {
		p.para("Potential: " + Words(a.Potential) + ".")
	}

	p.section("Strengths")
	p.para(orDash(a.Strengths))
	p.section("Development areas")
	p.para(orDash(a.DevelopmentAreas))
	if len(a.DevelopmentPlan) > 0 {
		p.section("Development plan")
		var plan [][]string
		for _, d := range a.DevelopmentPlan {
			plan = append(plan, []string{d.Action, d.Support, p.date(d.Due)})
		}
		p.table([]string{"Action", "Support", "Due"}, nil, plan, nil)
	}
	var next []string
	for _, g := range a.Goals {
		if g.NextPeriod {
			next = append(next, g.Title)
		}
	}
	if len(next) > 0 {
		p.section("Goals for the next period")
		p.bullets(next)
	}

	p.peerFeedback(peer)

	p.section("Compensation recommendation")
	c := a.Compensation
	switch c.Kind {
	case backend.CompMerit:
		p.para(fmt.Sprintf("Merit increase of %s%%.", trimNum(c.MeritPct)))
	case backend.CompPromotion:
		p.para("Promotion to " + orDash(c.PromotionRole) + ".")
	case backend.CompBonus:
		p.para("Bonus of " + Money(c.BonusMinor, lh.Currency) + ".")
	default:
		p.para("No change.")
	}
	if c.Justification != "" {
		p.para(c.Justification)
	}

	if a.AckDate != "" {
		p.section("Acknowledged by the employee")
		p.para(p.date(a.AckDate) + ": " + orDash(a.AckComment))
	}
	p.section("Signatures")
	p.signatures([]string{"Employee: " + a.PersonName, "Manager: " + orDash(a.ManagerName)})
	return p.bytes()
}

func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "–"
	}
	return s
}

// signatures draws a signature and a date line for each name, side by side.
func (d *pdfDoc) signatures(names []string) {
	w := contentW / float64(len(names))
	n := 1
	for _, name := range names {
		n = max(n, d.lines(name, w-10, 9, false))
	}
	d.room(14 + float64(n)*5 + 24)
	y := d.GetY() + 14
	d.SetDrawColor(90, 90, 90)
	d.SetTextColor(60, 60, 60)
	for i, name := range names {
		x := marginX + float64(i)*w
		d.Line(x, y, x+w-10, y)
		d.textAt(x, y+1, w-10, 5, 9, false, name, "L")
		d.Line(x, y+float64(n)*5+13, x+w-10, y+float64(n)*5+13)
		d.textAt(x, y+float64(n)*5+14, w-10, 5, 9, false, "Date", "L")
	}
	d.colour(colourText)
	d.SetY(y + float64(n)*5 + 21)
}
