package backend

import "context"

// Import kinds: what the rows of a file become.
const (
	ImportAccounts      = "accounts"
	ImportContacts      = "contacts"      // stakeholders of the matching account
	ImportOpportunities = "opportunities" // the pipeline of the account's current plan
	ImportFigures       = "figures"       // revenue, cost and write-offs per account and month
	ImportHours         = "hours"         // hours used per account and month
)

// ImportKinds lists the kinds in the order the command line documents them.
func ImportKinds() []string {
	return []string{ImportAccounts, ImportContacts, ImportOpportunities, ImportFigures, ImportHours}
}

// Import sources: the tool a file was exported from. A source's external
// ids are kept per record, so the next export of the same tool updates
// instead of duplicating.
const (
	SourceSalesforce  = "salesforce"
	SourceHubSpot     = "hubspot"
	SourcePipedrive   = "pipedrive"
	SourceHarvest     = "harvest"
	SourceToggl       = "toggl"
	SourceClockify    = "clockify"
	SourceSpreadsheet = "spreadsheet"
)

// SourceName is a source as its users call it ("Salesforce", "Toggl Track"),
// for the reasons an import gives.
func SourceName(source string) string {
	switch source {
	case SourceSalesforce:
		return "Salesforce"
	case SourceHubSpot:
		return "HubSpot"
	case SourcePipedrive:
		return "Pipedrive"
	case SourceHarvest:
		return "Harvest"
	case SourceToggl:
		return "Toggl Track"
	case SourceClockify:
		return "Clockify"
	}
	return "the spreadsheet"
}

// Date orders a file's dates can be written in.
const (
	DateDMY = "dmy"
	DateMDY = "mdy"
	DateYMD = "ymd"
)

// ImportMapping says what a file holds and which column feeds which field.
// It is what recognition proposes, what a mapping file holds, and what the
// user confirms on the mapping step. Columns maps a header of the file to a
// field name of the kind (importer.Fields lists them); a column that is not
// named is ignored.
type ImportMapping struct {
	Kind      string            `json:"kind"`
	Source    string            `json:"source"`
	Columns   map[string]string `json:"columns"`
	DateOrder string            `json:"dateOrder"` // dmy, mdy, ymd; "" when the file's dates are unambiguous
}

// ImportRow is one data row of a file: its line in the file (1-based, as a
// spreadsheet shows it) and its cells in header order.
type ImportRow struct {
	Line  int      `json:"line"`
	Cells []string `json:"cells"`
}

// ImportRows yields a file's data rows in order; Next returns io.EOF after
// the last one. Rows are streamed, never all held at once.
type ImportRows interface {
	Next() (ImportRow, error)
}

// ImportInput is one file to preview or import.
type ImportInput struct {
	FileName string // the file's base name, as recorded on the batch
	SHA256   string // hex checksum of the file's bytes
	Header   []string
	Rows     ImportRows
	Mapping  ImportMapping
}

// What happens to a row.
const (
	RowCreate    = "create"
	RowUpdate    = "update"
	RowUnchanged = "unchanged"
	RowSkipped   = "skipped"
	RowFailed    = "failed"
)

// FieldChange is one field an update changes, as the user reads it.
type FieldChange struct {
	Field string `json:"field"`
	Old   string `json:"old"`
	New   string `json:"new"`
}

// ImportRowResult is what happens (or, in a preview, would happen) to one row.
type ImportRowResult struct {
	Line    int           `json:"line"`
	Action  string        `json:"action"` // create, update, unchanged, skipped, failed
	Record  string        `json:"record"` // the name the row is about, e.g. the account's
	Changes []FieldChange `json:"changes,omitempty"`
	// Column and Reason say why a row was skipped or failed, in plain words.
	Column string `json:"column,omitempty"`
	Reason string `json:"reason,omitempty"`
	// Cells are the row as read, kept for failed rows so they can be saved
	// as a CSV to fix and import again.
	Cells []string `json:"cells,omitempty"`
}

// ImportError is a failed row, in the shape the command line prints.
type ImportError struct {
	Row     int    `json:"row"`
	Column  string `json:"column"`
	Message string `json:"message"`
}

// ImportCounts add up what happened to the rows.
type ImportCounts struct {
	Created   int `json:"created"`
	Updated   int `json:"updated"`
	Unchanged int `json:"unchanged"`
	Skipped   int `json:"skipped"`
	Failed    int `json:"failed"`
}

// Add counts one row's action.
func (c *ImportCounts) Add(action string) {
	switch action {
	case RowCreate:
		c.Created++
	case RowUpdate:
		c.Updated++
	case RowUnchanged:
		c.Unchanged++
	case RowSkipped:
		c.Skipped++
	case RowFailed:
		c.Failed++
	}
}

// ImportResult is a preview or an import of one file.
type ImportResult struct {
	Batch    int64    `json:"batch"` // 0 for a preview
	Kind     string   `json:"kind"`
	Source   string   `json:"source"`
	FileName string   `json:"fileName"`
	Header   []string `json:"header"`
	ImportCounts
	Rows []ImportRowResult `json:"rows"`
	// PeopleHours counts the person-months of an hours file whose hours a
	// team member logged on an account were written (new or changed);
	// PeopleNotOnTeam names who logged time but is not on the roster (their
	// hours count for the account only).
	PeopleHours     int      `json:"peopleHours"`
	PeopleNotOnTeam []string `json:"peopleNotOnTeam"`
}

// Errors lists the failed rows.
func (r ImportResult) Errors() []ImportError {
	out := []ImportError{}
	for _, row := range r.Rows {
		if row.Action == RowFailed {
			out = append(out, ImportError{Row: row.Line, Column: row.Column, Message: row.Reason})
		}
	}
	return out
}

// ImportBatch is one recorded import, as the import screen lists it.
type ImportBatch struct {
	ID         int64  `json:"id"`
	Kind       string `json:"kind"`
	Source     string `json:"source"`
	FileName   string `json:"fileName"`
	SHA256     string `json:"sha256"`
	ImportedAt string `json:"importedAt"`
	UndoneAt   string `json:"undoneAt"` // "" while the batch stands
	ImportCounts
}

// UndoLeft is a record (or some of its fields) an undo left as it was,
// because it was edited after the import, and why.
type UndoLeft struct {
	Record string   `json:"record"`
	Fields []string `json:"fields,omitempty"`
	Reason string   `json:"reason"`
}

// UndoResult says what undoing a batch did.
type UndoResult struct {
	Batch    int64      `json:"batch"`
	Removed  int        `json:"removed"`  // records the batch created, now gone
	Restored int        `json:"restored"` // records whose changed fields were put back
	Left     []UndoLeft `json:"left"`
}

// FailedRows are a batch's failed rows with the file's header, to save as a
// CSV with the reason in the first column.
type FailedRows struct {
	Header []string          `json:"header"`
	Rows   []ImportRowResult `json:"rows"`
}

// ImportService brings rows of other tools' files into the workspace.
type ImportService interface {
	// PreviewImport runs the import of in inside a transaction that is rolled
	// back: it returns what would happen to every row and changes nothing.
	// Returns EINVALID for a mapping that does not fit the file.
	PreviewImport(ctx context.Context, in ImportInput) (ImportResult, error)
	// Import imports in, in one transaction, as a new batch. Rows that fail
	// are left out and reported; the rest is imported. Returns EINVALID as
	// PreviewImport does.
	Import(ctx context.Context, in ImportInput) (ImportResult, error)
	// UndoImport removes what the batch created and restores the fields it
	// changed, leaving (and naming) what was edited since. Returns ENOTFOUND,
	// ECONFLICT (already undone).
	UndoImport(ctx context.Context, batch int64) (UndoResult, error)
	// ImportBatches lists the recorded imports, newest first.
	ImportBatches(ctx context.Context) ([]ImportBatch, error)
	// FailedImportRows returns a batch's failed rows. Returns ENOTFOUND.
	FailedImportRows(ctx context.Context, batch int64) (FailedRows, error)
	// SaveImportMapping remembers m for the next file with header's column
	// names (in any order). Returns EINVALID for a mapping that does not fit.
	SaveImportMapping(ctx context.Context, header []string, m ImportMapping) error
	// ImportMappingFor returns the mapping saved for files shaped like
	// header. Returns ENOTFOUND when none was saved.
	ImportMappingFor(ctx context.Context, header []string) (ImportMapping, error)
}
