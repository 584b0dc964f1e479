package export

import (
	"fmt"
	"strings"

	"accountdesk/backend"
)

// Peer feedback as the appraised person reads it in their appraisal PDF and
// in the appraisal exports: backend.ResultsOf has already kept anonymous
// answers to averages and unnamed comments, and withheld them below the
// threshold; these render what is left.

// peerSummary is one request's heading line.
func peerSummary(r backend.PeerResults) string {
	switch {
	case r.Withheld:
		return fmt.Sprintf("Anonymous feedback: %d of %d reviewers answered. The answers are shown once at least %d have answered.",
			r.Answered, r.Asked, backend.PeerAnonymousMin)
	case r.Anonymous:
		return fmt.Sprintf("Anonymous feedback from %d of %d reviewers asked: averages and comments without names.", r.Answered, r.Asked)
	}
	return fmt.Sprintf("Feedback from %d of %d reviewers asked, with their names.", r.Answered, r.Asked)
}

// peerQuestionLine is a question with its average, or "" for a question
// nobody answered.
func peerQuestionLine(q backend.PeerQuestionResult) string {
	switch {
	case q.Count > 0:
		return fmt.Sprintf("%s: average %.2f from %d %s", q.Text, q.Mean, q.Count, plural(q.Count, "rating", "ratings"))
	case len(q.Comments) > 0:
		return q.Text
	}
	return ""
}

func peerCommentLine(c backend.PeerComment) string {
	if c.By == "" {
		return c.Text
	}
	who := c.By + " (" + c.Relationship
	if c.Rating > 0 {
		who += fmt.Sprintf(", rated %d", c.Rating)
	}
	return who + "): " + c.Text
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// peerPDF writes the "Peer feedback" section of an appraisal.
func (d *pdfDoc) peerFeedback(results []backend.PeerResults) {
	if len(results) == 0 {
		return
	}
	d.section("Peer feedback")
	for _, r := range results {
		d.para(peerSummary(r))
		for _, q := range r.Questions {
			line := peerQuestionLine(q)
			if line == "" {
				continue
			}
			d.para(line + ".")
			var cs []string
			for _, c := range q.Comments {
				cs = append(cs, peerCommentLine(c))
			}
			if len(cs) > 0 {
				d.bullets(cs)
			}
		}
	}
}

func peerMarkdown(b *strings.Builder, results []backend.PeerResults) {
	if len(results) == 0 {
		return
	}
	b.WriteString("\n**Peer feedback.**\n")
	for _, r := range results {
		fmt.Fprintf(b, "\n%s\n", peerSummary(r))
		for _, q := range r.Questions {
			if line := peerQuestionLine(q); line != "" {
				fmt.Fprintf(b, "\n- %s\n", mdEscape(line))
				for _, c := range q.Comments {
					fmt.Fprintf(b, "  - %s\n", mdEscape(strings.Join(strings.Fields(peerCommentLine(c)), " ")))
				}
			}
		}
	}
}
