package tabular

import (
	"errors"
	"math/big"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/currency"

	"accountdesk/backend"
)

// MaxAmount is the largest amount ParseAmount reads, in minor units
// (999,999,999,999.99): larger is taken for a mistake.
const MaxAmount = 99_999_999_999_999

// ParseAmount reads an amount of money as people type it in spreadsheets and
// returns it in minor units (cents) at two decimals: "1.234,56", "1,234.56",
// "$1,200.00", "(500.00)", "500.00-", "1 234,56 €", "CHF 1'234.50",
// "EUR -12", "1234", "1.2E+06". The decimal mark is the last of . and , when
// both appear; a mark that appears more than once groups thousands; a single
// mark followed by exactly three digits groups thousands too ("1,234" and
// "1.234" are both 1234) — call ParseAmountWith with the column's mark (see
// GuessDecimalMark) when a file may mean 1.234 as one and a bit. More than two
// decimals are rounded half away from zero. A currency symbol or ISO code
// before or after is ignored; anything else ("12abc") is an error, as is an
// amount over MaxAmount. Errors are *backend.Error with code invalid.
func ParseAmount(s string) (int64, error) { return ParseAmountWith(s, 0) }

// ParseAmountWith is ParseAmount with the decimal mark known: '.' or ','
// (0 = decide for each value, as ParseAmount does).
func ParseAmountWith(s string, mark rune) (int64, error) {
	v, err := parseAmount(s, mark)
	if err != nil {
		return 0, err
	}
	return v, nil
}

var sciNumber = regexp.MustCompile(`^[0-9]+([.,][0-9]+)?[eE][-+]?[0-9]{1,3}$`)

func parseAmount(s string, mark rune) (int64, *backend.Error) {
	in := strings.TrimFunc(s, isSpace)
	if in == "" {
		return 0, backend.Invalid("amount", "No amount given.")
	}
	bad := backend.Invalid("amount", "“%s” is not an amount.", clip(in))
	t := strings.NewReplacer("\u2212", "-", "\u2013", "-", "\uFE63", "-", "\uFF0D", "-").Replace(in)
	neg, signs := false, 0
	if strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") {
		neg, signs, t = true, 1, t[1:len(t)-1]
	}
	for changed := true; changed; {
		changed = false
		t = strings.TrimFunc(t, isSpace)
		switch {
		case strings.HasPrefix(t, "-") || strings.HasPrefix(t, "+"):
			neg = neg || t[0] == '-'
			t, signs, changed = t[1:], signs+1, true
		case strings.HasSuffix(t, "-") && len(t) > 1:
			neg, t, signs, changed = true, t[:len(t)-1], signs+1, true
		default:
			if rest, ok := trimCurrency(t); ok {
				t, changed = rest, true
			}
		}
	}
	if signs > 1 || t == "" {
		return 0, bad
	}
	var r *big.Rat
	if sciNumber.MatchString(t) {
		var ok bool
		if r, ok = new(big.Rat).SetString(strings.Replace(t, ",", ".", 1)); !ok {
			return 0, bad
		}
	} else {
		ip, fp, err := splitNumber(t, mark)
		if err != nil {
			return 0, bad
		}
		r, _ = new(big.Rat).SetString(ip + "." + fp + "0")
	}
	r.Mul(r, big.NewRat(100, 1))
	// Round half away from zero: add one half, then truncate.
	r.Add(r, big.NewRat(1, 2))
	minor := new(big.Int).Quo(r.Num(), r.Denom())
	if !minor.IsInt64() || minor.Int64() > MaxAmount {
		return 0, backend.Invalid("amount", "“%s” is too large for an amount (the most is 999,999,999,999.99).", clip(in))
	}
	v := minor.Int64()
	if neg {
		v = -v
	}
	return v, nil
}

// trimCurrency removes a currency symbol or code at either end: $, US$, €,
// EUR, kr, CHF, Fr., zł.
func trimCurrency(t string) (string, bool) {
	i := strings.IndexFunc(t, notCurrencyRune)
	if i > 0 && isCurrency(t[:i]) {
		return t[i:], true
	}
	if i < 0 && isCurrency(t) {
		return "", true
	}
	if j := strings.LastIndexFunc(t, notCurrencyRune); j >= 0 {
		_, size := utf8.DecodeRuneInString(t[j:])
		if tail := t[j+size:]; isCurrency(tail) {
			return t[:j+size], true
		}
	}
	return t, false
}

func notCurrencyRune(r rune) bool {
	return !(unicode.IsLetter(r) || unicode.Is(unicode.Sc, r) || r == '.')
}

var currencyWords = map[string]bool{"kr": true, "kr.": true, "zł": true, "kč": true, "ft": true, "fr.": true, "fr": true, "lei": true, "r$": true, "rs": true, "rs.": true, "sfr": true, "sfr.": true}

func isCurrency(tok string) bool {
	if tok == "" || tok == "." {
		return false
	}
	for _, r := range tok {
		if unicode.Is(unicode.Sc, r) {
			letters := 0
			for _, r := range tok {
				if unicode.IsLetter(r) {
					letters++
				}
			}
			return letters <= 3 // $, US$, R$, €
		}
	}
	if currencyWords[strings.ToLower(tok)] {
		return true
	}
	if len(tok) != 3 {
		return false
	}
	_, err := currency.ParseISO(strings.ToUpper(tok))
	return err == nil
}

// splitNumber splits digits with grouping and a decimal mark into the
// integer digits and the decimal digits.
func splitNumber(t string, mark rune) (intPart, frac string, err error) {
	bad := errors.New("bad")
	var groups []string // digit runs
	var seps []rune     // the separator after each run but the last
	cur := strings.Builder{}
	for _, r := range t {
		switch {
		case r >= '0' && r <= '9':
			cur.WriteRune(r)
		case r == '.' || r == ',' || r == '\'' || r == '\u2019' || r == '_' || isSpace(r):
			if cur.Len() == 0 && !(len(groups) == 0 && (r == '.' || r == ',')) {
				return "", "", bad
			}
			groups = append(groups, cur.String())
			seps = append(seps, r)
			cur.Reset()
		default:
			return "", "", bad
		}
	}
	if cur.Len() == 0 {
		return "", "", bad
	}
	groups = append(groups, cur.String())
	dec := decimalAt(groups, seps, mark)
	if dec == -2 {
		return "", "", bad
	}
	ints := groups
	if dec >= 0 {
		ints, frac = groups[:dec+1], groups[dec+1]
		if dec != len(seps)-1 {
			return "", "", bad
		}
	}
	for i, g := range ints {
		switch {
		case i == 0 && len(ints) > 1 && (len(g) == 0 || len(g) > 3):
			return "", "", bad
		case i == 0:
		case len(g) == 3:
		case len(g) == 2 && i < len(ints)-1: // 12,34,567.00 (India)
		default:
			return "", "", bad
		}
	}
	for i := 0; i+1 < len(ints); i++ { // one kind of grouping only
		if seps[i] != seps[0] {
			return "", "", bad
		}
	}
	intPart = strings.TrimLeft(strings.Join(ints, ""), "0")
	if intPart == "" {
		intPart = "0"
	}
	return intPart, frac, nil
}

// decimalAt returns the index of the separator that is the decimal mark, -1
// when there is none, -2 when the separators contradict each other.
func decimalAt(groups []string, seps []rune, mark rune) int {
	if len(seps) == 0 {
		return -1
	}
	last := len(seps) - 1
	count := map[rune]int{}
	for _, s := range seps {
		count[s]++
	}
	ls := seps[last]
	if mark != 0 {
		switch {
		case count[mark] == 0:
			return -1
		case count[mark] > 1 || ls != mark:
			return -2
		}
		return last
	}
	if ls != '.' && ls != ',' {
		return -1
	}
	if count['.'] > 0 && count[','] > 0 {
		if count[ls] > 1 {
			return -2
		}
		return last
	}
	if count[ls] > 1 {
		return -1 // 1.234.567
	}
	if len(seps) == 1 && len(groups[1]) == 3 && len(groups[0]) <= 3 && strings.TrimLeft(groups[0], "0") != "" {
		return -1 // 1,234 and 1.234: thousands
	}
	return last // 12,5 and 1 234,5
}

// GuessDecimalMark looks at the amounts of one column and returns the
// decimal mark they use: '.' or ','. It returns 0 when no sample tells
// (whole numbers only), with ambiguous true when some sample could be read
// both ways (1.234) — ask the user, or let ParseAmount read 1.234 as 1234.
func GuessDecimalMark(samples []string) (mark rune, ambiguous bool) {
	dot, comma, unsure := 0, 0, 0
	for _, s := range samples {
		digits := strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' || r == '.' || r == ',' {
				return r
			}
			return -1
		}, s)
		d, c := strings.Count(digits, "."), strings.Count(digits, ",")
		switch {
		case d > 0 && c > 0:
			if strings.LastIndex(digits, ".") > strings.LastIndex(digits, ",") {
				dot++
			} else {
				comma++
			}
		case d > 1:
			comma++
		case c > 1:
			dot++
		case d == 1 || c == 1:
			i := strings.IndexAny(digits, ".,")
			if len(digits)-i-1 == 3 && i > 0 && strings.Trim(digits[:i], "0") != "" {
				unsure++
			} else if d == 1 {
				dot++
			} else {
				comma++
			}
		}
	}
	switch {
	case dot > comma:
		return '.', false
	case comma > dot:
		return ',', false
	case dot > 0:
		return 0, true
	}
	return 0, unsure > 0
}

// ParsePercent reads a percentage: "40%", "40 %", "%40", "40", "12,5%".
// A number without a % sign is read as written, in percentage points:
// "40" is 40% and "0.4" is 0.4% — spreadsheets write a cell formatted as a
// percentage with its sign (and this package reads such XLSX cells as
// "40%"), and CRMs write probability as 0–100 (Salesforce, Pipedrive). A
// source known to write a fraction (HubSpot's deal probability, 0–1) must be
// scaled by the caller. Errors are *backend.Error with code invalid.
func ParsePercent(s string) (float64, error) {
	in := strings.TrimFunc(s, isSpace)
	t := strings.TrimFunc(strings.TrimSuffix(strings.TrimPrefix(in, "%"), "%"), isSpace)
	t = strings.Replace(t, "\u2212", "-", 1)
	if strings.Count(t, ",") == 1 && !strings.Contains(t, ".") {
		t = strings.Replace(t, ",", ".", 1)
	}
	f, err := strconv.ParseFloat(t, 64)
	if err != nil || t == "" || strings.ContainsAny(t, "eEnNiIxX_") {
		if in == "" {
			return 0, backend.Invalid("percent", "No percentage given.")
		}
		return 0, backend.Invalid("percent", "“%s” is not a percentage.", clip(in))
	}
	return f, nil
}

// IsFormula reports whether a spreadsheet would take the text for a formula
// if it were written back to a file: it starts with = + - @, a tab or a
// carriage return (the characters OWASP lists for CSV injection). Values are
// never executed here; the caller decides, for example to show the text as is
// and to prefix it with ' when exporting. A negative number such as "-12"
// counts too: a caller with a number column parses it instead.
func IsFormula(s string) bool {
	if s == "" {
		return false
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return true
	}
	return strings.HasPrefix(s, "\uFF1D") // a full-width =, which Excel also takes
}
