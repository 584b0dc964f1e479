package backend

import (
	"context"
	"strings"
	"time"
)

// Job statuses, in the order a job moves through the agency.
const (
	JobBriefed    = "briefed"
	JobInProgress = "in_progress"
	JobWithClient = "with_client"
	JobApproved   = "approved"
	JobOnHold     = "on_hold"
	JobCompleted  = "completed"
)

// Job is one piece of work for the client: a line of the status report.
type Job struct {
	ID            int64  `json:"id"`
	AccountID     int64  `json:"accountId"`
	Number        string `json:"number"`
	Name          string `json:"name"`
	Status        string `json:"status"`
	NextStep      string `json:"nextStep"`
	MilestoneDate string `json:"milestoneDate"`
}

// Validate normalises j and returns an invalid error naming the first wrong field.
func (j *Job) Validate() error {
	j.Number = strings.TrimSpace(j.Number)
	j.Name = strings.TrimSpace(j.Name)
	j.Status = defaultTo(j.Status, JobBriefed)
	switch {
	case j.Number == "":
		return Invalid("number", "Give the job its job number.")
	case len(j.Number) > JobNumberMaxLen:
		return Invalid("number", "A job number can be at most 40 characters.")
	case j.Name == "":
		return Invalid("name", "Give the job a name.")
	case !oneOf(j.Status, JobBriefed, JobInProgress, JobWithClient, JobApproved, JobOnHold, JobCompleted):
		return Invalid("status", "Choose a job status.")
	case !validDate(j.MilestoneDate):
		return Invalid("milestoneDate", "Enter the milestone as a date.")
	}
	return nil
}

// ContactReportDeadline is how soon after a meeting its contact report is due.
const ContactReportDeadline = 48 * time.Hour

// ContactReport records a client meeting: who was there, what was decided.
type ContactReport struct {
	ID        int64  `json:"id"`
	AccountID int64  `json:"accountId"`
	MeetingAt string `json:"meetingAt"` // RFC 3339 with the user's offset
	WrittenAt string `json:"writtenAt"` // set when first saved, UTC
	Attendees string `json:"attendees"`
	Decisions string `json:"decisions"`
	Budget    string `json:"budget"`
	NextSteps string `json:"nextSteps"`
	// Late is true when the report was written more than 48 hours after the meeting.
	Late bool `json:"late"`
}

// Validate returns an invalid error naming the first wrong field.
func (c *ContactReport) Validate(now time.Time) error {
	at, err := time.Parse(time.RFC3339, strings.TrimSpace(c.MeetingAt))
	switch {
	case err != nil:
		return Invalid("meetingAt", "Enter the date and time of the meeting.")
	case at.After(now.Add(time.Hour)):
		return Invalid("meetingAt", "A contact report is for a meeting that has happened.")
	case strings.TrimSpace(c.Decisions) == "" && strings.TrimSpace(c.NextSteps) == "":
		return Invalid("decisions", "Write down what was decided or what happens next.")
	}
	for _, f := range []string{c.Attendees, c.Decisions, c.Budget, c.NextSteps} {
		if len(f) > SectionMaxLen {
			return Invalid("decisions", "Each section can be at most 20,000 characters.")
		}
	}
	return nil
}

// IsLate reports whether a report written at writtenAt for a meeting at
// meetingAt missed the 48-hour deadline. Unparseable times are not late.
func IsLate(meetingAt, writtenAt string) bool {
	m, err1 := time.Parse(time.RFC3339, meetingAt)
	w, err2 := time.Parse(time.RFC3339, writtenAt)
	return err1 == nil && err2 == nil && w.Sub(m) > ContactReportDeadline
}

// PaperworkService keeps jobs and contact reports.
type PaperworkService interface {
	// Jobs returns the account's jobs: open ones first, by milestone.
	Jobs(ctx context.Context, accountID int64) ([]Job, error)
	// SaveJob creates (ID 0) or updates a job. Returns EINVALID, ENOTFOUND,
	// ECONFLICT (job number already used on this account).
	SaveJob(ctx context.Context, j Job) (Job, error)
	// DeleteJob removes a job. Returns ENOTFOUND.
	DeleteJob(ctx context.Context, id int64) error
	// ContactReports returns the account's contact reports, newest meeting first.
	ContactReports(ctx context.Context, accountID int64) ([]ContactReport, error)
	// SaveContactReport creates (ID 0) or updates a report; the written time is
	// set on creation and kept. Returns EINVALID, ENOTFOUND.
	SaveContactReport(ctx context.Context, c ContactReport) (ContactReport, error)
	// DeleteContactReport removes a report. Returns ENOTFOUND.
	DeleteContactReport(ctx context.Context, id int64) error
}
