package backend

import "context"

// ExportRequest says what to export.
type ExportRequest struct {
	// AccountIDs limits the plan summaries to these accounts; empty means all.
	AccountIDs []int64 `json:"accountIds"`
	// Portfolio writes the portfolio summary instead of plan summaries.
	Portfolio bool `json:"portfolio"`
	// Formats are any of pdf, md, html, json, csv; empty means all.
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
