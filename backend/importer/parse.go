package importer

import (
	"errors"
	"math"
	"strconv"
	"strings"
	"time"

	"accountdesk/backend"
	"accountdesk/backend/tabular"
)

// The cell parsers the rules use: amounts, dates and percentages as people
// and tools write them are read by backend/tabular.

var errCell = errors.New("unreadable")

// amount reads a money amount into minor units (cents): 1.234,56, $1,200.00,
// (500.00), 1 234,56 €.
func amount(s string) (int64, error) { return tabular.ParseAmount(s) }

// percent reads a percentage; a value strictly between 0 and 1 is taken for
// a fraction (HubSpot writes deal probability as 0–1; nobody forecasts 0.4%).
func percent(s string) (float64, error) {
	f, err := tabular.ParsePercent(s)
	if err != nil {
		return 0, err
	}
	if f > 0 && f < 1 {
		f *= 100
	}
	return f, nil
}

// number reads a plain decimal number (7.5 or 7,5).
func number(s string) (float64, error) {
	s = strings.TrimSpace(s)
	if strings.Count(s, ",") == 1 && !strings.Contains(s, ".") {
		s = strings.Replace(s, ",", ".", 1)
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(s, " ", ""), 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) || strings.ContainsAny(s, "eExX_") {
		return 0, errCell
	}
	return f, nil
}

// date reads a date into YYYY-MM-DD in the given order ("" when the file's
// dates say themselves which part is which). The error says, in words,
// what is wrong, including when the date could be read two ways.
func date(s, order string) (string, error) { return tabular.ParseDate(s, tabular.DateOrder(order)) }

// month reads a month (2026-03, 03/2026, Mar 2026) or a date into YYYY-MM.
func month(s, order string) (string, error) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{"2006-01", "2006/01", "01/2006", "1/2006", "01.2006", "Jan 2006", "January 2006", "Jan-06", "Jan-2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01"), nil
		}
	}
	d, err := date(s, order)
	if err != nil {
		return "", err
	}
	return d[:7], nil
}

// hours reads a duration in hours: decimal (7.5, 7,5) or clock time (7:30, 7:30:00).
func hours(s string) (float64, error) {
	s = strings.TrimSpace(s)
	if strings.Contains(s, ":") {
		parts := strings.Split(s, ":")
		if len(parts) > 3 {
			return 0, errCell
		}
		total := 0.0
		for i, p := range parts {
			v, err := strconv.Atoi(p)
			if err != nil || v < 0 || (i > 0 && v > 59) {
				return 0, errCell
			}
			total += float64(v) / math.Pow(60, float64(i))
		}
		return total, nil
	}
	return number(s)
}

// isFormula reports whether a spreadsheet would run a cell as a formula.
func isFormula(s string) bool { return tabular.IsFormula(s) }

// message is the plain words of a parser's error.
func message(err error) string { return backend.ErrorMessage(err) }

// GuessDateOrder reads samples of a file's date cells (see DateColumns) and
// returns the order they are written in, "" when they say nothing, and
// whether they could be read more than one way (then ask the user).
func GuessDateOrder(samples []string) (order string, ambiguous bool) {
	// A date no order reads (31 February) is that row's failure, not a
	// reason to ask the user about the whole file.
	readable := samples[:0:0]
	for _, s := range samples {
		for _, o := range []tabular.DateOrder{tabular.DMY, tabular.MDY, tabular.YMD} {
			if _, err := tabular.ParseDate(s, o); err == nil {
				readable = append(readable, s)
				break
			}
		}
	}
	o, amb := tabular.GuessDateOrder(readable)
	return string(o), amb
}
