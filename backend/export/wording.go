package export

import (
	"math"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/language"
)

// What the documents call stored values, where the value read as words is
// not what people say.
var labels = map[string]string{
	"cross_sell":         "Cross-sell",
	"new":                "New business",
	"not_required":       "Not required",
	"decision_maker":     "Decision maker",
	"preferred_supplier": "Preferred supplier",
	"trusted_advisor":    "Trusted advisor",
	"in_progress":        "In progress",
	"on_site":            "On site",
}

// Label turns a stored value into the words people use, capitalised:
// "on_track" → "On track", "qualified" → "Qualified", "cross_sell" →
// "Cross-sell".
func Label(v string) string {
	if l, ok := labels[v]; ok {
		return l
	}
	w := Words(v)
	if w == "" {
		return ""
	}
	return strings.ToUpper(w[:1]) + w[1:]
}

// Number renders a figure with thousands separators and at most two
// decimals: 12500 → "12,500", 4.25 → "4.25", -1234.5 → "-1,234.5".
func Number(f float64) string {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return strconv.FormatFloat(f, 'f', -1, 64)
	}
	s := strconv.FormatFloat(math.Round(f*100)/100, 'f', -1, 64)
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	whole, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if frac != "" {
		return sign + b.String() + "." + frac
	}
	if b.String() == "0" {
		sign = ""
	}
	return sign + b.String()
}

// withUnit puts a unit after a figure: "45%", "12,500 visits".
func withUnit(f float64, unit string) string {
	unit = strings.TrimSpace(unit)
	switch unit {
	case "":
		return Number(f)
	case "%":
		return Number(f) + "%"
	}
	return Number(f) + " " + unit
}

// dateStyle is how a region writes a date.
type dateStyle int

const (
	dateDayMonthName dateStyle = iota // 24 Nov 2026 (English outside the US; the default)
	dateMonthNameDay                  // Nov 24, 2026 (US English)
	dateDots                          // 24.11.2026
	dateSlashes                       // 24/11/2026
	dateDashes                        // 24-11-2026
	dateISO                           // 2026-11-24
	dateYearSlashes                   // 2026/11/24
	dateYearDots                      // 2026. 11. 24.
)

var dateStyleOfLanguage = map[string]dateStyle{
	"de": dateDots, "da": dateDots, "fi": dateDots, "nb": dateDots, "nn": dateDots, "no": dateDots,
	"cs": dateDots, "sk": dateDots, "pl": dateDots, "ru": dateDots, "uk": dateDots, "be": dateDots,
	"tr": dateDots, "ro": dateDots, "hr": dateDots, "sl": dateDots, "sr": dateDots, "bs": dateDots,
	"bg": dateDots, "et": dateDots, "lv": dateDots, "is": dateDots, "az": dateDots, "kk": dateDots,
	"mk": dateDots, "hy": dateDots, "ka": dateDots, "sq": dateDots,
	"fr": dateSlashes, "es": dateSlashes, "it": dateSlashes, "pt": dateSlashes, "el": dateSlashes,
	"ca": dateSlashes, "gl": dateSlashes, "vi": dateSlashes, "id": dateSlashes, "ms": dateSlashes,
	"ar": dateSlashes, "he": dateSlashes, "ga": dateSlashes, "cy": dateSlashes,
	"nl": dateDashes, "hi": dateDashes,
	"sv": dateISO, "lt": dateISO,
	"ja": dateYearSlashes, "zh": dateYearSlashes,
	"ko": dateYearDots, "hu": dateYearDots,
}

// dateStyleOf returns how the locale writes dates. locale is a BCP 47 tag
// ("de-CH") or a POSIX name ("en_US.UTF-8"); an empty or unreadable one, or
// C/POSIX, gets "24 Nov 2026", which no reader can misread.
func dateStyleOf(locale string) dateStyle {
	locale = strings.TrimSpace(locale)
	if i := strings.IndexAny(locale, ".@"); i >= 0 {
		locale = locale[:i]
	}
	if locale == "" || strings.EqualFold(locale, "C") || strings.EqualFold(locale, "POSIX") {
		return dateDayMonthName
	}
	tag, err := language.Parse(strings.ReplaceAll(locale, "_", "-"))
	if err != nil {
		return dateDayMonthName
	}
	base, _ := tag.Base()
	region, _ := tag.Region() // the likely one when none is given: "en" is the US
	switch lang, reg := base.String(), region.String(); {
	case lang == "en" && (reg == "US" || reg == "PH" || reg == "CA"):
		return dateMonthNameDay
	case lang == "fr" && reg == "CA":
		return dateISO
	default:
		if s, ok := dateStyleOfLanguage[lang]; ok {
			return s
		}
	}
	return dateDayMonthName
}

// DateText renders an ISO date (or the date of an RFC 3339 time) as the
// locale writes it; anything else is returned as it is.
func DateText(iso, locale string) string {
	if len(iso) < 10 {
		return iso
	}
	t, err := time.Parse(time.DateOnly, iso[:10])
	if err != nil {
		return iso
	}
	layout := map[dateStyle]string{
		dateDayMonthName: "2 Jan 2006", dateMonthNameDay: "Jan 2, 2006", dateDots: "02.01.2006",
		dateSlashes: "02/01/2006", dateDashes: "02-01-2006", dateISO: "2006-01-02",
		dateYearSlashes: "2006/01/02", dateYearDots: "2006. 01. 02.",
	}[dateStyleOf(locale)]
	return t.Format(layout)
}
