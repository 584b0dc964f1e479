package tabular

import (
	"errors"
	"fmt"
	"io"
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// xlsxSource streams one sheet of a workbook. It walks the sheet twice in
// step, once for the values as stored and once as Excel displays them:
// numbers come as stored (1234.5, not "1,234.50"), dates as ISO dates
// (2026-03-04, whatever the cell's display format or the computer's region),
// percentages as "40%", times and durations as displayed ("1:30:00"), text and
// TRUE/FALSE as they are. A formula reads as the value Excel saved with it
// (a formula no spreadsheet has calculated reads as empty); nothing is evaluated.
type xlsxSource struct {
	f          *excelize.File
	raw, shown *excelize.Rows
	line       int
	date1904   bool
	maxCell    int
}

func (t *Table) openXLSX(r io.ReaderAt, size int64) (err error) {
	defer recoverBroken(0, &err)
	f, err := excelize.OpenReader(io.NewSectionReader(r, 0, size), excelize.Options{UnzipSizeLimit: 1 << 30})
	if err != nil {
		if errors.Is(err, excelize.ErrWorkbookPassword) || errors.Is(err, excelize.ErrWorkbookFileFormat) {
			return fileErr(KindNotTable, 0, "This workbook is protected by a password. Open it in Excel, save a copy without the password, and import that.")
		}
		return fileErr(KindNotTable, 0, "This file is not a table (it is not an Excel workbook that can be read).")
	}
	sheet, err := pickSheet(f, t.opt.Sheet)
	if err != nil {
		f.Close()
		return err
	}
	x := &xlsxSource{f: f, maxCell: t.opt.MaxCellBytes}
	if p, err := f.GetWorkbookProps(); err == nil && p.Date1904 != nil {
		x.date1904 = *p.Date1904
	}
	if x.raw, err = f.Rows(sheet); err == nil {
		x.shown, err = f.Rows(sheet)
	}
	t.src = x // closes f and the rows on failure
	if err != nil {
		return fmt.Errorf("read sheet %q: %w", sheet, err)
	}
	t.Format, t.Encoding, t.Sheet = "xlsx", EncUTF8, sheet
	return nil
}

// pickSheet returns the sheet named (in any case), or else the first visible
// sheet with a value in it.
func pickSheet(f *excelize.File, want string) (string, error) {
	list := f.GetSheetList()
	if want != "" {
		for _, s := range list {
			if strings.EqualFold(s, want) {
				return s, nil
			}
		}
		return "", fileErr(KindSheet, 0, "This workbook has no sheet named “%s” (its sheets: %s).", want, strings.Join(list, ", "))
	}
	for _, s := range list {
		if visible, err := f.GetSheetVisible(s); err == nil && !visible {
			continue
		}
		if hasValue(f, s) {
			return s, nil
		}
	}
	return "", fileErr(KindEmpty, 0, "This file is empty.")
}

func hasValue(f *excelize.File, sheet string) bool {
	rows, err := f.Rows(sheet)
	if err != nil {
		return false
	}
	defer rows.Close()
	for rows.Next() {
		cells, err := rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			return false
		}
		if filled(cells) > 0 {
			return true
		}
	}
	return false
}

func (x *xlsxSource) next() (line int, cells []string, err error) {
	defer recoverBroken(x.line, &err)
	if !x.raw.Next() {
		if err := x.raw.Error(); err != nil {
			return 0, nil, x.broken(err)
		}
		return 0, nil, io.EOF
	}
	x.shown.Next()
	x.line++
	if x.line > excelize.TotalRows {
		return 0, nil, fileErr(KindTooManyRows, x.line, "This file has more than %s rows.", thousands(excelize.TotalRows))
	}
	raw, err := x.raw.Columns(excelize.Options{RawCellValue: true})
	if err != nil {
		return 0, nil, x.broken(err)
	}
	shown, err := x.shown.Columns()
	if err != nil {
		return 0, nil, x.broken(err)
	}
	if len(raw) > maxColumns {
		return 0, nil, fileErr(KindTooManyCols, x.line, "Row %d has more than %s columns.", x.line, thousands(maxColumns))
	}
	cells = make([]string, max(len(raw), len(shown)))
	for i := range cells {
		var r, s string
		if i < len(raw) {
			r = raw[i]
		}
		if i < len(shown) {
			s = shown[i]
		}
		cells[i] = cellText(r, s, x.date1904)
		if len(cells[i]) > x.maxCell {
			return 0, nil, tooBig(x.line, i, x.maxCell)
		}
	}
	return x.line, cells, nil
}

// recoverBroken turns a panic of the workbook library on a damaged file into
// the error a damaged file gets: a file must never take the program down.
func recoverBroken(line int, err *error) {
	if p := recover(); p != nil {
		*err = fileErr(KindNotTable, line, "This workbook is damaged and cannot be read.")
	}
}

func (x *xlsxSource) broken(err error) error {
	e := fileErr(KindNotTable, x.line, "Row %d of this workbook cannot be read (%s).", x.line, err)
	return e
}

func (x *xlsxSource) close() error {
	var errs []error
	for _, r := range []*excelize.Rows{x.raw, x.shown} {
		if r != nil {
			errs = append(errs, r.Close())
		}
	}
	x.raw, x.shown = nil, nil
	if x.f != nil {
		errs = append(errs, x.f.Close())
		x.f = nil
	}
	return errors.Join(errs...)
}

var (
	storedNumber = regexp.MustCompile(`^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$`)
	shownTime    = regexp.MustCompile(`^\[?[0-9]+\]?:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(\s?[AaPp][Mm])?$`)
)

// cellText is a cell's value as the reader hands it on, from its stored
// value and the value as displayed.
func cellText(raw, shown string, date1904 bool) string {
	if !storedNumber.MatchString(raw) {
		if shown == "" {
			return raw
		}
		return shown
	}
	f, err := strconv.ParseFloat(raw, 64)
	if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
		return shown
	}
	switch {
	case shown == "TRUE" || shown == "FALSE":
		return shown
	case shown == raw:
		return plainNumber(f)
	case strings.Contains(shown, "%"):
		return plainNumber(f*100) + "%"
	case shownTime.MatchString(strings.TrimSpace(shown)):
		return shown
	case looksLikeDate(shown):
		if t, err := excelize.ExcelDateToTime(f, date1904); err == nil {
			t = t.Round(1e9)
			if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 {
				return t.Format("2006-01-02")
			}
			return t.Format("2006-01-02T15:04:05")
		}
		return shown
	}
	return plainNumber(f)
}

// plainNumber writes a stored number as Excel shows it at full precision (15
// significant digits), with a decimal point and no grouping. Exactly three
// decimals get a fourth, a zero, so that ParseAmount cannot take 333.333 for
// three hundred thirty-three thousand three hundred thirty-three.
func plainNumber(f float64) string {
	f, _ = strconv.ParseFloat(strconv.FormatFloat(f, 'g', 15, 64), 64)
	s := strconv.FormatFloat(f, 'f', -1, 64)
	if i := strings.IndexByte(s, '.'); i >= 0 && len(s)-i-1 == 3 {
		s += "0"
	}
	return s
}

// looksLikeDate reports whether a number's display is a date: it reads as a
// date in some order, or names a month ("Mar 2026").
func looksLikeDate(shown string) bool {
	for _, o := range []DateOrder{DMY, MDY, YMD} {
		if _, err := parseDate(shown, o, false); err == nil {
			return true
		}
	}
	for _, tok := range strings.FieldsFunc(shown, func(r rune) bool { return !isLetter(r) }) {
		if _, ok := monthNumber(tok); ok {
			return true
		}
	}
	return false
}
