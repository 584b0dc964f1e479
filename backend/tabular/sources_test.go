package tabular_test

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"accountdesk/backend/tabular"
)

// readAll opens a file and reads every row.
func readAll(t *testing.T, path string, opt tabular.Options) (*tabular.Table, []tabular.Row) {
	t.Helper()
	tb, err := tabular.Open(path, opt)
	if err != nil {
		t.Fatalf("Open(%s): %v", path, err)
	}
	t.Cleanup(func() { tb.Close() })
	var rows []tabular.Row
	for {
		r, err := tb.Next()
		if err == io.EOF {
			return tb, rows
		}
		if err != nil {
			t.Fatalf("Next after %d rows: %v", len(rows), err)
		}
		if len(r.Cells) != len(tb.Header) {
			t.Fatalf("row %d has %d cells for %d columns", r.Line, len(r.Cells), len(tb.Header))
		}
		rows = append(rows, r)
	}
}

func cell(t *testing.T, tb *tabular.Table, r tabular.Row, column string) string {
	t.Helper()
	i := slices.Index(tb.Header, column)
	if i < 0 {
		t.Fatalf("no column %q in %q", column, tb.Header)
	}
	return r.Cells[i]
}

// TestSources reads each export as its tool writes it (testdata/sources,
// written by generate.py, openpyxl and LibreOffice) and checks what an
// import relies on: the format found, the header, the row numbers a user
// will see in Excel, and the values of the cells that carry the quirks.
func TestSources(t *testing.T) {
	type want struct {
		line   int
		column string
		value  string
	}
	cases := []struct {
		file       string
		format     string
		encoding   string
		delim      rune
		headerLine int
		first      string // first column name
		rows       int
		cells      []want
	}{
		{"salesforce/Account.csv", "csv", "utf-8-bom", ',', 1, "Id", 3, []want{
			{2, "Name", "Acme Inc."},
			{2, "Description", "Key account since 2019.\r\nQuarterly business review in March;\r\nrenewal talks \"early\"."},
			{3, "Name", "Müller & Söhne GmbH"},
			{4, "IsDeleted", "true"}, // a multi-line cell above does not shift the row numbers
			{2, "Tier__c", "Gold"},
		}},
		{"salesforce/Contact.csv", "csv", "utf-8-bom", ',', 1, "Id", 3, []want{
			{3, "ReportsToId", "0035g00000QrStUAAV"},
			{4, "LastName", "Weiß"},
		}},
		{"salesforce/Opportunity.csv", "csv", "utf-8-bom", ',', 1, "Id", 2, []want{
			{2, "StageName", "Negotiation/Review"},
			{2, "CloseDate", "2026-03-31"},
			{3, "Amount", "45000.5"},
		}},
		{"hubspot/hubspot-crm-exports-all-companies-en.csv", "csv", "utf-8", ',', 1, "Record ID", 2, []want{
			{2, "Company name", "Acme Inc."},
			{2, "Create Date", "2024-01-15 09:30"},
		}},
		{"hubspot/hubspot-crm-exports-all-companies-en.xlsx", "xlsx", "utf-8", 0, 1, "Record ID", 2, []want{
			{2, "Create Date", "2024-01-15T09:30:00"}, // a date cell comes as ISO
			{2, "Annual Revenue", "1200000"},
			{3, "Annual Revenue", ""},
		}},
		{"hubspot/hubspot-crm-exports-all-contacts-en.csv", "csv", "utf-8", ',', 1, "Record ID", 2, []want{
			{2, "Email", "dana.rivera@acme.example"},
		}},
		{"hubspot/hubspot-crm-exports-all-deals-en.csv", "csv", "utf-8", ',', 1, "Record ID", 2, []want{
			{2, "Deal Stage", "Contract Sent"},
			{3, "Amount", "35000.5"},
		}},
		// Written by LibreOffice from the CSV above: its dates are date cells.
		{"hubspot/hubspot-crm-exports-all-deals-en.xlsx", "xlsx", "utf-8", 0, 1, "Record ID", 2, []want{
			{2, "Close Date", "2026-03-31"},
			{2, "Create Date", "2025-12-01T10:00:00"},
			{3, "Amount", "35000.5"},
			{2, "Deal probability", "0.9"},
		}},
		{"hubspot/hubspot-crm-exports-alle-unternehmen-de.csv", "csv", "utf-8", ',', 1, "Datensatz-ID", 2, []want{
			{3, "Stadt", "München"},
			{2, "Erstelldatum", "02.03.2024 11:00"},
		}},
		{"hubspot/hubspot-crm-exports-alle-kontakte-de.csv", "csv", "utf-8", ',', 1, "Datensatz-ID", 1, []want{
			{2, "E-Mail", "j.weiss@mueller.example"},
		}},
		{"hubspot/hubspot-crm-exports-alle-deals-de.csv", "csv", "utf-8", ',', 1, "Datensatz-ID", 2, []want{
			{2, "Betrag", "45000,5"},
			{3, "Deal-Phase", "Termin vereinbart"},
		}},
		{"hubspot/hubspot-crm-exports-alle-deals-de.xlsx", "xlsx", "utf-8", 0, 1, "Datensatz-ID", 2, []want{
			{2, "Abschlussdatum", "2026-01-15"}, // shown as 15.01.2026, read as ISO
			{2, "Betrag", "45000.5"},
			{3, "Deal-Wahrscheinlichkeit", "0.2"},
			{3, "Erstelldatum", "01.02.2026 09:00"}, // text stays text
		}},
		{"pipedrive/organizations-export.csv", "csv", "utf-8", ',', 1, "Organization - ID", 2, []want{
			{2, "Organization - Address", "1 Main Street, Springfield, United States"},
		}},
		{"pipedrive/people-export.csv", "csv", "utf-8", ',', 1, "Person - ID", 2, []want{
			{3, "Person - Organization", "Initech"},
		}},
		{"pipedrive/deals-export.csv", "csv", "utf-8", ',', 1, "Deal - ID", 2, []want{
			{2, "Deal - Stage", "Negotiations Started"},
			{3, "Deal - Status", "Lost"},
		}},
		{"harvest/harvest_time_report_from2026-03-01to2026-03-31.csv", "csv", "utf-8", ',', 1, "Date", 3, []want{
			{3, "Hours", "0.75"},
			{2, "Notes", "Spring campaign, key visual"},
			{4, "Client", "Müller & Söhne GmbH"},
		}},
		{"toggl/TogglTrack_Report_Detailed_2026-03-01_2026-03-31.csv", "csv", "utf-8-bom", ',', 1, "User", 3, []want{
			{2, "Duration", "02:30:00"},
			{2, "Tags", "design, campaign"},
		}},
		{"clockify/Clockify_Time_Report_Detailed_03_01_2026-03_31_2026.csv", "csv", "utf-8", ',', 1, "Project", 2, []want{
			{3, "Start Date", "03/13/2026"},
			{3, "Duration (decimal)", "6.00"},
		}},
		// German Excel: Windows-1252, semicolons, a title and a blank line first.
		{"finance/Monatszahlen-2026.csv", "csv", "windows-1252", ';', 3, "Kunde", 3, []want{
			{4, "Kunde", "Müller & Söhne GmbH"},
			{4, "Umsatz", "12.345,67 €"},
			{5, "Kosten", "(500,00 €)"},
			{6, "Kunde", "Café Crème SARL"},
		}},
		// openpyxl: an empty first sheet, a title row, formats, a formula never calculated.
		{"finance/account-figures.xlsx", "xlsx", "utf-8", 0, 3, "Account", 2, []want{
			{4, "Month", "2026-03-01"},
			{4, "Revenue", "1234.56"}, // the stored number, not "1,234.56 €"
			{4, "Margin", "37.5%"},
			{4, "Updated", "2026-03-04T09:30:00"},
			{4, "Total", ""}, // no saved result: nothing is calculated
			{4, "Note", `=HYPERLINK("http://example.com","click")`},
			{5, "Revenue", "333.3330"},
		}},
		// LibreOffice: a formula with its saved result, a date shown as dd/mm/yyyy.
		{"finance/figures-libreoffice.xlsx", "xlsx", "utf-8", 0, 1, "Account", 2, []want{
			{2, "Month", "2026-03-04"},
			{3, "Month", "2026-12-31"},
			{2, "Margin", "40%"},
			{2, "Profit", "499.75"},
		}},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			tb, rows := readAll(t, filepath.Join("testdata", "sources", c.file), tabular.Options{})
			if tb.Format != c.format || tb.Encoding != c.encoding || tb.Delimiter != c.delim || tb.HeaderLine != c.headerLine {
				t.Fatalf("read as %s %s %q header at %d; want %s %s %q header at %d",
					tb.Format, tb.Encoding, tb.Delimiter, tb.HeaderLine, c.format, c.encoding, c.delim, c.headerLine)
			}
			if tb.Header[0] != c.first {
				t.Fatalf("first column %q, want %q", tb.Header[0], c.first)
			}
			if len(rows) != c.rows {
				t.Fatalf("%d rows, want %d", len(rows), c.rows)
			}
			for _, w := range c.cells {
				i := slices.IndexFunc(rows, func(r tabular.Row) bool { return r.Line == w.line })
				if i < 0 {
					t.Fatalf("no row %d", w.line)
				}
				if got := cell(t, tb, rows[i], w.column); got != w.value {
					t.Errorf("row %d %s = %q, want %q", w.line, w.column, got, w.value)
				}
			}
		})
	}
}

// TestSourcesAgreeWithEncodingCSV reads the UTF-8 comma files again with
// Go's encoding/csv, a reader this package did not write: both must see the
// same cells.
func TestSourcesAgreeWithEncodingCSV(t *testing.T) {
	files, _ := filepath.Glob("testdata/sources/*/*.csv")
	for _, f := range files {
		if strings.Contains(f, "Monatszahlen") {
			continue // Windows-1252 and semicolons
		}
		t.Run(filepath.Base(f), func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b, []byte("\xEF\xBB\xBF"))))
			want, err := r.ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			tb, rows := readAll(t, f, tabular.Options{})
			if !slices.Equal(tb.Header, want[0]) {
				t.Fatalf("header %q, encoding/csv %q", tb.Header, want[0])
			}
			if len(rows) != len(want)-1 {
				t.Fatalf("%d rows, encoding/csv %d", len(rows), len(want)-1)
			}
			for i, r := range rows {
				// encoding/csv turns \r\n inside a quoted cell into \n.
				got := make([]string, len(r.Cells))
				for j, c := range r.Cells {
					got[j] = strings.ReplaceAll(c, "\r\n", "\n")
				}
				if !slices.Equal(got, want[i+1]) {
					t.Fatalf("row %d %q, encoding/csv %q", r.Line, got, want[i+1])
				}
			}
		})
	}
}

func TestErrorsWrapBackendError(t *testing.T) {
	_, err := tabular.OpenReader("x.csv", strings.NewReader(""), 0, tabular.Options{})
	var te *tabular.Error
	if !errors.As(err, &te) || te.Kind != tabular.KindEmpty {
		t.Fatalf("got %v", err)
	}
}
