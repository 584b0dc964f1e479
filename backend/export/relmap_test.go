package export_test

import (
	"context"
	"fmt"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"accountdesk/backend"
	"accountdesk/backend/export"
)

var nameBox = regexp.MustCompile(`<word xMin="[0-9.]+" yMin="([0-9.]+)" xMax="[0-9.]+" yMax="([0-9.]+)">Stakeholder</word>`)

func qpdfCheck(t *testing.T, path string) {
	t.Helper()
	if _, err := exec.LookPath("qpdf"); err != nil {
		t.Skip("qpdf is not installed; make test installs it")
	}
	if out, err := exec.Command("qpdf", "--check", path).CombinedOutput(); err != nil {
		t.Fatalf("qpdf --check: %v\n%s", err, out)
	}
}

func pageCount(t *testing.T, path string) int {
	t.Helper()
	for _, l := range strings.Split(poppler(t, "pdfinfo", path), "\n") {
		if v, ok := strings.CutPrefix(l, "Pages:"); ok {
			n, _ := strconv.Atoi(strings.TrimSpace(v))
			return n
		}
	}
	t.Fatal("pdfinfo gave no page count")
	return 0
}

func TestPlanPDFRelationshipMap(t *testing.T) {
	needPoppler(t)
	ctx := context.Background()

	t.Run("OK a demo account's map: every person, who covers them, who influences whom", func(t *testing.T) {
		db := demoDB(t)
		s, err := export.BuildPlanSummary(ctx, db, 1, now)
		if err != nil {
			t.Fatal(err)
		}
		if len(s.Map) < 3 {
			t.Fatalf("map people = %d", len(s.Map))
		}
		data, err := export.PlanPDF(s)
		if err != nil {
			t.Fatal(err)
		}
		path := pdfFile(t, data)
		qpdfCheck(t, path)
		text := plainText(t, path)
		want := []string{"Relationship map", "Decision maker", "Champion", "Blocker", "Supporter", "Reports to", "Influences: low medium high", "Who influences whom:"}
		byID := map[int64]string{}
		for _, p := range s.Map {
			byID[p.ID] = p.Name
		}
		for _, p := range s.Map {
			want = append(want, p.Name)
			if p.Owner != "" {
				want = append(want, "Covered by "+p.Owner)
			}
			for _, in := range p.Influences {
				want = append(want, p.Name+" influences "+byID[in.To])
			}
		}
		for _, w := range want {
			if !strings.Contains(text, w) {
				t.Errorf("the plan PDF lacks %q", w)
			}
		}
	})

	t.Run("OK the heading stays with its map on every demo plan", func(t *testing.T) {
		db := demoDB(t)
		accounts, err := db.ListAccounts(ctx, backend.AccountFilter{}, now)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range accounts {
			s, err := export.BuildPlanSummary(ctx, db, a.ID, now)
			if err != nil || len(s.Map) == 0 {
				continue
			}
			data, err := export.PlanPDF(s)
			if err != nil {
				t.Fatal(err)
			}
			path := pdfFile(t, data)
			for n := 1; n <= pageCount(t, path); n++ {
				page := plainText(t, path, "-f", strconv.Itoa(n), "-l", strconv.Itoa(n))
				if strings.Contains(page, "Relationship map") && !strings.Contains(page, "Reports to") {
					t.Errorf("%s: page %d has the map's heading without the map", a.Name, n)
				}
			}
		}
	})

	t.Run("OK thirty people: every name readable, on at most two pages of map", func(t *testing.T) {
		base := export.PlanSummary{GeneratedAt: now.Format("2006-01-02T15:04:05Z"), Account: export.AccountInfo{Name: "Large Client"}}
		data, err := export.PlanPDF(base)
		if err != nil {
			t.Fatal(err)
		}
		without := pageCount(t, pdfFile(t, data))

		s := base
		roles := []string{"decision_maker", "champion", "influencer", "user", "blocker"}
		for i := range 30 {
			p := export.MapPerson{ID: int64(i + 1), Name: fmt.Sprintf("Stakeholder %02d", i+1), Title: "Head of Team " + strconv.Itoa(i+1),
				Role: roles[i%5], Sentiment: []string{"supporter", "neutral", "detractor"}[i%3], Owner: "Aisha Khan"}
			if i > 0 {
				p.ReportsTo = int64(1 + (i-1)/3) // a tree three wide at every level
			}
			if i%4 == 1 {
				p.Influences = []export.MapInfluence{{To: 1, Strength: []string{"low", "medium", "high"}[i%3]}}
			}
			s.Map = append(s.Map, p)
		}
		data, err = export.PlanPDF(s)
		if err != nil {
			t.Fatal(err)
		}
		path := pdfFile(t, data)
		qpdfCheck(t, path)
		if n := pageCount(t, path) - without; n < 1 || n > 2 {
			t.Errorf("the map takes %d pages, want one or two", n)
		}
		text := plainText(t, path)
		for _, p := range s.Map {
			if !strings.Contains(text, p.Name+" ") {
				t.Errorf("the map lacks %s", p.Name)
			}
		}
		// Readable: every box's name is 6 points or more (a word's box is
		// about its size high). Besides the 30 boxes, names are printed in
		// the list of who influences whom (two a line) at body size; only
		// the "reports to" notes over a box on a new page may be smaller.
		large, lines := 0, 0
		for _, m := range nameBox.FindAllStringSubmatch(poppler(t, "pdftotext", "-bbox", path, "-"), -1) {
			y0, _ := strconv.ParseFloat(m[1], 64)
			y1, _ := strconv.ParseFloat(m[2], 64)
			if y1-y0 >= 6 {
				large++
			}
		}
		for _, p := range s.Map {
			lines += len(p.Influences)
		}
		if large < 30+2*lines {
			t.Errorf("%d names at 6 points or more, want the 30 boxes' and the %d in the list of influences", large, 2*lines)
		}
	})
}
