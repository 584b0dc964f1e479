package export

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/width"
)

// Workbooks (XLSX) for the portfolio and each plan summary: a sheet per
// table, real numbers in the workspace currency's number format, dates as
// dates, percentages as numbers with a % format, the header row frozen,
// columns as wide as their content and a filter on every table (each sheet
// is one Excel table). Every text cell is a string: a name that starts with
// "=" stays a name and never runs as a formula. Sheets are written with
// excelize's streaming writer, so a 5,000-account portfolio stays small in
// memory.

// cellKind is how a column's values are written.
type cellKind int

const (
	kText  cellKind = iota // string
	kMoney                 // int64 minor units → major units, currency format
	kPct                   // float64 percent (12.5) → 0.125, "0.0%"
	kDate                  // ISO date string → date; "" → blank
	kMonth                 // "YYYY-MM" → the month's first day, "mmm yyyy"
	kInt                   // int
	kNum                   // float64, as it is
	kYesNo                 // bool → "Yes" / "No"
)

// xcol is a table column: its header and kind.
type xcol struct {
	head string
	kind cellKind
}

// typed is a value that carries its own kind, for a column whose rows
// differ (the plan's Summary: an amount, a date, a percentage).
type typed struct {
	kind cellKind
	v    any
}

// sheet is one table: a sheet name, the Excel table's name (letters only)
// and its rows, one value per column of the column's kind. A value of the
// wrong type (nil for an unknown percentage) leaves the cell blank.
type sheet struct {
	name, table string
	cols        []xcol
	rows        [][]any
}

// Widths of columns, in characters.
const (
	minColWidth = 8
	maxColWidth = 60
)

// moneyFormats are the number formats of the workspace currencies: the
// symbol people know (as the app shows money), whole units grouped, as
// the other documents write them. The format's separators follow the
// reader's Excel (1,234 or 1.234).
var moneyFormats = map[string]string{
	"AED": `"AED "#,##0`, "AUD": `"A$"#,##0`, "BRL": `"R$"#,##0`, "CAD": `"CA$"#,##0`, "CHF": `"CHF "#,##0`,
	"CNY": `"CN¥"#,##0`, "CZK": `#,##0" Kč"`, "DKK": `#,##0" kr."`, "EUR": `"€"#,##0`, "GBP": `"£"#,##0`,
	"HKD": `"HK$"#,##0`, "INR": `"₹"#,##0`, "JPY": `"¥"#,##0`, "KRW": `"₩"#,##0`, "MXN": `"MX$"#,##0`,
	"NOK": `#,##0" kr"`, "NZD": `"NZ$"#,##0`, "PLN": `#,##0" zł"`, "SEK": `#,##0" kr"`, "SGD": `"S$"#,##0`,
	"USD": `"$"#,##0`, "ZAR": `"R "#,##0`,
}

// MoneyFormat is the number format a workbook gives amounts in a currency;
// a currency without one of its own is written as its code ("XYZ "#,##0).
func MoneyFormat(currency string) string {
	if f, ok := moneyFormats[currency]; ok {
		return f
	}
	code := strings.Map(func(r rune) rune {
		if r >= 'A' && r <= 'Z' {
			return r
		}
		return -1
	}, strings.ToUpper(currency))
	if code == "" {
		return "#,##0"
	}
	return `"` + code + ` "#,##0`
}

// workbook writes sheets into one XLSX file.
type workbook struct {
	f      *excelize.File
	styles map[cellKind]int
	// head is the header row's style (bold, for readers that do not show
	// table styles); wrap is long text's, wrapped at the column's width.
	head, wrap int
}

func newWorkbook(currency, title, author, generatedAt string) (*workbook, error) {
	f := excelize.NewFile()
	money := MoneyFormat(currency)
	pct, month := "0.0%", "mmm yyyy"
	w := &workbook{f: f, styles: map[cellKind]int{}}
	for kind, st := range map[cellKind]*excelize.Style{
		kMoney: {CustomNumFmt: &money},
		kPct:   {CustomNumFmt: &pct},
		kDate:  {NumFmt: 14}, // the reader's short date
		kMonth: {CustomNumFmt: &month},
		kNum:   {NumFmt: 0},
	} {
		id, err := f.NewStyle(st)
		if err != nil {
			return nil, fmt.Errorf("workbook style: %w", err)
		}
		w.styles[kind] = id
	}
	var err error
	if w.head, err = f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}}); err != nil {
		return nil, fmt.Errorf("workbook style: %w", err)
	}
	if w.wrap, err = f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}}); err != nil {
		return nil, fmt.Errorf("workbook style: %w", err)
	}
	props := &excelize.DocProperties{Title: title, Creator: author, Created: generatedAt, Modified: generatedAt, Language: "en"}
	if err := f.SetDocProps(props); err != nil {
		return nil, fmt.Errorf("workbook properties: %w", err)
	}
	return w, nil
}

// write adds the sheets in order (the first replaces excelize's "Sheet1").
func (w *workbook) write(sheets []sheet) ([]byte, error) {
	defer w.f.Close()
	for i, s := range sheets {
		if i == 0 {
			if err := w.f.SetSheetName("Sheet1", s.name); err != nil {
				return nil, fmt.Errorf("workbook sheet %s: %w", s.name, err)
			}
		} else if _, err := w.f.NewSheet(s.name); err != nil {
			return nil, fmt.Errorf("workbook sheet %s: %w", s.name, err)
		}
		if err := w.sheet(s); err != nil {
			return nil, fmt.Errorf("workbook sheet %s: %w", s.name, err)
		}
	}
	// The first sheet is the active one already; SetActiveSheet would read
	// every streamed sheet back into memory.
	var buf bytes.Buffer
	if err := w.f.Write(&buf); err != nil {
		return nil, fmt.Errorf("workbook: %w", err)
	}
	return buf.Bytes(), nil
}

func (w *workbook) sheet(s sheet) error {
	sw, err := w.f.NewStreamWriter(s.name)
	if err != nil {
		return err
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}}}); err != nil {
		return err
	}
	// Last column first: excelize puts each before the ones set already,
	// and Excel wants them in order.
	widths := columnWidths(s)
	for i := len(widths) - 1; i >= 0; i-- {
		if err := sw.SetColWidth(i+1, i+1, widths[i]); err != nil {
			return err
		}
	}
	head := make([]any, len(s.cols))
	for i, c := range s.cols {
		head[i] = excelize.Cell{StyleID: w.head, Value: c.head}
	}
	if err := sw.SetRow("A1", head); err != nil {
		return err
	}
	cells := make([]any, len(s.cols))
	for r, row := range s.rows {
		for i, c := range s.cols {
			cells[i] = w.cell(c.kind, row[i])
			if t, ok := cells[i].(string); ok && widths[i] >= maxColWidth && textWidth(t) > maxColWidth-2 {
				cells[i] = excelize.Cell{StyleID: w.wrap, Value: t}
			}
		}
		if err := sw.SetRow("A"+strconv.Itoa(r+2), cells); err != nil {
			return err
		}
	}
	last, err := excelize.CoordinatesToCellName(len(s.cols), max(len(s.rows)+1, 2))
	if err != nil {
		return err
	}
	no := false
	if err := sw.AddTable(&excelize.Table{Range: "A1:" + last, Name: s.table, StyleName: "TableStyleLight9", ShowRowStripes: &no}); err != nil {
		return err
	}
	return sw.Flush()
}

// cell is a value as the workbook stores it: text always as a string
// (never a formula, whatever it starts with), numbers as numbers.
func (w *workbook) cell(kind cellKind, v any) any {
	if t, ok := v.(typed); ok {
		kind, v = t.kind, t.v
	}
	if s, ok := v.(string); ok && s == "" {
		return nil // a blank cell, not an empty text
	}
	switch kind {
	case kText:
		s, _ := v.(string)
		return CellText(s)
	case kMoney:
		if m, ok := v.(int64); ok {
			return excelize.Cell{StyleID: w.styles[kMoney], Value: float64(m) / 100}
		}
	case kPct:
		if f, ok := v.(float64); ok {
			return excelize.Cell{StyleID: w.styles[kPct], Value: f / 100}
		}
	case kDate:
		if t, ok := isoDate(v); ok {
			return excelize.Cell{StyleID: w.styles[kDate], Value: t}
		}
		s, _ := v.(string)
		return CellText(s) // not a date: kept as written
	case kMonth:
		if s, ok := v.(string); ok {
			if t, err := time.Parse("2006-01", s); err == nil {
				return excelize.Cell{StyleID: w.styles[kMonth], Value: t}
			}
			return CellText(s)
		}
	case kInt:
		if i, ok := v.(int); ok {
			return i
		}
	case kNum:
		if f, ok := v.(float64); ok {
			return excelize.Cell{StyleID: w.styles[kNum], Value: f}
		}
	case kYesNo:
		if b, ok := v.(bool); ok {
			if b {
				return "Yes"
			}
			return "No"
		}
	}
	return nil
}

// isoDate reads "YYYY-MM-DD" (or the date of an RFC 3339 time).
func isoDate(v any) (time.Time, bool) {
	s, _ := v.(string)
	if len(s) < 10 {
		return time.Time{}, false
	}
	t, err := time.Parse(time.DateOnly, s[:10])
	return t, err == nil
}

// CellText is what a workbook cell keeps of text: it drops what an XML 1.0 document cannot hold (control characters
// other than tab, line feed and carriage return; unpaired surrogates were
// already replaced when the text became UTF-8), and cuts text at Excel's
// 32,767 characters a cell.
func CellText(s string) string {
	clean := strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			return r
		case r < 0x20, r == 0xFFFE, r == 0xFFFF, r == utf8.RuneError:
			return -1
		}
		return r
	}, strings.ToValidUTF8(s, ""))
	if utf8.RuneCountInString(clean) > excelize.TotalCellChars {
		clean = string([]rune(clean)[:excelize.TotalCellChars])
	}
	return clean
}

// columnWidths fit each column to its header (and its filter button) and
// its longest value as shown, within minColWidth and maxColWidth. Wide
// (East Asian) characters count twice.
func columnWidths(s sheet) []float64 {
	out := make([]float64, len(s.cols))
	for i, c := range s.cols {
		n := textWidth(c.head) + 3
		for _, row := range s.rows {
			n = max(n, shownWidth(c.kind, row[i]))
		}
		out[i] = float64(min(max(n+2, minColWidth), maxColWidth))
	}
	return out
}

func shownWidth(kind cellKind, v any) int {
	if t, ok := v.(typed); ok {
		kind, v = t.kind, t.v
	}
	switch kind {
	case kMoney:
		m, _ := v.(int64)
		return len(Money(m, "XXXX")) // digits, separators and a symbol
	case kPct:
		f, _ := v.(float64)
		return len(strconv.FormatFloat(f, 'f', 1, 64)) + 1
	case kDate:
		if _, ok := isoDate(v); ok {
			return 10
		}
	case kMonth:
		return 8
	case kInt:
		i, _ := v.(int)
		return len(strconv.Itoa(i))
	case kNum:
		f, _ := v.(float64)
		return len(strconv.FormatFloat(f, 'f', -1, 64))
	case kYesNo:
		return 3
	}
	s, _ := v.(string)
	return textWidth(s)
}

// textWidth is how many character cells s takes, wide characters as two;
// only its longest line counts.
func textWidth(s string) int {
	best, n := 0, 0
	for _, r := range s {
		if r == '\n' {
			best, n = max(best, n), 0
			continue
		}
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
		if n > maxColWidth { // no need to count further
			break
		}
	}
	return max(best, n)
}

// PortfolioXLSX renders the portfolio as a workbook: Accounts, Revenue vs
// target (by month), Pipeline (by stage), Risks (the highest open ones), QBR
// status and Untapped potential (by service line, from the whitespace grids;
// last, so the earlier sheets keep their places). The months are there when
// AddPortfolioMonths filled them.
func PortfolioXLSX(p PortfolioSummary) ([]byte, error) {
	w, err := newWorkbook(p.Currency, "Portfolio · "+p.Agency, p.Director, p.GeneratedAt)
	if err != nil {
		return nil, err
	}
	accounts := sheet{name: "Accounts", table: "Accounts", cols: []xcol{
		{"Account", kText}, {"Tier", kText}, {"Status", kText}, {"Health", kText}, {"Revenue (12 months)", kMoney},
		{"Margin", kPct}, {"Plan period", kText}, {"Plan status", kText}, {"Plan target", kMoney}, {"QBR", kText}, {"Renewal date", kDate}}}
	qbrs := sheet{name: "QBR status", table: "QBRStatus", cols: []xcol{
		{"Account", kText}, {"Quarter", kText}, {"QBR", kText}, {"Last held", kDate}, {"Judged on", kText}, {"Health", kText}}}
	for _, a := range p.Accounts {
		accounts.rows = append(accounts.rows, []any{a.Name, Label(a.Tier), Label(a.Status), Label(a.Health), a.RevenueT12MMinor,
			a.MarginPct, a.PlanPeriod, Label(a.PlanStatus), a.PlanTargetMinor, Label(a.QBRState), a.RenewalDate})
		qbrs.rows = append(qbrs.rows, []any{a.Name, a.QBRQuarter, Label(a.QBRState), a.QBRLastHeld, basisLabel(a.QBRBasis), Label(a.Health)})
	}
	months := sheet{name: "Revenue vs target", table: "RevenueVsTarget", cols: []xcol{
		{"Month", kMonth}, {"Revenue", kMoney}, {"Target", kMoney}, {"Revenue of accounts with a target", kMoney},
		{"Of target", kPct}, {"Accounts with figures", kInt}}}
	for _, m := range p.Months {
		target, withTarget := orBlank(m), any(nil)
		if target != nil {
			withTarget = m.RevenueWithTargetMinor
		}
		months.rows = append(months.rows, []any{m.Month, m.RevenueMinor, target, withTarget, targetPct(m), m.Accounts})
	}
	pipeline := sheet{name: "Pipeline", table: "Pipeline", cols: []xcol{
		{"Stage", kText}, {"Opportunities", kInt}, {"Value", kMoney}, {"Weighted value", kMoney}}}
	for _, s := range p.Pipeline {
		pipeline.rows = append(pipeline.rows, []any{Label(s.Stage), s.Count, s.ValueMinor, s.WeightedMinor})
	}
	risks := sheet{name: "Risks", table: "Risks", cols: []xcol{
		{"Account", kText}, {"Risk", kText}, {"Category", kText}, {"Likelihood", kInt}, {"Impact", kInt}, {"Score", kInt},
		{"Owner", kText}, {"Status", kText}, {"Mitigation", kText}}}
	for _, r := range p.Risks {
		risks.rows = append(risks.rows, []any{r.Account, r.Title, Label(r.Category), r.Likelihood, r.Impact, r.Score, r.Owner, Label(r.Status), r.Mitigation})
	}
	untapped := sheet{name: "Untapped potential", table: "UntappedPotential", cols: []xcol{
		{"Service line", kText}, {"Untapped", kMoney}, {"Accounts", kInt}}}
	for _, l := range p.UntappedByServiceLine {
		untapped.rows = append(untapped.rows, []any{l.ServiceLine, l.UntappedMinor, l.Accounts})
	}
	return w.write([]sheet{accounts, months, pipeline, risks, qbrs, untapped})
}

// targetPct is a month's revenue against target, nil (a blank cell) when
// no account had a target.
func targetPct(m MonthTotal) any {
	if pct, ok := m.TargetPct(); ok {
		return pct
	}
	return nil
}

// orBlank is a month's target, nil (a blank cell, not a target of 0) when
// no account had one.
func orBlank(m MonthTotal) any {
	if m.TargetMinor <= 0 {
		return nil
	}
	return m.TargetMinor
}

func basisLabel(b string) string {
	switch b {
	case "revenue":
		return "Revenue (12 months)"
	case "target":
		return "Annual target"
	}
	return Label(b)
}

// PlanXLSX renders a plan summary as a workbook: Summary (the account,
// plan and figures, one a row), Objectives, Opportunities, Risks, Actions,
// Stakeholders, Team and Revenue vs target (by month).
func PlanXLSX(s PlanSummary) ([]byte, error) {
	w, err := newWorkbook(s.Currency, s.Account.Name+" · plan summary", s.Director, s.GeneratedAt)
	if err != nil {
		return nil, err
	}
	summary := sheet{name: "Summary", table: "Summary", cols: []xcol{{"Item", kText}, {"Value", kText}}}
	add := func(item string, kind cellKind, v any) {
		summary.rows = append(summary.rows, []any{item, typed{kind, v}})
	}
	a, f := s.Account, s.Financials
	add("Account", kText, a.Name)
	add("Agency", kText, s.Agency)
	add("Industry", kText, a.Industry)
	add("Tier", kText, Label(a.Tier))
	add("Status", kText, Label(a.Status))
	add("Health", kText, Label(a.Health))
	add("Health reason", kText, a.HealthReason)
	add("Renewal date", kDate, a.RenewalDate)
	add("Revenue (12 months)", kMoney, f.RevenueT12MMinor)
	add("Cost (12 months)", kMoney, f.CostT12MMinor)
	add("Write-offs (12 months)", kMoney, f.WriteOffT12MMinor)
	add("Margin (12 months)", kPct, f.MarginT12MPct)
	add("Revenue "+f.FiscalYear+" to date", kMoney, f.RevenueYTDMinor)
	add("Retainer hours a month", kNum, f.RetainerHoursMonth)
	add("QBR "+s.QBR.Quarter, kText, Label(s.QBR.State))
	add("QBR last held", kDate, s.QBR.LastHeld)
	objectives := sheet{name: "Objectives", table: "Objectives", cols: []xcol{
		{"Objective", kText}, {"KPI", kText}, {"Unit", kText}, {"Baseline", kNum}, {"Target", kNum}, {"Current", kNum},
		{"Progress", kPct}, {"Due", kDate}, {"Owner", kText}, {"Status", kText}}}
	opps := sheet{name: "Opportunities", table: "Opportunities", cols: []xcol{
		{"Opportunity", kText}, {"Service line", kText}, {"Type", kText}, {"Value", kMoney}, {"Probability", kPct},
		{"Stage", kText}, {"Expected close", kDate}}}
	risks := sheet{name: "Risks", table: "Risks", cols: []xcol{
		{"Risk", kText}, {"Category", kText}, {"Likelihood", kInt}, {"Impact", kInt}, {"Score", kInt},
		{"Mitigation", kText}, {"Owner", kText}, {"Status", kText}}}
	actions := sheet{name: "Actions", table: "Actions", cols: []xcol{
		{"Action", kText}, {"Owner", kText}, {"Due", kDate}, {"Status", kText}, {"Overdue", kYesNo}}}
	if p := s.Plan; p != nil {
		add("Plan period", kText, p.Period)
		add("Plan version", kInt, p.Version)
		add("Plan status", kText, Label(p.Status))
		add("Approved", kDate, p.ApprovedAt)
		add("Revenue target", kMoney, p.RevenueTargetMinor)
		add("Growth target", kPct, p.GrowthTargetPct)
		add("Pipeline open", kMoney, p.Pipeline.OpenMinor)
		add("Pipeline weighted", kMoney, p.Pipeline.WeightedMinor)
		add("Pipeline won", kMoney, p.Pipeline.WonMinor)
		add("Pipeline coverage of target", kPct, p.Pipeline.CoveragePct)
		add("Executive summary", kText, p.ExecutiveSummary)
		add("Vision", kText, p.Vision)
		for _, o := range p.Objectives {
			objectives.rows = append(objectives.rows, []any{o.Title, o.KPI, o.Unit, o.Baseline, o.Target, o.Current, o.ProgressPct, o.Due, o.Owner, Label(o.Status)})
		}
		for _, o := range p.Opportunities {
			opps.rows = append(opps.rows, []any{o.Title, o.ServiceLine, Label(o.Type), o.ValueMinor, float64(o.Probability), Label(o.Stage), o.ExpectedClose})
		}
		for _, r := range p.Risks {
			risks.rows = append(risks.rows, []any{r.Title, Label(r.Category), r.Likelihood, r.Impact, r.Score, r.Mitigation, r.Owner, Label(r.Status)})
		}
		for _, x := range p.Actions {
			actions.rows = append(actions.rows, []any{x.Title, x.Owner, x.Due, Label(x.Status), x.Overdue})
		}
	} else {
		add("Plan", kText, "No plan yet")
	}
	people := sheet{name: "Stakeholders", table: "Stakeholders", cols: []xcol{
		{"Name", kText}, {"Title", kText}, {"Role", kText}, {"Influence", kInt}, {"Sentiment", kText},
		{"Relationship now", kText}, {"Relationship target", kText}}}
	for _, p := range s.Stakeholders {
		people.rows = append(people.rows, []any{p.Name, p.Title, Label(p.Role), p.Influence, Label(p.Sentiment), Label(p.RelationshipNow), Label(p.RelationshipTarget)})
	}
	team := sheet{name: "Team", table: "Team", cols: []xcol{
		{"Name", kText}, {"Role", kText}, {"Role on the account", kText}, {"Allocation", kPct}, {"Tentative", kYesNo}}}
	for _, m := range s.Team {
		team.rows = append(team.rows, []any{m.Name, m.Role, m.RoleOnAccount, m.Percent, m.Tentative})
	}
	months := sheet{name: "Revenue vs target", table: "RevenueVsTarget", cols: []xcol{
		{"Month", kMonth}, {"Revenue", kMoney}, {"Target", kMoney}, {"Of target", kPct}}}
	for _, m := range s.Months {
		months.rows = append(months.rows, []any{m.Month, m.RevenueMinor, orBlank(m), targetPct(m)})
	}
	return w.write([]sheet{summary, objectives, opps, risks, actions, people, team, months})
}

// AppraisalsXLSX renders one review cycle's ratings, a row per rating, as
// the CSV does. It is written only when appraisals are asked for.
func AppraisalsXLSX(d AppraisalsDoc) ([]byte, error) {
	w, err := newWorkbook("", d.Cycle+" · appraisals (confidential)", d.director, d.GeneratedAt)
	if err != nil {
		return nil, err
	}
	ratings := sheet{name: "Ratings", table: "Ratings", cols: []xcol{
		{"Cycle", kText}, {"Person", kText}, {"Manager", kText}, {"Status", kText}, {"Overall", kNum},
		{"Rating", kText}, {"Weight", kNum}, {"Self", kInt}, {"Manager's rating", kInt}}}
	for _, a := range d.Appraisals {
		for _, r := range a.Ratings {
			ratings.rows = append(ratings.rows, []any{d.Cycle, a.Person, a.Manager, Label(a.Status), a.Overall, r.Name, r.Weight, r.Self, r.Manager})
		}
	}
	return w.write([]sheet{ratings})
}
