package importer

import (
	"errors"
	"math"
	"strconv"
	"strings"
	"time"
)

// The cell parsers the rules use. Amounts, dates and percentages as people
// and tools write them are read by backend/tabular once it is merged; until
// then these accept the plain forms (1234.56, 1,234.56, 1.234,56, ISO and
// d/m/y dates).

var errCell = errors.New("unreadable")

// amount reads a money amount into minor units (cents).
func amount(s string) (int64, error) {
	s = strings.TrimSpace(s)
	neg := false
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") {
		neg, s = true, s[1:len(s)-1]
	}
	s = strings.Map(func(r rune) rune {
		switch {
		case r >= '0' && r <= '9', r == '.', r == ',', r == '-':
			return r
		}
		return -1
	}, s)
	if strings.HasPrefix(s, "-") {
		neg, s = !neg, s[1:]
	}
	dot, comma := strings.LastIndex(s, "."), strings.LastIndex(s, ",")
	switch {
	case dot >= 0 && comma >= 0 && comma > dot: // 1.234,56
		s = strings.ReplaceAll(s, ".", "")
		s = strings.Replace(s, ",", ".", 1)
	case dot >= 0 && comma >= 0: // 1,234.56
		s = strings.ReplaceAll(s, ",", "")
	case comma >= 0 && len(s)-comma-1 != 3: // 12,5
		s = strings.Replace(s, ",", ".", 1)
	default:
		s = strings.ReplaceAll(s, ",", "")
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || s == "" || math.Abs(f) > 1e15 {
		return 0, errCell
	}
	minor := int64(math.Round(f * 100))
	if neg {
		minor = -minor
	}
	return minor, nil
}

// number reads a plain decimal number (hours, percentages).
func number(s string) (float64, error) {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "%"))
	if strings.Count(s, ",") == 1 && !strings.Contains(s, ".") {
		s = strings.Replace(s, ",", ".", 1)
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(s, " ", ""), 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		return 0, errCell
	}
	return f, nil
}

// errAmbiguousDate is a date that reads both as day-month and month-day.
var errAmbiguousDate = errors.New("ambiguous date")

// date reads a date into YYYY-MM-DD; a time after it is ignored.
func date(s, order string) (string, error) {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, " T"); i > 0 {
		s = s[:i]
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t.Format(time.DateOnly), nil
	}
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '/' || r == '.' || r == '-' })
	if len(parts) != 3 {
		return "", errCell
	}
	n := make([]int, 3)
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil {
			return "", errCell
		}
		n[i] = v
	}
	var y, m, d int
	switch {
	case len(parts[0]) == 4 || order == "ymd":
		y, m, d = n[0], n[1], n[2]
	case order == "dmy":
		d, m, y = n[0], n[1], n[2]
	case order == "mdy":
		m, d, y = n[0], n[1], n[2]
	case n[0] > 12:
		d, m, y = n[0], n[1], n[2]
	case n[1] > 12:
		m, d, y = n[0], n[1], n[2]
	case n[0] == n[1]:
		d, m, y = n[0], n[1], n[2]
	default:
		return "", errAmbiguousDate
	}
	if y < 100 {
		y += 2000
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Year() != y || int(t.Month()) != m || t.Day() != d {
		return "", errCell
	}
	return t.Format(time.DateOnly), nil
}

// month reads a month (2026-03, 03/2026, Mar 2026) or a date into YYYY-MM.
func month(s, order string) (string, error) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{"2006-01", "01/2006", "1/2006", "Jan 2006", "January 2006", "Jan-06", "2006/01", "01.2006"} {
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
			if err != nil || v < 0 {
				return 0, errCell
			}
			total += float64(v) / math.Pow(60, float64(i))
		}
		return total, nil
	}
	return number(s)
}

// isFormula reports whether a cell would run as a formula in a spreadsheet.
func isFormula(s string) bool {
	return s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0]))
}
