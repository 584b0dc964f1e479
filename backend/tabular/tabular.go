// Package tabular reads the table files people bring from other tools — CSV,
// TSV and XLSX as Salesforce, HubSpot, Pipedrive, Harvest, Toggl, Clockify
// and Excel write them — as a header and a stream of rows of text, and parses
// the amounts, dates and percentages people type into spreadsheets.
//
// Nothing in a file is ever executed: formulas in a workbook are read as the
// value Excel saved with them, and text that looks like a formula stays text
// (IsFormula tells the caller, who decides how to show or export it).
package tabular

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Defaults for Options.
const (
	DefaultMaxRows      = 1_000_000
	DefaultMaxCellBytes = 1 << 20
)

// headerWindow is how many non-empty rows at the top are looked at to find
// the header row under title lines.
const headerWindow = 10

// Options limit what a file may hold. The zero value means the defaults.
type Options struct {
	MaxRows      int    // data rows after the header; 0 = 1,000,000
	MaxCellBytes int    // bytes in one cell; 0 = 1 MiB
	Sheet        string // the workbook sheet to read; "" = the first visible sheet with a value
}

// Table is an open table file: its header and a reader of its rows.
type Table struct {
	Format     string   // "csv" or "xlsx"
	Encoding   string   // "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "windows-1252" ("utf-8" for xlsx)
	Delimiter  rune     // ',', ';', '\t' or '|'; 0 for xlsx
	Sheet      string   // the sheet read, for xlsx
	Header     []string // the column names: trimmed, spaces collapsed, BOM-free, NFC
	HeaderLine int      // the spreadsheet row (1-based) of the header

	src     source
	closer  io.Closer // the file Open opened
	pending []rawRow  // rows read ahead while looking for the header
	opt     Options
	rows    int
	err     error // sticky: once a row fails, so does every later Next
}

// Row is one data row.
type Row struct {
	Line  int      // the spreadsheet row number, 1-based, as Excel shows it
	Cells []string // one per header column, "" where the row is short; NFC, not trimmed
}

type rawRow struct {
	line  int
	cells []string
}

// source yields the rows of a file with their spreadsheet row numbers.
type source interface {
	next() (line int, cells []string, err error)
	close() error
}

// Open reads a table file: CSV, TSV (or semicolon- or pipe-separated) or
// XLSX, told apart by content first and by name second. It reads as far as
// the header row; Next streams the rest. Errors are *Error (code invalid,
// field "file") for anything wrong with the file, or the os error when the
// file cannot be opened.
func Open(path string, opt Options) (*Table, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	t, err := OpenReader(filepath.Base(path), f, st.Size(), opt)
	if err != nil {
		f.Close()
		return nil, err
	}
	t.closer = f
	return t, nil
}

// OpenReader is Open on the size bytes of r; name (a file name) gives the
// extension hint. r must stay readable until Close.
func OpenReader(name string, r io.ReaderAt, size int64, opt Options) (*Table, error) {
	if opt.MaxRows <= 0 {
		opt.MaxRows = DefaultMaxRows
	}
	if opt.MaxCellBytes <= 0 {
		opt.MaxCellBytes = DefaultMaxCellBytes
	}
	if size <= 0 {
		return nil, fileErr(KindEmpty, 0, "This file is empty.")
	}
	head := make([]byte, min(size, 8))
	if _, err := r.ReadAt(head, 0); err != nil && err != io.EOF {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	ext := strings.ToLower(filepath.Ext(name))
	t := &Table{opt: opt}
	var err error
	switch {
	case bytes.HasPrefix(head, sigZip):
		err = t.openXLSX(r, size)
	case bytes.HasPrefix(head, sigOLE):
		return nil, fileErr(KindNotTable, 0, "This is an old Excel file (.xls) or a workbook protected by a password. Open it in Excel, save it as .xlsx or CSV, and import that.")
	case bytes.HasPrefix(head, sigPDF):
		return nil, fileErr(KindNotTable, 0, "This file is a PDF, not a table. Export the data as CSV or Excel instead.")
	case ext == ".xlsx" || ext == ".xlsm" || ext == ".xls":
		return nil, fileErr(KindNotTable, 0, "This file is named %s but is not an Excel workbook.", ext)
	default:
		err = t.openCSV(r, size, ext == ".tsv" || ext == ".tab")
	}
	if err == nil {
		err = t.readHeader()
	}
	if err != nil {
		if t.src != nil {
			t.src.close()
		}
		return nil, err
	}
	return t, nil
}

func (t *Table) openCSV(r io.ReaderAt, size int64, preferTab bool) error {
	enc, skip, err := sniffEncoding(r, size)
	if err != nil {
		return err
	}
	sample, truncated, err := readSample(textReader(r, size, enc, skip), 64<<10)
	if err != nil {
		return fmt.Errorf("read sample: %w", err)
	}
	d := sniffDelimiter(sample, truncated, preferTab)
	t.Format, t.Encoding, t.Delimiter = "csv", enc, rune(d)
	t.src = newCSVSource(textReader(r, size, enc, skip), d, t.opt.MaxCellBytes, enc == EncUTF8 || enc == EncUTF8BOM)
	return nil
}

// readHeader finds the header row: among the first non-empty rows, the first
// that fills at least two thirds of the widest (so a title line such as
// "Detailed report, March 2026" above the table is skipped). The rows after
// it that were read ahead are kept for Next.
func (t *Table) readHeader() error {
	var window []rawRow
	widest := 0
	for len(window) < headerWindow {
		line, cells, err := t.src.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		n := filled(cells)
		if n == 0 {
			continue
		}
		window = append(window, rawRow{line, cells})
		widest = max(widest, n)
	}
	if len(window) == 0 {
		return fileErr(KindEmpty, 0, "This file is empty.")
	}
	need := max(1, (widest*2+2)/3)
	if widest >= 2 {
		need = max(need, 2)
	}
	at := 0
	for i, r := range window {
		if filled(r.cells) >= need {
			at = i
			break
		}
	}
	h := window[at]
	t.HeaderLine, t.pending = h.line, window[at+1:]
	header := make([]string, len(h.cells))
	for i, c := range h.cells {
		header[i] = headerName(c)
	}
	for len(header) > 0 && header[len(header)-1] == "" {
		header = header[:len(header)-1]
	}
	// A column name is a label; a long line of words is a letter or a note.
	for _, name := range header {
		if len(header) == 1 && len(name) > 100 || len(name) > 200 {
			return fileErr(KindNotTable, 0, "This file is not a table (no header row found).")
		}
	}
	seen := make(map[string]int, len(header))
	for i, name := range header {
		key := strings.ToLower(name)
		if name == "" {
			continue
		}
		if j, ok := seen[key]; ok {
			return fileErr(KindDuplicate, h.line, "Two columns are both named “%s” (columns %s and %s).", header[j], ColumnName(j), ColumnName(i))
		}
		seen[key] = i
	}
	t.Header = header
	return nil
}

// headerName is a header cell as a name: without byte order marks, spaces
// (line breaks in a quoted header too) collapsed, in NFC.
func headerName(s string) string {
	s = strings.TrimLeft(s, "\uFEFF")
	s = strings.Join(strings.FieldsFunc(s, isSpace), " ")
	return nfc(s)
}

// Next returns the next data row, skipping rows with no value. It returns
// io.EOF after the last row, and *Error for a row that cannot be read (a cell
// over the limit, a quote never closed, text in another encoding, values right
// of the last named column, too many rows); after an error every call returns
// the same error.
func (t *Table) Next() (Row, error) {
	if t.err != nil {
		return Row{}, t.err
	}
	row, err := t.next()
	if err != nil {
		t.err = err
	}
	return row, err
}

func (t *Table) next() (Row, error) {
	for {
		var r rawRow
		if len(t.pending) > 0 {
			r, t.pending = t.pending[0], t.pending[1:]
		} else {
			line, cells, err := t.src.next()
			if err != nil {
				return Row{}, err
			}
			r = rawRow{line, cells}
		}
		if filled(r.cells) == 0 {
			continue
		}
		t.rows++
		if t.rows > t.opt.MaxRows {
			return Row{}, fileErr(KindTooManyRows, r.line, "This file has more than %s rows.", thousands(t.opt.MaxRows))
		}
		cells := r.cells
		if len(cells) > len(t.Header) {
			for i := len(t.Header); i < len(cells); i++ {
				if strings.TrimFunc(cells[i], isSpace) != "" {
					e := fileErr(KindExtraCells, r.line, "Row %d has a value in column %s, right of the last named column (%s). Give that column a name in the header row, or delete the value.", r.line, ColumnName(i), ColumnName(len(t.Header)-1))
					e.Column = ColumnName(i)
					return Row{}, e
				}
			}
			cells = cells[:len(t.Header)]
		} else if len(cells) < len(t.Header) {
			cells = append(cells, make([]string, len(t.Header)-len(cells))...)
		}
		for i, c := range cells {
			cells[i] = nfc(c)
		}
		return Row{Line: r.line, Cells: cells}, nil
	}
}

// Close releases the file. It is safe to call more than once.
func (t *Table) Close() error {
	var errs []error
	if t.src != nil {
		errs = append(errs, t.src.close())
		t.src = nil
	}
	if t.closer != nil {
		errs = append(errs, t.closer.Close())
		t.closer = nil
	}
	if t.err == nil {
		t.err = errors.New("tabular: table closed")
	}
	return errors.Join(errs...)
}

func filled(cells []string) int {
	n := 0
	for _, c := range cells {
		if strings.TrimFunc(c, isSpace) != "" {
			n++
		}
	}
	return n
}

func nfc(s string) string {
	ascii := true
	for i := 0; i < len(s) && ascii; i++ {
		ascii = s[i] < utf8.RuneSelf
	}
	if ascii || norm.NFC.IsNormalString(s) {
		return s
	}
	return norm.NFC.String(s)
}

// isSpace is a space people cannot see: ASCII white space, the no-break
// spaces Excel and French number formats use, and the byte order mark.
func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', '\u00A0', '\u2007', '\u2009', '\u202F', '\u200B', '\uFEFF':
		return true
	}
	return false
}
