package tabular

import (
	"bufio"
	"io"
	"unicode/utf8"
)

// maxColumns is Excel's limit (column XFD); a wider row is not a table.
const maxColumns = 16384

// csvSource parses delimited text the way Excel opens it: a cell that starts
// with a quote runs to the closing quote, over line ends and separators, with
// "" for a quote; text after the closing quote belongs to the same cell; a
// quote elsewhere is an ordinary character; lines end in LF, CRLF or CR. Each
// record is one spreadsheet row, so a blank line is an (empty) row and a
// multi-line cell does not shift the row numbers that follow.
type csvSource struct {
	br        *bufio.Reader
	delim     byte
	line      int // spreadsheet row of the last record read
	maxCell   int
	checkUTF8 bool
	rec       []byte // the cells of the record being read, one after another
	ends      []int  // where each cell of rec ends
	start     int    // where the cell being read starts in rec
}

func newCSVSource(rd io.Reader, delim byte, maxCell int, checkUTF8 bool) *csvSource {
	return &csvSource{br: newBufReader(rd), delim: delim, maxCell: maxCell, checkUTF8: checkUTF8}
}

func (c *csvSource) close() error { return nil }

func (c *csvSource) next() (int, []string, error) {
	var (
		read       bool // any byte of this record read
		inQuote    bool
		quoted     bool // this cell started with a quote
		quoteLines int  // line ends inside the open quote
	)
	// The record's cells are collected in one buffer and become one string,
	// cut into cells: one allocation a row rather than one a cell.
	c.rec, c.ends, c.start = c.rec[:0], c.ends[:0], 0
	line := c.line + 1
	for {
		b, err := c.br.ReadByte()
		if err == io.EOF {
			if !read {
				return 0, nil, io.EOF
			}
			if inQuote {
				return 0, nil, unterminated(line)
			}
			return c.record(line)
		}
		if err != nil {
			return 0, nil, err
		}
		read = true
		if inQuote {
			if b == '"' {
				if nb, err := c.br.Peek(1); err == nil && nb[0] == '"' {
					c.br.ReadByte() //nolint:errcheck // the byte was peeked
				} else {
					inQuote = false
					continue
				}
			} else if b == '\n' {
				quoteLines++
			}
			c.rec = append(c.rec, b)
			if len(c.rec)-c.start > c.maxCell {
				if quoteLines > 50 {
					return 0, nil, unterminated(line)
				}
				return 0, nil, tooBig(line, len(c.ends), c.maxCell)
			}
			continue
		}
		switch {
		case b == c.delim:
			if err := c.finish(line); err != nil {
				return 0, nil, err
			}
			quoted = false
		case b == '\n' || b == '\r':
			if b == '\r' {
				if nb, err := c.br.Peek(1); err == nil && nb[0] == '\n' {
					c.br.ReadByte() //nolint:errcheck // the byte was peeked
				}
			}
			return c.record(line)
		case b == '"' && len(c.rec) == c.start && !quoted:
			inQuote, quoted = true, true
		default:
			c.rec = append(c.rec, b)
			if len(c.rec)-c.start > c.maxCell {
				return 0, nil, tooBig(line, len(c.ends), c.maxCell)
			}
		}
	}
}

// finish ends the cell being read.
func (c *csvSource) finish(line int) error {
	if len(c.ends) >= maxColumns {
		return fileErr(KindTooManyCols, line, "Row %d has more than %s columns.", line, thousands(maxColumns))
	}
	if c.checkUTF8 && !utf8.Valid(c.rec[c.start:]) {
		col := ColumnName(len(c.ends))
		e := fileErr(KindEncoding, line, "Row %d (column %s) has text that is not in the same encoding as the rest of the file. Save the file again as “CSV UTF-8” and import that.", line, col)
		e.Column = col
		return e
	}
	c.ends = append(c.ends, len(c.rec))
	c.start = len(c.rec)
	return nil
}

// record ends the record being read and returns its cells.
func (c *csvSource) record(line int) (int, []string, error) {
	if err := c.finish(line); err != nil {
		return 0, nil, err
	}
	c.line = line
	all := string(c.rec)
	cells := make([]string, len(c.ends))
	from := 0
	for i, end := range c.ends {
		cells[i], from = all[from:end], end
	}
	return line, cells, nil
}

func unterminated(line int) *Error {
	return fileErr(KindQuote, line, "Row %d has a quote (\") that is never closed, so the file looks cut short. Export or save it again and import the new file.", line)
}

func tooBig(line, col, limit int) *Error {
	e := fileErr(KindCellTooBig, line, "Row %d has a cell over %s (column %s).", line, byteSize(limit), ColumnName(col))
	e.Column = ColumnName(col)
	return e
}
