package backend_test

import (
	"strings"
	"testing"
	"time"

	"accountdesk/backend"
)

func TestBuildQBRPack(t *testing.T) {
	today := time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC)
	base := func() backend.QBRPackData {
		return backend.QBRPackData{
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
		p, out, err := backend.BuildQBRPack(base(), backend.QBRPackOptions{Hours: true}, today)
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
		text := backend.LeftOutText(out)
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
		p, out, err := backend.BuildQBRPack(base(), backend.QBRPackOptions{}, today)
		if err != nil {
			t.Fatal(err)
		}
		if p.Hours != nil || !strings.Contains(backend.LeftOutText(out), "hours used against the retainer") {
			t.Errorf("hours %+v, left out %q", p.Hours, backend.LeftOutText(out))
		}
	})
	t.Run("OKEarlierQuarter", func(t *testing.T) {
		p, _, err := backend.BuildQBRPack(base(), backend.QBRPackOptions{Quarter: "2026-q3", Hours: true}, today)
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
		p, _, err := backend.BuildQBRPack(in, backend.QBRPackOptions{}, today)
		if err != nil || len(p.Objectives) != 0 || p.PlanPeriod != "" {
			t.Fatalf("no plan: %+v, %v", p.Objectives, err)
		}
	})
	for _, q := range []string{"2026-Q5", "Q4 2026", "2026Q4", "26-Q1", "2026-Q4; drop"} {
		t.Run("ErrQuarter/"+q, func(t *testing.T) {
			_, _, err := backend.BuildQBRPack(base(), backend.QBRPackOptions{Quarter: q}, today)
			if backend.ErrorCode(err) != backend.EINVALID {
				t.Fatalf("quarter %q: %v, want invalid", q, err)
			}
		})
	}
	t.Run("ErrHoursWithoutRetainer", func(t *testing.T) {
		in := base()
		in.Account.RetainerHoursPerMonth = 0
		_, _, err := backend.BuildQBRPack(in, backend.QBRPackOptions{Hours: true}, today)
		if backend.ErrorCode(err) != backend.EINVALID {
			t.Fatalf("%v, want invalid", err)
		}
	})
	t.Run("ErrNoHoursRecordedYet", func(t *testing.T) {
		in := base()
		in.Months = in.Months[:1] // September only
		_, _, err := backend.BuildQBRPack(in, backend.QBRPackOptions{Hours: true}, today)
		if backend.ErrorCode(err) != backend.EINVALID {
			t.Fatalf("%v, want invalid", err)
		}
	})
	t.Run("OKNoReviewSinceLastQuarter", func(t *testing.T) {
		in := base()
		in.QBRs = []backend.QBR{{Date: "2026-04-16", NextSteps: "Stale steps"}}
		p, _, err := backend.BuildQBRPack(in, backend.QBRPackOptions{}, today)
		if err != nil || p.Agreed != "" {
			t.Fatalf("agreed %q (%v): a review two quarters ago is not news", p.Agreed, err)
		}
	})
	t.Run("ErrHoursOfAFutureQuarter", func(t *testing.T) {
		_, _, err := backend.BuildQBRPack(base(), backend.QBRPackOptions{Quarter: "2027-Q2", Hours: true}, today)
		if backend.ErrorCode(err) != backend.EINVALID {
			t.Fatalf("%v, want invalid", err)
		}
	})
}

func titles(items []backend.PackItem) string {
	var out []string
	for _, it := range items {
		out = append(out, it.Title)
	}
	return strings.Join(out, "|")
}

func TestLeftOutText(t *testing.T) {
	for _, c := range []struct {
		items []backend.LeftOut
		want  string
	}{
		{nil, "Nothing internal was left out: this account has no internal records."},
		{[]backend.LeftOut{{What: "Revenue, margin and cost figures"}}, "Revenue, margin and cost figures were left out."},
		{[]backend.LeftOut{{What: "Revenue, margin and cost figures"}, {What: "risks", Count: 3}, {What: "internal notes", Count: 2}},
			"Revenue, margin and cost figures, 3 risks and 2 internal notes were left out."},
		{[]backend.LeftOut{{What: "risks", Count: 3}, {What: "SWOT and competitors"}}, "3 risks and SWOT and competitors were left out."},
	} {
		if got := backend.LeftOutText(c.items); got != c.want {
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
		label, from, to, err := backend.ParseQuarter(q, today)
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
