package export_test

import (
	"context"
	"encoding/json"
	"fmt"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"accountdesk/backend"
	"accountdesk/backend/export"
	"accountdesk/backend/sqlite"

	"golang.org/x/text/unicode/norm"
)

// The names an agency's real data holds, as issue 20 saw them come out of
// the PDFs as dots.
var worldNames = []string{
	"Zürich Łódź Straße AG",
	"東京ガス",
	"トヨタ自動車",
	"Сбербанк",
	"Ελληνικά Πετρέλαια",
	"삼성전자",
	"Café Noir ≥ €",
	"שטראוס גרופ",
	"شركة الاتصالات السعودية",
}

const (
	longObjective = "Grow annual revenue in Zürich, Łódź and 東京 by ≥ 12% through the Retail media programme, the new brand platform and the loyalty relaunch across every region we serve"
	greekRisk     = "Κίνδυνος απώλειας του πελάτη μετά την αλλαγή διοίκησης"
	longReason    = "Renewal at risk: the new CFO (Ольга Смирнова) wants ≥ 15% savings on the retainer and has asked two other agencies to pitch before the budget is set in March"
	unbroken      = "https://intranet.example.com/accounts/zurich/plans/fy2027/attachments/very-long-file-name-without-any-spaces.pdf"
)

// worldDB is the demo agency with its first accounts renamed into the
// world's scripts, a director with a Polish name, and account 1's plan full
// of long text, big KPI values and enough actions to run over pages.
func worldDB(t *testing.T) *sqlite.DB {
	t.Helper()
	db := demoDB(t)
	worldPlan(t, db)
	return db
}

func worldPlan(t testing.TB, db *sqlite.DB) {
	t.Helper()
	ctx := context.Background()
	s, err := db.Settings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	s.DirectorName, s.AgencyName = "Zoë Łukasiewicz", "Agentur Größe & Søn"
	if _, err := db.UpdateSettings(ctx, s); err != nil {
		t.Fatal(err)
	}
	for i, name := range worldNames {
		a, err := db.Account(ctx, int64(i+1))
		if err != nil {
			t.Fatal(err)
		}
		a.Name = name
		if i == 0 {
			a.Health, a.HealthReason = backend.HealthAmber, longReason
		}
		if _, err := db.UpdateAccount(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	plans, err := db.Plans(ctx, 1)
	if err != nil || len(plans) == 0 {
		t.Fatalf("plans: %v", err)
	}
	p, err := db.NewPlanVersion(ctx, plans[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	p.ExecutiveSummary = "Ζητούμενο: ανάπτυξη. Цель: рост на 12%. 目標：売上を伸ばす。 " + strings.Repeat("We keep the core work and grow into retail media. ", 6)
	p.Objectives = append(p.Objectives, backend.Objective{Title: longObjective, KPI: "Revenue (€)", Unit: "€", Baseline: 10400000, Target: 12500000, Current: 11250000.5, Due: "2027-05-24", Status: backend.ObjOnTrack})
	p.Risks = append(p.Risks, backend.Risk{Title: greekRisk, Category: "retention", Likelihood: 5, Impact: 5, Mitigation: "Μέτρα: συνάντηση με τον νέο διευθυντή · " + longReason, Owner: "Δημήτρης Παπαδόπουλος", Status: "open"})
	for i := range 45 {
		title := fmt.Sprintf("Action %02d: prepare the Łódź workshop and the 東京 briefing for the new team", i+1)
		if i == 3 {
			title = unbroken
		}
		p.Actions = append(p.Actions, backend.Action{Title: title, Owner: "Ελένη Κωνσταντίνου", Due: "2027-01-15", Status: "open"})
	}
	if _, err := db.SavePlan(ctx, p); err != nil {
		t.Fatal(err)
	}
}

func needPoppler(t *testing.T) {
	t.Helper()
	for _, tool := range []string{"pdftotext", "pdffonts", "pdfinfo"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s (poppler-utils) is not installed; make test installs it", tool)
		}
	}
}

// pdfFile writes a rendered PDF to a temporary file for the poppler tools.
func pdfFile(t *testing.T, data []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "doc.pdf")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	if dir := os.Getenv("ACCOUNTDESK_KEEP_PDFS"); dir != "" { // to look at the pages
		if f, err := os.CreateTemp(dir, strings.ReplaceAll(t.Name(), "/", "_")+"-*.pdf"); err == nil {
			_, _ = f.Write(data)
			_ = f.Close()
		}
	}
	return path
}

func poppler(t *testing.T, tool string, args ...string) string {
	t.Helper()
	out, err := exec.Command(tool, args...).Output()
	if err != nil {
		t.Fatalf("%s %v: %v", tool, args, err)
	}
	return string(out)
}

// plainText is pdftotext's text with every run of whitespace (no-break
// spaces included) one space, so a name wrapped over two lines still reads;
// Arabic presentation forms (the joined shapes) read as their letters
// (NFKC), and the direction marks pdftotext adds around right-to-left
// text are dropped.
func plainText(t *testing.T, path string, args ...string) string {
	t.Helper()
	text := poppler(t, "pdftotext", append(append([]string{"-layout"}, args...), path, "-")...)
	text = strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Cf, r) {
			return -1
		}
		return r
	}, norm.NFKC.String(text))
	return strings.Join(strings.Fields(text), " ")
}

func render(t *testing.T, db *sqlite.DB, req export.Request) []export.File {
	t.Helper()
	files, err := export.Render(context.Background(), db, req, now)
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// onlyFile is the file whose name ends in suffix, of account id's plan (0:
// any).
func onlyFile(t *testing.T, files []export.File, id int64, suffix string) []byte {
	t.Helper()
	for _, f := range files {
		if strings.HasSuffix(f.Name, suffix) && (id == 0 || f.AccountID == id) {
			return f.Data
		}
	}
	t.Fatalf("no %s file of account %d in %d", suffix, id, len(files))
	return nil
}

// word is one word pdftotext -bbox found, in points.
type word struct {
	page             int
	xMin, yMin, xMax float64
	text             string
}

var (
	pageRe = regexp.MustCompile(`<page width="([0-9.]+)" height="([0-9.]+)">`)
	wordRe = regexp.MustCompile(`<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="[0-9.]+">([^<]*)</word>`)
)

// words lists every word of a PDF with its box, and the page width.
func words(t *testing.T, path string) ([]word, float64) {
	t.Helper()
	out := poppler(t, "pdftotext", "-bbox", path, "-")
	var ws []word
	var width float64
	page := 0
	for _, line := range strings.Split(out, "\n") {
		if m := pageRe.FindStringSubmatch(line); m != nil {
			page++
			width, _ = strconv.ParseFloat(m[1], 64)
			continue
		}
		if m := wordRe.FindStringSubmatch(line); m != nil {
			x0, _ := strconv.ParseFloat(m[1], 64)
			y0, _ := strconv.ParseFloat(m[2], 64)
			x1, _ := strconv.ParseFloat(m[3], 64)
			ws = append(ws, word{page, x0, y0, x1, html.UnescapeString(m[4])})
		}
	}
	return ws, width
}

// checkFonts asserts every font of a PDF is embedded, none is Helvetica,
// and the CJK font is among them when the text needs it.
func checkFonts(t *testing.T, name, path string, wantCJK bool) {
	t.Helper()
	out := poppler(t, "pdffonts", path)
	lines := strings.Split(strings.TrimSpace(out), "\n")[2:]
	if strings.Contains(strings.ToLower(out), "helvetica") || len(lines) < 2 {
		t.Errorf("%s fonts:\n%s", name, out)
	}
	cjk := false
	for _, l := range lines {
		f := strings.Fields(l)
		if len(f) < 7 || f[len(f)-5] != "yes" { // the "emb" column
			t.Errorf("%s: a font is not embedded: %s", name, l)
		}
		cjk = cjk || strings.Contains(l, "wqy")
	}
	if cjk != wantCJK {
		t.Errorf("%s: the CJK font is used: %v, want %v:\n%s", name, cjk, wantCJK, out)
	}
}

// TestPDFShowsEveryLanguage: names in Latin with diacritics, Greek,
// Cyrillic, Japanese, Korean, Hebrew, Arabic and symbols come back from the
// plan and portfolio PDFs as they were typed (right-to-left ones read back in
// their logical order, Arabic joined), in embedded fonts, with the director
// as author.
func TestPDFShowsEveryLanguage(t *testing.T) {
	t.Parallel()
	needPoppler(t)
	db := worldDB(t)
	var ids []int64
	for i := range worldNames {
		ids = append(ids, int64(i+1))
	}
	plans := render(t, db, export.Request{Formats: []string{"pdf"}, AccountIDs: ids})
	portfolio := render(t, db, export.Request{Formats: []string{"pdf"}, Portfolio: true})

	t.Run("OK every name in its plan", func(t *testing.T) {
		for i, want := range worldNames {
			text := plainText(t, pdfFile(t, onlyFile(t, plans, int64(i+1), ".pdf")))
			if !strings.Contains(text, want) {
				t.Errorf("the plan PDF of %q does not carry the name intact; its text starts %.200q", want, text)
			}
		}
	})

	t.Run("OK every name in the portfolio", func(t *testing.T) {
		text := plainText(t, pdfFile(t, onlyFile(t, portfolio, 0, ".pdf")))
		for _, want := range append(worldNames, "Zoë Łukasiewicz", "Agentur Größe & Søn") {
			if !strings.Contains(text, want) {
				t.Errorf("the portfolio PDF lacks %q", want)
			}
		}
	})

	t.Run("OK long text and other scripts in the plan", func(t *testing.T) {
		text := plainText(t, pdfFile(t, onlyFile(t, plans, 1, ".pdf")), "-raw")
		for _, want := range []string{longObjective, greekRisk, longReason, "Ζητούμενο: ανάπτυξη. Цель: рост на 12%. 目標：売上を伸ばす。", "Δημήτρης Παπαδόπουλος"} {
			if !strings.Contains(text, norm.NFKC.String(want)) { // as plainText reads it (full-width colon: colon)
				t.Errorf("the plan PDF lacks %q", want)
			}
		}
		if !strings.Contains(strings.ReplaceAll(text, " ", ""), unbroken) {
			t.Errorf("the plan PDF lacks the unbroken %q (broken over lines, but whole)", unbroken)
		}
	})

	t.Run("OK fonts embedded, no Helvetica", func(t *testing.T) {
		for name, data := range map[string][]byte{"plan": onlyFile(t, plans, 2, ".pdf"), "portfolio": onlyFile(t, portfolio, 0, ".pdf")} {
			checkFonts(t, name, pdfFile(t, data), true)
		}
		// A plan in Latin letters only does without the CJK font.
		checkFonts(t, "Latin plan", pdfFile(t, onlyFile(t, plans, 7, ".pdf")), false)
	})

	t.Run("OK the director is the author", func(t *testing.T) {
		for _, data := range [][]byte{onlyFile(t, portfolio, 0, ".pdf"), onlyFile(t, plans, 1, ".pdf"), rollupPDF(t, db)} {
			if info := poppler(t, "pdfinfo", pdfFile(t, data)); !regexp.MustCompile(`(?m)^Author:\s+Zoë Łukasiewicz$`).MatchString(info) {
				t.Errorf("pdfinfo:\n%s", info)
			}
		}
	})
}

// TestPDFNothingPastTheMargin: every word of every page of the plan,
// portfolio and roll-up PDFs lies within the page's margins, however long
// the text (issue 20 saw "· off track" at 223 mm on a 210 mm page).
func TestPDFNothingPastTheMargin(t *testing.T) {
	needPoppler(t)
	db := worldDB(t)
	docs := map[string][]byte{
		"plan":      onlyFile(t, render(t, db, export.Request{Formats: []string{"pdf"}, AccountIDs: []int64{1}}), 1, ".pdf"),
		"portfolio": onlyFile(t, render(t, db, export.Request{Formats: []string{"pdf"}, Portfolio: true}), 0, ".pdf"),
		"roll-up":   rollupPDF(t, db),
	}
	const margin = 15 / 25.4 * 72 // points
	for name, data := range docs {
		ws, width := words(t, pdfFile(t, data))
		if len(ws) < 50 {
			t.Fatalf("%s: only %d words", name, len(ws))
		}
		for _, w := range ws {
			if w.xMax > width-margin+0.5 || w.xMin < margin-0.5 {
				t.Errorf("%s page %d: %q spans %.1f–%.1f pt on a %.1f pt page with %.1f pt margins", name, w.page, w.text, w.xMin, w.xMax, width, margin)
			}
		}
	}
}

// rollupPDF is the roll-up of the world workspace's portfolio and the demo's.
func rollupPDF(t *testing.T, db *sqlite.DB) []byte {
	t.Helper()
	shared := t.TempDir()
	dest, _ := export.NewDestination(shared, "", "", nil)
	for i, src := range []*sqlite.DB{db, demoDB(t)} {
		files := render(t, src, export.Request{Formats: []string{"json"}, Portfolio: true})
		files[0].Name = fmt.Sprintf("portfolio-%d.json", i)
		if _, err := export.Write(context.Background(), dest, files, export.WriteOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	r, err := export.BuildRollup(shared)
	if err != nil {
		t.Fatal(err)
	}
	settings, err := db.Settings(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	data, err := export.RollupPDF(r, export.LetterheadOf(settings, ""), "2026-11-24")
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestPDFTableHeaderRepeats: a table that runs over pages repeats its
// header at the top of each page it continues on.
func TestPDFTableHeaderRepeats(t *testing.T) {
	needPoppler(t)
	path := pdfFile(t, onlyFile(t, render(t, worldDB(t), export.Request{Formats: []string{"pdf"}, AccountIDs: []int64{1}}), 1, ".pdf"))
	pages, _ := strconv.Atoi(regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindStringSubmatch(poppler(t, "pdfinfo", path))[1])
	continued := 0
	for p := 1; p <= pages; p++ {
		text := plainText(t, path, "-f", fmt.Sprint(p), "-l", fmt.Sprint(p))
		if !strings.Contains(text, "workshop and the") { // ASCII: found even where other letters are lost
			continue
		}
		if !strings.Contains(text, "Action Owner Due Status") {
			t.Errorf("page %d holds actions but not the table's header: %.300q", p, text)
		}
		continued++
	}
	if continued < 2 {
		t.Fatalf("the 45 actions should run over at least two pages; found them on %d of %d", continued, pages)
	}
}

// TestRollupPDFHeadings: the roll-up's column headings are words of their
// own with a gap between columns, not run together as "QBRs dueHigh risks"
// (there were 1.4 pt between "due" and "High", less than a space).
func TestRollupPDFHeadings(t *testing.T) {
	needPoppler(t)
	ws, _ := words(t, pdfFile(t, rollupPDF(t, worldDB(t))))
	seen := map[string]bool{}
	for i, w := range ws {
		seen[w.text] = true
		if i > 0 && ws[i-1].page == w.page && ws[i-1].yMin == w.yMin && w.xMin > ws[i-1].xMin {
			if gap := w.xMin - ws[i-1].xMax; gap < 2 {
				t.Errorf("%q and %q are %.1f pt apart, less than a space", ws[i-1].text, w.text, gap)
			}
		}
	}
	for _, want := range []string{"Director", "Accounts", "Revenue", "Target", "Margin", "QBRs", "due", "High", "risks", "Zoë", "Łukasiewicz"} {
		if !seen[want] {
			t.Errorf("the roll-up PDF has no word %q", want)
		}
	}
}

// TestPortfolioTopRisks: the portfolio's PDF, Markdown and HTML list the top
// risks its JSON holds, with their accounts and scores.
func TestPortfolioTopRisks(t *testing.T) {
	needPoppler(t)
	db := demoDB(t)
	files := render(t, db, export.Request{Portfolio: true, Formats: []string{"json", "pdf", "md", "html"}})
	var doc export.PortfolioSummary
	if err := json.Unmarshal(onlyFile(t, files, 0, ".json"), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.TopRisks) < 3 {
		t.Fatalf("the demo's portfolio has %d top risks", len(doc.TopRisks))
	}
	pdf := plainText(t, pdfFile(t, onlyFile(t, files, 0, ".pdf")))
	md := string(onlyFile(t, files, 0, ".md"))
	html := string(onlyFile(t, files, 0, ".html"))
	for _, k := range doc.TopRisks {
		row := regexp.MustCompile(regexp.QuoteMeta(k.Account) + `\s+` + regexp.QuoteMeta(k.Title) + `\s+` + strconv.Itoa(k.Score))
		if !row.MatchString(pdf) {
			t.Errorf("the PDF lacks the top risk %q of %s (%d)", k.Title, k.Account, k.Score)
		}
		if !strings.Contains(md, fmt.Sprintf("| %s | %s | %d |", k.Account, k.Title, k.Score)) {
			t.Errorf("the Markdown lacks the top risk %q of %s", k.Title, k.Account)
		}
		if !strings.Contains(html, fmt.Sprintf("<tr><td>%s</td><td>%s</td><td class=\"num\">%d</td></tr>", k.Account, k.Title, k.Score)) {
			t.Errorf("the HTML lacks the top risk %q of %s", k.Title, k.Account)
		}
	}
	for name, text := range map[string]string{"PDF": pdf, "Markdown": md, "HTML": html} {
		if !strings.Contains(text, "Top risks") {
			t.Errorf("the %s has no Top risks section", name)
		}
	}
}

// TestPlanPDFIsTheWholePlan: the plan PDF carries the vision, priorities,
// SWOT, competitors, stakeholders and each objective's KPI from baseline to
// target (figures grouped in thousands), in the words people use ("On
// track", "Qualified", "Decision maker") and with dates as the workspace's
// locale writes them.
func TestPlanPDFIsTheWholePlan(t *testing.T) {
	needPoppler(t)
	ctx := context.Background()
	db := worldDB(t)
	s, err := export.BuildPlanSummary(ctx, db, 1, now)
	if err != nil {
		t.Fatal(err)
	}
	plan := func(locale string) string {
		s.Locale = locale
		data, err := export.PlanPDF(s)
		if err != nil {
			t.Fatal(err)
		}
		return plainText(t, pdfFile(t, data))
	}
	p := s.Plan
	if p.Vision == "" || len(p.Priorities) == 0 || len(p.SWOT.Strengths) == 0 || len(p.SWOT.Threats) == 0 || len(p.Competitors) == 0 || len(s.Stakeholders) == 0 {
		t.Fatalf("the demo plan should fill every part: %+v", p)
	}

	t.Run("OK every part of the plan", func(t *testing.T) {
		text := plan("")
		want := []string{"Vision: " + p.Vision, "Priorities", "SWOT", "Strengths", "Weaknesses", "Opportunities", "Threats", "Stakeholders",
			"Competitors at the account: " + strings.Join(p.Competitors, ", "), "Baseline Target Now Progress",
			"10,400,000 € 12,500,000 € 11,250,000.5 €", "On track", "Qualified", "Decision maker"}
		want = append(want, p.Priorities...)
		want = append(want, p.SWOT.Strengths...)
		want = append(want, p.SWOT.Threats...)
		for _, x := range s.Stakeholders {
			want = append(want, x.Name)
		}
		for _, w := range want {
			if !strings.Contains(text, w) {
				t.Errorf("the plan PDF lacks %q", w)
			}
		}
		for _, internal := range []string{"on_track", "on track", "decision_maker", "at_risk", "trusted_advisor"} {
			if strings.Contains(text, internal) {
				t.Errorf("the plan PDF shows the internal value %q", internal)
			}
		}
	})

	t.Run("OK the export takes the locale from the workspace", func(t *testing.T) {
		db.SetLocale("de_DE.UTF-8") // as app/ does with the computer's
		defer db.SetLocale("")
		files, err := export.Render(ctx, db, export.Request{Formats: []string{"pdf", "md"}, AccountIDs: []int64{1}}, now)
		if err != nil {
			t.Fatal(err)
		}
		pdf := plainText(t, pdfFile(t, onlyFile(t, files, 1, ".pdf")))
		md := string(onlyFile(t, files, 1, ".md"))
		for name, text := range map[string]string{"PDF": pdf, "Markdown": md} {
			if !strings.Contains(text, "24.05.2027") || !strings.Contains(text, "Generated 24.11.2026") {
				t.Errorf("the %s does not write dates as de_DE does", name)
			}
		}
	})

	t.Run("OK dates as the locale writes them", func(t *testing.T) {
		for locale, want := range map[string]string{"": "24 May 2027", "en_US.UTF-8": "May 24, 2027", "de-DE": "24.05.2027", "fr-FR": "24/05/2027", "ja-JP": "2027/05/24"} {
			text := plan(locale)
			if !strings.Contains(text, want) || strings.Contains(text, "2027-05-24") {
				t.Errorf("locale %q: the objective's due date should read %q", locale, want)
			}
		}
	})
}

// TestSignedPDFs: the appraisal and the onboarding checklist, printed for a
// person with a Greek name and text in other scripts, show it all in
// embedded fonts within the margins, with the director as author; so does
// a review cycle's export (--include-appraisals).
func TestSignedPDFs(t *testing.T) {
	needPoppler(t)
	ctx := context.Background()
	db := worldDB(t)
	settings, err := db.Settings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	lh := export.LetterheadOf(settings, "de-DE")
	onboardings, err := db.Onboardings(ctx, now)
	if err != nil || len(onboardings) == 0 {
		t.Fatalf("the demo has an onboarding: %v", err)
	}
	o, err := db.Onboarding(ctx, onboardings[0].ID, now)
	if err != nil {
		t.Fatal(err)
	}
	o.PersonName, o.BuddyName = "Ελένη Κωνσταντίνου", "山田 太郎"
	o.Tasks[0].Title = "Σύμβαση και NDA υπογεγραμμένα · " + longReason
	checklist, err := export.ChecklistPDF(o, lh, "2026-11-24")
	if err != nil {
		t.Fatal(err)
	}
	cycles, err := db.Cycles(ctx)
	if err != nil || len(cycles) == 0 {
		t.Fatalf("cycles: %v", err)
	}
	list, err := db.CycleAppraisals(ctx, cycles[0].ID)
	if err != nil || len(list) == 0 {
		t.Fatalf("appraisals: %v", err)
	}
	a, err := db.Appraisal(ctx, list[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	a.PersonName, a.Strengths = "Ελένη Κωνσταντίνου", "Клиенты доверяют ей; 顧客の信頼が厚い. "+longReason
	peer := []backend.PeerResults{{Anonymous: true, Asked: 3, Answered: 3, Questions: []backend.PeerQuestionResult{
		{Text: "Client relationship management", Mean: 4, Count: 3, Comments: []backend.PeerComment{{Text: "Ήρεμη με τους πελάτες"}}}}}}
	appraisal, err := export.AppraisalPDF(a, cycles[0].Competencies, peer, lh, "2026-11-24")
	if err != nil {
		t.Fatal(err)
	}
	cycleFiles := render(t, db, export.Request{Portfolio: true, IncludeAppraisals: true, Formats: []string{"pdf"}})
	var cyclePDF []byte
	for _, f := range cycleFiles {
		if strings.HasPrefix(f.Name, "appraisals-") {
			cyclePDF = f.Data
		}
	}
	for name, doc := range map[string]struct {
		data []byte
		want []string
	}{
		"cycle":     {cyclePDF, []string{"Confidential appraisals"}},
		"checklist": {checklist, []string{"Ελένη Κωνσταντίνου", "山田 太郎", "Σύμβαση και NDA υπογεγραμμένα", "Agentur Größe & Søn", "Generated 24.11.2026"}},
		"appraisal": {appraisal, []string{"Ελένη Κωνσταντίνου", "Клиенты доверяют ей; 顧客の信頼が厚い.", longReason, "Employee: Ελένη Κωνσταντίνου", "Generated 24.11.2026",
			"Peer feedback", "Client relationship management: average 4.00 from 3 ratings", "Ήρεμη με τους πελάτες"}},
	} {
		path := pdfFile(t, doc.data)
		text := plainText(t, path, "-raw")
		for _, w := range doc.want {
			if !strings.Contains(text, w) {
				t.Errorf("the %s PDF lacks %q", name, w)
			}
		}
		checkFonts(t, name, path, name != "cycle")
		if info := poppler(t, "pdfinfo", path); !strings.Contains(info, "Zoë Łukasiewicz") {
			t.Errorf("the %s PDF's author:\n%s", name, info)
		}
		ws, width := words(t, path)
		for _, w := range ws {
			if w.xMax > width-15/25.4*72+0.5 {
				t.Errorf("%s page %d: %q ends at %.1f pt, past the margin", name, w.page, w.text, w.xMax)
			}
		}
	}
}
