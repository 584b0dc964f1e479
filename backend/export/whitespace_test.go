package export_test

import (
	"context"
	"encoding/json"
	"html"
	"regexp"
	"slices"
	"strings"
	"testing"

	"accountdesk/backend"
	"accountdesk/backend/export"
)

// TestWhitespaceInThePlanPDF: the plan summary carries the account's grid
// (JSON, Markdown, HTML) and the PDF shows it as a table, read back with
// pdftotext: each service line with what each division buys, its share of
// wallet and its untapped potential.
func TestWhitespaceInThePlanPDF(t *testing.T) {
	needPoppler(t)
	db := demoDB(t)
	files := render(t, db, export.Request{AccountIDs: []int64{1}, Formats: []string{"json", "pdf", "md", "html"}})
	var doc export.PlanSummary
	if err := json.Unmarshal(onlyFile(t, files, 1, ".json"), &doc); err != nil {
		t.Fatal(err)
	}
	w := doc.Whitespace
	if len(w.Divisions) != 3 || len(w.Lines) < 3 || w.SharePct == nil || w.UntappedMinor == 0 {
		t.Fatalf("the demo's Northwind grid: %+v", w)
	}
	pdf := plainText(t, pdfFile(t, onlyFile(t, files, 1, ".pdf")))
	// A header wider than its column wraps: "Share of wallet" may read "Share Untapped of wallet".
	header := regexp.MustCompile(`Service line\s+` + strings.Join(w.Divisions, `\s+`) + `\s+Share`)
	if !header.MatchString(pdf) {
		t.Errorf("the PDF has no grid headed by the divisions %v:\n%s", w.Divisions, pdf)
	}
	for _, l := range w.Lines {
		// The row: the line's first word, then each filled cell's first
		// word (a long name may wrap below the row's first line).
		cells := []string{regexp.QuoteMeta(strings.Fields(l.ServiceLine)[0])}
		for _, c := range l.Cells {
			word := map[string]string{"current": "Current", "potential": "Potential", "not_for_us": "Not for us", "competitor": c.Competitor}[c.Status]
			if f := strings.Fields(word); len(f) > 0 {
				word = f[0]
			}
			if word != "" {
				cells = append(cells, regexp.QuoteMeta(word))
			}
		}
		if !regexp.MustCompile(strings.Join(cells, ".{0,80}?")).MatchString(pdf) {
			t.Errorf("the PDF's grid lacks the row %s with %v", l.ServiceLine, cells)
		}
	}
	if !strings.Contains(pdf, "Share of wallet "+export.ShareText(w.SharePct)) {
		t.Errorf("the PDF does not give the share of wallet %s", export.ShareText(w.SharePct))
	}
	md, page := string(onlyFile(t, files, 1, ".md")), string(onlyFile(t, files, 1, ".html"))
	if !strings.Contains(md, "| Service line | "+strings.Join(w.Divisions, " | ")+" | Share of wallet | Untapped |") {
		t.Error("the Markdown has no grid")
	}
	if !strings.Contains(page, "<th>Service line</th><th>"+strings.Join(w.Divisions, "</th><th>")+"</th>") {
		t.Error("the HTML has no grid")
	}
}

// TestUntappedInThePortfolio: untapped potential by service line across the
// accounts, in every format.
func TestUntappedInThePortfolio(t *testing.T) {
	needPoppler(t)
	db := demoDB(t)
	files := render(t, db, export.Request{Portfolio: true, Formats: []string{"json", "pdf", "md", "html"}})
	var doc export.PortfolioSummary
	if err := json.Unmarshal(onlyFile(t, files, 0, ".json"), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.UntappedByServiceLine) < 3 {
		t.Fatalf("untapped by line: %+v", doc.UntappedByServiceLine)
	}
	for i := 1; i < len(doc.UntappedByServiceLine); i++ {
		if doc.UntappedByServiceLine[i].UntappedMinor > doc.UntappedByServiceLine[i-1].UntappedMinor {
			t.Errorf("not largest first: %+v", doc.UntappedByServiceLine)
		}
	}
	pdf := plainText(t, pdfFile(t, onlyFile(t, files, 0, ".pdf")))
	md, page := string(onlyFile(t, files, 0, ".md")), string(onlyFile(t, files, 0, ".html"))
	for _, l := range doc.UntappedByServiceLine {
		money := export.Money(l.UntappedMinor, doc.Currency)
		if !regexp.MustCompile(regexp.QuoteMeta(l.ServiceLine) + `\s+` + regexp.QuoteMeta(money)).MatchString(pdf) {
			t.Errorf("the PDF lacks %s %s", l.ServiceLine, money)
		}
		if !strings.Contains(md, "| "+l.ServiceLine+" | "+money+" |") || !strings.Contains(page, "<td>"+html.EscapeString(l.ServiceLine)+"</td><td class=\"num\">"+money+"</td>") {
			t.Errorf("the Markdown or HTML lacks %s %s", l.ServiceLine, money)
		}
	}
}

// TestWhitespaceInEveryScript: divisions, service lines and rival agencies
// named in Polish, Japanese, Arabic and Hebrew reach the plan PDF (read back
// with pdftotext), its Markdown and the portfolio's untapped potential intact.
func TestWhitespaceInEveryScript(t *testing.T) {
	t.Parallel()
	needPoppler(t)
	ctx := context.Background()
	db := demoDB(t)
	grid, err := db.WhitespaceGrid(ctx, 1)
	if err != nil || len(grid.Divisions) < 3 {
		t.Fatalf("the demo's grid: %d divisions, %v", len(grid.Divisions), err)
	}
	divisions := []string{"Dział Łódź Żółć", "東京ブランド事業部", "قسم الرياض"}
	for i, name := range divisions {
		dv := grid.Divisions[i]
		dv.Name = name
		if _, err := db.SaveDivision(ctx, dv); err != nil {
			t.Fatal(err)
		}
	}
	lines, err := db.ServiceLines(ctx)
	if err != nil || len(lines) == 0 {
		t.Fatalf("service lines: %v", err)
	}
	const line, rival = "Media społecznościowe", "סוכנות שמש"
	lines[0].Name = line
	if lines, err = db.SaveServiceLines(ctx, lines); err != nil {
		t.Fatal(err)
	}
	if _, err := db.SaveCell(ctx, backend.Cell{DivisionID: grid.Divisions[1].ID, ServiceLineID: lines[0].ID, Status: "potential", ValueMinor: 4_500_000}); err != nil {
		t.Fatal(err)
	}
	if _, err := db.SaveCell(ctx, backend.Cell{DivisionID: grid.Divisions[2].ID, ServiceLineID: lines[0].ID, Status: "competitor", Competitor: rival, ValueMinor: 2_000_000}); err != nil {
		t.Fatal(err)
	}
	files := render(t, db, export.Request{AccountIDs: []int64{1}, Formats: []string{"json", "pdf", "md"}})
	var doc export.PlanSummary
	if err := json.Unmarshal(onlyFile(t, files, 1, ".json"), &doc); err != nil {
		t.Fatal(err)
	}
	for _, want := range divisions {
		if !slices.Contains(doc.Whitespace.Divisions, want) {
			t.Errorf("the JSON's divisions %q lack %q", doc.Whitespace.Divisions, want)
		}
	}
	// pdftotext's layout mode puts right-to-left words in reading order
	// (its raw mode gives them in the order they are drawn).
	pdf := plainText(t, pdfFile(t, onlyFile(t, files, 1, ".pdf")))
	// A service line's name wraps in its column: raw mode keeps it whole.
	pdf += " " + plainText(t, pdfFile(t, onlyFile(t, files, 1, ".pdf")), "-raw")
	md := string(onlyFile(t, files, 1, ".md"))
	for _, want := range append(divisions, line, rival) {
		if !strings.Contains(pdf, want) {
			t.Errorf("the plan PDF's grid lacks %q:\n%s", want, pdf[strings.Index(pdf, "Whitespace"):])
		}
		if !strings.Contains(md, want) {
			t.Errorf("the Markdown's grid lacks %q", want)
		}
	}
	portfolio := render(t, db, export.Request{Portfolio: true, Formats: []string{"json"}})
	var p export.PortfolioSummary
	if err := json.Unmarshal(onlyFile(t, portfolio, 0, ".json"), &p); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, u := range p.UntappedByServiceLine {
		found = found || (u.ServiceLine == line && u.UntappedMinor >= 4_500_000)
	}
	if !found {
		t.Errorf("the portfolio's untapped potential lacks %q: %+v", line, p.UntappedByServiceLine)
	}
}
