package export

import (
	"math"
	"strings"

	"github.com/go-pdf/fpdf"
)

// Colours of the map: a person's role (the strip down the box's left side,
// named again in words inside the box), their sentiment (the dot at the top
// right, also in words), and the lines.
var (
	roleColours = map[string]rgb{
		"decision_maker": {54, 79, 199},
		"champion":       {47, 158, 68},
		"blocker":        {224, 49, 49},
		"influencer":     {247, 103, 7},
		"user":           {134, 142, 150},
	}
	sentimentColours = map[string]rgb{
		"supporter": {47, 158, 68},
		"neutral":   {173, 181, 189},
		"detractor": {224, 49, 49},
	}
	colourReports   = rgb{134, 142, 150}
	colourInfluence = rgb{132, 94, 247}
	colourBoxLine   = rgb{206, 212, 218}
)

// influenceWidth is the line width of an influence, in millimetres at full size.
var influenceWidth = map[string]float64{"low": 0.3, "medium": 0.6, "high": 1.0}

const mapLegendH = 13.0

// relationshipMap draws the client's people as an organisation chart from
// reports-to, with influence lines on top and a legend, scaled to the page
// and wrapped to further pages when it does not fit; then lists who
// influences whom in words, the map's text alternative.
func (d *pdfDoc) relationshipMap(people []MapPerson) {
	if len(people) == 0 {
		return
	}
	// The heading stays with its map: a map that would fit whole on a new
	// page starts there rather than being cut after a few rows.
	const headH = 12                // the section heading and its rule
	laterH := pageEnd - bodyTop - 6 // later pages start with "continued"
	hereH := pageEnd - d.GetY() - headH - mapLegendH - 2
	wholeH := pageEnd - bodyTop - headH - mapLegendH - 2
	if hereH < 3*mapBoxH || (len(mapPages(people, contentW, hereH, laterH)) > 1 && len(mapPages(people, contentW, wholeH, laterH)) == 1) {
		d.AddPage()
		d.g.current = faceNone
		d.SetY(bodyTop)
	}
	d.section("Relationship map")
	firstH := pageEnd - d.GetY() - mapLegendH - 2
	d.mapLegend()
	pages := mapPages(people, contentW, firstH, laterH)
	byID := map[int64]MapPerson{}
	for _, p := range people {
		byID[p.ID] = p
	}
	for i, pg := range pages {
		if i > 0 {
			d.AddPage()
			d.g.current = faceNone
			d.SetY(bodyTop)
			if len(pg.Boxes) > 0 {
				d.muted("Relationship map, continued")
			}
		}
		d.mapPage(pg, byID)
	}

	var lines []string
	for _, p := range people {
		for _, in := range p.Influences {
			if to, ok := byID[in.To]; ok {
				lines = append(lines, p.Name+" influences "+to.Name+" ("+strings.ToLower(Label(in.Strength))+")")
			}
		}
	}
	if len(lines) > 0 {
		d.SetY(d.GetY() + 2)
		d.room(lineBody * 3)
		d.muted("Who influences whom:")
		d.bullets(lines)
	}
}

// mapLegend explains the colours and lines, above the map.
func (d *pdfDoc) mapLegend() {
	y := d.GetY()
	x := marginX
	const size = 7.0
	item := func(draw func(x, y float64), w float64, label string) {
		draw(x, y)
		d.colour(colourText)
		lw := mmWidth(d.g.layout(label, false, size, contentW)[0].width, size)
		d.textAt(x+w+1.2, y-0.4, lw+1, 3, size, false, label, "L")
		x += w + 1.2 + lw + 4
	}
	for _, role := range []string{"decision_maker", "champion", "blocker", "influencer", "user"} {
		c := roleColours[role]
		item(func(x, y float64) {
			d.SetFillColor(c.r, c.g, c.b)
			d.Rect(x, y, 2.2, 2.6, "F")
		}, 2.2, Label(role))
	}
	y += 5
	x = marginX
	for _, s := range []string{"supporter", "neutral", "detractor"} {
		c := sentimentColours[s]
		item(func(x, y float64) {
			d.SetFillColor(c.r, c.g, c.b)
			d.Circle(x+1.2, y+1.3, 1.1, "F")
		}, 2.4, Label(s))
	}
	item(func(x, y float64) {
		d.SetDrawColor(colourReports.r, colourReports.g, colourReports.b)
		d.SetLineWidth(0.35)
		d.Line(x, y+1.3, x+8, y+1.3)
	}, 8, "Reports to")
	item(func(float64, float64) {}, -1.2, "Influences:")
	for _, s := range []string{"low", "medium", "high"} {
		item(func(x, y float64) { d.influenceLine(x, y+1.3, x+8, y+1.3, influenceWidth[s], 1) }, 9, strings.ToLower(Label(s)))
	}
	d.SetLineWidth(0.2)
	d.SetDashPattern(nil, 0)
	d.SetY(y + 6)
}

// mapPage draws one page of the chart from the current height down.
func (d *pdfDoc) mapPage(pg mapPage, byID map[int64]MapPerson) {
	s := pg.Scale
	ox := marginX + (contentW-pg.W*s)/2
	oy := d.GetY()
	at := func(x, y float64) (float64, float64) { return ox + x*s, oy + y*s }
	boxes := map[int64]mapBox{}
	for _, b := range pg.Boxes {
		boxes[b.ID] = b
	}
	// Reports-to lines under the boxes.
	d.SetDrawColor(colourReports.r, colourReports.g, colourReports.b)
	d.SetLineWidth(0.35 * s)
	for _, e := range pg.Edges {
		for i := 1; i < len(e.Points); i++ {
			x1, y1 := at(e.Points[i-1][0], e.Points[i-1][1])
			x2, y2 := at(e.Points[i][0], e.Points[i][1])
			d.Line(x1, y1, x2, y2)
		}
	}
	for _, b := range pg.Boxes {
		x, y := at(b.X, b.Y)
		d.personBox(byID[b.ID], x, y, b.W*s, b.H*s, s)
		if b.Stub != "" {
			d.colour(colourMuted)
			d.textAt(x, y-mapStubH*s, b.W*s, 3*s, 6.5*s, false, fitLine(d.g, "↑ "+b.Stub, false, 6.5*s, b.W*s), "L")
		}
	}
	// Influence lines on top, between the boxes' edges.
	for _, b := range pg.Boxes {
		for _, in := range byID[b.ID].Influences {
			to, ok := boxes[in.To]
			if !ok {
				continue
			}
			r := influenceRoute(b, to, pg.Boxes)
			for i := range r {
				r[i][0], r[i][1] = at(r[i][0], r[i][1])
			}
			d.influenceCurve(r, influenceWidth[in.Strength]*s, s)
		}
	}
	d.SetDashPattern(nil, 0)
	d.SetLineWidth(0.2)
	d.SetAlpha(1, "Normal")
	d.colour(colourText)
	d.SetY(oy + pg.H*s + 3)
}

// influenceLine draws a straight dashed arrow from (x1, y1) to (x2, y2).
func (d *pdfDoc) influenceLine(x1, y1, x2, y2, width, s float64) {
	d.influenceCurve([4][2]float64{{x1, y1}, {x1 + (x2-x1)/3, y1 + (y2-y1)/3}, {x1 + 2*(x2-x1)/3, y1 + 2*(y2-y1)/3}, {x2, y2}}, width, s)
}

// influenceCurve draws a dashed arrow along a cubic curve (start, two
// control points, end), its head at the end.
func (d *pdfDoc) influenceCurve(c [4][2]float64, width, s float64) {
	col := colourInfluence
	d.SetAlpha(0.8, "Normal")
	d.SetDrawColor(col.r, col.g, col.b)
	d.SetFillColor(col.r, col.g, col.b)
	d.SetLineWidth(width)
	d.SetDashPattern([]float64{1.6 * s, 1.0 * s}, 0)
	// The head points along the curve's last stretch; the line stops at
	// its base, so the line's width does not blunt the point.
	end, before := c[3], c[2]
	if before == end {
		before = c[1]
	}
	length := math.Hypot(end[0]-before[0], end[1]-before[1])
	if length == 0 {
		d.SetAlpha(1, "Normal")
		return
	}
	ux, uy := (end[0]-before[0])/length, (end[1]-before[1])/length
	head := (1.6 + width) * max(s, 0.8)
	bx, by := end[0]-ux*head, end[1]-uy*head
	d.CurveBezierCubic(c[0][0], c[0][1], c[1][0], c[1][1], c[2][0], c[2][1], bx, by, "D")
	d.SetDashPattern(nil, 0)
	half := head * 0.55
	d.Polygon([]fpdf.PointType{{X: end[0], Y: end[1]}, {X: bx - uy*half, Y: by + ux*half}, {X: bx + uy*half, Y: by - ux*half}}, "F")
	d.SetAlpha(1, "Normal")
}

// personBox draws one person: name, title, role and sentiment in words,
// and who at the agency covers them (or that they left).
func (d *pdfDoc) personBox(p MapPerson, x, y, w, h, s float64) {
	role := roleColours[p.Role]
	d.SetFillColor(255, 255, 255)
	d.SetDrawColor(colourBoxLine.r, colourBoxLine.g, colourBoxLine.b)
	d.SetLineWidth(0.3 * s)
	if p.Left {
		d.SetDashPattern([]float64{1 * s, 0.8 * s}, 0)
	}
	d.RoundedRect(x, y, w, h, 1.2*s, "1234", "FD")
	d.SetDashPattern(nil, 0)
	d.SetFillColor(role.r, role.g, role.b)
	d.RoundedRectExt(x, y, 2.2*s, h, 1.2*s, 0, 0, 1.2*s, "F")
	sent := sentimentColours[p.Sentiment]
	d.SetFillColor(sent.r, sent.g, sent.b)
	d.Circle(x+w-2.6*s, y+2.6*s, 1.3*s, "F")

	tx, tw := x+3.6*s, w-3.6*s-4.6*s
	ty := y + 1.4*s
	name := p.Name
	if p.Left {
		name += " (left)"
	}
	d.colour(colourText)
	d.textAt(tx, ty, tw, 3.8*s, 8.5*s, true, fitLine(d.g, name, true, 8.5*s, tw), "L")
	ty += 4.1 * s
	tw = w - 3.6*s - 1.2*s
	d.colour(colourMuted)
	d.textAt(tx, ty, tw, 3.2*s, 7*s, false, fitLine(d.g, orDash(p.Title), false, 7*s, tw), "L")
	ty += 3.5 * s
	d.colour(colourText)
	d.textAt(tx, ty, tw, 3.2*s, 7*s, false, fitLine(d.g, Label(p.Role)+" · "+Label(p.Sentiment), false, 7*s, tw), "L")
	ty += 3.5 * s
	cover := "Covered by " + p.Owner
	switch {
	case p.Left && p.ReplacedBy != "":
		cover = "Replaced by " + p.ReplacedBy
	case p.Left:
		cover = "Nobody has replaced them"
	case p.Owner == "":
		cover = "Nobody at the agency covers them"
	}
	d.colour(colourMuted)
	if !p.Left && p.Owner == "" {
		d.colour(roleColours["blocker"])
	}
	d.textAt(tx, ty, tw, 3.2*s, 7*s, false, fitLine(d.g, cover, false, 7*s, tw), "L")
	d.colour(colourText)
}

// fitLine shortens text with an ellipsis until it fits one line w wide.
func fitLine(g *glyphs, text string, bold bool, size, w float64) string {
	if len(g.layout(text, bold, size, w)) <= 1 {
		return text
	}
	r := []rune(text)
	for n := len(r) - 1; n > 0; n-- {
		t := strings.TrimRight(string(r[:n]), " ·,") + "…"
		if len(g.layout(t, bold, size, w)) <= 1 {
			return t
		}
	}
	return "…"
}
