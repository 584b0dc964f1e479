package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	htmltemplate "html/template"
	"strconv"
	"strings"
	"text/template"
)

// Formats an export can be written in.
var formatNames = []string{"pdf", "md", "html", "json", "csv"}

// Formats returns the formats an export can be written in.
func Formats() []string { return append([]string(nil), formatNames...) }

// File is one rendered document.
type File struct {
	Name string
	Data []byte
	// AccountID and Summary are set on an account's plan files: after they
	// are written, Summary (the plan summary's JSON) becomes the account's
	// "last export" to compare the next one with.
	AccountID int64
	Summary   []byte
}

// Money renders minor units as "USD 1,234,567" (whole units, grouped).
func Money(minor int64, currency string) string {
	sign := ""
	if minor < 0 {
		sign, minor = "-", -minor
	}
	whole := strconv.FormatInt((minor+50)/100, 10)
	var b strings.Builder
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return fmt.Sprintf("%s %s%s", currency, sign, b.String())
}

// Words turns stored values into words ("at_risk" → "at risk").
func Words(s string) string { return strings.ReplaceAll(s, "_", " ") }

// funcs are the templates' helpers for a document in a currency and a
// locale (how its dates are written).
func funcs(currency, locale string) map[string]any {
	return map[string]any{
		"money": func(m int64) string { return Money(m, currency) },
		"words": Words,
		"label": Label,
		"date":  func(iso string) string { return DateText(iso, locale) },
		"pct":   func(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) + "%" },
		"num":   Number,
		"qty":   withUnit,
		"md":    mdEscape,
		"inc":   func(i int) int { return i + 1 },
	}
}

// localeOf is the locale a document writes its dates in.
func localeOf(doc any) string {
	switch d := doc.(type) {
	case PlanSummary:
		return d.Locale
	case PortfolioSummary:
		return d.Locale
	}
	return ""
}

// mdEscape keeps user text from turning into Markdown structure.
func mdEscape(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return strings.NewReplacer(`\`, `\\`, "|", `\|`, "*", `\*`, "_", `\_`, "#", `\#`, "<", "&lt;", ">", "&gt;", "[", `\[`, "]", `\]`, "`", "\\`").Replace(s)
}

// JSON renders a document as indented JSON.
func JSON(doc any) ([]byte, error) {
	b, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("render JSON: %w", err)
	}
	return append(b, '\n'), nil
}

func execText(name, src string, currency string, data any) ([]byte, error) {
	t, err := template.New(name).Funcs(funcs(currency, localeOf(data))).Parse(src)
	if err != nil {
		return nil, fmt.Errorf("template %s: %w", name, err)
	}
	var buf bytes.Buffer
	if err := t.Execute(&buf, data); err != nil {
		return nil, fmt.Errorf("render %s: %w", name, err)
	}
	return buf.Bytes(), nil
}

func execHTML(name, src string, currency string, data any) ([]byte, error) {
	t, err := htmltemplate.New(name).Funcs(funcs(currency, localeOf(data))).Parse(src)
	if err != nil {
		return nil, fmt.Errorf("template %s: %w", name, err)
	}
	var buf bytes.Buffer
	if err := t.Execute(&buf, data); err != nil {
		return nil, fmt.Errorf("render %s: %w", name, err)
	}
	return buf.Bytes(), nil
}

// PlanMarkdown renders a plan summary as Markdown.
func PlanMarkdown(s PlanSummary) ([]byte, error) { return execText("plan.md", planMD, s.Currency, s) }

// PlanHTML renders a plan summary as a self-contained printable page.
func PlanHTML(s PlanSummary) ([]byte, error) { return execHTML("plan.html", planHTML, s.Currency, s) }

// PortfolioMarkdown renders the portfolio as Markdown.
func PortfolioMarkdown(p PortfolioSummary) ([]byte, error) {
	return execText("portfolio.md", portfolioMD, p.Currency, p)
}

// PortfolioHTML renders the portfolio as a self-contained printable page.
func PortfolioHTML(p PortfolioSummary) ([]byte, error) {
	return execHTML("portfolio.html", portfolioHTML, p.Currency, p)
}

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
