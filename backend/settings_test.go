package backend_test

import (
	"testing"

	"accountdesk/backend"
)

func TestSettingsValidate(t *testing.T) {
	scenarios := []struct {
		name   string
		change func(*backend.Settings)
		field  string // "" means valid
	}{
		{"OK defaults", func(*backend.Settings) {}, ""},
		{"OK every month", func(s *backend.Settings) { s.FiscalYearStartMonth = 12 }, ""},
		{"OK lower-case currency is normalised", func(s *backend.Settings) { s.Currency = " eur " }, ""},
		{"OK dark theme", func(s *backend.Settings) { s.Theme = "Dark" }, ""},
		{"OK long unicode name at the limit", func(s *backend.Settings) { s.AgencyName = string(make([]rune, 120)) }, ""},
		{"ErrAgencyNameTooLong", func(s *backend.Settings) { s.AgencyName = string(make([]rune, 121)) }, "agencyName"},
		{"ErrCurrencyUnknown", func(s *backend.Settings) { s.Currency = "XYZ" }, "currency"},
		{"ErrCurrencyEmpty", func(s *backend.Settings) { s.Currency = "" }, "currency"},
		{"ErrMonthZero", func(s *backend.Settings) { s.FiscalYearStartMonth = 0 }, "fiscalYearStartMonth"},
		{"ErrMonthThirteen", func(s *backend.Settings) { s.FiscalYearStartMonth = 13 }, "fiscalYearStartMonth"},
		{"ErrThresholdZero", func(s *backend.Settings) { s.QBRThresholdMinor = 0 }, "qbrThresholdMinor"},
		{"ErrThresholdNegative", func(s *backend.Settings) { s.QBRThresholdMinor = -1 }, "qbrThresholdMinor"},
		{"ErrThresholdHuge", func(s *backend.Settings) { s.QBRThresholdMinor = 1_000_000_000_01 }, "qbrThresholdMinor"},
		{"ErrThemeUnknown", func(s *backend.Settings) { s.Theme = "purple" }, "theme"},
		{"OK CSV style as this computer expects (empty)", func(s *backend.Settings) { s.CSVStyle = "" }, ""},
		{"OK CSV style for Excel in German, any case", func(s *backend.Settings) { s.CSVStyle = " Excel-Semicolon " }, ""},
		{"OK CSV style plain, for tools", func(s *backend.Settings) { s.CSVStyle = "plain" }, ""},
		{"ErrCSVStyleUnknown", func(s *backend.Settings) { s.CSVStyle = "tsv" }, "csvStyle"},
	}
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			s := backend.DefaultSettings()
			sc.change(&s)
			s.Normalize()
			err := s.Validate()
			if sc.field == "" {
				if err != nil {
					t.Fatalf("want valid, got %v", err)
				}
				return
			}
			if code := backend.ErrorCode(err); code != backend.EINVALID {
				t.Fatalf("code = %q, want invalid (err %v)", code, err)
			}
			if f := backend.ErrorField(err); f != sc.field {
				t.Fatalf("field = %q, want %q", f, sc.field)
			}
		})
	}
}

func TestDefaultSettingsQBRThreshold(t *testing.T) {
	if got := backend.DefaultSettings().QBRThresholdMinor; got != 10_000_000 {
		t.Fatalf("default QBR threshold = %d minor units, want 100 000.00", got)
	}
}

func FuzzSettingsValidate(f *testing.F) {
	f.Add("Brightline", "usd", 1, int64(100), "system")
	f.Add("", "", 0, int64(-1), "")
	f.Fuzz(func(t *testing.T, name, currency string, month int, threshold int64, theme string) {
		s := backend.Settings{AgencyName: name, Currency: currency, FiscalYearStartMonth: month, QBRThresholdMinor: threshold, Theme: theme}
		s.Normalize()
		err := s.Validate()
		if err != nil && backend.ErrorCode(err) != backend.EINVALID {
			t.Fatalf("validation must only answer invalid, got %v", err)
		}
		if err != nil && backend.ErrorField(err) == "" {
			t.Fatalf("an invalid answer must name its field: %v", err)
		}
	})
}
