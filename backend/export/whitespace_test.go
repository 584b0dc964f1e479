package export_test

import (
	"encoding/json"
	"html"
	"regexp"
	"strings"
	"testing"

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
