package importer

import (
	"encoding/csv"
	"io"
	"strings"

	"accountdesk/backend"
)

// WriteFailedCSV writes failed rows as a CSV to fix in a spreadsheet and
// import again: the reason first, then the row's own columns under the
// file's header. A cell that a spreadsheet would run as a formula is
// written with a leading apostrophe, so it stays text.
func WriteFailedCSV(w io.Writer, f backend.FailedRows) error {
	out := csv.NewWriter(w)
	out.UseCRLF = true
	if err := out.Write(append([]string{"Reason"}, safeCells(f.Header)...)); err != nil {
		return err
	}
	for _, r := range f.Rows {
		why := r.Reason
		if r.Column != "" {
			why = r.Column + ": " + why
		}
		cells := make([]string, len(f.Header))
		copy(cells, r.Cells)
		if err := out.Write(append([]string{safeCell(why)}, safeCells(cells)...)); err != nil {
			return err
		}
	}
	out.Flush()
	return out.Error()
}

func safeCells(cells []string) []string {
	out := make([]string, len(cells))
	for i, c := range cells {
		out[i] = safeCell(c)
	}
	return out
}

// safeCell keeps a cell from running as a formula; a plain negative number
// ("-500") is left as it is.
func safeCell(s string) string {
	if !isFormula(s) {
		return s
	}
	if _, err := amount(s); err == nil && strings.Trim(s, "-+0123456789.,") == "" {
		return s
	}
	return "'" + s
}
