package export

import (
	"math"
	"sort"
)

// MapPerson is one of the client's people as the relationship map draws
// them: whom they report to, who at the agency covers them, whom they
// influence. Not part of the JSON export.
type MapPerson struct {
	ID         int64
	Name       string
	Title      string
	Role       string
	Sentiment  string
	Influence  int
	ReportsTo  int64 // 0: nobody on the map
	Owner      string
	Left       bool
	ReplacedBy string
	Influences []MapInfluence // whom this person influences
}

// MapInfluence is one person's sway over another.
type MapInfluence struct {
	To       int64
	Strength string // low, medium, high
}

// The map's geometry at full size, in millimetres.
const (
	mapBoxW      = 44.0
	mapBoxH      = 17.0
	mapGapX      = 5.0  // between neighbouring subtrees
	mapGapY      = 8.0  // between a manager and their reports
	mapStackGap  = 3.0  // between reports listed one below the other
	mapStackStep = 7.0  // how far such a list is indented under its manager
	mapStubH     = 4.0  // room above a box for "reports to …" when the manager is elsewhere
	mapMinScale  = 0.75 // smaller than this and the names stop being readable: wrap to another page
)

// mapBox is one person's box, its top-left corner and size.
type mapBox struct {
	ID         int64
	X, Y, W, H float64
	Stub       string // "Reports to …" when their manager is drawn elsewhere
}

// mapEdge is a reports-to line from a manager's box to a report's box.
type mapEdge struct {
	From, To int64
	Points   [][2]float64
}

// mapLayout is a laid-out part of the org chart.
type mapLayout struct {
	Boxes []mapBox
	Edges []mapEdge
	W, H  float64
}

func (l *mapLayout) shift(dx, dy float64) {
	for i := range l.Boxes {
		l.Boxes[i].X += dx
		l.Boxes[i].Y += dy
	}
	for i := range l.Edges {
		for j := range l.Edges[i].Points {
			l.Edges[i].Points[j][0] += dx
			l.Edges[i].Points[j][1] += dy
		}
	}
}

func (l *mapLayout) add(o mapLayout) {
	l.Boxes = append(l.Boxes, o.Boxes...)
	l.Edges = append(l.Edges, o.Edges...)
}

// orgChart lays people out as an organisation chart from reports-to: each
// manager centred over their reports, reports of the same manager side by
// side, and two or more reports who manage nobody listed one below the
// other (so a wide team stays narrow). Subtrees never share columns, so
// boxes never overlap and no reports-to line crosses another. Someone whose
// manager is not on the map, or whose chain of managers loops, starts a
// tree of their own.
type orgChart struct {
	byID     map[int64]MapPerson
	children map[int64][]int64
	roots    []int64
}

func newOrgChart(people []MapPerson) orgChart {
	c := orgChart{byID: map[int64]MapPerson{}, children: map[int64][]int64{}}
	for _, p := range people {
		c.byID[p.ID] = p
	}
	boss := func(id int64) int64 {
		b := c.byID[id].ReportsTo
		if _, ok := c.byID[b]; !ok || b == id {
			return 0
		}
		return b
	}
	// A loop of managers has no top: its first person in the list is its top.
	top := map[int64]bool{}
	for _, p := range people {
		seen := map[int64]bool{}
		at := p.ID
		for boss(at) != 0 && !seen[at] && !top[at] {
			seen[at] = true
			at = boss(at)
		}
		if seen[at] && !top[at] {
			top[p.ID] = true // the walk came back round: p closes a loop
		}
	}
	for _, p := range people {
		b := boss(p.ID)
		if b == 0 || top[p.ID] {
			c.roots = append(c.roots, p.ID)
			continue
		}
		c.children[b] = append(c.children[b], p.ID)
	}
	// Reports in a steady order: those who manage others first (they make
	// the chart's spine), then by name.
	for b := range c.children {
		kids := c.children[b]
		sort.SliceStable(kids, func(i, j int) bool {
			ci, cj := len(c.children[kids[i]]) > 0, len(c.children[kids[j]]) > 0
			if ci != cj {
				return ci
			}
			return c.byID[kids[i]].Name < c.byID[kids[j]].Name
		})
	}
	return c
}

// subtree lays out id and everyone below them, with its top-left corner at
// (0, 0).
func (c orgChart) subtree(id int64) mapLayout {
	out := mapLayout{Boxes: []mapBox{{ID: id, W: mapBoxW, H: mapBoxH}}, W: mapBoxW, H: mapBoxH}
	kids := c.children[id]
	if len(kids) == 0 {
		return out
	}
	leaves := len(kids) >= 2
	for _, k := range kids {
		leaves = leaves && len(c.children[k]) == 0
	}
	if leaves {
		spine := mapStackStep / 2
		for j, k := range kids {
			y := mapBoxH + mapGapY + float64(j)*(mapBoxH+mapStackGap)
			out.Boxes = append(out.Boxes, mapBox{ID: k, X: mapStackStep, Y: y, W: mapBoxW, H: mapBoxH})
			out.Edges = append(out.Edges, mapEdge{From: id, To: k, Points: [][2]float64{{spine, mapBoxH}, {spine, y + mapBoxH/2}, {mapStackStep, y + mapBoxH/2}}})
			out.H = y + mapBoxH
		}
		out.W = mapStackStep + mapBoxW
		return out
	}
	var parts []mapLayout
	x := 0.0
	for i, k := range kids {
		if i > 0 {
			x += mapGapX
		}
		p := c.subtree(k)
		p.shift(x, mapBoxH+mapGapY)
		parts = append(parts, p)
		x += p.W
	}
	// The manager sits centred over their first and last reports.
	first, last := parts[0].Boxes[0], parts[len(parts)-1].Boxes[0]
	px := (first.X+last.X+mapBoxW)/2 - mapBoxW/2
	dx := 0.0
	if px < 0 {
		dx = -px
	}
	out.Boxes[0].X = px + dx
	out.W = max(x+dx, px+dx+mapBoxW)
	mid := mapBoxH + mapGapY/2
	for _, p := range parts {
		p.shift(dx, 0)
		k := p.Boxes[0]
		cx := k.X + mapBoxW/2
		out.Edges = append(out.Edges, mapEdge{From: id, To: k.ID,
			Points: [][2]float64{{px + dx + mapBoxW/2, mapBoxH}, {px + dx + mapBoxW/2, mid}, {cx, mid}, {cx, k.Y}}})
		out.add(p)
		out.H = max(out.H, mapBoxH+mapGapY+p.H)
	}
	return out
}

// band is one tree of the chart to place on a page: its root, and the name
// of the manager drawn elsewhere ("" at the top).
type band struct {
	root int64
	stub string
}

// mapPage is one page of the map: its boxes at full size, and the scale to
// draw them at.
type mapPage struct {
	mapLayout
	Scale float64
}

// mapPages lays the chart out on pages of w × h millimetres (the first
// page may have less room: firstH): at full size when it fits, shrunk down
// to mapMinScale, and beyond that split over pages — a tree too big for a
// page goes as its manager on one band and each report's tree on its own,
// marked with whom they report to.
func mapPages(people []MapPerson, w, firstH, h float64) []mapPage {
	if len(people) == 0 {
		return nil
	}
	c := newOrgChart(people)
	var bands []band
	for _, r := range c.roots {
		bands = append(bands, band{root: r})
	}
	// One page at the largest scale that fits.
	for s := 1.0; s >= mapMinScale-1e-9; s -= 0.02 {
		if pages := c.pack(bands, w/s, firstH/s, h/s, false); len(pages) == 1 {
			pages[0].Scale = s
			return pages
		}
	}
	s := mapMinScale
	// Split every tree too big for a page into its manager and their reports' trees.
	for changed := true; changed; {
		changed = false
		var next []band
		for _, b := range bands {
			l := c.subtree(b.root)
			if (l.W <= w/s && l.H+mapStubH <= h/s) || len(c.children[b.root]) == 0 {
				next = append(next, b)
				continue
			}
			changed = true
			next = append(next, band{root: b.root, stub: b.stub})
			for _, k := range c.children[b.root] {
				next = append(next, band{root: k, stub: c.byID[b.root].Name})
			}
			c.children[b.root] = nil
		}
		bands = next
	}
	pages := c.pack(bands, w/s, firstH/s, h/s, true)
	for i := range pages {
		pages[i].Scale = s
	}
	return pages
}

// pack places bands left to right in rows, rows top to bottom, starting a
// new page when a row does not fit (unless split is false: then it reports
// more than one page and the caller shrinks instead).
func (c orgChart) pack(bands []band, w, firstH, h float64, split bool) []mapPage {
	var pages []mapPage
	cur := mapPage{}
	room := firstH
	var row []mapLayout
	rowW, rowH, y := 0.0, 0.0, 0.0
	flush := func() {
		if len(row) == 0 {
			return
		}
		if (y > 0 || room < h) && y+rowH > room {
			pages = append(pages, cur)
			cur, y, room = mapPage{}, 0, h
		}
		for _, l := range row {
			l.shift(0, y)
			cur.add(l)
		}
		cur.W = max(cur.W, rowW)
		y += rowH + mapGapY
		cur.H = y - mapGapY
		row, rowW, rowH = nil, 0, 0
	}
	for _, b := range bands {
		l := c.subtree(b.root)
		top := 0.0
		if b.stub != "" {
			top = mapStubH
			l.Boxes[0].Stub = "Reports to " + b.stub
		}
		l.shift(0, top)
		l.H += top
		x := rowW
		if len(row) > 0 {
			x += mapGapX * 2
		}
		if len(row) > 0 && x+l.W > w {
			flush()
			x = 0
		}
		l.shift(x, 0)
		row = append(row, l)
		rowW, rowH = x+l.W, max(rowH, l.H)
	}
	flush()
	pages = append(pages, cur)
	if !split && (cur.W > w+1e-9 || cur.H > firstH+1e-9) {
		pages = append(pages, mapPage{}) // does not fit: more than one page
	}
	return pages
}

// clipToBox is where the line from a box's centre towards (tx, ty) leaves the box.
func clipToBox(b mapBox, tx, ty float64) (float64, float64) {
	cx, cy := b.X+b.W/2, b.Y+b.H/2
	dx, dy := tx-cx, ty-cy
	if dx == 0 && dy == 0 {
		return cx, cy
	}
	t := math.Inf(1)
	if dx != 0 {
		t = min(t, (b.W/2)/math.Abs(dx))
	}
	if dy != 0 {
		t = min(t, (b.H/2)/math.Abs(dy))
	}
	return cx + dx*t, cy + dy*t
}

// influenceRoute is the path of an influence line: a straight line from
// box edge to box edge, or, when that line would run through other people's
// boxes (a report listed below a colleague who influences their manager),
// a curve out to one side, from and to the boxes' side edges. Points are
// the start, two control points and the end of a cubic curve (a straight
// line has its control points on the line).
func influenceRoute(from, to mapBox, boxes []mapBox) [4][2]float64 {
	fx, fy := clipToBox(from, to.X+to.W/2, to.Y+to.H/2)
	tx, ty := clipToBox(to, from.X+from.W/2, from.Y+from.H/2)
	straight := [4][2]float64{{fx, fy}, {fx + (tx-fx)/3, fy + (ty-fy)/3}, {fx + 2*(tx-fx)/3, fy + 2*(ty-fy)/3}, {tx, ty}}
	best, crossings := straight, routeCrossings(straight, from, to, boxes)
	if crossings == 0 {
		return straight
	}
	bow := min(max(math.Abs(ty-fy)/4, 6), 16)
	right := max(from.X+from.W, to.X+to.W) + bow
	left := min(from.X, to.X) - bow
	for _, side := range []struct{ fx, tx, cx float64 }{
		{from.X + from.W, to.X + to.W, right},
		{from.X, to.X, left},
	} {
		fy, ty := from.Y+from.H/2, to.Y+to.H/2
		c := [4][2]float64{{side.fx, fy}, {side.cx, fy}, {side.cx, ty}, {side.tx, ty}}
		if n := routeCrossings(c, from, to, boxes); n < crossings {
			best, crossings = c, n
		}
	}
	return best
}

// bezier is the point at t (0 to 1) of a cubic curve.
func bezier(c [4][2]float64, t float64) [2]float64 {
	u := 1 - t
	var p [2]float64
	for i := range 2 {
		p[i] = u*u*u*c[0][i] + 3*u*u*t*c[1][i] + 3*u*t*t*c[2][i] + t*t*t*c[3][i]
	}
	return p
}

// routeCrossings counts the boxes other than from and to that a curve runs through.
func routeCrossings(c [4][2]float64, from, to mapBox, boxes []mapBox) int {
	n := 0
	for _, b := range boxes {
		if b.ID == from.ID || b.ID == to.ID {
			continue
		}
		for k := 1; k < 40; k++ {
			p := bezier(c, float64(k)/40)
			if p[0] > b.X && p[0] < b.X+b.W && p[1] > b.Y && p[1] < b.Y+b.H {
				n++
				break
			}
		}
	}
	return n
}
