package export

import (
	"bytes"
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/go-pdf/fpdf"
)

// Page geometry, in millimetres (A4 portrait).
const (
	pageW    = 210.0
	pageH    = 297.0
	marginX  = 15.0
	contentW = pageW - 2*marginX
	// pageEnd is where body text stops, above the footer.
	pageEnd = pageH - 18
	bodyTop = 15.0
)

// Type sizes (points) and line heights (millimetres).
const (
	sizeBody   = 9.5
	lineBody   = 4.8
	sizeTable  = 8.5
	lineTable  = 4.0
	sizeFooter = 7.5
	cellPad    = 1.2
)

type rgb struct{ r, g, b int }

var (
	colourText  = rgb{30, 30, 30}
	colourMuted = rgb{110, 110, 110}
	colourBrand = rgb{28, 126, 214}
	colourRule  = rgb{222, 226, 230}
)

// pdfDoc wraps fpdf with the house layout: A4, a heading band, calm tables
// whose header repeats on every page, page numbers and a confidentiality
// footer on every page. All text goes through glyphs, so every language in
// the fonts prints and nothing runs past the margin.
type pdfDoc struct {
	*fpdf.Fpdf
	g      *glyphs
	locale string
}

// newPDF starts a document. generated is the ISO date it was made.
func newPDF(title, generated string) *pdfDoc {
	f := fpdf.New("P", "mm", "A4", "")
	f.SetMargins(marginX, bodyTop, marginX)
	f.SetCellMargin(0)
	// Page breaks are the layout's own (rows and lines are never split by
	// fpdf in the middle, and table headers repeat).
	f.SetAutoPageBreak(false, pageH-pageEnd)
	f.SetTitle(title, true)
	f.SetCreator("AccountDesk", true)
	f.SetLang("en")
	d := &pdfDoc{Fpdf: f}
	d.g = newGlyphs(f)
	f.SetFooterFunc(func() {
		d.colour(colourMuted)
		const pageNoW = 30
		d.textAt(marginX, pageH-12, contentW-pageNoW, 3.5, sizeFooter, false,
			"Confidential: for management of the agency only. Generated "+DateText(generated, d.locale)+" by AccountDesk.", "L")
		d.textAt(marginX+contentW-pageNoW, pageH-12, pageNoW, 3.5, sizeFooter, false, fmt.Sprintf("Page %d of {nb}", f.PageNo()), "R")
		d.g.current = faceNone // fpdf restores its own font after the footer
	})
	f.AliasNbPages("")
	f.AddPage()
	return d
}

// by records who the document is by (the director) and the locale its
// dates are written in.
func (d *pdfDoc) by(author, locale string) {
	if strings.TrimSpace(author) != "" {
		d.SetAuthor(author, true)
	}
	d.locale = locale
}

func (d *pdfDoc) colour(c rgb) { d.SetTextColor(c.r, c.g, c.b) }

// date writes an ISO date as the document's locale does, kept on one line.
func (d *pdfDoc) date(iso string) string { return nbsp(DateText(iso, d.locale)) }

// nbsp keeps a figure and its unit, or the parts of a date, on one line.
func nbsp(s string) string { return strings.ReplaceAll(s, " ", "\u00a0") }

// textAt draws text wrapped into a box w wide from (x, y), one line every h
// millimetres, aligned "L" or "R"; it returns the height used. It does not
// break pages: callers measure first with lines.
func (d *pdfDoc) textAt(x, y, w, h, size float64, bold bool, text, align string) float64 {
	lines := d.g.layout(text, bold, size, w)
	for i, l := range lines {
		lx := x
		if align == "R" {
			lx = x + w - mmWidth(l.width, size)
		}
		d.g.drawLine(l, lx, y+float64(i)*h, h, size)
	}
	return float64(len(lines)) * h
}

// lines returns how many lines text takes in a box w wide.
func (d *pdfDoc) lines(text string, w, size float64, bold bool) int {
	return len(d.g.layout(text, bold, size, w))
}

// room starts a new page unless h millimetres fit above the footer.
func (d *pdfDoc) room(h float64) bool {
	if d.GetY()+h <= pageEnd {
		return false
	}
	d.AddPage()
	d.g.current = faceNone
	d.SetY(bodyTop)
	return true
}

// heading draws the coloured band with the document's title and subtitle.
func (d *pdfDoc) heading(title, subtitle string) {
	const titleSize, titleLine, subSize, subLine = 18.0, 8.0, 10.0, 5.0
	tl := d.lines(title, contentW, titleSize, true)
	sl := d.lines(subtitle, contentW, subSize, false)
	band := 8 + float64(tl)*titleLine + float64(sl)*subLine + 5
	d.SetFillColor(colourBrand.r, colourBrand.g, colourBrand.b)
	d.Rect(0, 0, pageW, band, "F")
	d.SetTextColor(255, 255, 255)
	y := 8.0
	y += d.textAt(marginX, y, contentW, titleLine, titleSize, true, title, "L")
	d.textAt(marginX, y, contentW, subLine, subSize, false, subtitle, "L")
	d.colour(colourText)
	d.SetY(band + 6)
}

// section starts a titled part; it moves to a new page when the title and a
// few lines of what follows would not fit.
func (d *pdfDoc) section(title string) {
	const size, line = 11.5, 6.0
	h := float64(d.lines(title, contentW, size, true)) * line
	d.room(3 + h + 2 + 14)
	y := d.GetY() + 3
	d.colour(colourBrand)
	h = d.textAt(marginX, y, contentW, line, size, true, title, "L")
	d.SetDrawColor(colourBrand.r, colourBrand.g, colourBrand.b)
	d.SetLineWidth(0.3)
	d.Line(marginX, y+h+0.5, marginX+contentW, y+h+0.5)
	d.SetLineWidth(0.2)
	d.colour(colourText)
	d.SetY(y + h + 2.5)
}

// para writes wrapped text across the page, breaking pages between lines.
func (d *pdfDoc) para(text string) { d.paraAt(0, text) }

// paraAt writes a paragraph indented by indent millimetres.
func (d *pdfDoc) paraAt(indent float64, text string) {
	for _, l := range d.g.layout(text, false, sizeBody, contentW-indent) {
		d.room(lineBody)
		d.g.drawLine(l, marginX+indent, d.GetY(), lineBody, sizeBody)
		d.SetY(d.GetY() + lineBody)
	}
	d.SetY(d.GetY() + 0.8)
}

// muted writes a paragraph in grey.
func (d *pdfDoc) muted(text string) {
	d.colour(colourMuted)
	d.para(text)
	d.colour(colourText)
}

// bullets writes a list with hanging indents.
func (d *pdfDoc) bullets(items []string) {
	for _, it := range items {
		lines := d.g.layout(it, false, sizeBody, contentW-5)
		for i, l := range lines {
			d.room(lineBody)
			if i == 0 {
				d.textAt(marginX+1, d.GetY(), 4, lineBody, sizeBody, false, "•", "L")
			}
			d.g.drawLine(l, marginX+5, d.GetY(), lineBody, sizeBody)
			d.SetY(d.GetY() + lineBody)
		}
	}
	d.SetY(d.GetY() + 0.8)
}

// column is one column of a table.
type column struct {
	title string
	width float64
	right bool
}

// grid is a table to draw: cells wrap within their column, a row taller
// than what is left of a page moves to the next one (or, taller than a
// whole page, continues there), and the header repeats on every page.
type grid struct {
	cols []column
	rows [][]string
	// progress, when set, draws a bar under the text of column bar in each
	// row: progress[i] is row i's share of 100.
	bar      int
	progress []float64
}

// table draws a header and rows; alignRight marks the columns of figures.
// widths are in millimetres; nil shares the page's width out by what the
// columns hold (see autoWidths).
func (d *pdfDoc) table(header []string, widths []float64, rows [][]string, alignRight map[int]bool) {
	cols := make([]column, len(header))
	for i, h := range header {
		cols[i] = column{title: h, right: alignRight[i]}
		if widths != nil {
			cols[i].width = widths[i]
		}
	}
	d.grid(grid{cols: cols, rows: rows, bar: -1})
}

func (d *pdfDoc) grid(t grid) {
	if t.cols[0].width == 0 {
		d.autoWidths(t.cols, t.rows)
	}
	d.header(t.cols)
	for i, r := range t.rows {
		d.row(t, i, r)
	}
	if len(t.rows) == 0 {
		d.room(lineTable + 2)
		d.colour(colourMuted)
		d.textAt(marginX+cellPad, d.GetY()+1, contentW, lineTable, sizeTable, false, "None.", "L")
		d.colour(colourText)
		d.SetY(d.GetY() + lineTable + 2)
	}
	d.SetY(d.GetY() + 1)
}

// autoWidths shares the page's width among columns the way a browser lays
// out a table: each column gets at least its longest word (so words are not
// broken where that can be helped) and, of the rest, a share in proportion
// to how much more its longest line would need.
func (d *pdfDoc) autoWidths(cols []column, rows [][]string) {
	least := make([]float64, len(cols))
	most := make([]float64, len(cols))
	measure := func(c int, text string, bold bool) {
		word, line := d.g.extent(text, bold, sizeTable)
		least[c] = max(least[c], word+2*cellPad)
		most[c] = max(most[c], line+2*cellPad)
	}
	for c, col := range cols {
		// A title may wrap, over two lines or so: the content decides.
		word, line := d.g.extent(col.title, true, sizeTable)
		least[c] = max(8, word+2*cellPad)
		most[c] = max(least[c], line/2+2*cellPad)
	}
	for _, r := range rows {
		for c, text := range r {
			measure(c, text, false)
		}
	}
	var sumLeast, sumMost float64
	for c := range cols {
		most[c] = max(most[c], least[c])
		sumLeast += least[c]
	}
	if sumLeast > contentW {
		// Even the longest words do not fit (a long web address, say): the
		// widest columns give way and break theirs, the narrow ones keep
		// their words whole.
		capW := waterLevel(least, contentW)
		sumLeast = 0
		for c := range cols {
			least[c] = min(least[c], capW)
			most[c] = max(most[c], least[c])
			sumLeast += least[c]
		}
	}
	for c := range cols {
		// One long text should not starve the other columns: beyond half the
		// page it wraps anyway.
		most[c] = max(least[c], min(most[c], contentW/2))
		sumMost += most[c]
	}
	for c := range cols {
		switch {
		case sumMost <= contentW: // everything fits on one line: share out the rest evenly by need
			cols[c].width = most[c] + (contentW-sumMost)*most[c]/sumMost
		default:
			cols[c].width = least[c] + (most[c]-least[c])*(contentW-sumLeast)/(sumMost-sumLeast)
		}
	}
}

// waterLevel returns the width w at which columns of the given widths, each
// cut to at most w, add up to total.
func waterLevel(widths []float64, total float64) float64 {
	sorted := append([]float64(nil), widths...)
	sort.Float64s(sorted)
	rest := total
	for i, w := range sorted {
		left := float64(len(sorted) - i)
		if w*left >= rest {
			return rest / left
		}
		rest -= w
	}
	return sorted[len(sorted)-1]
}

// header draws the column titles on a grey band (titles wrap too).
func (d *pdfDoc) header(cols []column) {
	n := 1
	for _, c := range cols {
		n = max(n, d.lines(c.title, c.width-2*cellPad, sizeTable, true))
	}
	h := float64(n)*lineTable + 2
	d.room(h + lineTable + 2)
	y := d.GetY()
	d.SetFillColor(241, 243, 245)
	d.Rect(marginX, y, contentW, h, "F")
	x := marginX
	for _, c := range cols {
		d.textAt(x+cellPad, y+1, c.width-2*cellPad, lineTable, sizeTable, true, c.title, align(c.right))
		x += c.width
	}
	d.SetY(y + h)
}

// row draws one table row, continuing on the next page (under a repeated
// header) when it is taller than the room left.
func (d *pdfDoc) row(t grid, i int, cells []string) {
	laid := make([][]textLine, len(cells))
	n := 1
	for c, text := range cells {
		laid[c] = d.g.layout(text, false, sizeTable, t.cols[c].width-2*cellPad)
		n = max(n, len(laid[c]))
	}
	barH := 0.0
	if t.bar >= 0 {
		barH = 2.2
	}
	need := float64(n)*lineTable + 2 + barH
	if d.GetY()+need > pageEnd && need <= pageEnd-bodyTop-12 {
		d.room(need + 20) // the whole row moves to the next page
		d.header(t.cols)
	}
	for from := 0; from < n; {
		fit := int(math.Floor((pageEnd - d.GetY() - 2 - barH) / lineTable))
		if fit < 1 {
			d.room(pageEnd) // force a page
			d.header(t.cols)
			continue
		}
		to := min(n, from+fit)
		y := d.GetY() + 1
		x := marginX
		for c, col := range t.cols {
			for k := from; k < to && k < len(laid[c]); k++ {
				l := laid[c][k]
				lx := x + cellPad
				if col.right {
					lx = x + col.width - cellPad - mmWidth(l.width, sizeTable)
				}
				d.g.drawLine(l, lx, y+float64(k-from)*lineTable, lineTable, sizeTable)
			}
			x += col.width
		}
		h := float64(to-from)*lineTable + 1
		if to == n && t.bar >= 0 && i < len(t.progress) {
			d.progressBar(t, t.progress[i], y+h-0.6)
			h += barH
		}
		d.SetDrawColor(colourRule.r, colourRule.g, colourRule.b)
		d.Line(marginX, y+h, marginX+contentW, y+h)
		d.SetY(y + h)
		from = to
		if from < n {
			d.room(pageEnd)
			d.header(t.cols)
		}
	}
}

// progressBar draws a thin bar across the bar column at y.
func (d *pdfDoc) progressBar(t grid, pct, y float64) {
	x := marginX
	for c := 0; c < t.bar; c++ {
		x += t.cols[c].width
	}
	w := t.cols[t.bar].width - 2*cellPad
	d.SetFillColor(233, 236, 239)
	d.Rect(x+cellPad, y, w, 1.6, "F")
	if pct > 0 {
		d.SetFillColor(colourBrand.r, colourBrand.g, colourBrand.b)
		d.Rect(x+cellPad, y, w*min(pct/100, 1), 1.6, "F")
	}
}

func align(right bool) string {
	if right {
		return "R"
	}
	return "L"
}

// bar draws a labelled horizontal bar chart row: value against max.
func (d *pdfDoc) bar(label string, value, top float64, text string, c rgb) {
	const labelW, barW, gap = 38.0, 90.0, 3.0
	textW := contentW - labelW - barW - 2*gap
	lh := 4.4
	n := max(d.lines(label, labelW, sizeTable, false), d.lines(text, textW, sizeTable, false))
	d.room(float64(n)*lh + 1)
	y := d.GetY()
	d.textAt(marginX, y+0.5, labelW, lh, sizeTable, false, label, "L")
	x := marginX + labelW + gap
	d.SetFillColor(233, 236, 239)
	d.Rect(x, y+1, barW, 3, "F")
	if top > 0 && value > 0 {
		d.SetFillColor(c.r, c.g, c.b)
		d.Rect(x, y+1, barW*min(value/top, 1), 3, "F")
	}
	d.textAt(x+barW+gap, y+0.5, textW, lh, sizeTable, false, text, "L")
	d.SetY(y + float64(n)*lh + 1)
}

func (d *pdfDoc) bytes() ([]byte, error) {
	if d.g.err != nil {
		return nil, fmt.Errorf("render PDF: %w", d.g.err)
	}
	var buf bytes.Buffer
	if err := d.Output(&buf); err != nil {
		return nil, fmt.Errorf("render PDF: %w", err)
	}
	return buf.Bytes(), nil
}
