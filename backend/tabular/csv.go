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
	field     []byte
}

func newCSVSource(rd io.Reader, delim byte, maxCell int, checkUTF8 bool) *csvSource {
	return &csvSource{br: newBufReader(rd), delim: delim, maxCell: maxCell, checkUTF8: checkUTF8}
}

func (c *csvSource) close() error { return nil }

func (c *csvSource) next() (int, []string, error) {
	var (
		cells      []string
		read       bool // any byte of this record read
		inQuote    bool
		quoted     bool // this cell started with a quote
		quoteLines int  // line ends inside the open quote
	)
	c.field = c.field[:0]
	line := c.line + 1
	finish := func() error {
		if len(cells) >= maxColumns {
			return fileErr(KindTooManyCols, line, "Row %d has more than %s columns.", line, thousands(maxColumns))
		}
		if c.checkUTF8 && !utf8.Valid(c.field) {
			e := fileErr(KindEncoding, line, "Row %d (column %s) has text that is not in the same encoding as the rest of the file. Save the file again as “CSV UTF-8” and import that.", line, ColumnName(len(cells)))
			e.Column = ColumnName(len(cells))
			return e
		}
		cells = append(cells, string(c.field))
		c.field, quoted = c.field[:0], false
		return nil
	}
	for {
		b, err := c.br.ReadByte()
		if err == io.EOF {
			if !read {
				return 0, nil, io.EOF
			}
			if inQuote {
				return 0, nil, unterminated(line)
			}
			c.line = line
			return line, cells, finish()
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
			c.field = append(c.field, b)
			if len(c.field) > c.maxCell {
				if quoteLines > 50 {
					return 0, nil, unterminated(line)
				}
				return 0, nil, tooBig(line, len(cells), c.maxCell)
			}
			continue
		}
		switch {
		case b == c.delim:
			if err := finish(); err != nil {
				return 0, nil, err
			}
		case b == '\n' || b == '\r':
			if b == '\r' {
				if nb, err := c.br.Peek(1); err == nil && nb[0] == '\n' {
					c.br.ReadByte() //nolint:errcheck // the byte was peeked
				}
			}
			c.line = line
			return line, cells, finish()
		case b == '"' && len(c.field) == 0 && !quoted:
			inQuote, quoted = true, true
		default:
			c.field = append(c.field, b)
			if len(c.field) > c.maxCell {
				return 0, nil, tooBig(line, len(cells), c.maxCell)
			}
		}
	}
}

func unterminated(line int) *Error {
	return fileErr(KindQuote, line, "Row %d has a quote (\") that is never closed, so the file looks cut short. Export or save it again and import the new file.", line)
}

func tooBig(line, col, limit int) *Error {
	e := fileErr(KindCellTooBig, line, "Row %d has a cell over %s (column %s).", line, byteSize(limit), ColumnName(col))
	e.Column = ColumnName(col)
	return e
}
