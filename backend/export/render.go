package export

import (
	"bytes"
	"encoding/json"
	"fmt"
	htmltemplate "html/template"
	"strconv"
	"strings"
	"text/template"
)

// Formats an export can be written in, and those it is written in when
// none is asked for (the workbook and the calendar only when asked).
var (
	formatNames    = []string{"pdf", "md", "html", "json", "csv", "xlsx", CalendarFormat}
	defaultFormats = []string{"pdf", "md", "html", "json", "csv"}
)

// Formats returns the formats an export is written in when none is asked for.
func Formats() []string { return append([]string(nil), defaultFormats...) }

// AllFormats returns every format an export can be written in.
func AllFormats() []string { return append([]string(nil), formatNames...) }

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

		"peerSummary":      peerSummary,
		"peerQuestionLine": peerQuestionLine,
		"peerCommentLine":  peerCommentLine,
		"share":            ShareText,
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
