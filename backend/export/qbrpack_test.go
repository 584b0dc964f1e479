package export_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

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
	needPoppler(t)
	ctx := context.Background()
	db := demoDB(t)
	accounts, err := db.ListAccounts(ctx, backend.AccountFilter{}, now)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range accounts[:5] {
		for _, hours := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/hours=%v", a.Name, hours), func(t *testing.T) {
				pv, err := export.PrepareQBRPack(ctx, db, a.ID, export.QBRPackOptions{Hours: hours}, now)
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
				vnu(t, files[1].Data)
			})
		}
	}
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
func allowedValues(p export.QBRPack) []string {
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

// vnu checks the page with the Nu HTML checker when it is installed (the
// vnu command, or VNU_JAR naming vnu.jar).
func vnu(t *testing.T, page []byte) {
	t.Helper()
	var cmd []string
	if p, err := exec.LookPath("vnu"); err == nil {
		cmd = []string{p}
	} else if jar := os.Getenv("VNU_JAR"); jar != "" {
		cmd = []string{"java", "-jar", jar}
	} else {
		return
	}
	path := filepath.Join(t.TempDir(), "pack.html")
	if err := os.WriteFile(path, page, 0o600); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(cmd[0], append(cmd[1:], "--errors-only", path)...).CombinedOutput(); err != nil {
		t.Errorf("the Nu HTML checker finds errors: %s", out)
	}
}

// TestQBRPackEveryScript: client and agency names in Cyrillic, Arabic, CJK
// and Greek print in the PDF and stay whole in the HTML.
func TestQBRPackEveryScript(t *testing.T) {
	needPoppler(t)
	for _, name := range []string{"Ромашка Ритейл", "شركة الواحة", "北京烤鸭有限公司", "東京マーケティング", "Ελληνική Εταιρεία", "한국 광고"} {
		t.Run(name, func(t *testing.T) {
			p := export.QBRPack{Agency: "Агентство Полюс", Client: name, Quarter: "2026-Q4", QuarterText: "Q4 2026",
				From: "2026-10-01", To: "2026-12-31", Generated: "2026-11-24",
				Objectives: []export.PackObjective{{Title: name + " — рост", KPI: "NPS", Baseline: 30, Target: 50, Current: 40, ProgressPct: 50}},
				Delivered:  []export.PackItem{{Title: "Кампания " + name, Date: "2026-10-20", Kind: "job"}}}
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

func TestBuildQBRPack(t *testing.T) {
	today := time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC)
	base := func() export.QBRPackData {
		return export.QBRPackData{
			Settings: backend.Settings{AgencyName: "Polaris"},
			Account:  backend.Account{Name: "Acme", Health: "green", RetainerHoursPerMonth: 100, Notes: "Pays late"},
			Plan: &backend.Plan{Period: "FY2027", Strengths: []string{"Long relationship"},
				Objectives: []backend.Objective{
					{Title: "Grow reach", KPI: "Visits", Baseline: 0, Target: 100, Current: 25, Status: backend.ObjOnTrack},
					{Title: "Old idea", Status: backend.ObjCancelled},
					{Title: "Keep margin above 35%", KPI: "Margin", Status: backend.ObjOnTrack},
					{Title: "Cut write-offs", KPI: "Write-offs of revenue", Status: backend.ObjOffTrack},
					{Title: "Grow annual revenue", KPI: "Fee income", Status: backend.ObjOnTrack},
				},
				Actions: []backend.Action{
					{Title: "Done in quarter", Due: "2026-10-05", Status: "done"},
					{Title: "Done last quarter", Due: "2026-09-30", Status: "done"},
					{Title: "To do", Due: "2026-12-10", Status: "open"},
					{Title: "Dropped", Due: "2026-12-10", Status: "cancelled"},
				},
				Risks: []backend.Risk{{Title: "Fee review"}, {Title: "Scope creep"}},
				Opps:  []backend.Opportunity{{Title: "Upsell", Probability: 50}},
			},
			Jobs: []backend.Job{
				{Name: "Launch film", Status: backend.JobCompleted, MilestoneDate: "2026-11-02", NextStep: "Invoice"},
				{Name: "Old job", Status: backend.JobCompleted, MilestoneDate: "2026-06-01"},
				{Name: "Paused job", Status: backend.JobOnHold, MilestoneDate: "2026-12-01"},
				{Name: "Next film", Status: backend.JobInProgress, MilestoneDate: "2026-12-03"},
			},
			QBRs: []backend.QBR{
				{Date: "2026-07-10", NextSteps: "Old steps"},
				{Date: "2026-10-15", NextSteps: "Send the plan", Issues: "Slow approvals"},
				{Date: "2026-12-20", NextSteps: "Scheduled, not held"},
			},
			Stakeholders: []backend.Stakeholder{{Name: "Kim", Role: backend.RoleBlocker, Notes: "Hostile"}, {Name: "Lee"}},
			Months: []backend.MonthFigures{
				{Month: "2026-09", HoursUsed: 500, CostMinor: 1},
				{Month: "2026-10", HoursUsed: 90, WriteOffMinor: 5},
				{Month: "2026-11", HoursUsed: 110},
			},
		}
	}
	t.Run("OK", func(t *testing.T) {
		p, out, err := export.BuildQBRPack(base(), export.QBRPackOptions{Hours: true}, today)
		if err != nil {
			t.Fatal(err)
		}
		if p.Quarter != "2026-Q4" || p.QuarterText != "Q4 2026" || p.From != "2026-10-01" || p.To != "2026-12-31" {
			t.Errorf("quarter %s %q %s–%s", p.Quarter, p.QuarterText, p.From, p.To)
		}
		if len(p.Objectives) != 1 || p.Objectives[0].Title != "Grow reach" || p.Objectives[0].ProgressPct != 25 {
			t.Errorf("objectives %+v: want only the client's, 25%%", p.Objectives)
		}
		if got := titles(p.Delivered); got != "Done in quarter|Launch film" {
			t.Errorf("delivered %s", got)
		}
		if got := titles(p.Next); got != "Next film|To do" {
			t.Errorf("next %s", got)
		}
		if p.Agreed != "Send the plan" || p.AgreedOn != "2026-10-15" {
			t.Errorf("agreed %q on %s: want the latest review held", p.Agreed, p.AgreedOn)
		}
		if h := p.Hours; h == nil || h.Used != 200 || h.Retainer != 200 || h.Months != 2 {
			t.Errorf("hours %+v: want October and November, 200 of 200", p.Hours)
		}
		text := export.LeftOutText(out)
		for _, want := range []string{"1 cancelled objective", "3 objectives about the agency's own figures", "2 risks",
			"1 pipeline opportunity", "1 job on hold", "1 job note", "Issues noted at the last QBR", "write-offs",
			"2 stakeholders' sentiment", "1 blocker", "2 internal notes", "SWOT"} {
			if !strings.Contains(strings.ToLower(text), strings.ToLower(want)) {
				t.Errorf("left out %q lacks %q", text, want)
			}
		}
		if strings.Contains(text, "Hours used") {
			t.Errorf("hours were asked for, yet %q", text)
		}
	})
	t.Run("OKWithoutHours", func(t *testing.T) {
		p, out, err := export.BuildQBRPack(base(), export.QBRPackOptions{}, today)
		if err != nil {
			t.Fatal(err)
		}
		if p.Hours != nil || !strings.Contains(export.LeftOutText(out), "hours used against the retainer") {
			t.Errorf("hours %+v, left out %q", p.Hours, export.LeftOutText(out))
		}
	})
	t.Run("OKEarlierQuarter", func(t *testing.T) {
		p, _, err := export.BuildQBRPack(base(), export.QBRPackOptions{Quarter: "2026-q3", Hours: true}, today)
		if err != nil {
			t.Fatal(err)
		}
		if got := titles(p.Delivered); got != "Done last quarter" || p.Agreed != "Old steps" || p.Hours.Used != 500 || p.Hours.Months != 1 {
			t.Errorf("Q3: delivered %s, agreed %q, hours %+v", got, p.Agreed, p.Hours)
		}
	})
	t.Run("OKNoPlan", func(t *testing.T) {
		in := base()
		in.Plan = nil
		p, _, err := export.BuildQBRPack(in, export.QBRPackOptions{}, today)
		if err != nil || len(p.Objectives) != 0 || p.PlanPeriod != "" {
			t.Fatalf("no plan: %+v, %v", p.Objectives, err)
		}
		if _, err := export.QBRPackHTML(p); err != nil {
			t.Fatal(err)
		}
		if _, err := export.QBRPackPDF(p); err != nil {
			t.Fatal(err)
		}
	})
	for _, q := range []string{"2026-Q5", "Q4 2026", "2026Q4", "26-Q1", "2026-Q4; drop"} {
		t.Run("ErrQuarter/"+q, func(t *testing.T) {
			_, _, err := export.BuildQBRPack(base(), export.QBRPackOptions{Quarter: q}, today)
			if backend.ErrorCode(err) != backend.EINVALID {
				t.Fatalf("quarter %q: %v, want invalid", q, err)
			}
		})
	}
	t.Run("ErrHoursWithoutRetainer", func(t *testing.T) {
		in := base()
		in.Account.RetainerHoursPerMonth = 0
		_, _, err := export.BuildQBRPack(in, export.QBRPackOptions{Hours: true}, today)
		if backend.ErrorCode(err) != backend.EINVALID {
			t.Fatalf("%v, want invalid", err)
		}
	})
	t.Run("ErrNoHoursRecordedYet", func(t *testing.T) {
		in := base()
		in.Months = in.Months[:1] // September only
		_, _, err := export.BuildQBRPack(in, export.QBRPackOptions{Hours: true}, today)
		if backend.ErrorCode(err) != backend.EINVALID {
			t.Fatalf("%v, want invalid", err)
		}
	})
	t.Run("OKNoReviewSinceLastQuarter", func(t *testing.T) {
		in := base()
		in.QBRs = []backend.QBR{{Date: "2026-04-16", NextSteps: "Stale steps"}}
		p, _, err := export.BuildQBRPack(in, export.QBRPackOptions{}, today)
		if err != nil || p.Agreed != "" {
			t.Fatalf("agreed %q (%v): a review two quarters ago is not news", p.Agreed, err)
		}
	})
	t.Run("ErrHoursOfAFutureQuarter", func(t *testing.T) {
		_, _, err := export.BuildQBRPack(base(), export.QBRPackOptions{Quarter: "2027-Q2", Hours: true}, today)
		if backend.ErrorCode(err) != backend.EINVALID {
			t.Fatalf("%v, want invalid", err)
		}
	})
}

func titles(items []export.PackItem) string {
	var out []string
	for _, it := range items {
		out = append(out, it.Title)
	}
	return strings.Join(out, "|")
}

func TestLeftOutText(t *testing.T) {
	for _, c := range []struct {
		items []export.LeftOut
		want  string
	}{
		{nil, "Nothing internal was left out: this account has no internal records."},
		{[]export.LeftOut{{What: "Revenue, margin and cost figures"}}, "Revenue, margin and cost figures were left out."},
		{[]export.LeftOut{{What: "Revenue, margin and cost figures"}, {What: "risks", Count: 3}, {What: "internal notes", Count: 2}},
			"Revenue, margin and cost figures, 3 risks and 2 internal notes were left out."},
		{[]export.LeftOut{{What: "risks", Count: 3}, {What: "SWOT and competitors"}}, "3 risks and SWOT and competitors were left out."},
	} {
		if got := export.LeftOutText(c.items); got != c.want {
			t.Errorf("LeftOutText(%v) = %q, want %q", c.items, got, c.want)
		}
	}
}

// FuzzParseQuarter: whatever the command line or the window sends as the
// quarter is either a real quarter or an invalid "quarter" error.
func FuzzParseQuarter(f *testing.F) {
	for _, s := range []string{"", "2026-Q4", "2026-q1", "0000-Q1", "9999-Q4", "2026-Q0", " 2026-Q2 ", "٢٠٢٦-Q4"} {
		f.Add(s)
	}
	today := time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, q string) {
		label, from, to, err := export.ParseQuarter(q, today)
		if err != nil {
			if backend.ErrorCode(err) != backend.EINVALID {
				t.Fatalf("%q: %v, want invalid", q, err)
			}
			return
		}
		if len(label) != 7 || !to.After(from) || to.Sub(from) > 92*24*time.Hour || from.Day() != 1 {
			t.Fatalf("%q: %s %v–%v", q, label, from, to)
		}
	})
}
