package importer_test

import (
	"bytes"
	"encoding/csv"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"accountdesk/backend"
	"accountdesk/backend/importer"
)

func TestReadMapping(t *testing.T) {
	scenarios := []struct {
		name, json, errField string
	}{
		{"OK", `{"kind":"accounts","columns":{"Client":"name","Sector":"industry"},"dateOrder":"dmy"}`, ""},
		{"OK with source", `{"kind":"contacts","source":"hubspot","columns":{"Who":"name","Firm":"company"}}`, ""},
		{"ErrNotJSON", `kind: accounts`, "mapping"},
		{"ErrEmpty", ``, "mapping"},
		{"ErrUnknownKey", `{"kind":"accounts","columns":{"Client":"name"},"sheet":2}`, "mapping"},
		{"ErrWrongType", `{"kind":"accounts","columns":["Client"]}`, "mapping"},
		{"ErrTwoObjects", `{"kind":"accounts","columns":{"Client":"name"}} {}`, "mapping"},
		{"ErrUnknownKind", `{"kind":"invoices","columns":{"Client":"name"}}`, "kind"},
		{"ErrUnknownField", `{"kind":"accounts","columns":{"Client":"customer"}}`, "columns"},
		{"ErrNoColumns", `{"kind":"accounts"}`, "columns"},
		{"ErrDateOrder", `{"kind":"accounts","columns":{"Client":"name"},"dateOrder":"ydm"}`, "dateOrder"},
		{"ErrUnknownSource", `{"kind":"accounts","source":"excel","columns":{"Client":"name"}}`, "source"},
		{"ErrNotUTF8", "{\"kind\":\"accounts\",\"columns\":{\"Cli\xffent\":\"name\"}}", "mapping"},
	}
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			_, err := importer.ReadMapping(strings.NewReader(sc.json))
			if sc.errField == "" && err != nil {
				t.Fatal(err)
			}
			if sc.errField != "" && (backend.ErrorCode(err) != backend.EINVALID || backend.ErrorField(err) != sc.errField) {
				t.Fatalf("err = %v, want invalid %s", err, sc.errField)
			}
		})
	}

	t.Run("ErrBindColumnMissingFromFile", func(t *testing.T) {
		m, _ := importer.ReadMapping(strings.NewReader(`{"kind":"accounts","columns":{"Client":"name"}}`))
		if _, err := importer.Bind(m, []string{"Customer"}); backend.ErrorField(err) != "columns" {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("ErrBindRequiredFieldUnmapped", func(t *testing.T) {
		m, _ := importer.ReadMapping(strings.NewReader(`{"kind":"contacts","columns":{"Who":"name"}}`))
		if _, err := importer.Bind(m, []string{"Who"}); backend.ErrorField(err) != "columns" || !strings.Contains(backend.ErrorMessage(err), "company") {
			t.Fatalf("err = %v, want it to ask for the company column", err)
		}
	})
}

// FuzzReadMapping: whatever the file, ReadMapping returns a mapping that
// passes its own check, or an invalid error in words — never a panic, never
// another kind of error.
func FuzzReadMapping(f *testing.F) {
	f.Add(`{"kind":"accounts","columns":{"Client":"name"},"dateOrder":"dmy"}`)
	f.Add(`{"kind":"hours","source":"toggl","columns":{"Client":"company","Start date":"date","Duration":"hours"}}`)
	f.Add(`{"kind":"accounts","columns":{"":"name"}}`)
	f.Add(`[1,2,3]`)
	f.Add(`{"kind":null}`)
	f.Fuzz(func(t *testing.T, data string) {
		m, err := importer.ReadMapping(strings.NewReader(data))
		if err != nil {
			if backend.ErrorCode(err) != backend.EINVALID || backend.ErrorMessage(err) == "" {
				t.Fatalf("err = %v, want a plain invalid error", err)
			}
			return
		}
		if err := importer.CheckMapping(m); err != nil {
			t.Fatalf("accepted a mapping its own check refuses: %v", err)
		}
	})
}

// TestWriteFailedCSV reads the file back with Python's csv module: the
// reason comes first, the row's cells follow under the file's header, and
// a formula stays text.
func TestWriteFailedCSV(t *testing.T) {
	failed := backend.FailedRows{
		Header: []string{"Name", "Renewal", "Notes"},
		Rows: []backend.ImportRowResult{
			{Line: 3, Action: backend.RowFailed, Column: "Renewal", Reason: "“31/02/2026” is not a date AccountDesk can read.",
				Cells: []string{"Acme, Inc", "31/02/2026", "line one\nline two"}},
			{Line: 9, Action: backend.RowFailed, Reason: "The account has no name.", Cells: []string{"=HYPERLINK(\"http://x\")", "-500"}},
		},
	}
	var buf bytes.Buffer
	if err := importer.WriteFailedCSV(&buf, failed); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "failed.csv")
	if err := os.WriteFile(path, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	script := `import csv, sys
with open(sys.argv[1], newline='', encoding='utf-8') as f:
    w = csv.writer(sys.stdout, lineterminator='\n')
    for row in csv.reader(f):
        w.writerow(row)`
	out, err := exec.Command("/usr/bin/python3", "-c", script, path).CombinedOutput()
	if err != nil {
		t.Fatalf("python: %v\n%s", err, out)
	}
	rows, err := csv.NewReader(bytes.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		{"Reason", "Name", "Renewal", "Notes"},
		{"Renewal: “31/02/2026” is not a date AccountDesk can read.", "Acme, Inc", "31/02/2026", "line one\nline two"},
		{"The account has no name.", "'=HYPERLINK(\"http://x\")", "-500", ""},
	}
	if len(rows) != len(want) {
		t.Fatalf("python read %d rows: %q", len(rows), rows)
	}
	for i := range want {
		if strings.Join(rows[i], "|") != strings.Join(want[i], "|") {
			t.Errorf("row %d = %q, want %q", i, rows[i], want[i])
		}
	}
}

func TestGuessDateOrder(t *testing.T) {
	scenarios := []struct {
		name      string
		samples   []string
		order     string
		ambiguous bool
	}{
		{"OK US dates: a day over 12 in second place", []string{"03/02/2026", "03/13/2026"}, backend.DateMDY, false},
		{"OK European dates", []string{"15.01.2026", "03.02.2026"}, backend.DateDMY, false},
		{"OK ISO dates need no order", []string{"2026-03-31", "2026-01-15"}, backend.DateYMD, false},
		{"OK an impossible date is that row's failure, not the file's ambiguity", []string{"2026-12-31", "2026-02-31"}, backend.DateYMD, false},
		{"ErrAmbiguous", []string{"03/02/2026", "04/05/2026"}, "", true},
	}
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			order, amb := importer.GuessDateOrder(sc.samples)
			if order != sc.order || amb != sc.ambiguous {
				t.Fatalf("GuessDateOrder = %q, %v; want %q, %v", order, amb, sc.order, sc.ambiguous)
			}
		})
	}
}
