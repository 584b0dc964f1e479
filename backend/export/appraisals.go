package export

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"accountdesk/backend"
)

// AppraisalsSchema identifies the appraisal export; it is written only when
// the caller asks for appraisals explicitly.
const AppraisalsSchema = "accountdesk.appraisals/v1"

// AppraisalsDoc is one review cycle's appraisals. Private manager notes are
// never part of it.
type AppraisalsDoc struct {
	Schema      string            `json:"schema"`
	GeneratedAt string            `json:"generatedAt"`
	Agency      string            `json:"agency"`
	Cycle       string            `json:"cycle"`
	PeriodFrom  string            `json:"periodFrom"`
	PeriodTo    string            `json:"periodTo"`
	Status      string            `json:"status"`
	Appraisals  []AppraisalRecord `json:"appraisals"`

	cycleID  int64  // names the file, with the cycle's name
	director string // the PDF's author
	locale   string // how the PDF writes dates
}

// AppraisalRecord is one person's appraisal as shared with management.
type AppraisalRecord struct {
	Person           string               `json:"person"`
	Manager          string               `json:"manager"`
	Status           string               `json:"status"`
	Overall          float64              `json:"overall"`
	OverrideReason   string               `json:"overrideReason"`
	Ratings          []RatingRecord       `json:"ratings"`
	Strengths        string               `json:"strengths"`
	DevelopmentAreas string               `json:"developmentAreas"`
	DevelopmentPlan  []backend.DevAction  `json:"developmentPlan"`
	Compensation     backend.Compensation `json:"compensation"`
	// PeerFeedback is what the person may see of the peer feedback asked
	// for this cycle (backend.ResultsOf): anonymous answers only as
	// averages and unnamed comments, and only from three answers.
	PeerFeedback []backend.PeerResults `json:"peerFeedback"`
}

// RatingRecord is a competency or goal with its ratings.
type RatingRecord struct {
	Name    string  `json:"name"`
	Weight  float64 `json:"weight"`
	Self    int     `json:"self"`
	Manager int     `json:"manager"`
}

// appraisalSource is what appraisal documents are built from.
type appraisalSource interface {
	backend.AppraisalService
	backend.SettingsService
	PeerResults(ctx context.Context, personID, cycleID int64, today time.Time) ([]backend.PeerResults, error)
}

// BuildAppraisals builds one document per review cycle.
func BuildAppraisals(ctx context.Context, src appraisalSource, now time.Time) ([]AppraisalsDoc, error) {
	settings, err := src.Settings(ctx)
	if err != nil {
		return nil, err
	}
	cycles, err := src.Cycles(ctx)
	if err != nil {
		return nil, err
	}
	var docs []AppraisalsDoc
	for _, c := range cycles {
		doc := AppraisalsDoc{cycleID: c.ID, director: settings.DirectorName, locale: sourceLocale(src), Schema: AppraisalsSchema, GeneratedAt: now.UTC().Format(time.RFC3339), Agency: settings.AgencyName,
			Cycle: c.Name, PeriodFrom: c.PeriodFrom, PeriodTo: c.PeriodTo, Status: c.Status, Appraisals: []AppraisalRecord{}}
		names := map[string]string{}
		for _, k := range c.Competencies {
			names[k.Key] = k.Name
		}
		list, err := src.CycleAppraisals(ctx, c.ID)
		if err != nil {
			return nil, err
		}
		for _, s := range list {
			a, err := src.Appraisal(ctx, s.ID)
			if err != nil {
				return nil, err
			}
			r := AppraisalRecord{Person: a.PersonName, Manager: a.ManagerName, Status: a.Status, Overall: s.Score, OverrideReason: a.OverrideReason,
				Strengths: a.Strengths, DevelopmentAreas: a.DevelopmentAreas, DevelopmentPlan: a.DevelopmentPlan, Compensation: a.Compensation}
			if r.PeerFeedback, err = src.PeerResults(ctx, a.PersonID, c.ID, now); err != nil {
				return nil, err
			}
			for _, k := range a.Competencies {
				r.Ratings = append(r.Ratings, RatingRecord{Name: names[k.Key], Weight: k.Weight, Self: k.Self, Manager: k.Manager})
			}
			for _, g := range a.Goals {
				r.Ratings = append(r.Ratings, RatingRecord{Name: "Goal: " + g.Title, Weight: g.Weight, Self: g.Self, Manager: g.Manager})
			}
			doc.Appraisals = append(doc.Appraisals, r)
		}
		docs = append(docs, doc)
	}
	return docs, nil
}

// renderAppraisals renders one cycle in a format; PDF and HTML carry the same
// content as Markdown.
func renderAppraisals(d AppraisalsDoc, format string, csv CSVOptions) ([]byte, error) {
	switch format {
	case "json":
		return JSON(d)
	case "csv":
		return AppraisalsCSV(d, csv)
	case "xlsx":
		return AppraisalsXLSX(d)
	case "md":
		return []byte(appraisalsMarkdown(d)), nil
	case "html":
		return execHTML("appraisals.html", htmlHead+`<title>{{.Cycle}}</title></head><body><h1>{{.Cycle}}</h1><p class="muted">Confidential appraisals · {{.PeriodFrom}} to {{.PeriodTo}} · {{words .Status}}</p>
{{range .Appraisals}}<h2>{{.Person}}</h2><p class="muted">{{words .Status}} · overall {{printf "%.2f" .Overall}}{{if .Manager}} · manager {{.Manager}}{{end}}</p>
<table><tr><th>Rating</th><th class="num">Weight</th><th class="num">Self</th><th class="num">Manager</th></tr>{{range .Ratings}}<tr><td>{{.Name}}</td><td class="num">{{.Weight}}</td><td class="num">{{.Self}}</td><td class="num">{{.Manager}}</td></tr>{{end}}</table>
<p><b>Strengths.</b> {{.Strengths}}</p><p><b>Development areas.</b> {{.DevelopmentAreas}}</p><p><b>Compensation.</b> {{words .Compensation.Kind}} {{.Compensation.Justification}}</p>
{{if .PeerFeedback}}<h3>Peer feedback</h3>{{range .PeerFeedback}}<p>{{peerSummary .}}</p>{{range .Questions}}{{with peerQuestionLine .}}<p>{{.}}.</p>{{end}}{{if .Comments}}<ul>{{range .Comments}}<li>{{peerCommentLine .}}</li>{{end}}</ul>{{end}}{{end}}{{end}}{{end}}{{end}}
<footer>Generated {{.GeneratedAt}} by AccountDesk. Strictly confidential: appraisals.</footer></body></html>`, "", d)
	case "pdf":
		p := newPDF(d.Cycle, d.GeneratedAt[:10])
		p.by(d.director, d.locale)
		p.heading(d.Cycle, "Confidential appraisals · "+d.PeriodFrom+" to "+d.PeriodTo)
		for _, a := range d.Appraisals {
			p.section(fmt.Sprintf("%s · %s · overall %.2f", a.Person, Words(a.Status), a.Overall))
			var rows [][]string
			for _, r := range a.Ratings {
				rows = append(rows, []string{r.Name, trimNum(r.Weight), strconv.Itoa(r.Self), strconv.Itoa(r.Manager)})
			}
			p.table([]string{"Rating", "Weight", "Self", "Manager"}, []float64{120, 20, 20, 20}, rows, map[int]bool{1: true, 2: true, 3: true})
			p.para("Strengths: " + a.Strengths)
			p.para("Development areas: " + a.DevelopmentAreas)
			p.peerFeedback(a.PeerFeedback)
		}
		return p.bytes()
	}
	return nil, fmt.Errorf("appraisals: unknown format %q", format)
}

func appraisalsMarkdown(d AppraisalsDoc) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\nConfidential appraisals · %s to %s · %s\n", mdEscape(d.Cycle), d.PeriodFrom, d.PeriodTo, Words(d.Status))
	for _, a := range d.Appraisals {
		fmt.Fprintf(&b, "\n## %s\n\n%s · overall %.2f", mdEscape(a.Person), Words(a.Status), a.Overall)
		if a.Manager != "" {
			fmt.Fprintf(&b, " · manager %s", mdEscape(a.Manager))
		}
		b.WriteString("\n\n| Rating | Weight | Self | Manager |\n|---|---|---|---|\n")
		for _, r := range a.Ratings {
			fmt.Fprintf(&b, "| %s | %s | %d | %d |\n", mdEscape(r.Name), trimNum(r.Weight), r.Self, r.Manager)
		}
		fmt.Fprintf(&b, "\n**Strengths.** %s\n\n**Development areas.** %s\n\n**Compensation.** %s %s\n",
			mdEscape(a.Strengths), mdEscape(a.DevelopmentAreas), Words(a.Compensation.Kind), mdEscape(a.Compensation.Justification))
		peerMarkdown(&b, a.PeerFeedback)
	}
	b.WriteString("\n---\nGenerated " + d.GeneratedAt + " by AccountDesk. Strictly confidential: appraisals.\n")
	return b.String()
}
