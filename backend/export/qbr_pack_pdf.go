package export

import (
	"accountdesk/backend"

	"fmt"
	"strings"
)

// QBRPackPDF renders the pack for the client: a cover with the agency's and
// the client's names and the quarter, then objectives with progress bars,
// delivered work, what's next and, when chosen, hours. Its footer names the
// client it was prepared for (not the agency-only notice of management
// documents).
func QBRPackPDF(p backend.QBRPack) ([]byte, error) {
	d := newPDF(p.Client+": Quarterly Business Review, "+p.QuarterText, p.Generated)
	d.locale = p.Locale
	if p.Agency != "" {
		d.SetAuthor(p.Agency, true)
	}
	d.SetSubject("Quarterly Business Review", true)
	d.SetFooterFunc(func() {
		if d.PageNo() == 1 {
			return // the cover has none
		}
		const pageNoW = 30
		d.colour(colourMuted)
		by := ""
		if p.Agency != "" {
			by = " by " + p.Agency
		}
		d.textAt(marginX, pageH-12, contentW-pageNoW, 3.5, sizeFooter, false,
			"Quarterly Business Review "+p.QuarterText+" · prepared"+by+" for "+p.Client, "L")
		d.textAt(marginX+contentW-pageNoW, pageH-12, pageNoW, 3.5, sizeFooter, false, fmt.Sprintf("Page %d of {nb}", d.PageNo()), "R")
		d.g.current = faceNone
	})
	d.packCover(p)
	d.AddPage()
	d.g.current = faceNone
	d.SetY(bodyTop + 4)

	d.packSection("Objectives and progress")
	if len(p.Objectives) == 0 {
		d.muted("No objectives are set for this period yet.")
	}
	for _, o := range p.Objectives {
		d.packObjective(o)
	}

	d.packSection("Delivered this quarter")
	if len(p.Delivered) == 0 {
		d.muted("Nothing was marked as delivered in this quarter.")
	} else {
		rows := make([][]string, len(p.Delivered))
		for i, it := range p.Delivered {
			rows[i] = []string{it.Title, d.date(it.Date)}
		}
		d.table([]string{"Work", "Date"}, []float64{contentW - 32, 32}, rows, nil)
	}

	d.packSection("What's next")
	if p.Agreed != "" {
		d.muted("Agreed at our review on " + d.date(p.AgreedOn) + ":")
		d.packAgreed(p.Agreed)
	}
	if len(p.Next) > 0 {
		rows := make([][]string, len(p.Next))
		for i, it := range p.Next {
			date := "To be agreed"
			if it.Date != "" {
				date = d.date(it.Date)
			}
			rows[i] = []string{it.Title, kindText(it.Kind), date}
		}
		d.table([]string{"Next step", "Type", "Date"}, []float64{contentW - 62, 30, 32}, rows, nil)
	} else if p.Agreed == "" {
		d.muted("Next steps will be agreed at the review.")
	}

	if h := p.Hours; h != nil {
		d.packSection("Hours against the retainer")
		months := "months"
		if h.Months == 1 {
			months = "month"
		}
		d.para(fmt.Sprintf("%s of %s retainer hours used over %d %s.", Number(h.Used), Number(h.Retainer), h.Months, months))
		d.SetY(d.GetY() + 1)
		perMonth := h.Retainer / float64(max(h.Months, 1))
		for _, m := range h.PerMonth {
			d.bar(monthText(m.Month), m.Hours, max(perMonth, m.Hours), Number(m.Hours)+" of "+Number(perMonth)+" hours", colourBrand)
		}
	}
	return d.bytes()
}

// colourCover is the brand's deeper blue: white text on it reads at AA.
var colourCover = rgb{24, 100, 171}

// packCover fills the first page: a deep band with the client's name and
// the quarter, and who prepared it.
func (d *pdfDoc) packCover(p backend.QBRPack) {
	const bandH = 150.0
	d.SetFillColor(colourCover.r, colourCover.g, colourCover.b)
	d.Rect(0, 0, pageW, bandH, "F")
	d.SetTextColor(255, 255, 255)
	x, w := marginX+5, contentW-10
	y := 62.0
	label := "For " + p.Client
	if p.Agency != "" {
		label = p.Agency + " for " + p.Client
	}
	y += d.textAt(x, y, w, 5.5, 11, false, strings.ToUpper(label), "L") + 6
	y += d.textAt(x, y, w, 13, 30, true, p.Client, "L") + 3
	y += d.textAt(x, y, w, 8, 16, false, "Quarterly Business Review · "+p.QuarterText, "L") + 8
	d.textAt(x, y, w, 5, 10.5, false, d.date(p.From)+" – "+d.date(p.To), "L")

	d.colour(colourText)
	y = bandH + 22
	if p.Agency != "" {
		d.colour(colourMuted)
		y += d.textAt(x, y, w, 5, 9.5, false, "Prepared by", "L")
		d.colour(colourText)
		y += d.textAt(x, y, w, 7, 14, true, p.Agency, "L") + 4
	}
	d.colour(colourMuted)
	y += d.textAt(x, y, w, 5, 9.5, false, "Date", "L")
	d.colour(colourText)
	y += d.textAt(x, y, w, 6, 11, false, d.date(p.Generated), "L") + 10
	d.colour(colourMuted)
	contents := "In this pack: objectives and progress · delivered this quarter · what's next"
	if p.Hours != nil {
		contents += " · hours against the retainer"
	}
	d.textAt(x, y, w, 5, 9.5, false, contents, "L")
	d.colour(colourText)
}

// packSection is a section heading with more air than the management documents'.
func (d *pdfDoc) packSection(title string) {
	const size, line = 14.0, 7.0
	d.room(8 + line + 4 + 24)
	if d.GetY() > bodyTop+6 {
		d.SetY(d.GetY() + 6)
	}
	y := d.GetY()
	d.colour(colourBrand)
	h := d.textAt(marginX, y, contentW, line, size, true, title, "L")
	d.SetDrawColor(colourBrand.r, colourBrand.g, colourBrand.b)
	d.SetLineWidth(0.5)
	d.Line(marginX, y+h+1, marginX+contentW, y+h+1)
	d.SetLineWidth(0.2)
	d.colour(colourText)
	d.SetY(y + h + 5)
}

// packObjective draws one objective as a card: title, its figures and a
// progress bar with the share of the way to the target.
func (d *pdfDoc) packObjective(o backend.PackObjective) {
	const pad = 4.0
	w := contentW - 2*pad
	title := o.Title
	if o.Achieved {
		title += " · Achieved"
	}
	var figs []string
	if o.KPI != "" {
		figs = append(figs, o.KPI)
	}
	figs = append(figs, "started at "+nbsp(withUnit(o.Baseline, o.Unit)), "now "+nbsp(withUnit(o.Current, o.Unit)), "target "+nbsp(withUnit(o.Target, o.Unit)))
	if o.Due != "" {
		figs = append(figs, "by "+d.date(o.Due))
	}
	figures := strings.Join(figs, " · ")
	tl := float64(d.lines(title, w, 11, true)) * 5.5
	fl := float64(d.lines(figures, w, sizeBody, false)) * lineBody
	h := pad + tl + 1 + fl + 3 + 3 + pad
	d.room(h + 4)
	y := d.GetY()
	d.SetDrawColor(colourRule.r, colourRule.g, colourRule.b)
	d.SetLineWidth(0.3)
	d.RoundedRect(marginX, y, contentW, h, 2.5, "1234", "D")
	d.SetLineWidth(0.2)
	x := marginX + pad
	yy := y + pad
	yy += d.textAt(x, yy, w, 5.5, 11, true, title, "L") + 1
	d.colour(colourMuted)
	yy += d.textAt(x, yy, w, lineBody, sizeBody, false, figures, "L") + 2
	d.colour(colourText)
	const pctW = 34.0
	barW := w - pctW - 3
	d.SetFillColor(233, 236, 239)
	d.RoundedRect(x, yy+0.6, barW, 3, 1.5, "1234", "F")
	if o.ProgressPct > 0 {
		d.SetFillColor(colourBrand.r, colourBrand.g, colourBrand.b)
		d.RoundedRect(x, yy+0.6, max(barW*float64(min(o.ProgressPct, 100))/100, 3), 3, 1.5, "1234", "F")
	}
	d.textAt(x+barW+3, yy, pctW, 4.2, sizeBody, true, fmt.Sprintf("%d%% of the way", o.ProgressPct), "R")
	d.SetY(y + h + 4)
}

// packAgreed draws what was agreed at the review on a tinted panel with the
// brand's bar at its left (continuing, bar and all, on the next page when long).
func (d *pdfDoc) packAgreed(text string) {
	const pad, indent = 2.5, 5.0
	var lines []textLine
	for _, para := range strings.Split(text, "\n") {
		if strings.TrimSpace(para) != "" {
			lines = append(lines, d.g.layout(para, false, sizeBody, contentW-indent-pad)...)
		}
	}
	d.SetY(d.GetY() + 1)
	for len(lines) > 0 {
		d.room(lineBody + 2*pad)
		fit := max(1, int((pageEnd-d.GetY()-2*pad)/lineBody))
		part := lines[:min(fit, len(lines))]
		lines = lines[len(part):]
		y := d.GetY()
		h := float64(len(part))*lineBody + 2*pad
		d.SetFillColor(241, 245, 249)
		d.Rect(marginX, y, contentW, h, "F")
		d.SetFillColor(colourCover.r, colourCover.g, colourCover.b)
		d.Rect(marginX, y, 1.2, h, "F")
		for i, l := range part {
			d.g.drawLine(l, marginX+indent, y+pad+float64(i)*lineBody, lineBody, sizeBody)
		}
		d.SetY(y + h)
	}
	d.SetY(d.GetY() + 3)
}
