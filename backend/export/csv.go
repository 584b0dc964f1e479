package export

import (
	"bytes"
	"context"
	"encoding/csv"
	"strconv"
	"strings"

	"accountdesk/backend"
)

// CSVOptions say how a CSV file is written: the list separator and decimal
// mark of the spreadsheet that will open it, and whether it starts with a
// UTF-8 byte order mark (Excel reads a file without one as the system's
// legacy code page: "ZÃ¼rich").
type CSVOptions struct {
	Separator rune
	Decimal   rune
	BOM       bool
}

// CSVOptionsFor returns the options of a CSV style (backend.CSVStyles).
func CSVOptionsFor(style string) CSVOptions {
	m, bom := backend.CSVMarksOf(style)
	return CSVOptions{Separator: m.Separator, Decimal: m.Decimal, BOM: bom}
}

// csvOptions reads the workspace's CSV style.
func csvOptions(ctx context.Context, src Source) (CSVOptions, error) {
	s, err := src.Settings(ctx)
	if err != nil {
		return CSVOptions{}, err
	}
	return CSVOptionsFor(s.CSVStyle), nil
}

// csvBytes writes rows as CSV; cells that a spreadsheet would run as a
// formula are prefixed with a quote. Numbers (written with o.num) are left
// alone, whatever their sign.
func csvBytes(rows [][]string, o CSVOptions) ([]byte, error) {
	var buf bytes.Buffer
	if o.BOM {
		buf.WriteString("\uFEFF")
	}
	w := csv.NewWriter(&buf)
	if o.Separator != 0 {
		w.Comma = o.Separator
	}
	for _, r := range rows {
		for i, c := range r {
			if c != "" && strings.ContainsRune("=+-@\t\r", rune(c[0])) && !o.isNumber(c) {
				r[i] = "'" + c
			}
		}
		if err := w.Write(r); err != nil {
			return nil, err
		}
	}
	w.Flush()
	return buf.Bytes(), w.Error()
}

// isNumber reports whether s is a plain decimal number as o writes them
// ("-12", "+3,5"): nothing a spreadsheet could run.
func (o CSVOptions) isNumber(s string) bool {
	if s != "" && (s[0] == '-' || s[0] == '+') {
		s = s[1:]
	}
	whole, frac, hasFrac := strings.Cut(s, string(o.decimal()))
	return digits(whole) && (!hasFrac || digits(frac))
}

func digits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

func (o CSVOptions) decimal() rune {
	if o.Decimal == 0 {
		return '.'
	}
	return o.Decimal
}

// num writes f with prec decimals (-1: as few as needed) and o's decimal mark.
func (o CSVOptions) num(f float64, prec int) string {
	s := strconv.FormatFloat(f, 'f', prec, 64)
	if d := o.decimal(); d != '.' {
		s = strings.Replace(s, ".", string(d), 1)
	}
	return s
}

// money writes minor units as major units with two decimals ("1234.50").
func (o CSVOptions) money(m int64) string { return o.num(float64(m)/100, 2) }

// PortfolioCSV renders the portfolio table.
func PortfolioCSV(p PortfolioSummary, o CSVOptions) ([]byte, error) {
	rows := [][]string{{"account", "tier", "status", "health", "revenue_12m", "margin_pct", "plan_period", "plan_status", "plan_target", "qbr", "renewal_date", "currency"}}
	for _, a := range p.Accounts {
		rows = append(rows, []string{a.Name, a.Tier, a.Status, a.Health, o.money(a.RevenueT12MMinor), o.num(a.MarginPct, 1),
			a.PlanPeriod, a.PlanStatus, o.money(a.PlanTargetMinor), a.QBRState, a.RenewalDate, p.Currency})
	}
	return csvBytes(rows, o)
}

// PlanCSVs renders a plan's actions and opportunities as two CSV files.
func PlanCSVs(s PlanSummary, o CSVOptions) (actions, opportunities []byte, err error) {
	ar := [][]string{{"account", "period", "action", "owner", "due", "status", "overdue"}}
	or := [][]string{{"account", "period", "opportunity", "service_line", "type", "value", "probability", "stage", "expected_close", "currency"}}
	if s.Plan != nil {
		for _, a := range s.Plan.Actions {
			ar = append(ar, []string{s.Account.Name, s.Plan.Period, a.Title, a.Owner, a.Due, a.Status, strconv.FormatBool(a.Overdue)})
		}
		for _, p := range s.Plan.Opportunities {
			or = append(or, []string{s.Account.Name, s.Plan.Period, p.Title, p.ServiceLine, p.Type, o.money(p.ValueMinor), strconv.Itoa(p.Probability), p.Stage, p.ExpectedClose, s.Currency})
		}
	}
	if actions, err = csvBytes(ar, o); err != nil {
		return nil, nil, err
	}
	opportunities, err = csvBytes(or, o)
	return actions, opportunities, err
}

// AppraisalsCSV renders one review cycle's ratings, a row per rating.
func AppraisalsCSV(d AppraisalsDoc, o CSVOptions) ([]byte, error) {
	rows := [][]string{{"cycle", "person", "manager", "status", "overall", "rating", "weight", "self", "manager_rating"}}
	for _, a := range d.Appraisals {
		for _, r := range a.Ratings {
			rows = append(rows, []string{d.Cycle, a.Person, a.Manager, a.Status, o.num(a.Overall, 2), r.Name,
				o.num(r.Weight, -1), strconv.Itoa(r.Self), strconv.Itoa(r.Manager)})
		}
	}
	return csvBytes(rows, o)
}
