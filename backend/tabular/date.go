package tabular

import (
	"strconv"
	"strings"
	"time"
	"unicode"

	"accountdesk/backend"
)

// DateOrder is the order of day, month and year in dates written with
// numbers only, such as 04/03/2026.
type DateOrder string

// Date orders. Unknown means the order is not known: ParseDate then reads
// only dates that say themselves which part is which.
const (
	DMY     DateOrder = "dmy" // 04/03/2026 is 4 March (most of the world)
	MDY     DateOrder = "mdy" // 04/03/2026 is April 3 (United States)
	YMD     DateOrder = "ymd" // 2026/03/04, 26-03-04 (ISO, East Asia)
	Unknown DateOrder = ""
)

// Dates outside these years are taken for mistakes.
const minYear, maxYear = 1900, 2199

// Excel serial day numbers read as dates: 10000 (1927-05-18) to 99999
// (2173-10-14). Smaller numbers are more likely counts or years than dates.
const minSerial, maxSerial = 10000, 100000

// ParseDate reads a date as people and tools write it and returns it as
// YYYY-MM-DD. It reads ISO dates and date-times (2026-03-04,
// 2026-03-04T10:22:31.000Z, 2026-03-04 10:22), numbers with / . or -
// (04/03/2026, 3/4/26, 04.03.2026) in the given order, dates with a month
// name in English, German, French, Spanish, Italian, Dutch or Portuguese
// (4 Mar 2026, March 4, 2026, 4. März 2026, 04-Mar-26), compact 20260304, and
// Excel serial day numbers (46085). A time after the date is ignored. Two-digit
// years are read as Excel reads them: 00–29 are 2000–2029, 30–99 are 1930–1999.
// With order Unknown, a numeric date is read only when it can be read one way
// (31/12/2026); 04/03/2026 is then an error that asks for the order.
// Errors are *backend.Error with code invalid.
func ParseDate(s string, order DateOrder) (string, error) {
	d, err := parseDate(s, order, true)
	if err != nil {
		return "", err
	}
	return d, nil
}

func parseDate(s string, order DateOrder, serial bool) (string, *backend.Error) {
	in := strings.TrimFunc(s, isSpace)
	if in == "" {
		return "", backend.Invalid("date", "No date given.")
	}
	bad := backend.Invalid("date", "“%s” is not a date.", clip(in))
	if serial {
		if d, ok := serialDate(in); ok {
			return d, nil
		}
	}
	str := stripTime(in)
	if isDigits(str) && len(str) == 8 {
		y, _ := strconv.Atoi(str[:4])
		m, _ := strconv.Atoi(str[4:6])
		d, _ := strconv.Atoi(str[6:])
		if v, ok := civil(y, m, d); ok {
			return v, nil
		}
		return "", bad
	}
	parts := strings.FieldsFunc(str, func(r rune) bool { return r == '/' || r == '.' || r == '-' || r == ',' || isSpace(r) })
	parts = dropWords(parts)
	if len(parts) != 3 {
		return "", bad
	}
	if hasLetters(parts) {
		return namedMonth(parts, bad)
	}
	for _, p := range parts {
		if !isDigits(p) || len(p) > 4 {
			return "", bad
		}
	}
	n := [3]int{}
	for i, p := range parts {
		n[i], _ = strconv.Atoi(p)
	}
	if len(parts[0]) == 4 { // year first is never ambiguous: 2026-03-04, 2026/3/4
		if v, ok := civil(n[0], n[1], n[2]); ok {
			return v, nil
		}
		return "", bad
	}
	if len(parts[2]) != 4 && len(parts[2]) != 2 && order != YMD {
		return "", bad
	}
	switch order {
	case DMY:
		return fit(yearOf(parts[2], n[2]), n[1], n[0], bad, "day-month-year")
	case MDY:
		return fit(yearOf(parts[2], n[2]), n[0], n[1], bad, "month-day-year")
	case YMD:
		if len(parts[0]) != 2 {
			return "", bad
		}
		return fit(yearOf(parts[0], n[0]), n[1], n[2], bad, "year-month-day")
	}
	y := yearOf(parts[2], n[2])
	dmy, okD := civil(y, n[1], n[0])
	mdy, okM := civil(y, n[0], n[1])
	switch {
	case okD && okM && dmy != mdy:
		return "", backend.Invalid("date", "“%s” could be %s or %s: say whether the file writes the day or the month first.", clip(in), long(dmy), long(mdy))
	case okD:
		return dmy, nil
	case okM:
		return mdy, nil
	}
	return "", bad
}

func fit(y, m, d int, bad *backend.Error, order string) (string, *backend.Error) {
	if v, ok := civil(y, m, d); ok {
		return v, nil
	}
	return "", backend.Invalid("date", "%s (read as %s).", strings.TrimSuffix(bad.Message, "."), order)
}

// fillerWords are words around a date that say nothing: weekdays and the
// Spanish and Portuguese "de" (4 de marzo de 2026).
var fillerWords = map[string]bool{
	"de": true, "del": true,
	"mon": true, "tue": true, "wed": true, "thu": true, "fri": true, "sat": true, "sun": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"montag": true, "dienstag": true, "mittwoch": true, "donnerstag": true, "freitag": true, "samstag": true, "sonntag": true,
}

func dropWords(parts []string) []string {
	out := parts[:0:0]
	for _, p := range parts {
		if !fillerWords[strings.ToLower(strings.TrimSuffix(p, "."))] {
			out = append(out, p)
		}
	}
	return out
}

func serialDate(s string) (string, bool) {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || f < minSerial || f >= maxSerial || !isNumberText(s) {
		return "", false
	}
	t := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(f))
	return t.Format("2006-01-02"), true
}

// stripTime drops a time after a date: T10:22:31.000Z, " 10:22", " 9:30 AM".
func stripTime(s string) string {
	if len(s) > 10 && (s[10] == 'T' || s[10] == ' ') && s[4] == '-' {
		return s[:10]
	}
	f := strings.Fields(s)
	for len(f) > 1 {
		last := strings.ToUpper(f[len(f)-1])
		if last == "AM" || last == "PM" || strings.Contains(last, ":") || last == "UHR" || last == "H" {
			f = f[:len(f)-1]
			continue
		}
		break
	}
	return strings.Join(f, " ")
}

func yearOf(text string, n int) int {
	if len(text) > 2 {
		return n
	}
	if n < 30 {
		return 2000 + n
	}
	return 1900 + n
}

func civil(y, m, d int) (string, bool) {
	if y < minYear || y > maxYear || m < 1 || m > 12 || d < 1 || d > 31 {
		return "", false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return "", false
	}
	return t.Format("2006-01-02"), true
}

func long(iso string) string {
	t, _ := time.Parse("2006-01-02", iso)
	return t.Format("2 January 2006")
}

// namedMonth reads 4 Mar 2026, March 4 2026, 2026 Mar 4, 4. März 2026.
func namedMonth(parts []string, bad *backend.Error) (string, *backend.Error) {
	var m, day, year = 0, -1, -1
	var yearText string
	for _, p := range parts {
		p = strings.TrimSuffix(p, ".")
		if mm, ok := monthNumber(p); ok && m == 0 {
			m = mm
			continue
		}
		p = strings.TrimRightFunc(p, unicode.IsLetter) // 4th, 1st, 2nd
		if !isDigits(p) || p == "" {
			return "", bad
		}
		n, _ := strconv.Atoi(p)
		switch {
		case len(p) == 4 && year < 0:
			year, yearText = n, p
		case day < 0 && len(p) <= 2:
			day = n
		case year < 0 && len(p) == 2:
			year, yearText = n, p
		default:
			return "", bad
		}
	}
	if m == 0 || day < 0 || year < 0 {
		return "", bad
	}
	if v, ok := civil(yearOf(yearText, year), m, day); ok {
		return v, nil
	}
	return "", bad
}

// months lists month names in the languages of the exports we read; a word
// matches a name when it is the name or its first three or more letters.
var months = [][]string{
	{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"},
	{"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"},
	{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
	{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
	{"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"},
	{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"},
	{"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"},
}

// monthAbbrev are short forms that are not a prefix of the full name.
var monthAbbrev = map[string]int{"mrz": 3, "mär": 3, "sept": 9, "sep": 9, "juil": 7, "févr": 2, "fevr": 2, "avr": 4, "déc": 12, "dic": 12, "ene": 1, "gen": 1, "mag": 5, "giu": 6, "lug": 7, "ago": 8, "set": 9, "ott": 10, "mrt": 3, "okt": 10, "dez": 12, "fev": 2, "out": 10, "abr": 4}

func monthNumber(word string) (int, bool) {
	w := strings.ToLower(strings.TrimSuffix(word, "."))
	if n, ok := monthAbbrev[w]; ok {
		return n, true
	}
	if len([]rune(w)) < 3 {
		return 0, false
	}
	for _, lang := range months {
		for i, name := range lang {
			if strings.HasPrefix(name, w) {
				return i + 1, true
			}
		}
	}
	return 0, false
}

// GuessDateOrder looks at the dates of one column and returns the order
// that reads them all. ambiguous is true when every numeric date fits both
// day-month and month-day (04/03/2026, 01/02/2026 …): the user must say.
// When no sample needs an order (ISO dates, month names) the order is YMD
// for ISO dates and Unknown otherwise, and not ambiguous. When the dates fit
// no single order, the order that reads the most of them is returned.
func GuessDateOrder(samples []string) (order DateOrder, ambiguous bool) {
	var need, fitD, fitM, fitY, iso int
	for _, s := range samples {
		s = strings.TrimFunc(s, isSpace)
		if s == "" {
			continue
		}
		_, errU := parseDate(s, Unknown, true)
		_, errD := parseDate(s, DMY, true)
		_, errM := parseDate(s, MDY, true)
		_, errY := parseDate(s, YMD, true)
		if errU == nil && errD == nil && errM == nil {
			if len(s) >= 5 && isDigits(s[:4]) && !isDigits(s[4:5]) {
				iso++
			}
			continue // reads the same in every order
		}
		need++
		if errD == nil {
			fitD++
		}
		if errM == nil {
			fitM++
		}
		if errY == nil {
			fitY++
		}
	}
	switch {
	case need == 0 && iso > 0:
		return YMD, false
	case need == 0:
		return Unknown, false
	case fitD == need && fitM == need:
		return Unknown, true
	case fitD == need:
		return DMY, false
	case fitM == need:
		return MDY, false
	case fitY == need:
		return YMD, false
	case fitD > fitM:
		return DMY, false
	case fitM > fitD:
		return MDY, false
	}
	return Unknown, true
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func isNumberText(s string) bool {
	dot := false
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] >= '0' && s[i] <= '9':
		case s[i] == '.' && !dot && i > 0:
			dot = true
		default:
			return false
		}
	}
	return s != ""
}

func hasLetters(parts []string) bool {
	for _, p := range parts {
		for _, r := range p {
			if isLetter(r) {
				return true
			}
		}
	}
	return false
}

func isLetter(r rune) bool { return unicode.IsLetter(r) }

// clip shortens a value quoted in a message.
func clip(s string) string {
	if r := []rune(s); len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return s
}
