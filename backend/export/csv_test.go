package export_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"accountdesk/backend"
	"accountdesk/backend/export"
	"accountdesk/backend/sqlite"
)

// needTool returns the path of an outside program a test reads its output
// with. Missing, the test is skipped, unless ACCOUNTDESK_REQUIRE_TOOLS=1
// (make test-go sets it): then a missing tool fails the test, so a test run
// without its readers cannot pass silently.
func needTool(t *testing.T, name, hint string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("ACCOUNTDESK_REQUIRE_TOOLS") == "1" {
			t.Fatalf("%s is required (ACCOUNTDESK_REQUIRE_TOOLS=1) but not installed: %s", name, hint)
		}
		t.Skipf("%s is not installed (%s); make test installs it", name, hint)
	}
	return path
}

// needPython returns /usr/bin/python3 when it can import the modules.
func needPython(t *testing.T, modules ...string) string {
	t.Helper()
	py := needTool(t, "/usr/bin/python3", "python3")
	if len(modules) > 0 {
		if out, err := exec.Command(py, "-c", "import "+strings.Join(modules, ", ")).CombinedOutput(); err != nil {
			if os.Getenv("ACCOUNTDESK_REQUIRE_TOOLS") == "1" {
				t.Fatalf("python3 lacks %v (ACCOUNTDESK_REQUIRE_TOOLS=1): %s", modules, out)
			}
			t.Skipf("python3 lacks %v; make test installs python3-openpyxl", modules)
		}
	}
	return py
}

// Names in many scripts, and text that a spreadsheet would run as a formula.
var csvNames = []string{
	"Zürich Versicherung", "Łódź Media", "Straße & Söhne", "Ελληνική Τράπεζα", "Сбербанк", "東京ガス",
	"مصرف الراجحي", "हिन्दुस्तान यूनिलीवर", "🎉 Party Co", `Semi;colon, "Quoted" Ltd`, "=SUM(A1:A9)", "@cmd",
}

// csvWorkspace is the demo agency plus an account for each of csvNames, the
// first (its id is returned) with a plan whose actions and opportunities are
// awkward too.
func csvWorkspace(t *testing.T) (*sqlite.DB, int64) {
	t.Helper()
	ctx := context.Background()
	db := demoDB(t)
	var awkward int64
	for i, name := range csvNames {
		a, err := db.CreateAccount(ctx, backend.Account{Name: name})
		if err != nil {
			t.Fatalf("account %q: %v", name, err)
		}
		if i > 0 {
			continue
		}
		awkward = a.ID
		p, err := db.CreatePlan(ctx, a.ID, "FY2027")
		if err != nil {
			t.Fatal(err)
		}
		p.Actions = []backend.Action{{Title: `=HYPERLINK("http://evil","click")`}, {Title: "+1 555 0100 anrufen"}, {Title: "-2+3"}, {Title: "Kick-off in Zürich; Łódź"}}
		p.Opps = []backend.Opportunity{
			{Title: "Rebrand", Type: "upsell", ValueMinor: 1_234_50, Probability: 40, Stage: "qualified"},
			{Title: "Ελληνικά", Type: "new", ValueMinor: 1_000_000_05, Probability: 5, Stage: "proposal"},
		}
		if _, err := db.SavePlan(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	return db, awkward
}

// csvFiles renders the portfolio (CSV and JSON) and the plan CSV files of
// an account and writes them to a folder.
func csvFiles(t *testing.T, db *sqlite.DB, account int64) (dir string, portfolio export.PortfolioSummary) {
	t.Helper()
	ctx := context.Background()
	pf, err := export.Render(ctx, db, export.Request{Portfolio: true, Formats: []string{"csv", "json"}}, now)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(pf[1].Data, &portfolio); err != nil {
		t.Fatal(err)
	}
	plans, err := export.Render(ctx, db, export.Request{Formats: []string{"csv"}, AccountIDs: []int64{account}}, now)
	if err != nil {
		t.Fatal(err)
	}
	dir = t.TempDir()
	write := func(name string, data []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write("portfolio.csv", pf[0].Data)
	for _, f := range plans {
		// The CSV is under test here, not the file names.
		write("plan-"+f.Name[strings.LastIndex(f.Name, "-")+1:], f.Data)
	}
	return dir, portfolio
}

// pyReadCSV reads every .csv in dir with Python's csv module as a script
// would: decoded as utf-8-sig, the delimiter sniffed.
const pyReadCSV = `
import csv, glob, json, os, sys
out = {}
for path in sorted(glob.glob(os.path.join(sys.argv[1], "*.csv"))):
    with open(path, encoding="utf-8-sig", newline="") as f:
        sample = f.read()
    dialect = csv.Sniffer().sniff(sample, delimiters=",;")
    with open(path, encoding="utf-8-sig", newline="") as f:
        out[os.path.basename(path)] = {"delimiter": dialect.delimiter, "rows": list(csv.reader(f, dialect))}
json.dump(out, sys.stdout)
`

type pyCSV struct {
	Delimiter string     `json:"delimiter"`
	Rows      [][]string `json:"rows"`
}

// pyReadXLSX reads every .xlsx in dir with openpyxl: each cell's value and
// type (n number, s text, f formula, b boolean, d date).
const pyReadXLSX = `
import glob, json, os, sys, datetime
import openpyxl
out = {}
for path in sorted(glob.glob(os.path.join(sys.argv[1], "*.xlsx"))):
    ws = openpyxl.load_workbook(path).active
    rows = []
    for r in ws.iter_rows():
        cells = [[c.value.isoformat() if isinstance(c.value, datetime.datetime) else c.value, c.data_type] for c in r]
        while cells and cells[-1][0] is None:
            cells.pop()
        rows.append(cells)
    out[os.path.basename(path)] = rows
json.dump(out, sys.stdout)
`

type xlsxCell struct {
	Value any
	Type  string
}

func (c *xlsxCell) UnmarshalJSON(b []byte) error {
	var pair []any
	if err := json.Unmarshal(b, &pair); err != nil || len(pair) != 2 {
		return fmt.Errorf("cell %s: %v", b, err)
	}
	c.Value = pair[0]
	c.Type, _ = pair[1].(string)
	return nil
}

func runPython(t *testing.T, py, script, dir string, into any) {
	t.Helper()
	cmd := exec.Command(py, "-c", script, dir)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python: %v: %s", err, stderr.String())
	}
	if err := json.Unmarshal(out, into); err != nil {
		t.Fatalf("python output: %v: %.300s", err, out)
	}
}

// openInCalc converts every .csv in dir to .xlsx with LibreOffice Calc, the
// way Excel opens a CSV file on a computer set to a region: split on the
// region's list separator, numbers read with its decimal mark (lcid, the
// Windows language id), UTF-8, formulas evaluated.
func (c calc) openInCalc(t *testing.T, dir string, sep rune, lcid int) string {
	t.Helper()
	out := filepath.Join(dir, "xlsx")
	csvs, _ := filepath.Glob(filepath.Join(dir, "*.csv"))
	// Tokens: separator, text quote, charset (76 UTF-8), first line, column
	// types, language, quoted as text, detect special numbers, (export
	// options ×3), remove spaces, sheet, evaluate formulas.
	filter := fmt.Sprintf("CSV:%d,34,76,1,,%d,false,false,false,false,false,-1,true", sep, lcid)
	args := append([]string{"-env:UserInstallation=file://" + c.profile,
		"--headless", "--norestore", "--infilter=" + filter, "--convert-to", "xlsx", "--outdir", out}, csvs...)
	if b, err := exec.Command(c.bin, args...).CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v: %s", err, b)
	}
	if got, _ := filepath.Glob(filepath.Join(out, "*.xlsx")); len(got) != len(csvs) {
		t.Fatalf("LibreOffice converted %d of %d files", len(got), len(csvs))
	}
	return out
}

// calc is LibreOffice Calc with one user profile for a whole test: making a
// profile is most of a start's time, and soffice runs one at a time on it.
type calc struct{ bin, profile string }

func newCalc(t *testing.T) calc {
	return calc{needTool(t, "soffice", "apt-get install libreoffice-calc-nogui"), filepath.Join(t.TempDir(), "profile")}
}

// excelRegions are computers as the issue saw them: Excel splits a CSV file
// on the region's list separator and reads its decimal mark.
// Calc opens one region of each style (each start of LibreOffice takes about
// five seconds); every region's style and Python's reading are checked.
var excelRegions = []struct {
	locale string
	sep    rune
	lcid   int
	style  string
	calc   bool
}{
	{"en_US.UTF-8", ',', 1033, backend.CSVExcel, true},
	{"en_GB.UTF-8", ',', 2057, backend.CSVExcel, false},
	{"de_DE.UTF-8", ';', 1031, backend.CSVExcelSemicolon, true},
	{"fr_FR.UTF-8", ';', 1036, backend.CSVExcelSemicolon, false},
	{"nl_NL.UTF-8", ';', 1043, backend.CSVExcelSemicolon, false},
	{"de_CH.UTF-8", ';', 2055, backend.CSVExcelSemicolonPoint, true},
}

// TestCSVOpensInExcel: on a computer set to each region, the CSV files of an
// export (by default, with no setting chosen) open in columns in Excel's
// stand-in, LibreOffice, with amounts as numbers, names in every script
// intact and formulas neutralised; Python's csv module reads the same files.
func TestCSVOpensInExcel(t *testing.T) {
	t.Parallel()
	lo := newCalc(t)
	py := needPython(t, "openpyxl")
	for _, r := range excelRegions {
		t.Run("OK "+r.locale, func(t *testing.T) {
			db, account := csvWorkspace(t)
			db.SetLocale(r.locale)
			dir, portfolio := csvFiles(t, db, account)
			if s, _ := db.Settings(context.Background()); s.CSVStyle != r.style {
				t.Fatalf("CSV style on %s = %q, want %q", r.locale, s.CSVStyle, r.style)
			}
			csvs, _ := filepath.Glob(filepath.Join(dir, "*.csv"))
			for _, p := range csvs {
				if b, _ := os.ReadFile(p); !bytes.HasPrefix(b, []byte("\xEF\xBB\xBF")) {
					t.Fatalf("%s does not start with a UTF-8 byte order mark: Windows Excel would show ZÃ¼rich", filepath.Base(p))
				}
			}

			var read map[string]pyCSV
			runPython(t, py, pyReadCSV, dir, &read)
			for name, f := range read {
				if f.Delimiter != string(r.sep) {
					t.Errorf("python sniffed %q in %s, want %q", f.Delimiter, name, r.sep)
				}
				for i, row := range f.Rows {
					if len(row) != len(f.Rows[0]) {
						t.Errorf("python: %s row %d has %d cells, header %d", name, i, len(row), len(f.Rows[0]))
					}
				}
			}
			checkPortfolioRows(t, "python", toCells(read["portfolio.csv"].Rows), portfolio, r.style)
			if !r.calc {
				return
			}

			var sheets map[string][][]xlsxCell
			runPython(t, py, pyReadXLSX, lo.openInCalc(t, dir, r.sep, r.lcid), &sheets)
			checkPortfolioRows(t, "calc", sheets["portfolio.xlsx"], portfolio, r.style)
			checkPlanSheets(t, sheets)
		})
	}

	// The format every export had before: commas, decimal points, no byte
	// order mark. German Excel puts each row in column A. (This is what the
	// test above would see without a CSV style; it shows the stand-in
	// reproduces the issue.)
	t.Run("OK the plain format lands in column A in German Excel", func(t *testing.T) {
		db, account := csvWorkspace(t)
		s, _ := db.Settings(context.Background())
		s.CSVStyle = backend.CSVPlain
		if _, err := db.UpdateSettings(context.Background(), s); err != nil {
			t.Fatal(err)
		}
		dir, _ := csvFiles(t, db, account)
		var sheets map[string][][]xlsxCell
		runPython(t, py, pyReadXLSX, lo.openInCalc(t, dir, ';', 1031), &sheets)
		rows := sheets["portfolio.xlsx"]
		if len(rows) < 2 || len(rows[1]) > 2 {
			t.Fatalf("the plain file split into %d columns in German Calc; the stand-in does not behave like Excel", len(rows[1]))
		}
	})
}

// TestCSVPlainForTools: the plain style is today's format, byte for byte the
// shape scripts were written against: no byte order mark, commas, decimal
// points, still neutralised.
func TestCSVPlainForTools(t *testing.T) {
	py := needPython(t)
	db, account := csvWorkspace(t)
	db.SetLocale("de_DE.UTF-8") // a chosen style wins over the computer's
	s, _ := db.Settings(context.Background())
	s.CSVStyle = backend.CSVPlain
	if _, err := db.UpdateSettings(context.Background(), s); err != nil {
		t.Fatal(err)
	}
	dir, portfolio := csvFiles(t, db, account)
	b, err := os.ReadFile(filepath.Join(dir, "portfolio.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(b, []byte("account,tier,status,")) {
		t.Fatalf("plain CSV starts %q, want the header with no byte order mark", b[:min(len(b), 24)])
	}
	var read map[string]pyCSV
	runPython(t, py, pyReadCSV, dir, &read)
	if d := read["portfolio.csv"].Delimiter; d != "," {
		t.Fatalf("delimiter = %q, want ,", d)
	}
	checkPortfolioRows(t, "python", toCells(read["portfolio.csv"].Rows), portfolio, backend.CSVPlain)
}

func toCells(rows [][]string) [][]xlsxCell {
	out := make([][]xlsxCell, len(rows))
	for i, r := range rows {
		for _, c := range r {
			out[i] = append(out[i], xlsxCell{Value: c, Type: "csv"})
		}
	}
	return out
}

// checkPortfolioRows compares the portfolio table, as a reader saw it, with
// the portfolio's JSON: every account on its own row with every column, the
// name intact, the amounts the same numbers.
func checkPortfolioRows(t *testing.T, reader string, rows [][]xlsxCell, p export.PortfolioSummary, style string) {
	t.Helper()
	header := []string{"account", "tier", "status", "health", "revenue_12m", "margin_pct", "plan_period", "plan_status", "plan_target", "qbr", "renewal_date", "currency"}
	if len(rows) != len(p.Accounts)+1 {
		t.Fatalf("%s: portfolio has %d rows, want %d", reader, len(rows), len(p.Accounts)+1)
	}
	for i, h := range header {
		if i >= len(rows[0]) || rows[0][i].Value != h {
			t.Fatalf("%s: portfolio header = %v, want %v (a byte order mark or separator read as text?)", reader, rows[0], header)
		}
	}
	names := map[string]bool{}
	for _, n := range csvNames {
		names[n] = true
	}
	seen := 0
	for i, a := range p.Accounts {
		row := rows[i+1]
		if len(row) < 6 {
			t.Errorf("%s: row %d has %d cells, the columns did not split: %v", reader, i+1, len(row), row)
			continue
		}
		name, _ := row[0].Value.(string)
		if names[a.Name] {
			seen++
		}
		if want := a.Name; name != want && name != "'"+want {
			t.Errorf("%s: row %d name = %q, want %q", reader, i+1, name, want)
		}
		if strings.ContainsAny(a.Name[:1], "=+-@") && name != "'"+a.Name {
			t.Errorf("%s: %q is not neutralised: %q", reader, a.Name, name)
		}
		if row[0].Type == "f" {
			t.Errorf("%s: %q became a formula", reader, a.Name)
		}
		checkNumber(t, reader, row[4], float64(a.RevenueT12MMinor)/100, style)
		checkNumber(t, reader, row[5], math.Round(a.MarginPct*10)/10, style)
	}
	if seen != len(csvNames) {
		t.Errorf("%s: %d of the %d names in many scripts are in the portfolio", reader, seen, len(csvNames))
	}
}

// checkNumber: a spreadsheet holds a number (not text), equal to want; for
// Python, the text parses as one with the style's decimal mark.
func checkNumber(t *testing.T, reader string, c xlsxCell, want float64, style string) {
	t.Helper()
	var got float64
	switch v := c.Value.(type) {
	case float64:
		if c.Type != "n" {
			t.Errorf("%s: %v has type %s, want a number", reader, v, c.Type)
		}
		got = v
	case string:
		if c.Type != "csv" {
			t.Errorf("%s: %q is text, not a number", reader, v)
			return
		}
		m, _ := backend.CSVMarksOf(style)
		other := ','
		if m.Decimal == ',' {
			other = '.'
		}
		if strings.ContainsRune(v, other) {
			t.Errorf("%s: %q has the other decimal mark than %q", reader, v, m.Decimal)
		}
		f, err := strconv.ParseFloat(strings.Replace(v, string(m.Decimal), ".", 1), 64)
		if err != nil {
			t.Errorf("%s: %q is not a number with decimal mark %q", reader, v, m.Decimal)
			return
		}
		got = f
	default:
		t.Errorf("%s: cell %v (%s), want a number", reader, c.Value, c.Type)
		return
	}
	if math.Abs(got-want) > 0.001 {
		t.Errorf("%s: number = %v, want %v", reader, got, want)
	}
}

// checkPlanSheets: the awkward plan's actions stay text (the formula-like
// ones neutralised), and its opportunity values are numbers.
func checkPlanSheets(t *testing.T, sheets map[string][][]xlsxCell) {
	t.Helper()
	actions, opps := sheets["plan-actions.xlsx"], sheets["plan-opportunities.xlsx"]
	for name, rows := range sheets {
		for i, r := range rows {
			for _, c := range r {
				if c.Type == "f" {
					t.Errorf("%s row %d: a cell became a formula: %v", name, i, c.Value)
				}
			}
		}
	}
	if len(actions) != 5 || len(opps) != 3 {
		t.Fatalf("the plan of %q: %d action rows, %d opportunity rows", csvNames[0], len(actions), len(opps))
	}
	for i, row := range append(actions[1:], opps[1:]...) {
		if row[0].Value != csvNames[0] {
			t.Errorf("plan row %d: account = %v, want %q", i, row[0].Value, csvNames[0])
		}
	}
	for i, want := range []string{`'=HYPERLINK("http://evil","click")`, "'+1 555 0100 anrufen", "'-2+3", "Kick-off in Zürich; Łódź"} {
		if got := actions[i+1][2]; got.Value != want || got.Type != "s" {
			t.Errorf("action %d = %v (%s), want the text %q", i, got.Value, got.Type, want)
		}
	}
	for i, want := range []float64{1234.50, 1_000_000.05} {
		if got := opps[i+1][5]; got.Type != "n" || got.Value != want {
			t.Errorf("opportunity %d value = %v (%s), want the number %v", i, got.Value, got.Type, want)
		}
	}
}
