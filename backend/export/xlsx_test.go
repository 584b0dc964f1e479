package export_test

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/csv"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"accountdesk/backend/export"
	"accountdesk/backend/sqlite"

	"github.com/xuri/excelize/v2"
)

// pyReadWorkbooks reads every .xlsx in a folder with openpyxl, as a
// reader that knows nothing of AccountDesk: per sheet its frozen cell, its
// tables with their filters, its column widths and every cell's value,
// type (n number, s text, f formula, b boolean, d date), number format and
// whether openpyxl sees a date.
const pyReadWorkbooks = `
import glob, json, os, sys, datetime
import openpyxl
out = {}
for path in sorted(glob.glob(os.path.join(sys.argv[1], "*.xlsx"))):
    wb = openpyxl.load_workbook(path)
    sheets = []
    for ws in wb.worksheets:
        tables = [{"name": t.name, "ref": t.ref, "filter": t.autoFilter.ref if t.autoFilter else None} for t in ws.tables.values()]
        widths = {k: d.width for k, d in ws.column_dimensions.items()}
        rows = []
        for r in ws.iter_rows():
            cells = []
            for c in r:
                v = c.value
                if isinstance(v, datetime.datetime):
                    v = v.isoformat()
                cells.append({"v": v, "t": c.data_type, "fmt": c.number_format, "date": c.is_date})
            rows.append(cells)
        sheets.append({"name": ws.title, "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref, "tables": tables, "widths": widths, "rows": rows})
    out[os.path.basename(path)] = sheets
json.dump(out, sys.stdout)
`

type pyCell struct {
	V    any    `json:"v"`
	T    string `json:"t"`
	Fmt  string `json:"fmt"`
	Date bool   `json:"date"`
}

type pySheet struct {
	Name   string `json:"name"`
	Freeze string `json:"freeze"`
	Tables []struct {
		Name, Ref, Filter string
	} `json:"tables"`
	Widths map[string]float64 `json:"widths"`
	Rows   [][]pyCell         `json:"rows"`
}

// col finds a header's column.
func (s pySheet) col(t *testing.T, head string) int {
	t.Helper()
	for i, c := range s.Rows[0] {
		if c.V == head {
			return i
		}
	}
	t.Fatalf("sheet %s has no column %q", s.Name, head)
	return -1
}

// byName is the sheets of a workbook by name.
func byName(sheets []pySheet) map[string]pySheet {
	m := map[string]pySheet{}
	for _, s := range sheets {
		m[s.Name] = s
	}
	return m
}

// workbooks renders the portfolio and plan workbooks of the accounts and
// writes them to a folder, with the portfolio as the documents built it
// (its months added, as the workbook asks).
func workbooks(t *testing.T, db *sqlite.DB, accounts ...int64) (string, export.PortfolioSummary, []export.File) {
	t.Helper()
	ctx := context.Background()
	files, err := export.Render(ctx, db, export.Request{Portfolio: true, WithPlans: true, AccountIDs: accounts, Formats: []string{"xlsx"}}, now)
	if err != nil {
		t.Fatal(err)
	}
	p, err := export.BuildPortfolio(ctx, db, now)
	if err != nil {
		t.Fatal(err)
	}
	if err := export.AddPortfolioMonths(ctx, db, &p, now); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, f := range files {
		if err := os.WriteFile(filepath.Join(dir, f.Name), f.Data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return dir, p, files
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

// checkTables: every sheet has its header row frozen and one table with a
// filter over its header and every row.
func checkTables(t *testing.T, file string, sheets []pySheet) {
	t.Helper()
	for _, s := range sheets {
		if s.Freeze != "A2" {
			t.Errorf("%s %s: frozen at %q, want the header row (A2)", file, s.Name, s.Freeze)
		}
		if len(s.Tables) != 1 || s.Tables[0].Filter == "" {
			t.Errorf("%s %s: tables %+v, want one with a filter", file, s.Name, s.Tables)
			continue
		}
		last := max(len(s.Rows), 2)
		if ref := s.Tables[0].Filter; !strings.HasPrefix(ref, "A1:") || !strings.HasSuffix(ref, strconv.Itoa(last)) {
			t.Errorf("%s %s: filter over %s, want A1 to row %d", file, s.Name, ref, last)
		}
		for i, c := range s.Rows[0] {
			if c.T != "s" || c.V == nil {
				t.Errorf("%s %s: header %d is %+v", file, s.Name, i, c)
			}
		}
	}
}

// checkMoney: a cell holds minor units as a number in the currency's format.
func checkMoney(t *testing.T, where string, c pyCell, minor int64, currency string) {
	t.Helper()
	f, ok := c.V.(float64)
	if c.T != "n" || !ok || !near(f, float64(minor)/100) || c.Fmt != export.MoneyFormat(currency) {
		t.Errorf("%s: %+v, want the number %v in %s", where, c, float64(minor)/100, export.MoneyFormat(currency))
	}
}

func checkPct(t *testing.T, where string, c pyCell, pct float64) {
	t.Helper()
	f, ok := c.V.(float64)
	if c.T != "n" || !ok || !near(f, pct/100) || c.Fmt != "0.0%" {
		t.Errorf("%s: %+v, want the number %v as a percentage", where, c, pct/100)
	}
}

func checkDate(t *testing.T, where string, c pyCell, iso string) {
	t.Helper()
	if iso == "" {
		if c.V != nil {
			t.Errorf("%s: %+v, want a blank cell", where, c)
		}
		return
	}
	if !c.Date || c.V != iso[:10]+"T00:00:00" {
		t.Errorf("%s: %+v, want the date %s", where, c, iso[:10])
	}
}

func checkText(t *testing.T, where string, c pyCell, want string) {
	t.Helper()
	if want == "" && c.V == nil {
		return
	}
	if c.T != "s" || c.V != want {
		t.Errorf("%s: %+v, want the text %q", where, c, want)
	}
}

// TestWorkbooksReadBack: the portfolio and plan workbooks of an export, read
// with openpyxl, have their sheets, frozen headers and filters; amounts are
// numbers in the currency's format, percentages numbers with a % format,
// dates dates, all equal to the summaries'; names in every script come back
// intact and text typed as a formula comes back as text.
func TestWorkbooksReadBack(t *testing.T) {
	py := needPython(t, "openpyxl")
	db, awkward := csvWorkspace(t)
	ctx := context.Background()
	dir, p, files := workbooks(t, db, 1, awkward)
	var books map[string][]pySheet
	runPython(t, py, pyReadWorkbooks, dir, &books)
	if len(books) != 3 || len(files) != 3 {
		t.Fatalf("%d workbooks read of %d written", len(books), len(files))
	}
	for name, sheets := range books {
		checkTables(t, name, sheets)
	}

	t.Run("OK portfolio", func(t *testing.T) {
		name := files[0].Name
		if !strings.HasPrefix(name, "portfolio-") || !strings.HasSuffix(name, "-2026-11-24.xlsx") {
			t.Fatalf("portfolio workbook named %q", name)
		}
		sheets := books[name]
		var names []string
		for _, s := range sheets {
			names = append(names, s.Name)
		}
		if want := []string{"Accounts", "Revenue vs target", "Pipeline", "Risks", "QBR status", "Untapped potential"}; !slices.Equal(names, want) {
			t.Fatalf("sheets %v, want %v", names, want)
		}
		m := byName(sheets)

		untapped := m["Untapped potential"]
		if len(p.UntappedByServiceLine) == 0 || len(untapped.Rows)-1 != len(p.UntappedByServiceLine) {
			t.Fatalf("%d untapped rows, want %d (the demo's grids have some)", len(untapped.Rows)-1, len(p.UntappedByServiceLine))
		}
		cLine, cUntapped, cAccounts := untapped.col(t, "Service line"), untapped.col(t, "Untapped"), untapped.col(t, "Accounts")
		for i, l := range p.UntappedByServiceLine {
			row := untapped.Rows[i+1]
			checkText(t, "untapped line", row[cLine], l.ServiceLine)
			checkMoney(t, l.ServiceLine+" untapped", row[cUntapped], l.UntappedMinor, p.Currency)
			if n, ok := row[cAccounts].V.(float64); !ok || row[cAccounts].T != "n" || int(n) != l.Accounts {
				t.Errorf("%s: %+v accounts, want the number %d", l.ServiceLine, row[cAccounts], l.Accounts)
			}
		}

		acc := m["Accounts"]
		if len(acc.Rows)-1 != len(p.Accounts) {
			t.Fatalf("%d account rows, want %d", len(acc.Rows)-1, len(p.Accounts))
		}
		cName, cRev, cMargin, cTarget, cRenewal := acc.col(t, "Account"), acc.col(t, "Revenue (12 months)"), acc.col(t, "Margin"), acc.col(t, "Plan target"), acc.col(t, "Renewal date")
		var got []string
		for i, a := range p.Accounts {
			row := acc.Rows[i+1]
			checkText(t, "account "+a.Name, row[cName], a.Name)
			checkMoney(t, a.Name+" revenue", row[cRev], a.RevenueT12MMinor, p.Currency)
			checkPct(t, a.Name+" margin", row[cMargin], a.MarginPct)
			checkMoney(t, a.Name+" target", row[cTarget], a.PlanTargetMinor, p.Currency)
			checkDate(t, a.Name+" renewal", row[cRenewal], a.RenewalDate)
			got = append(got, a.Name)
		}
		for _, n := range csvNames {
			if !slices.Contains(got, n) {
				t.Errorf("%q missing from the Accounts sheet", n)
			}
		}
		if w := acc.Widths["A"]; w < 20 || w > 60 {
			t.Errorf("Account column %v wide, want it to fit the names (20 to 60)", w)
		}

		months := m["Revenue vs target"]
		if len(p.Months) < 12 || len(months.Rows)-1 != len(p.Months) {
			t.Fatalf("%d month rows, want %d (at least 12)", len(months.Rows)-1, len(p.Months))
		}
		for i, mt := range p.Months {
			row := months.Rows[i+1]
			if !row[0].Date || row[0].V != mt.Month+"-01T00:00:00" || row[0].Fmt != "mmm yyyy" {
				t.Errorf("month %s: %+v", mt.Month, row[0])
			}
			checkMoney(t, mt.Month+" revenue", row[1], mt.RevenueMinor, p.Currency)
			if pct, ok := mt.TargetPct(); ok {
				checkMoney(t, mt.Month+" target", row[2], mt.TargetMinor, p.Currency)
				checkMoney(t, mt.Month+" revenue with a target", row[3], mt.RevenueWithTargetMinor, p.Currency)
				checkPct(t, mt.Month+" of target", row[4], pct)
			} else if len(row) > 2 && (row[2].V != nil || row[4].V != nil) {
				t.Errorf("%s has no target, but the sheet shows %v and %v", mt.Month, row[2].V, row[4].V)
			}
		}

		pipe := m["Pipeline"]
		if len(pipe.Rows)-1 != len(p.Pipeline) {
			t.Fatalf("%d stages, want %d", len(pipe.Rows)-1, len(p.Pipeline))
		}
		for i, s := range p.Pipeline {
			checkText(t, "stage", pipe.Rows[i+1][0], export.Label(s.Stage))
			checkMoney(t, s.Stage+" value", pipe.Rows[i+1][2], s.ValueMinor, p.Currency)
			checkMoney(t, s.Stage+" weighted", pipe.Rows[i+1][3], s.WeightedMinor, p.Currency)
		}

		risks := m["Risks"]
		if len(p.Risks) == 0 || len(risks.Rows)-1 != len(p.Risks) {
			t.Fatalf("%d risk rows, want %d (some)", len(risks.Rows)-1, len(p.Risks))
		}
		for i, r := range p.Risks {
			checkText(t, "risk", risks.Rows[i+1][1], r.Title)
			if s := risks.Rows[i+1][risks.col(t, "Score")]; s.T != "n" || s.V != float64(r.Score) {
				t.Errorf("risk %q score %+v, want %d", r.Title, s, r.Score)
			}
		}

		qbr := m["QBR status"]
		for i, a := range p.Accounts {
			checkText(t, a.Name+" QBR", qbr.Rows[i+1][qbr.col(t, "QBR")], export.Label(a.QBRState))
			checkDate(t, a.Name+" QBR held", qbr.Rows[i+1][qbr.col(t, "Last held")], a.QBRLastHeld)
		}
	})

	t.Run("OK plan", func(t *testing.T) {
		s, err := export.BuildPlanSummary(ctx, db, 1, now)
		if err != nil {
			t.Fatal(err)
		}
		m := byName(books[files[1].Name])
		if !strings.HasSuffix(files[1].Name, "-plan-"+export.Slug(s.Plan.Period)+".xlsx") {
			t.Fatalf("plan workbook named %q", files[1].Name)
		}
		for _, want := range []string{"Summary", "Objectives", "Opportunities", "Risks", "Actions", "Stakeholders", "Team", "Revenue vs target"} {
			if _, ok := m[want]; !ok {
				t.Errorf("no sheet %q", want)
			}
		}
		sum := m["Summary"]
		items := map[string]pyCell{}
		for _, r := range sum.Rows[1:] {
			items[r[0].V.(string)] = r[1]
		}
		checkText(t, "account", items["Account"], s.Account.Name)
		checkMoney(t, "revenue target", items["Revenue target"], s.Plan.RevenueTargetMinor, s.Currency)
		checkMoney(t, "revenue 12 months", items["Revenue (12 months)"], s.Financials.RevenueT12MMinor, s.Currency)
		checkPct(t, "margin", items["Margin (12 months)"], s.Financials.MarginT12MPct)
		checkDate(t, "renewal", items["Renewal date"], s.Account.RenewalDate)

		obj := m["Objectives"]
		if len(s.Plan.Objectives) == 0 || len(obj.Rows)-1 != len(s.Plan.Objectives) {
			t.Fatalf("%d objective rows, want %d (some)", len(obj.Rows)-1, len(s.Plan.Objectives))
		}
		for i, o := range s.Plan.Objectives {
			row := obj.Rows[i+1]
			checkText(t, "objective", row[0], o.Title)
			checkPct(t, o.Title+" progress", row[obj.col(t, "Progress")], o.ProgressPct)
			checkDate(t, o.Title+" due", row[obj.col(t, "Due")], o.Due)
			if c := row[obj.col(t, "Target")]; c.T != "n" || !near(c.V.(float64), o.Target) {
				t.Errorf("%s target %+v, want %v", o.Title, c, o.Target)
			}
		}
		opp := m["Opportunities"]
		for i, o := range s.Plan.Opportunities {
			checkMoney(t, o.Title+" value", opp.Rows[i+1][opp.col(t, "Value")], o.ValueMinor, s.Currency)
			checkPct(t, o.Title+" probability", opp.Rows[i+1][opp.col(t, "Probability")], float64(o.Probability))
			checkDate(t, o.Title+" close", opp.Rows[i+1][opp.col(t, "Expected close")], o.ExpectedClose)
		}
		months := m["Revenue vs target"]
		if len(s.Months) == 0 || len(months.Rows)-1 != len(s.Months) {
			t.Fatalf("%d month rows, want %d (some)", len(months.Rows)-1, len(s.Months))
		}
		for i, mt := range s.Months {
			checkMoney(t, mt.Month+" revenue", months.Rows[i+1][1], mt.RevenueMinor, s.Currency)
		}
	})

	// Excel offers to repair a workbook whose column widths are out of
	// order (LibreOffice gives them to the wrong columns).
	t.Run("OK column widths in order", func(t *testing.T) {
		for _, f := range files {
			zr, err := zip.NewReader(bytes.NewReader(f.Data), int64(len(f.Data)))
			if err != nil {
				t.Fatal(err)
			}
			for _, z := range zr.File {
				if !strings.HasPrefix(z.Name, "xl/worksheets/sheet") {
					continue
				}
				r, _ := z.Open()
				b, _ := io.ReadAll(r)
				r.Close()
				prev := 0
				for _, m := range regexp.MustCompile(`<col min="(\d+)"`).FindAllSubmatch(b, -1) {
					n, _ := strconv.Atoi(string(m[1]))
					if n <= prev {
						t.Errorf("%s %s: column %d after %d", f.Name, z.Name, n, prev)
					}
					prev = n
				}
				if prev == 0 {
					t.Errorf("%s %s: no column widths", f.Name, z.Name)
				}
			}
		}
	})

	t.Run("OK text typed as a formula stays text", func(t *testing.T) {
		m := byName(books[files[2].Name])
		actions := m["Actions"]
		want := []string{`=HYPERLINK("http://evil","click")`, "+1 555 0100 anrufen", "-2+3", "Kick-off in Zürich; Łódź"}
		if len(actions.Rows)-1 != len(want) {
			t.Fatalf("%d actions, want %d", len(actions.Rows)-1, len(want))
		}
		for i, w := range want {
			checkText(t, "action", actions.Rows[i+1][0], w)
		}
		opp := m["Opportunities"]
		checkText(t, "opportunity", opp.Rows[2][0], "Ελληνικά")
		checkMoney(t, "Ελληνικά value", opp.Rows[2][opp.col(t, "Value")], 1_000_000_05, p.Currency)
		for name, sheets := range books {
			for _, s := range sheets {
				for _, r := range s.Rows {
					for _, c := range r {
						if c.T == "f" {
							t.Errorf("%s %s: a formula %v", name, s.Name, c.V)
						}
					}
				}
			}
		}
	})
}

// TestWorkbookInCalc: LibreOffice opens the portfolio workbook and writes
// its first sheet as CSV with the same names and amounts; a name typed as
// a formula is not run.
func TestWorkbookInCalc(t *testing.T) {
	t.Parallel()
	soffice := needTool(t, "soffice", "apt-get install libreoffice-calc-nogui")
	db, awkward := csvWorkspace(t)
	dir, p, files := workbooks(t, db, awkward)
	out := filepath.Join(dir, "csv")
	cmd := exec.Command(soffice, "-env:UserInstallation=file://"+filepath.Join(t.TempDir(), "profile"), "--headless", "--norestore",
		"--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", out, filepath.Join(dir, files[0].Name))
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v: %s", err, b)
	}
	data, err := os.ReadFile(filepath.Join(out, strings.TrimSuffix(files[0].Name, ".xlsx")+".csv"))
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(p.Accounts)+1 || rows[0][0] != "Account" {
		t.Fatalf("Calc read %d rows (header %v), want %d", len(rows), rows[0], len(p.Accounts)+1)
	}
	for i, a := range p.Accounts {
		if rows[i+1][0] != a.Name {
			t.Errorf("row %d: Calc read %q, want %q", i+1, rows[i+1][0], a.Name)
		}
	}
	names := make([]string, len(rows))
	for i, r := range rows {
		names[i] = r[0]
	}
	for _, n := range csvNames {
		if !slices.Contains(names, n) {
			t.Errorf("Calc lost %q", n)
		}
	}
}

// TestWorkbookOnlyWhenAsked: an export without formats writes the five
// formats it always has, no workbook; asked for, the workbook is written
// like every file, and appraisals get one only when they are asked for.
func TestWorkbookOnlyWhenAsked(t *testing.T) {
	ctx := context.Background()
	db := demoDB(t)
	t.Run("OK default formats", func(t *testing.T) {
		if got := export.Formats(); !slices.Equal(got, []string{"pdf", "md", "html", "json", "csv"}) {
			t.Fatalf("default formats %v", got)
		}
		files, err := export.Render(ctx, db, export.Request{Portfolio: true}, now)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			if strings.HasSuffix(f.Name, ".xlsx") {
				t.Errorf("%s written without being asked for", f.Name)
			}
		}
		files, err = export.Render(ctx, db, export.Request{Formats: []string{"xlsx"}}, now)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			if strings.HasPrefix(f.Name, "appraisals-") {
				t.Errorf("%s written without appraisals being asked for", f.Name)
			}
		}
	})
	t.Run("OK written to a folder", func(t *testing.T) {
		files, err := export.Render(ctx, db, export.Request{Formats: []string{"xlsx"}, IncludeAppraisals: true}, now)
		if err != nil {
			t.Fatal(err)
		}
		dir := t.TempDir()
		dest, err := export.NewDestination(dir, "", "", nil)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := export.Write(ctx, dest, files, export.WriteOptions{}); err != nil {
			t.Fatal(err)
		}
		names, _ := filepath.Glob(filepath.Join(dir, "*"))
		var appraisals int
		for _, n := range names {
			base := filepath.Base(n)
			if !strings.HasSuffix(base, ".xlsx") || export.IsTempName(base) {
				t.Errorf("unexpected file %s", base)
			}
			if strings.HasPrefix(base, "appraisals-") {
				appraisals++
			}
			if _, err := excelize.OpenFile(n); err != nil {
				t.Errorf("%s does not open: %v", base, err)
			}
		}
		if appraisals == 0 || len(names) <= appraisals {
			t.Errorf("files %v: want plan workbooks and an appraisals workbook", names)
		}
	})
	t.Run("OK written to a WebDAV share", func(t *testing.T) {
		files, err := export.Render(ctx, db, export.Request{Portfolio: true, Formats: []string{"xlsx"}}, now)
		if err != nil {
			t.Fatal(err)
		}
		srv, fs := davServer(t, false)
		dest, err := export.NewDestination(srv.URL+"/share", "director", "s3cret", nil)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := export.Write(ctx, dest, files, export.WriteOptions{}); err != nil {
			t.Fatal(err)
		}
		if got := listDAV(t, fs); !slices.Equal(got, []string{files[0].Name}) {
			t.Fatalf("share holds %v, want only %s", got, files[0].Name)
		}
		f, err := fs.OpenFile(ctx, "/share/"+files[0].Name, os.O_RDONLY, 0)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		wb, err := excelize.OpenReader(f)
		if err != nil {
			t.Fatalf("the workbook on the share does not open: %v", err)
		}
		defer wb.Close()
		if got := wb.GetSheetList(); len(got) != 6 || got[0] != "Accounts" {
			t.Fatalf("sheets on the share: %v", got)
		}
	})
	t.Run("ErrUnknownFormat", func(t *testing.T) {
		_, err := export.Render(ctx, db, export.Request{Formats: []string{"xls"}}, now)
		if err == nil || !strings.Contains(err.Error(), "xlsx") {
			t.Fatalf("err = %v, want the formats named, xlsx among them", err)
		}
	})
}

// TestMoneyFormat: each workspace currency has its own number format, with
// the symbol people know.
func TestMoneyFormat(t *testing.T) {
	for _, c := range []struct{ currency, want string }{
		{"GBP", `"£"#,##0`}, {"USD", `"$"#,##0`}, {"EUR", `"€"#,##0`}, {"SEK", `#,##0" kr"`},
		{"CHF", `"CHF "#,##0`}, {"JPY", `"¥"#,##0`}, {"XYZ", `"XYZ "#,##0`}, {`"; ` + "\x00", "#,##0"},
	} {
		t.Run("OK "+c.currency, func(t *testing.T) {
			if got := export.MoneyFormat(c.currency); got != c.want {
				t.Errorf("MoneyFormat(%q) = %s, want %s", c.currency, got, c.want)
			}
		})
	}
}

// FuzzWorkbookText: whatever text a plan holds, its workbook opens and the
// text comes back as text (what XML can carry of it), never a formula.
func FuzzWorkbookText(f *testing.F) {
	for _, s := range append(csvNames, "", "\x00\x01\ufffe", "\t=1+1", "\r@x", strings.Repeat("長", 40000)) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		s := export.PlanSummary{Schema: export.PlanSchema, GeneratedAt: now.Format(time.RFC3339), Currency: "EUR",
			Account: export.AccountInfo{Name: text, RenewalDate: text},
			Plan:    &export.PlanInfo{Period: text, Actions: []export.Action{{Title: text, Due: text}}}}
		data, err := export.PlanXLSX(s)
		if err != nil {
			t.Fatal(err)
		}
		wb, err := excelize.OpenReader(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		defer wb.Close()
		got, err := wb.GetCellValue("Actions", "A2", excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		formula, _ := wb.GetCellFormula("Actions", "A2")
		typ, _ := wb.GetCellType("Actions", "A2")
		if formula != "" {
			t.Fatalf("%q became the formula %q", text, formula)
		}
		if want := export.CellText(text); got != want || (want != "" && typ != excelize.CellTypeInlineString && typ != excelize.CellTypeSharedString) {
			t.Fatalf("%q came back as %q (%v), want %q", text, got, typ, want)
		}
	})
}
