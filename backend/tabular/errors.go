package tabular

import (
	"fmt"
	"strconv"
	"strings"

	"accountdesk/backend"
)

// Kinds of file problems, so callers and tests can tell them apart without
// reading the message.
const (
	KindEmpty       = "empty"        // no bytes, or no row with a value
	KindNotTable    = "not_table"    // binary, an old .xls, prose, a broken workbook
	KindCellTooBig  = "cell_too_big" // a cell over Options.MaxCellBytes
	KindTooManyRows = "too_many_rows"
	KindTooManyCols = "too_many_columns"
	KindDuplicate   = "duplicate_header"
	KindQuote       = "unterminated_quote" // a quoted cell never closed: the file was cut short
	KindEncoding    = "encoding"           // text that is not in the file's encoding
	KindExtraCells  = "extra_cells"        // values right of the last named column
	KindSheet       = "sheet"              // Options.Sheet names no sheet of the workbook
)

// Error is a problem with the file being read. Its message is one plain
// sentence for the user; it wraps a *backend.Error with code invalid and
// field "file", so backend.ErrorCode and backend.ErrorMessage work on it.
type Error struct {
	Kind   string // one of the Kind constants
	Line   int    // the spreadsheet row it concerns, 0 for the whole file
	Column string // the column letter it concerns, if any ("C")
	err    *backend.Error
}

func (e *Error) Error() string { return e.err.Message }

// Unwrap returns the *backend.Error the user sees.
func (e *Error) Unwrap() error { return e.err }

func fileErr(kind string, line int, format string, args ...any) *Error {
	return &Error{Kind: kind, Line: line, err: backend.Invalid("file", format, args...)}
}

// ColumnName returns the spreadsheet letter of a 0-based column index: 0 → "A", 27 → "AB".
func ColumnName(i int) string {
	var b []byte
	for i++; i > 0; i = (i - 1) / 26 {
		b = append(b, byte('A'+(i-1)%26))
	}
	for l, r := 0, len(b)-1; l < r; l, r = l+1, r-1 {
		b[l], b[r] = b[r], b[l]
	}
	return string(b)
}

// thousands writes n with comma grouping: 1000000 → "1,000,000".
func thousands(n int) string {
	s := strconv.Itoa(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// byteSize writes a limit the way people say it: 1 MB, 64 KB, 100 bytes.
func byteSize(n int) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%s bytes", thousands(n))
}
