package backend_test

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"testing"

	"accountdesk/backend"
)

// TestCSVStyleForLocale: a CSV file opens in columns, with numbers as
// numbers, when it uses the list separator and decimal mark that Excel takes
// from the computer's region. Locales come as POSIX names (LANG, LC_ALL) or
// BCP 47 tags (Windows, macOS).
func TestCSVStyleForLocale(t *testing.T) {
	scenarios := []struct {
		locale string
		want   string
	}{
		// Nothing known: Excel in English.
		{"", backend.CSVExcel}, {"C", backend.CSVExcel}, {"POSIX", backend.CSVExcel}, {"C.UTF-8", backend.CSVExcel},
		{"not a locale!", backend.CSVExcel}, {"  ", backend.CSVExcel},
		// English-speaking regions write 1,234.5.
		{"en_US.UTF-8", backend.CSVExcel}, {"en_GB.UTF-8", backend.CSVExcel}, {"en-AU", backend.CSVExcel},
		{"en_IE@euro", backend.CSVExcel}, {"en-CA", backend.CSVExcel}, {"en_IN", backend.CSVExcel},
		// … and so do most of Asia and the Middle East.
		{"ja_JP.UTF-8", backend.CSVExcel}, {"zh-Hans-CN", backend.CSVExcel}, {"zh_TW.UTF-8", backend.CSVExcel},
		{"ko-KR", backend.CSVExcel}, {"he_IL", backend.CSVExcel}, {"ar_SA.UTF-8", backend.CSVExcel},
		{"hi-IN", backend.CSVExcel}, {"th_TH", backend.CSVExcel},
		// German, French, Dutch, … write 1.234,5: semicolons and decimal commas.
		{"de_DE.UTF-8", backend.CSVExcelSemicolon}, {"de_AT", backend.CSVExcelSemicolon}, {"de", backend.CSVExcelSemicolon},
		{"fr_FR.UTF-8", backend.CSVExcelSemicolon}, {"fr-BE", backend.CSVExcelSemicolon}, {"fr-CA", backend.CSVExcelSemicolon},
		{"nl_NL.UTF-8", backend.CSVExcelSemicolon}, {"nl-BE", backend.CSVExcelSemicolon}, {"it_IT", backend.CSVExcelSemicolon},
		{"es_ES.UTF-8", backend.CSVExcelSemicolon}, {"es-AR", backend.CSVExcelSemicolon}, {"pt_BR.UTF-8", backend.CSVExcelSemicolon},
		{"pt-PT", backend.CSVExcelSemicolon}, {"pl_PL", backend.CSVExcelSemicolon}, {"ru_RU.UTF-8", backend.CSVExcelSemicolon},
		{"sv_SE", backend.CSVExcelSemicolon}, {"da-DK", backend.CSVExcelSemicolon}, {"nb_NO.UTF-8", backend.CSVExcelSemicolon},
		{"fi_FI", backend.CSVExcelSemicolon}, {"tr_TR.UTF-8", backend.CSVExcelSemicolon}, {"el_GR", backend.CSVExcelSemicolon},
		{"sr_RS@latin", backend.CSVExcelSemicolon}, {"uk-UA", backend.CSVExcelSemicolon}, {"cs_CZ.UTF-8", backend.CSVExcelSemicolon},
		{"id_ID", backend.CSVExcelSemicolon}, {"vi-VN", backend.CSVExcelSemicolon},
		// Regions that differ from their language.
		{"es_MX.UTF-8", backend.CSVExcel}, {"es-US", backend.CSVExcel}, {"es-419", backend.CSVExcel},
		{"en_DE.UTF-8", backend.CSVExcelSemicolon}, {"en-NL", backend.CSVExcelSemicolon}, {"en_ZA", backend.CSVExcelSemicolon},
		{"ar-MA", backend.CSVExcelSemicolon},
		// Switzerland and Liechtenstein: semicolons and decimal points, in every language.
		{"de_CH.UTF-8", backend.CSVExcelSemicolonPoint}, {"fr-CH", backend.CSVExcelSemicolonPoint},
		{"it_CH", backend.CSVExcelSemicolonPoint}, {"de-LI", backend.CSVExcelSemicolonPoint}, {"gsw", backend.CSVExcelSemicolonPoint},
	}
	for _, sc := range scenarios {
		t.Run("OK "+sc.locale, func(t *testing.T) {
			if got := backend.CSVStyleForLocale(sc.locale); got != sc.want {
				t.Errorf("CSVStyleForLocale(%q) = %q, want %q", sc.locale, got, sc.want)
			}
		})
	}
}

func TestCSVMarksOf(t *testing.T) {
	scenarios := []struct {
		style    string
		sep, dec rune
		bom      bool
	}{
		{backend.CSVExcel, ',', '.', true},
		{backend.CSVExcelSemicolon, ';', ',', true},
		{backend.CSVExcelSemicolonPoint, ';', '.', true},
		{backend.CSVPlain, ',', '.', false},
		{"", ',', '.', true},
	}
	for _, sc := range scenarios {
		m, bom := backend.CSVMarksOf(sc.style)
		if m.Separator != sc.sep || m.Decimal != sc.dec || bom != sc.bom {
			t.Errorf("CSVMarksOf(%q) = %q %q BOM %v, want %q %q %v", sc.style, m.Separator, m.Decimal, bom, sc.sep, sc.dec, sc.bom)
		}
	}
	for _, s := range backend.CSVStyles() {
		ok := backend.Settings{CSVStyle: s}
		if err := validCSVOnly(ok); err != nil {
			t.Errorf("style %q is offered but not valid: %v", s, err)
		}
	}
}

func validCSVOnly(s backend.Settings) error {
	d := backend.DefaultSettings()
	d.CSVStyle = s.CSVStyle
	return d.Validate()
}

func FuzzCSVStyleForLocale(f *testing.F) {
	f.Add("de_DE.UTF-8")
	f.Add("zh-Hant-TW-u-nu-hanidec")
	f.Fuzz(func(t *testing.T, locale string) {
		got := backend.CSVStyleForLocale(locale)
		if got != backend.CSVExcel && got != backend.CSVExcelSemicolon && got != backend.CSVExcelSemicolonPoint {
			t.Fatalf("CSVStyleForLocale(%q) = %q, not an Excel style", locale, got)
		}
	})
}

// TestCSVStylesMatchTheSettingsForm: the Settings screen offers exactly the
// styles Validate accepts (its zod schema lists them).
func TestCSVStylesMatchTheSettingsForm(t *testing.T) {
	ts, err := os.ReadFile(filepath.Join("..", "frontend", "src", "features", "settings", "types", "settings-schema.ts"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`csvStyles = \[([^\]]*)\] as const`).FindSubmatch(ts)
	if m == nil {
		t.Fatal("settings-schema.ts has no csvStyles list")
	}
	var offered []string
	for _, q := range regexp.MustCompile(`'([^']*)'`).FindAllSubmatch(m[1], -1) {
		offered = append(offered, string(q[1]))
	}
	if !slices.Equal(offered, backend.CSVStyles()) {
		t.Fatalf("the form offers %v, Go accepts %v", offered, backend.CSVStyles())
	}
}
