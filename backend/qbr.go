package backend

import (
	"context"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"
)

// QBR states for the current calendar quarter.
const (
	QBRNotRequired = "not_required" // below the threshold
	QBRDone        = "done"         // held this quarter
	QBRDueState    = "due"          // not yet held this quarter
	QBROverdue     = "overdue"      // last quarter was missed and none held yet this quarter
)

// QBRDue is an account's Quarterly Business Review standing today.
type QBRDue struct {
	State    string `json:"state"`
	Quarter  string `json:"quarter"`  // e.g. "2026-Q4"
	DaysLeft int    `json:"daysLeft"` // days until the quarter ends
	LastHeld string `json:"lastHeld"` // date of the latest QBR, "" if none
	// Basis says what the requirement was judged on: "revenue" (trailing
	// twelve months) or "target" (no history, so the annual target).
	Basis string `json:"basis"`
}

// QBRInput is what the QBR rule needs to know about one account.
type QBRInput struct {
	// RevenueT12MMinor is revenue in the twelve full months before today's month.
	RevenueT12MMinor int64
	// HasHistory is true when any month in that window has figures.
	HasHistory bool
	// AnnualTargetMinor is the current plan's revenue target, 0 if none.
	AnnualTargetMinor int64
	// ThresholdMinor is the Settings QBR threshold.
	ThresholdMinor int64
	// ContractStart is the account's contract start ("" when unknown).
	ContractStart string
	// Status is the account status; prospects and churned accounts need none.
	Status string
	// Held are the dates (YYYY-MM-DD) of QBRs held, in any order. The rule
	// needs those from QBRWindowStart on and the latest one before it (the
	// last held, however long ago); others change nothing.
	Held []string
}

// QBRWindowStart is the first day of the quarter before today's: QBRStatus
// judges the QBRs held from then on, and reports the latest held before
// then only as LastHeld.
func QBRWindowStart(today time.Time) time.Time {
	_, start, _ := Quarter(today)
	_, prevStart, _ := Quarter(start.AddDate(0, 0, -1))
	return prevStart
}

// Quarter returns the calendar quarter of t, as "2026-Q4", and its first and last day.
func Quarter(t time.Time) (label string, start, end time.Time) {
	q := (int(t.Month()) - 1) / 3
	start = time.Date(t.Year(), time.Month(q*3+1), 1, 0, 0, 0, 0, time.UTC)
	end = start.AddDate(0, 3, -1)
	return fmt.Sprintf("%d-Q%d", t.Year(), q+1), start, end
}

// QBRStatus applies the rule: an account whose trailing-twelve-month revenue
// (or, with no history, its annual target) is at or above the threshold needs
// a QBR in every calendar quarter.
func QBRStatus(in QBRInput, today time.Time) QBRDue {
	today = time.Date(today.Year(), today.Month(), today.Day(), 0, 0, 0, 0, time.UTC)
	label, start, end := Quarter(today)
	out := QBRDue{State: QBRNotRequired, Quarter: label, DaysLeft: int(end.Sub(today).Hours() / 24)}
	// A QBR dated after today is scheduled, not held.
	var held []string
	for _, d := range in.Held {
		if d <= today.Format(time.DateOnly) {
			held = append(held, d)
			out.LastHeld = max(out.LastHeld, d)
		}
	}
	if in.Status == StatusProspect || in.Status == StatusChurned || in.ThresholdMinor <= 0 {
		return out
	}
	basis := in.RevenueT12MMinor
	out.Basis = "revenue"
	if !in.HasHistory {
		basis = in.AnnualTargetMinor
		out.Basis = "target"
	}
	if basis < in.ThresholdMinor {
		return out
	}
	startISO, endISO := start.Format(time.DateOnly), end.Format(time.DateOnly)
	if heldBetween(held, startISO, endISO) {
		out.State = QBRDone
		return out
	}
	out.State = QBRDueState
	// Last quarter counts only if the contract had started by its end.
	_, prevStart, prevEnd := Quarter(start.AddDate(0, 0, -1))
	if in.ContractStart == "" || in.ContractStart <= prevEnd.Format(time.DateOnly) {
		if !heldBetween(held, prevStart.Format(time.DateOnly), prevEnd.Format(time.DateOnly)) {
			out.State = QBROverdue
		}
	}
	return out
}

func heldBetween(held []string, from, to string) bool {
	for _, d := range held {
		if d >= from && d <= to {
			return true
		}
	}
	return false
}

// QBR formats.
const (
	QBROnSite = "on_site"
	QBRRemote = "remote"
)

// QBR is one Quarterly Business Review held with the client.
type QBR struct {
	ID        int64  `json:"id"`
	AccountID int64  `json:"accountId"`
	Date      string `json:"date"`
	Format    string `json:"format"`
	// Attendees are the client stakeholders present.
	Attendees   []QBRAttendee `json:"attendees"`
	Progress    string        `json:"progress"`
	Issues      string        `json:"issues"`
	Initiatives string        `json:"initiatives"`
	NextSteps   string        `json:"nextSteps"`
}

// QBRAttendee is a stakeholder at a QBR; DecisionMaker marks decision makers met.
type QBRAttendee struct {
	StakeholderID int64  `json:"stakeholderId"`
	Name          string `json:"name"`
	DecisionMaker bool   `json:"decisionMaker"`
}

// QBRSectionMax is the most characters each written section of a QBR holds.
const QBRSectionMax = SectionMaxLen

// Validate returns an invalid error naming the first wrong field.
func (q *QBR) Validate() error {
	q.Date = strings.TrimSpace(q.Date)
	switch {
	case q.Date == "" || !validDate(q.Date):
		return Invalid("date", "Enter the date of the QBR.")
	case !oneOf(q.Format, QBROnSite, QBRRemote):
		return Invalid("format", "Choose on-site or remote.")
	}
	for _, f := range []struct{ name, text string }{
		{"progress", q.Progress}, {"issues", q.Issues}, {"initiatives", q.Initiatives}, {"nextSteps", q.NextSteps},
	} {
		if utf8.RuneCountInString(f.text) > QBRSectionMax {
			return Invalid(f.name, "Each section can be at most 20,000 characters.")
		}
	}
	return nil
}

// QBRService keeps Quarterly Business Reviews.
type QBRService interface {
	// QBRs returns an account's QBRs, newest first.
	QBRs(ctx context.Context, accountID int64) ([]QBR, error)
	// SaveQBR creates (ID 0) or updates a QBR. Returns EINVALID, ENOTFOUND.
	SaveQBR(ctx context.Context, q QBR) (QBR, error)
	// DeleteQBR removes a QBR. Returns ENOTFOUND.
	DeleteQBR(ctx context.Context, id int64) error
}
