package backend

import (
	"context"
	"strings"
	"unicode/utf8"
)

// ExportRequest says what to export.
type ExportRequest struct {
	// AccountIDs limits the plan summaries to these accounts; empty means all.
	AccountIDs []int64 `json:"accountIds"`
	// Portfolio writes the portfolio summary instead of plan summaries.
	Portfolio bool `json:"portfolio"`
	// WithPlans, with Portfolio, writes the plan summaries too (of
	// AccountIDs, or of every account) in the same run.
	WithPlans bool `json:"withPlans"`
	// Formats are any of pdf, md, html, json, csv, xlsx, ics; empty means
	// pdf, md, html, json and csv (a workbook or the calendar only when asked for).
	Formats []string `json:"formats"`
	// IncludeAppraisals adds appraisals-<cycle>.<ext> per review cycle (never
	// private manager notes). Without it no exported file carries appraisals.
	IncludeAppraisals bool `json:"includeAppraisals"`
}

// ExportRun is one export, as shown on the Exports screen.
type ExportRun struct {
	ID          int64           `json:"id"`
	StartedAt   string          `json:"startedAt"`
	What        string          `json:"what"` // "portfolio", "all accounts" or the account names
	Formats     string          `json:"formats"`
	Destination string          `json:"destination"` // folder or URL, never credentials
	OK          bool            `json:"ok"`
	Message     string          `json:"message"`
	Files       []ExportRunFile `json:"files"`
	// LeftBehind names what a failed run could not remove from the
	// destination (the share went away); AccountDesk removes them the next
	// time it reaches the same place.
	LeftBehind []string `json:"leftBehind"`
}

// ExportRunFile is a file an export wrote, with its checksum.
type ExportRunFile struct {
	Name   string `json:"name"`
	Bytes  int    `json:"bytes"`
	SHA256 string `json:"sha256"`
}

// ExportRunService records export runs.
type ExportRunService interface {
	// RecordExportRun stores a run (ID and StartedAt are set if empty).
	RecordExportRun(ctx context.Context, r ExportRun) (ExportRun, error)
	// ExportRuns returns the latest runs, newest first.
	ExportRuns(ctx context.Context, limit int) ([]ExportRun, error)
}

// Rollup is the management view over several directors' portfolio
// summaries: read-only, one row per director, totals per currency.
type Rollup struct {
	Folder    string        `json:"folder"`
	Directors []RollupRow   `json:"directors"`
	Totals    []RollupTotal `json:"totals"`
	TopRisks  []RollupRisk  `json:"topRisks"`
	Skipped   []string      `json:"skipped"` // files that are not portfolio summaries
}

// RollupRow is one director's latest portfolio summary.
type RollupRow struct {
	Director        string  `json:"director"`
	WorkspaceID     string  `json:"workspaceId"` // tells apart directors of the same name
	Agency          string  `json:"agency"`
	File            string  `json:"file"`
	GeneratedAt     string  `json:"generatedAt"`
	Currency        string  `json:"currency"`
	Accounts        int     `json:"accounts"`
	RevenueYTDMinor int64   `json:"revenueYtdMinor"`
	TargetYTDMinor  int64   `json:"targetYtdMinor"`
	MarginYTDPct    float64 `json:"marginYtdPct"`
	Green           int     `json:"green"`
	Amber           int     `json:"amber"`
	Red             int     `json:"red"`
	QBRsDue         int     `json:"qbrsDue"`
	HighRisks       int     `json:"highRisks"`
}

// RollupTotal sums directors who report in one currency.
type RollupTotal struct {
	Currency        string `json:"currency"`
	Directors       int    `json:"directors"`
	Accounts        int    `json:"accounts"`
	RevenueYTDMinor int64  `json:"revenueYtdMinor"`
	TargetYTDMinor  int64  `json:"targetYtdMinor"`
	QBRsDue         int    `json:"qbrsDue"`
	HighRisks       int    `json:"highRisks"`
}

// RollupRisk is a top risk with the director it belongs to.
type RollupRisk struct {
	Director string `json:"director"`
	Account  string `json:"account"`
	Title    string `json:"title"`
	Score    int    `json:"score"`
}

// ExportPlace is a saved export destination: a folder or a WebDAV share with
// its user name. A password is never part of it: it lives in the operating
// system's keyring when the user asks to remember it.
type ExportPlace struct {
	Name          string `json:"name"`
	Destination   string `json:"destination"`
	User          string `json:"user"`
	PasswordSaved bool   `json:"passwordSaved"` // in the system keyring
}

// Validate trims p and returns an invalid error naming the wrong field.
func (p *ExportPlace) Validate() error {
	p.Name, p.Destination, p.User = strings.TrimSpace(p.Name), strings.TrimSpace(p.Destination), strings.TrimSpace(p.User)
	switch {
	case p.Name == "":
		return Invalid("placeName", "Name the place, for example Team share.")
	case utf8.RuneCountInString(p.Name) > PlaceNameMaxLen:
		return Invalid("placeName", "A place's name can be at most 80 characters.")
	case p.Destination == "":
		return Invalid("destination", "Enter the folder or WebDAV address.")
	case utf8.RuneCountInString(p.Destination) > PlaceAddressMaxLen || utf8.RuneCountInString(p.User) > PlaceUserMaxLen:
		return Invalid("destination", "That address is too long.")
	}
	return nil
}
