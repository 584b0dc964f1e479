package export

import (
	"bytes"
	"encoding/csv"
	"strconv"
	"strings"
)

// csvBytes writes rows as CSV; cells that a spreadsheet would run as a
// formula are prefixed with a quote.
func csvBytes(rows [][]string) ([]byte, error) {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	for _, r := range rows {
		for i, c := range r {
			if c != "" && strings.ContainsRune("=+-@\t\r", rune(c[0])) && !isNumber(c) {
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

func isNumber(s string) bool { _, err := strconv.ParseFloat(s, 64); return err == nil }

func money2(m int64) string { return strconv.FormatFloat(float64(m)/100, 'f', 2, 64) }

// PortfolioCSV renders the portfolio table.
func PortfolioCSV(p PortfolioSummary) ([]byte, error) {
	rows := [][]string{{"account", "tier", "status", "health", "revenue_12m", "margin_pct", "plan_period", "plan_status", "plan_target", "qbr", "renewal_date", "currency"}}
	for _, a := range p.Accounts {
		rows = append(rows, []string{a.Name, a.Tier, a.Status, a.Health, money2(a.RevenueT12MMinor), strconv.FormatFloat(a.MarginPct, 'f', 1, 64),
			a.PlanPeriod, a.PlanStatus, money2(a.PlanTargetMinor), a.QBRState, a.RenewalDate, p.Currency})
	}
	return csvBytes(rows)
}

// PlanCSVs renders a plan's actions and opportunities as two CSV files.
func PlanCSVs(s PlanSummary) (actions, opportunities []byte, err error) {
	ar := [][]string{{"account", "period", "action", "owner", "due", "status", "overdue"}}
	or := [][]string{{"account", "period", "opportunity", "service_line", "type", "value", "probability", "stage", "expected_close", "currency"}}
	if s.Plan != nil {
		for _, a := range s.Plan.Actions {
			ar = append(ar, []string{s.Account.Name, s.Plan.Period, a.Title, a.Owner, a.Due, a.Status, strconv.FormatBool(a.Overdue)})
		}
		for _, o := range s.Plan.Opportunities {
			or = append(or, []string{s.Account.Name, s.Plan.Period, o.Title, o.ServiceLine, o.Type, money2(o.ValueMinor), strconv.Itoa(o.Probability), o.Stage, o.ExpectedClose, s.Currency})
		}
	}
	if actions, err = csvBytes(ar); err != nil {
		return nil, nil, err
	}
	opportunities, err = csvBytes(or)
	return actions, opportunities, err
}
