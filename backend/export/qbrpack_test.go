package export_test

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"

	"accountdesk/backend"
	"accountdesk/backend/export"
	"accountdesk/backend/sqlite"

	"golang.org/x/net/html"
)

// TestQBRPackForTheClient renders the pack of several demo accounts, with
// and without hours, and reads it back (pdftotext for the PDF, an HTML
// parser for the page): every internal value of the account is absent, and
// what the client is meant to read is there.
func TestQBRPackForTheClient(t *testing.T) {
	t.Parallel()
	needPoppler(t)
	ctx := context.Background()
	db := demoDB(t)
	accounts, err := db.ListAccounts(ctx, backend.AccountFilter{}, now)
	if err != nil {
		t.Fatal(err)
	}
	pages := map[string][]byte{} // every pack's HTML, for one run of the Nu checker at the end
	for _, a := range accounts[:5] {
		for _, hours := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/hours=%v", a.Name, hours), func(t *testing.T) {
				pv, err := export.PrepareQBRPack(ctx, db, a.ID, backend.QBRPackOptions{Hours: hours}, now)
				if err != nil {
					t.Fatal(err)
				}
				files, err := export.QBRPackFiles(pv.Pack)
				if err != nil {
					t.Fatal(err)
				}
				if len(files) != 2 || files[0].Name != pv.PDFName || files[1].Name != pv.HTMLName {
					t.Fatalf("files %v, want %s and %s", names(files), pv.PDFName, pv.HTMLName)
				}
				texts := map[string]string{
					"PDF":  plainText(t, pdfFile(t, files[0].Data)),
					"HTML": htmlText(t, files[1].Data),
				}
				secrets := internalValues(t, db, a.ID)
				allowed := allowedValues(pv.Pack)
				for kind, text := range texts {
					folded := strings.ToLower(text)
					for _, s := range secrets {
						if strings.Contains(folded, strings.ToLower(s)) {
							t.Errorf("the %s carries the internal value %q", kind, s)
						}
					}
					for _, s := range allowed {
						if !strings.Contains(text, s) {
							t.Errorf("the %s lacks %q", kind, s)
						}
					}
					hasHours := strings.Contains(text, "retainer hours used")
					if hasHours != (hours && pv.Pack.Hours != nil) {
						t.Errorf("the %s shows hours %v, asked %v", kind, hasHours, hours)
					}
				}
				for _, want := range []string{"risks", "internal note", "Revenue, margin and cost figures", "sentiment and influence"} {
					if !strings.Contains(strings.ToLower(pv.LeftOutText), strings.ToLower(want)) {
						t.Errorf("left-out text %q does not say %q", pv.LeftOutText, want)
					}
				}
				pages[fmt.Sprintf("%d-hours-%v-%s", a.ID, hours, files[1].Name)] = files[1].Data
			})
		}
	}
	vnu(t, pages)
}

func names(files []export.File) []string {
	var out []string
	for _, f := range files {
		out = append(out, f.Name)
	}
	return out
}

// internalValues are the account's values a client must never read, as the
// store holds them and as the management documents write them.
func internalValues(t *testing.T, db *sqlite.DB, accountID int64) []string {
	t.Helper()
	ctx := context.Background()
	s, err := export.BuildPlanSummary(ctx, db, accountID, now)
	if err != nil {
		t.Fatal(err)
	}
	a, err := db.Account(ctx, accountID)
	if err != nil {
		t.Fatal(err)
	}
	f := s.Financials
	out := []string{
		"margin", "write-off", "probability", "pipeline", "sentiment", "influence", "blocker", "detractor", "supporter",
		"risk", "confidential", "for management",
		export.Money(f.CostT12MMinor, s.Currency), export.Money(f.RevenueT12MMinor, s.Currency),
		export.Money(f.RevenueYTDMinor, s.Currency), fmt.Sprintf("%.1f%%", f.MarginT12MPct),
		a.Notes,
	}
	if f.WriteOffT12MMinor > 0 {
		out = append(out, export.Money(f.WriteOffT12MMinor, s.Currency))
	}
	if a.HealthReason != "" {
		out = append(out, a.HealthReason)
	}
	if p := s.Plan; p != nil {
		out = append(out, p.ExecutiveSummary, p.Vision, export.Money(p.RevenueTargetMinor, s.Currency))
		out = append(out, p.Priorities...)
		out = append(out, p.Competitors...)
		out = append(out, p.SWOT.Strengths...)
		out = append(out, p.SWOT.Weaknesses...)
		out = append(out, p.SWOT.Opportunities...)
		out = append(out, p.SWOT.Threats...)
		for _, r := range p.Risks {
			out = append(out, r.Title, r.Mitigation)
		}
		for _, o := range p.Opportunities {
			out = append(out, o.Title, export.Money(o.ValueMinor, s.Currency))
		}
		for _, o := range p.Objectives {
			if strings.Contains(strings.ToLower(o.Title), "write-off") {
				out = append(out, o.Title, o.KPI)
			}
		}
	}
	for _, p := range s.Stakeholders {
		// Names never appear, so no sentiment or influence can be attached to one.
		out = append(out, p.Name)
	}
	people, _ := db.Stakeholders(ctx, accountID)
	for _, p := range people {
		if p.Notes != "" {
			out = append(out, p.Notes)
		}
	}
	jobs, _ := db.Jobs(ctx, accountID)
	for _, j := range jobs {
		if j.NextStep != "" {
			out = append(out, j.NextStep)
		}
	}
	qbrs, _ := db.QBRs(ctx, accountID)
	for _, q := range qbrs {
		out = append(out, q.Issues, q.Progress, q.Initiatives)
	}
	var kept []string
	for _, v := range out {
		if strings.TrimSpace(v) != "" {
			kept = append(kept, strings.Join(strings.Fields(v), " "))
		}
	}
	return kept
}

// allowedValues are what the client reads: names, the quarter, objectives,
// delivered work and next steps.
func allowedValues(p backend.QBRPack) []string {
	out := []string{p.Client, p.Agency, "Quarterly Business Review", p.QuarterText}
	for _, o := range p.Objectives {
		out = append(out, o.Title, fmt.Sprintf("%d%% of the way", o.ProgressPct))
	}
	for _, it := range p.Delivered {
		out = append(out, it.Title)
	}
	for _, it := range p.Next {
		out = append(out, it.Title)
	}
	if p.Agreed != "" {
		out = append(out, p.Agreed)
	}
	if h := p.Hours; h != nil {
		out = append(out, fmt.Sprintf("%s of %s retainer hours used", export.Number(h.Used), export.Number(h.Retainer)))
	}
	return out
}

// htmlText is the page's text as golang.org/x/net/html parses it, outside
// <style>, one space for every run of whitespace.
func htmlText(t *testing.T, page []byte) string {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatalf("parse HTML: %v", err)
	}
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && (n.Data == "style" || n.Data == "script") {
			return
		}
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		if n.Type == html.ElementNode {
			for _, a := range n.Attr {
				if a.Key == "aria-label" || a.Key == "title" || a.Key == "alt" {
					b.WriteString(a.Val + " ")
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return strings.Join(strings.Fields(b.String()), " ")
}

// TestQBRPackEveryScript: client and agency names in Cyrillic, Arabic, CJK
// and Greek print in the PDF and stay whole in the HTML.
func TestQBRPackEveryScript(t *testing.T) {
	needPoppler(t)
	for _, name := range []string{"Ромашка Ритейл", "شركة الواحة", "北京烤鸭有限公司", "東京マーケティング", "Ελληνική Εταιρεία", "한국 광고"} {
		t.Run(name, func(t *testing.T) {
			p := backend.QBRPack{Agency: "Агентство Полюс", Client: name, Quarter: "2026-Q4", QuarterText: "Q4 2026",
				From: "2026-10-01", To: "2026-12-31", Generated: "2026-11-24",
				Objectives: []backend.PackObjective{{Title: name + " — рост", KPI: "NPS", Baseline: 30, Target: 50, Current: 40, ProgressPct: 50}},
				Delivered:  []backend.PackItem{{Title: "Кампания " + name, Date: "2026-10-20", Kind: "job"}}}
			files, err := export.QBRPackFiles(p)
			if err != nil {
				t.Fatal(err)
			}
			text := plainText(t, pdfFile(t, files[0].Data))
			page := htmlText(t, files[1].Data)
			for _, want := range []string{name, "Агентство Полюс", "Кампания " + name} {
				if !strings.Contains(text, want) {
					t.Errorf("PDF lacks %q in %q", want, text)
				}
				if !strings.Contains(page, want) {
					t.Errorf("HTML lacks %q", want)
				}
			}
		})
	}
}

// TestQBRPackOfANewAccount: an account with no plan, work or reviews yet
// still gets a tidy pack that says so.
func TestQBRPackOfANewAccount(t *testing.T) {
	needPoppler(t)
	p, _, err := backend.BuildQBRPack(backend.QBRPackData{Account: backend.Account{Name: "Fresh Co"}}, backend.QBRPackOptions{}, now)
	if err != nil {
		t.Fatal(err)
	}
	files, err := export.QBRPackFiles(p)
	if err != nil {
		t.Fatal(err)
	}
	for kind, text := range map[string]string{"PDF": plainText(t, pdfFile(t, files[0].Data)), "HTML": htmlText(t, files[1].Data)} {
		for _, want := range []string{"Fresh Co", "No objectives are set for this period yet.", "Nothing was marked as delivered in this quarter.", "Next steps will be agreed at the review."} {
			if !strings.Contains(text, want) {
				t.Errorf("the %s lacks %q", kind, want)
			}
		}
	}
}

// TestQBRPackLongRunsOverPages: a busy quarter runs over several pages and
// nothing is lost at a page break (the last objective, item and line of the
// agreed next steps all print).
func TestQBRPackLongRunsOverPages(t *testing.T) {
	needPoppler(t)
	p := backend.QBRPack{Agency: "Polaris", Client: "Busy Co", Quarter: "2026-Q4", QuarterText: "Q4 2026",
		From: "2026-10-01", To: "2026-12-31", Generated: "2026-11-24"}
	for i := range 14 {
		p.Objectives = append(p.Objectives, backend.PackObjective{Title: fmt.Sprintf("Objective number %d", i+1), KPI: "Visits", Target: 100, Current: float64(i * 7), ProgressPct: i * 7})
	}
	for i := range 60 {
		p.Delivered = append(p.Delivered, backend.PackItem{Title: fmt.Sprintf("Delivered piece %d", i+1), Date: "2026-11-02", Kind: "job"})
	}
	var agreed []string
	for i := range 80 {
		agreed = append(agreed, fmt.Sprintf("Agreed line %d.", i+1))
	}
	p.Agreed, p.AgreedOn = strings.Join(agreed, "\n"), "2026-10-15"
	files, err := export.QBRPackFiles(p)
	if err != nil {
		t.Fatal(err)
	}
	path := pdfFile(t, files[0].Data)
	text := plainText(t, path)
	for _, want := range []string{"Objective number 14", "Delivered piece 60", "Agreed line 1.", "Agreed line 80.", "Page 2 of"} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF lacks %q", want)
		}
	}
	if info := poppler(t, "pdfinfo", path); !strings.Contains(info, "Pages:") || strings.Contains(info, "Pages:           2\n") {
		t.Errorf("a long pack should run over more than two pages: %s", info)
	}
}
