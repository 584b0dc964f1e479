package tabular_test

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"

	"accountdesk/backend"
	"accountdesk/backend/tabular"
)

// open reads an in-memory file to the end: its table, rows, and the first
// error of Open or Next (io.EOF is not an error).
func open(name, data string, opt tabular.Options) (*tabular.Table, []tabular.Row, error) {
	tb, err := tabular.OpenReader(name, strings.NewReader(data), int64(len(data)), opt)
	if err != nil {
		return nil, nil, err
	}
	defer tb.Close()
	var rows []tabular.Row
	for {
		r, err := tb.Next()
		if err == io.EOF {
			return tb, rows, nil
		}
		if err != nil {
			return tb, rows, err
		}
		rows = append(rows, r)
	}
}

func TestReadCSV(t *testing.T) {
	cases := []struct {
		name, file, data string
		delim            rune
		encoding         string
		header           []string
		headerLine       int
		rows             [][]string
		lines            []int
	}{
		{"Comma", "a.csv", "Name,Amount\nAcme,12\n", ',', "utf-8", []string{"Name", "Amount"}, 1, [][]string{{"Acme", "12"}}, []int{2}},
		{"SemicolonWithDecimalCommas", "a.csv", "Kunde;Umsatz;Kosten\nAcme;1.234,56;0,5\nGlobex;12,00;1,25\n", ';', "utf-8",
			[]string{"Kunde", "Umsatz", "Kosten"}, 1, [][]string{{"Acme", "1.234,56", "0,5"}, {"Globex", "12,00", "1,25"}}, []int{2, 3}},
		{"Tab", "a.txt", "Name\tNotes\nAcme\tone, two; three\n", '\t', "utf-8", []string{"Name", "Notes"}, 1, [][]string{{"Acme", "one, two; three"}}, []int{2}},
		{"TSVNameHint", "a.tsv", "Name\tA,B\nx\ty,z\n", '\t', "utf-8", []string{"Name", "A,B"}, 1, [][]string{{"x", "y,z"}}, []int{2}},
		{"Pipe", "a.csv", "Name|Amount\nAcme|12\n", '|', "utf-8", []string{"Name", "Amount"}, 1, [][]string{{"Acme", "12"}}, []int{2}},
		{"OneColumn", "a.csv", "Name\nAcme\nGlobex", ',', "utf-8", []string{"Name"}, 1, [][]string{{"Acme"}, {"Globex"}}, []int{2, 3}},
		{"CRLF", "a.csv", "A,B\r\n1,2\r\n3,4\r\n", ',', "utf-8", []string{"A", "B"}, 1, [][]string{{"1", "2"}, {"3", "4"}}, []int{2, 3}},
		{"OldMacCR", "a.csv", "A,B\r1,2\r3,4", ',', "utf-8", []string{"A", "B"}, 1, [][]string{{"1", "2"}, {"3", "4"}}, []int{2, 3}},
		{"BlankLinesKeepRowNumbers", "a.csv", "A,B\n1,2\n\n,\n3,4\n", ',', "utf-8", []string{"A", "B"}, 1, [][]string{{"1", "2"}, {"3", "4"}}, []int{2, 5}},
		{"MultiLineCellKeepsRowNumbers", "a.csv", "A,B\n\"x\ny\nz\",1\n2,3\n", ',', "utf-8", []string{"A", "B"}, 1, [][]string{{"x\ny\nz", "1"}, {"2", "3"}}, []int{2, 3}},
		{"EveryValueQuoted", "a.csv", "\"A\",\"B\"\n\"1,5\",\"say \"\"hi\"\"\"\n", ',', "utf-8", []string{"A", "B"}, 1, [][]string{{"1,5", `say "hi"`}}, []int{2}},
		{"QuoteInsideUnquotedCell", "a.csv", "A,B\n5\" screen,x\n", ',', "utf-8", []string{"A", "B"}, 1, [][]string{{`5" screen`, "x"}}, []int{2}},
		{"TextAfterClosingQuote", "a.csv", "A,B\n\"ab\"c,x\n", ',', "utf-8", []string{"A", "B"}, 1, [][]string{{"abc", "x"}}, []int{2}},
		{"ShortRowsPadded", "a.csv", "A,B,C\n1\n2,3\n", ',', "utf-8", []string{"A", "B", "C"}, 1, [][]string{{"1", "", ""}, {"2", "3", ""}}, []int{2, 3}},
		{"LongRowWithEmptyExtras", "a.csv", "A,B\n1,2,,  \n", ',', "utf-8", []string{"A", "B"}, 1, [][]string{{"1", "2"}}, []int{2}},
		{"TrailingUnnamedColumnsDropped", "a.csv", "A;B;;\n1;2;;\n", ';', "utf-8", []string{"A", "B"}, 1, [][]string{{"1", "2"}}, []int{2}},
		{"TitleLinesAboveHeader", "report.csv", "Detailed report\n01/03/2026 - 31/03/2026\n\nDate,Client,Project,Hours\n2026-03-02,Acme,Brand,2.5\n", ',', "utf-8",
			[]string{"Date", "Client", "Project", "Hours"}, 4, [][]string{{"2026-03-02", "Acme", "Brand", "2.5"}}, []int{5}},
		{"HeaderCleaned", "a.csv", "\uFEFF\uFEFF Name ,\"Billing\nStreet\",Mu\u0308ller\nx,y,z\n", ',', "utf-8-bom",
			[]string{"Name", "Billing Street", "Müller"}, 1, [][]string{{"x", "y", "z"}}, []int{2}},
		{"CellsNFC", "a.csv", "A\nJu\u0308rgen\n", ',', "utf-8", []string{"A"}, 1, [][]string{{"Jürgen"}}, []int{2}},
		{"CellsNotTrimmed", "a.csv", "A,B\n  x  ,\ty\n", ',', "utf-8", []string{"A", "B"}, 1, [][]string{{"  x  ", "\ty"}}, []int{2}},
		{"Windows1252", "a.csv", "Kunde;Betrag\r\nM\xfcller;1.234,56 \x80\r\n", ';', "windows-1252", []string{"Kunde", "Betrag"}, 1, [][]string{{"Müller", "1.234,56 €"}}, []int{2}},
		{"UTF8BOM", "a.csv", "\xEF\xBB\xBFName\nM\xc3\xbcller\n", ',', "utf-8-bom", []string{"Name"}, 1, [][]string{{"Müller"}}, []int{2}},
		{"UTF16LEWithBOM", "a.txt", utf16le("\uFEFFName\tAmount\r\nMüller\t12\r\n"), '\t', "utf-16le", []string{"Name", "Amount"}, 1, [][]string{{"Müller", "12"}}, []int{2}},
		{"UTF16BEWithBOM", "a.txt", utf16be("\uFEFFName,Amount\nAcme,12\n"), ',', "utf-16be", []string{"Name", "Amount"}, 1, [][]string{{"Acme", "12"}}, []int{2}},
		{"UTF16LEWithoutBOM", "a.csv", utf16le("Name,Amount\nAcme,12\n"), ',', "utf-16le", []string{"Name", "Amount"}, 1, [][]string{{"Acme", "12"}}, []int{2}},
		{"FormulaTextStaysText", "a.csv", "A,B\n\"=HYPERLINK(\"\"http://x\"\")\",@SUM(1)\n", ',', "utf-8", []string{"A", "B"}, 1, [][]string{{`=HYPERLINK("http://x")`, "@SUM(1)"}}, []int{2}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tb, rows, err := open(c.file, c.data, tabular.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if tb.Delimiter != c.delim || tb.Encoding != c.encoding || tb.HeaderLine != c.headerLine || tb.Format != "csv" {
				t.Fatalf("read as %q %s header at %d; want %q %s %d", tb.Delimiter, tb.Encoding, tb.HeaderLine, c.delim, c.encoding, c.headerLine)
			}
			if !equal(tb.Header, c.header) {
				t.Fatalf("header %q, want %q", tb.Header, c.header)
			}
			if len(rows) != len(c.rows) {
				t.Fatalf("%d rows %v, want %d", len(rows), rows, len(c.rows))
			}
			for i, r := range rows {
				if !equal(r.Cells, c.rows[i]) || r.Line != c.lines[i] {
					t.Fatalf("row %d %q, want row %d %q", r.Line, r.Cells, c.lines[i], c.rows[i])
				}
			}
		})
	}
}

func TestReadErrors(t *testing.T) {
	big := strings.Repeat("x", 1<<20+1)
	var million strings.Builder
	million.WriteString("Name\n")
	for range 1_000_001 {
		million.WriteString("a\n")
	}
	cases := []struct {
		name, file, data string
		opt              tabular.Options
		kind             string
		line             int
		message          string // "" = any
	}{
		{"ErrEmpty", "a.csv", "", tabular.Options{}, tabular.KindEmpty, 0, "This file is empty."},
		{"ErrOnlyBlankRows", "a.csv", "\r\n\r\n;;;\r\n;;\r\n", tabular.Options{}, tabular.KindEmpty, 0, "This file is empty."},
		{"ErrBinary", "a.csv", "\x00\x01\x02\x03garbage\x00", tabular.Options{}, tabular.KindNotTable, 0, "This file is not a table (it is not text)."},
		{"ErrPDF", "a.csv", "%PDF-1.7\n...", tabular.Options{}, tabular.KindNotTable, 0, ""},
		{"ErrOldXLS", "a.xls", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest", tabular.Options{}, tabular.KindNotTable, 0, ""},
		{"ErrXLSXNameButText", "a.xlsx", "Name,Amount\n", tabular.Options{}, tabular.KindNotTable, 0, ""},
		{"ErrZipThatIsNoWorkbook", "a.xlsx", zipOf("hello.txt", "hi"), tabular.Options{}, tabular.KindNotTable, 0, ""},
		{"ErrProse", "letter.txt", "Dear Dana thank you for the lovely meeting last week as promised here are the notes from our talk about the spring campaign\nBest wishes from Ada\n", tabular.Options{}, tabular.KindNotTable, 0, "This file is not a table (no header row found)."},
		{"ErrDuplicateHeader", "a.csv", "Name,Email,Phone,City,Title,email\nx,y,z,a,b,c\n", tabular.Options{}, tabular.KindDuplicate, 1, "Two columns are both named “Email” (columns B and F)."},
		{"ErrUnterminatedQuote", "a.csv", "Name,Notes\nAcme,ok\nGlobex,\"cut short\n", tabular.Options{}, tabular.KindQuote, 3, ""},
		{"ErrUnterminatedQuoteFarUp", "a.csv", "Name,Notes\nAcme,\"never closed\n" + strings.Repeat("b,c\n", 100_000), tabular.Options{}, tabular.KindQuote, 2, ""},
		{"ErrCellOver1MB", "a.csv", "Name,Notes\nAcme," + big + "\n", tabular.Options{}, tabular.KindCellTooBig, 2, "Row 2 has a cell over 1 MB (column B)."},
		{"ErrCellOverLimit", "a.csv", "Name,Notes\nAcme,ok\nGlobex,\"" + strings.Repeat("y", 20) + "\"\n", tabular.Options{MaxCellBytes: 16}, tabular.KindCellTooBig, 3, ""},
		{"ErrMoreThanAMillionRows", "a.csv", million.String(), tabular.Options{}, tabular.KindTooManyRows, 1_000_002, "This file has more than 1,000,000 rows."},
		{"ErrMoreThanMaxRows", "a.csv", "A\n1\n2\n3\n4\n", tabular.Options{MaxRows: 3}, tabular.KindTooManyRows, 5, "This file has more than 3 rows."},
		{"ErrMixedEncodings", "a.csv", "Name\nM\xc3\xbcller\nM\xfcller\n", tabular.Options{}, tabular.KindEncoding, 3, ""},
		{"ErrBadUTF8AfterBOM", "a.csv", "\xEF\xBB\xBFName\nok\nM\xfcller\n", tabular.Options{}, tabular.KindEncoding, 3, ""},
		{"ErrNotSensibleWindows1252", "a.csv", "Name\nA\x81B\n", tabular.Options{}, tabular.KindEncoding, 2, ""},
		{"ErrValueRightOfHeader", "a.csv", "A,B\n1,2\n3,4,note\n", tabular.Options{}, tabular.KindExtraCells, 3, ""},
		{"ErrTooManyColumns", "a.csv", "A,B\n" + strings.Repeat(",", 20000) + "\n", tabular.Options{}, tabular.KindTooManyCols, 2, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, _, err := open(c.file, c.data, c.opt)
			var te *tabular.Error
			if !errors.As(err, &te) {
				t.Fatalf("got %v, want a *tabular.Error", err)
			}
			if te.Kind != c.kind || te.Line != c.line {
				t.Fatalf("got %s at row %d (%v), want %s at row %d", te.Kind, te.Line, err, c.kind, c.line)
			}
			if backend.ErrorCode(err) != backend.EINVALID || backend.ErrorField(err) != "file" {
				t.Fatalf("code %q field %q", backend.ErrorCode(err), backend.ErrorField(err))
			}
			msg := backend.ErrorMessage(err)
			if c.message != "" && msg != c.message {
				t.Fatalf("message %q, want %q", msg, c.message)
			}
			if strings.ContainsAny(msg, "\n") || len(msg) > 300 {
				t.Fatalf("message is not one plain line: %q", msg)
			}
		})
	}
}

func TestNextAfterErrorAndClose(t *testing.T) {
	data := "A,B\n1,2\n3,4,x\n5,6\n"
	tb, err := tabular.OpenReader("a.csv", strings.NewReader(data), int64(len(data)), tabular.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tb.Next(); err != nil {
		t.Fatal(err)
	}
	_, err1 := tb.Next()
	_, err2 := tb.Next()
	if err1 == nil || err1 != err2 {
		t.Fatalf("after a bad row: %v then %v; want the same error twice", err1, err2)
	}
	if err := tb.Close(); err != nil {
		t.Fatal(err)
	}
	if err := tb.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
	if _, err := tb.Next(); err == nil || err == io.EOF {
		t.Fatalf("Next after Close: %v", err)
	}
}

func TestXLSXSheet(t *testing.T) {
	path := "testdata/sources/finance/account-figures.xlsx"
	t.Run("OK", func(t *testing.T) {
		tb, err := tabular.Open(path, tabular.Options{Sheet: "zahlen"})
		if err != nil {
			t.Fatal(err)
		}
		defer tb.Close()
		if tb.Sheet != "Zahlen" || tb.Delimiter != 0 {
			t.Fatalf("sheet %q delimiter %q", tb.Sheet, tb.Delimiter)
		}
	})
	t.Run("ErrEmptySheet", func(t *testing.T) {
		_, err := tabular.Open(path, tabular.Options{Sheet: "Notizen"})
		var te *tabular.Error
		if !errors.As(err, &te) || te.Kind != tabular.KindEmpty {
			t.Fatalf("got %v", err)
		}
	})
	t.Run("ErrNoSuchSheet", func(t *testing.T) {
		_, err := tabular.Open(path, tabular.Options{Sheet: "Budget"})
		var te *tabular.Error
		if !errors.As(err, &te) || te.Kind != tabular.KindSheet {
			t.Fatalf("got %v", err)
		}
		if want := "This workbook has no sheet named “Budget” (its sheets: Notizen, Zahlen)."; backend.ErrorMessage(err) != want {
			t.Fatalf("message %q", backend.ErrorMessage(err))
		}
	})
	t.Run("ErrCellOverLimit", func(t *testing.T) {
		_, err := tabular.Open(path, tabular.Options{MaxCellBytes: 8})
		var te *tabular.Error
		if !errors.As(err, &te) || te.Kind != tabular.KindCellTooBig {
			t.Fatalf("got %v", err)
		}
	})
}

func TestColumnName(t *testing.T) {
	for i, want := range map[int]string{0: "A", 25: "Z", 26: "AA", 27: "AB", 701: "ZZ", 702: "AAA", 16383: "XFD"} {
		if got := tabular.ColumnName(i); got != want {
			t.Errorf("ColumnName(%d) = %q, want %q", i, got, want)
		}
	}
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func utf16le(s string) string {
	var b bytes.Buffer
	for _, r := range s {
		b.WriteByte(byte(r))
		b.WriteByte(byte(r >> 8))
	}
	return b.String()
}

func utf16be(s string) string {
	var b bytes.Buffer
	for _, r := range s {
		b.WriteByte(byte(r >> 8))
		b.WriteByte(byte(r))
	}
	return b.String()
}

func zipOf(name, content string) string {
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	f, _ := w.Create(name)
	f.Write([]byte(content))
	w.Close()
	return b.String()
}
