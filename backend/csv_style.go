package backend

import (
	"strings"

	"golang.org/x/text/language"
)

// CSV styles: how exported spreadsheet files (CSV) are written. Excel reads
// a CSV file with the list separator and decimal mark of the computer's
// region, and only knows it is UTF-8 when it starts with a byte order mark.
const (
	// CSVExcel is for Excel in English and other regions that write 1,234.5:
	// comma-separated, decimal point, UTF-8 with a byte order mark.
	CSVExcel = "excel"
	// CSVExcelSemicolon is for Excel in German, French, Dutch, Spanish… (regions
	// that write 1.234,5): semicolon-separated, decimal comma, with the mark.
	CSVExcelSemicolon = "excel-semicolon"
	// CSVExcelSemicolonPoint is for Excel in Switzerland and Liechtenstein:
	// semicolon-separated, decimal point, with the mark.
	CSVExcelSemicolonPoint = "excel-semicolon-point"
	// CSVPlain is for other tools and scripts: comma-separated, decimal
	// point, no byte order mark (the format of every export before 1.x).
	CSVPlain = "plain"
)

// CSVStyles returns the CSV styles a workspace may choose.
func CSVStyles() []string {
	return []string{CSVExcel, CSVExcelSemicolon, CSVExcelSemicolonPoint, CSVPlain}
}

// CSVMarks are the list separator and decimal mark a spreadsheet expects.
type CSVMarks struct {
	Separator rune
	Decimal   rune
}

// CSVMarksOf returns the separator and decimal mark of a CSV style, and
// whether its files start with a UTF-8 byte order mark. An unknown style
// reads as CSVExcel.
func CSVMarksOf(style string) (m CSVMarks, bom bool) {
	switch style {
	case CSVExcelSemicolon:
		return CSVMarks{';', ','}, true
	case CSVExcelSemicolonPoint:
		return CSVMarks{';', '.'}, true
	case CSVPlain:
		return CSVMarks{',', '.'}, false
	}
	return CSVMarks{',', '.'}, true
}

// CSVStyleForLocale is the CSV style Excel expects on a computer set to
// locale: the default of a workspace whose user never chose one.
func CSVStyleForLocale(locale string) string {
	switch LocaleCSVMarks(locale) {
	case CSVMarks{';', ','}:
		return CSVExcelSemicolon
	case CSVMarks{';', '.'}:
		return CSVExcelSemicolonPoint
	}
	return CSVExcel
}

// LocaleCSVMarks returns the list separator and decimal mark of a locale,
// as Windows sets them for its regional formats (a region writing decimal
// commas separates lists with semicolons). locale is a POSIX name
// ("de_DE.UTF-8", "sr_RS@latin") or a BCP 47 tag ("de-CH", "es-419"); an
// empty, "C", "POSIX" or unreadable one gives comma and point.
func LocaleCSVMarks(locale string) CSVMarks {
	point, comma, swiss := CSVMarks{',', '.'}, CSVMarks{';', ','}, CSVMarks{';', '.'}
	tag, ok := parseLocale(locale)
	if !ok {
		return point
	}
	base, _ := tag.Base()
	region, _ := tag.Region() // the likely region when none is given: "de" is Germany
	lang, reg := base.String(), region.String()
	switch {
	case reg == "CH" || reg == "LI":
		return swiss
	case decimalPointIn[lang+"-"+reg]:
		return point
	case decimalCommaIn[lang+"-"+reg] || decimalCommaLanguages[lang]:
		return comma
	}
	return point
}

// parseLocale reads a POSIX locale name or a BCP 47 tag.
func parseLocale(s string) (language.Tag, bool) {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, ".@"); i >= 0 {
		s = s[:i] // the encoding and modifier say nothing about numbers
	}
	if s == "" || strings.EqualFold(s, "C") || strings.EqualFold(s, "POSIX") {
		return language.Und, false
	}
	tag, err := language.Parse(strings.ReplaceAll(s, "_", "-"))
	if err != nil || tag == language.Und {
		return language.Und, false
	}
	return tag, true
}

// decimalCommaLanguages write 1.234,5 (or 1 234,5) wherever they are spoken,
// except in the regions listed in decimalPointIn (Unicode CLDR).
var decimalCommaLanguages = map[string]bool{
	"af": true, "az": true, "be": true, "bg": true, "bs": true, "ca": true, "cs": true, "da": true,
	"de": true, "el": true, "es": true, "et": true, "eu": true, "fi": true, "fo": true, "fr": true,
	"gl": true, "hr": true, "hu": true, "hy": true, "id": true, "is": true, "it": true, "ka": true,
	"kk": true, "ky": true, "lb": true, "lt": true, "lv": true, "mk": true, "nb": true, "nl": true,
	"nn": true, "no": true, "pl": true, "pt": true, "ro": true, "ru": true, "se": true, "sk": true,
	"sl": true, "sq": true, "sr": true, "sv": true, "tk": true, "tr": true, "uk": true, "uz": true,
	"vi": true,
}

// decimalPointIn are regions where a decimal-comma language writes 1,234.5.
var decimalPointIn = map[string]bool{
	"es-419": true, "es-DO": true, "es-GT": true, "es-HN": true, "es-MX": true, "es-NI": true,
	"es-PA": true, "es-PE": true, "es-PH": true, "es-PR": true, "es-SV": true, "es-US": true,
}

// decimalCommaIn are regions where a decimal-point language writes 1.234,5:
// English set to a continental European region, and the Maghreb.
var decimalCommaIn = map[string]bool{
	"en-AT": true, "en-BE": true, "en-DE": true, "en-DK": true, "en-FI": true, "en-NL": true,
	"en-SE": true, "en-SI": true, "en-ZA": true,
	"ar-DZ": true, "ar-MA": true, "ar-TN": true,
}
