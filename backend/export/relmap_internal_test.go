package export

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
)

// orgOf builds people where person i reports to boss[i] (ids from 1; 0: nobody).
func orgOf(boss []int64) []MapPerson {
	out := make([]MapPerson, len(boss))
	for i, b := range boss {
		out[i] = MapPerson{ID: int64(i + 1), Name: fmt.Sprintf("Person %02d", i+1), ReportsTo: b}
	}
	return out
}

func randomOrg(seed uint64, n int) []MapPerson {
	r := rand.New(rand.NewPCG(seed, 1))
	boss := make([]int64, n)
	for i := 1; i < n; i++ {
		if r.IntN(8) > 0 {
			boss[i] = int64(1 + r.IntN(i))
		}
	}
	return orgOf(boss)
}

func thirty() []MapPerson {
	// A CMO, four directors, each with a few managers, most of whom have a team.
	boss := []int64{0, 1, 1, 1, 1}
	for d := int64(2); d <= 5; d++ {
		boss = append(boss, d, d)
	}
	for len(boss) < 30 {
		boss = append(boss, int64(6+len(boss)%8))
	}
	return orgOf(boss)
}

func overlap(a, b mapBox) bool {
	const eps = 1e-6
	return a.X < b.X+b.W-eps && b.X < a.X+a.W-eps && a.Y < b.Y+b.H-eps && b.Y < a.Y+a.H-eps
}

func onBorder(b mapBox, p [2]float64) bool {
	const eps = 1e-6
	in := p[0] >= b.X-eps && p[0] <= b.X+b.W+eps && p[1] >= b.Y-eps && p[1] <= b.Y+b.H+eps
	edge := math.Abs(p[0]-b.X) < eps || math.Abs(p[0]-b.X-b.W) < eps || math.Abs(p[1]-b.Y) < eps || math.Abs(p[1]-b.Y-b.H) < eps
	return in && edge
}

func TestOrgChartLayout(t *testing.T) {
	shapes := map[string][]MapPerson{
		"one person":                  orgOf([]int64{0}),
		"a chain of eight":            orgOf([]int64{0, 1, 2, 3, 4, 5, 6, 7}),
		"a manager with ten reports":  orgOf([]int64{0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}),
		"two managers side by side":   orgOf([]int64{0, 1, 1, 2, 2, 3, 3, 3}),
		"nobody reports to anyone":    orgOf([]int64{0, 0, 0, 0, 0}),
		"a manager not on the map":    orgOf([]int64{99, 1, 1}),
		"a loop of managers":          orgOf([]int64{3, 1, 2, 1}),
		"thirty people":               thirty(),
		"a random organisation of 30": randomOrg(1, 30),
		"another random one of 30":    randomOrg(2, 30),
		"a random one of 60":          randomOrg(3, 60),
	}
	for name, people := range shapes {
		t.Run("OK "+name, func(t *testing.T) {
			c := newOrgChart(people)
			var all mapLayout
			x := 0.0
			for _, r := range c.roots {
				l := c.subtree(r)
				l.shift(x, 0)
				x += l.W + mapGapX
				all.add(l)
			}
			seen := map[int64]int{}
			byID := map[int64]mapBox{}
			for _, b := range all.Boxes {
				seen[b.ID]++
				byID[b.ID] = b
			}
			for _, p := range people {
				if seen[p.ID] != 1 {
					t.Errorf("%s is drawn %d times", p.Name, seen[p.ID])
				}
			}
			for i, a := range all.Boxes {
				for _, b := range all.Boxes[i+1:] {
					if overlap(a, b) {
						t.Errorf("boxes %d and %d overlap: %+v %+v", a.ID, b.ID, a, b)
					}
				}
			}
			for _, e := range all.Edges {
				from, to := byID[e.From], byID[e.To]
				if !onBorder(from, e.Points[0]) || !onBorder(to, e.Points[len(e.Points)-1]) {
					t.Errorf("edge %d→%d does not run between its boxes: %v, from %+v to %+v", e.From, e.To, e.Points, from, to)
				}
				for k := 1; k < len(e.Points); k++ {
					if e.Points[k][0] != e.Points[k-1][0] && e.Points[k][1] != e.Points[k-1][1] {
						t.Errorf("edge %d→%d has a slanted segment: %v", e.From, e.To, e.Points)
					}
				}
				if people[e.To-1].ReportsTo != e.From {
					t.Errorf("edge %d→%d, but %d reports to %d", e.From, e.To, e.To, people[e.To-1].ReportsTo)
				}
			}
			if want := len(people) - len(c.roots); len(all.Edges) != want {
				t.Errorf("edges = %d, want one per person below a manager: %d", len(all.Edges), want)
			}
		})
	}
}

func TestMapPages(t *testing.T) {
	const w, h = contentW, pageEnd - bodyTop
	scenarios := []struct {
		name     string
		people   []MapPerson
		firstH   float64
		pages    int // at most; 0: more than one
		fullSize bool
	}{
		{"OK five people fit at full size", orgOf([]int64{0, 1, 1, 2, 2}), 120, 1, true},
		{"OK thirty people fit one page, readable", thirty(), h - 20, 1, false},
		{"OK thirty random people fit two pages at most", randomOrg(1, 30), h - 20, 2, false},
		{"OK thirty people below half a page go on the next", thirty(), 60, 2, false},
		{"OK a hundred people wrap to further pages", randomOrg(5, 100), h, 0, false},
		{"OK thirty in a row wrap into rows", orgOf(make([]int64, 30)), h, 1, false},
	}
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			pages := mapPages(sc.people, w, sc.firstH, h)
			if sc.pages > 0 && len(pages) > sc.pages {
				t.Errorf("pages = %d, want at most %d", len(pages), sc.pages)
			}
			if sc.pages == 0 && len(pages) < 2 {
				t.Errorf("pages = %d, want more than one", len(pages))
			}
			seen := map[int64]int{}
			for i, pg := range pages {
				room := h
				if i == 0 {
					room = sc.firstH
				}
				if pg.Scale < mapMinScale-1e-9 || pg.Scale > 1 || (sc.fullSize && pg.Scale != 1) {
					t.Errorf("page %d scale %v", i, pg.Scale)
				}
				for _, b := range pg.Boxes {
					seen[b.ID]++
					if b.X < -1e-6 || (b.X+b.W)*pg.Scale > w+1e-6 || b.Y < -1e-6 || (b.Y+b.H)*pg.Scale > room+1e-6 {
						t.Errorf("page %d: box %d at %+v runs off the %v × %v room at scale %v", i, b.ID, b, w, room, pg.Scale)
					}
				}
				for j, a := range pg.Boxes {
					for _, b := range pg.Boxes[j+1:] {
						if overlap(a, b) {
							t.Errorf("page %d: boxes %d and %d overlap", i, a.ID, b.ID)
						}
					}
				}
			}
			for _, p := range sc.people {
				if seen[p.ID] != 1 {
					t.Errorf("%s is drawn %d times", p.Name, seen[p.ID])
				}
			}
		})
	}
}

func TestClipToBox(t *testing.T) {
	b := mapBox{X: 0, Y: 0, W: 40, H: 20}
	for _, sc := range []struct{ tx, ty, x, y float64 }{{100, 10, 40, 10}, {20, -50, 20, 0}, {-20, 10, 0, 10}, {60, 30, 40, 20}} {
		x, y := clipToBox(b, sc.tx, sc.ty)
		if math.Abs(x-sc.x) > 1e-9 || math.Abs(y-sc.y) > 1e-9 {
			t.Errorf("towards (%v, %v): (%v, %v), want (%v, %v)", sc.tx, sc.ty, x, y, sc.x, sc.y)
		}
	}
}
