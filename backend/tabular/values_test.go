package tabular_test

import (
	"testing"

	"accountdesk/backend"
	"accountdesk/backend/tabular"
)

func TestParseAmount(t *testing.T) {
	ok := []struct {
		in   string
		want int64
	}{
		{"1234", 123400},
		{"-12", -1200},
		{"+12", 1200},
		{"0", 0},
		{"1234.5", 123450},
		{"1234,5", 123450},
		{"1,234.56", 123456},                // en-US, en-GB
		{"1.234,56", 123456},                // de-DE, es, it, nl, pt-BR
		{"1 234,56", 123456},                // fr-FR with a space
		{"1\u202f234,56", 123456},           // fr-FR with the narrow no-break space Excel writes
		{"1\u00a0234,56 €", 123456},         // fr-FR currency format
		{"1.234,56 €", 123456},              // de-DE currency format
		{"€1,234.56", 123456},               // en-IE
		{"$1,200.00", 120000},               // en-US currency format
		{"US$ 1,200", 120000},               // with the country
		{"(500.00)", -50000},                // accounting negative
		{"($500.00)", -50000},               // accounting currency negative
		{"500.00-", -50000},                 // trailing minus (SAP, some ledgers)
		{"-$500", -50000},                   //
		{"$-500", -50000},                   //
		{"\u2212500", -50000},               // the Unicode minus sign
		{"CHF 1'234.50", 123450},            // de-CH
		{"1’234.50", 123450},                // de-CH with a typographic apostrophe
		{"EUR 1.234,56", 123456},            // ISO code first
		{"1234.56 usd", 123456},             // ISO code after, any case
		{"kr 1.234,00", 123400},             // da, nb, sv
		{"12,34,567.00", 123456700},         // en-IN lakh grouping
		{"1,234,567", 123456700},            // grouping only
		{"1.234.567", 123456700},            // grouping only, de
		{"1,234", 123400},                   // one mark and three digits: thousands
		{"1.234", 123400},                   //
		{"0.125", 13},                       // a zero before the mark: decimals, rounded half away from zero
		{"1.005", 100500},                   // three digits after a single mark: thousands
		{"1.0050", 101},                     // four digits: decimals, rounded
		{"-0.005", -1},                      //
		{"2.675", 267500},                   // thousands again, by the same rule
		{"12.3456", 1235},                   // more decimals are rounded
		{".5", 50},                          //
		{"1.2E+06", 120000000},              // Excel's scientific display
		{"  42  ", 4200},                    //
		{"999999999999.99", 99999999999999}, // the largest
		{"-999,999,999,999.99", -99999999999999},
	}
	for _, c := range ok {
		t.Run(c.in, func(t *testing.T) {
			got, err := tabular.ParseAmount(c.in)
			if err != nil || got != c.want {
				t.Fatalf("ParseAmount(%q) = %d, %v; want %d", c.in, got, err, c.want)
			}
		})
	}
	bad := []string{
		"", "  ", "12abc", "abc", "1,2,3", "1.234.56,7.8", "1..2", "12-3", "--5", "(-5)", "1 2", "12 34",
		"1,23,4", "1234.", "$", "€€", "12%", "1e400", "1000000000000", "1.000.000.000.000,00",
		"NaN", "Inf", "0x10", "12 XYZ", "=1+2", "1,234.567,8", "١٢٣",
	}
	for _, in := range bad {
		t.Run("Err/"+in, func(t *testing.T) {
			got, err := tabular.ParseAmount(in)
			if err == nil {
				t.Fatalf("ParseAmount(%q) = %d, want an error", in, got)
			}
			if backend.ErrorCode(err) != backend.EINVALID || backend.ErrorMessage(err) == "" {
				t.Fatalf("ParseAmount(%q) error %v is not a plain invalid error", in, err)
			}
		})
	}
}

func TestParseAmountWith(t *testing.T) {
	cases := []struct {
		in   string
		mark rune
		want int64
		err  bool
	}{
		{"1.234", '.', 123, false},    // one point two three four, rounded
		{"1.234", ',', 123400, false}, // one thousand two hundred thirty-four
		{"1,234", ',', 123, false},
		{"1,234", '.', 123400, false},
		{"1.234,56", ',', 123456, false},
		{"1.234,56", '.', 0, true}, // the mark says . but the file writes ,
		{"1,234.56", ',', 0, true},
		{"12", ',', 1200, false},
	}
	for _, c := range cases {
		t.Run(c.in+"/"+string(c.mark), func(t *testing.T) {
			got, err := tabular.ParseAmountWith(c.in, c.mark)
			if (err != nil) != c.err || got != c.want {
				t.Fatalf("ParseAmountWith(%q, %q) = %d, %v; want %d (error %v)", c.in, c.mark, got, err, c.want, c.err)
			}
		})
	}
}

func TestGuessDecimalMark(t *testing.T) {
	cases := []struct {
		name      string
		samples   []string
		mark      rune
		ambiguous bool
	}{
		{"German", []string{"1.234,56", "12,5", "100"}, ',', false},
		{"English", []string{"1,234.56", "12.5", "100"}, '.', false},
		{"GroupingOnly", []string{"1.234.567", "12"}, ',', false},
		{"WholeNumbers", []string{"100", "2500"}, 0, false},
		{"OnlyThousandsLike", []string{"1.234", "5.678"}, 0, true},
		{"ThousandsLikeAndDecimal", []string{"1.234", "5.5"}, '.', false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m, amb := tabular.GuessDecimalMark(c.samples)
			if m != c.mark || amb != c.ambiguous {
				t.Fatalf("GuessDecimalMark(%q) = %q, %v; want %q, %v", c.samples, m, amb, c.mark, c.ambiguous)
			}
		})
	}
}

func TestParseDate(t *testing.T) {
	cases := []struct {
		in    string
		order tabular.DateOrder
		want  string // "" = an error
	}{
		{"2026-03-04", "", "2026-03-04"},
		{"2026-03-04", tabular.MDY, "2026-03-04"},      // ISO says itself which is which
		{"2026-03-04T10:22:31.000Z", "", "2026-03-04"}, // Salesforce CreatedDate
		{"2026-03-04 10:22", "", "2026-03-04"},         // HubSpot Create Date
		{"2026/3/4", "", "2026-03-04"},
		{"20260304", "", "2026-03-04"},
		{"04/03/2026", tabular.DMY, "2026-03-04"}, // en-GB, fr, es, it
		{"04/03/2026", tabular.MDY, "2026-04-03"}, // en-US
		{"04/03/2026", "", ""},                    // ambiguous without an order
		{"31/12/2026", "", "2026-12-31"},          // only one way to read it
		{"12/31/2026", "", "2026-12-31"},
		{"31/12/2026", tabular.MDY, ""}, // does not fit the order given
		{"3/4/26", tabular.MDY, "2026-03-04"},
		{"3/4/26", tabular.DMY, "2026-04-03"},
		{"4/3/99", tabular.DMY, "1999-03-04"}, // two-digit years as Excel reads them
		{"4/3/29", tabular.DMY, "2029-03-04"},
		{"4/3/30", tabular.DMY, "1930-03-04"},
		{"04.03.2026", tabular.DMY, "2026-03-04"}, // de-DE
		{"4.3.2026", tabular.DMY, "2026-03-04"},
		{"04-03-2026", tabular.DMY, "2026-03-04"}, // nl-NL
		{"26-03-04", tabular.YMD, "2026-03-04"},
		{"4 Mar 2026", "", "2026-03-04"}, // en-GB
		{"4 March 2026", "", "2026-03-04"},
		{"March 4, 2026", "", "2026-03-04"}, // en-US
		{"Mar 4 2026", "", "2026-03-04"},
		{"04-Mar-26", "", "2026-03-04"}, // Excel d-mmm-yy
		{"Wed, 4 Mar 2026", "", "2026-03-04"},
		{"4. März 2026", "", "2026-03-04"},       // de-DE
		{"4. Mrz 2026", "", "2026-03-04"},        //
		{"4 mars 2026", "", "2026-03-04"},        // fr-FR
		{"4 de marzo de 2026", "", "2026-03-04"}, // es-ES
		{"4 maart 2026", "", "2026-03-04"},       // nl-NL
		{"1st May 2026", "", "2026-05-01"},
		{"3/4/2026 9:30:00 AM", tabular.MDY, "2026-03-04"}, // Clockify, en-US
		{"04.03.2026 09:30", tabular.DMY, "2026-03-04"},
		{"46085", "", "2026-03-04"}, // an Excel serial day number
		{"46085.5", "", "2026-03-04"},
		{"2026-02-29", "", ""}, // not a leap year
		{"2024-02-29", "", "2024-02-29"},
		{"31/04/2026", tabular.DMY, ""},
		{"2026", "", ""},
		{"1234", "", ""}, // too small for a serial number
		{"0001-01-01", "", ""},
		{"yesterday", "", ""},
		{"", "", ""},
		{"4 Foo 2026", "", ""},
		{"32/01/2026", "", ""},
		{"1/2", tabular.DMY, ""},
	}
	for _, c := range cases {
		t.Run(c.in+"/"+string(c.order), func(t *testing.T) {
			got, err := tabular.ParseDate(c.in, c.order)
			if c.want == "" {
				if err == nil {
					t.Fatalf("ParseDate(%q, %q) = %q, want an error", c.in, c.order, got)
				}
				if backend.ErrorCode(err) != backend.EINVALID {
					t.Fatalf("error code %q", backend.ErrorCode(err))
				}
				return
			}
			if err != nil || got != c.want {
				t.Fatalf("ParseDate(%q, %q) = %q, %v; want %q", c.in, c.order, got, err, c.want)
			}
		})
	}
}

func TestGuessDateOrder(t *testing.T) {
	cases := []struct {
		name      string
		samples   []string
		order     tabular.DateOrder
		ambiguous bool
	}{
		{"DayFirstShows", []string{"04/03/2026", "13/03/2026", ""}, tabular.DMY, false},
		{"MonthFirstShows", []string{"03/04/2026", "03/13/2026"}, tabular.MDY, false},
		{"EveryDateFitsBoth", []string{"04/03/2026", "01/02/2026", "12/12/2026"}, tabular.Unknown, true},
		{"ISO", []string{"2026-03-04", "2026-12-31"}, tabular.YMD, false},
		{"MonthNames", []string{"4 Mar 2026", "5 Apr 2026"}, tabular.Unknown, false},
		{"GermanDots", []string{"04.03.2026", "28.02.2026"}, tabular.DMY, false},
		{"Mixed", []string{"13/01/2026", "01/13/2026", "14/01/2026"}, tabular.DMY, false},
		{"Nothing", nil, tabular.Unknown, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			o, amb := tabular.GuessDateOrder(c.samples)
			if o != c.order || amb != c.ambiguous {
				t.Fatalf("GuessDateOrder(%q) = %q, %v; want %q, %v", c.samples, o, amb, c.order, c.ambiguous)
			}
		})
	}
}

func TestParsePercent(t *testing.T) {
	cases := []struct {
		in   string
		want float64
		err  bool
	}{
		{"40%", 40, false},
		{"40 %", 40, false}, // fr-FR
		{"%40", 40, false},  // tr-TR
		{"40", 40, false},   // Salesforce Probability, Pipedrive
		{"0.4", 0.4, false}, // points, not a fraction: documented
		{"12,5%", 12.5, false},
		{"12.5%", 12.5, false},
		{"100", 100, false},
		{"", 0, true},
		{"forty", 0, true},
		{"NaN", 0, true},
		{"Inf%", 0, true},
		{"1e2", 0, true},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			got, err := tabular.ParsePercent(c.in)
			if (err != nil) != c.err || got != c.want {
				t.Fatalf("ParsePercent(%q) = %v, %v; want %v (error %v)", c.in, got, err, c.want, c.err)
			}
		})
	}
}

func TestIsFormula(t *testing.T) {
	for in, want := range map[string]bool{
		`=HYPERLINK("http://x","click")`: true,
		"+1+1":                           true,
		"-2+3":                           true,
		"@SUM(A1)":                       true,
		"\t=1":                           true,
		"\r=1":                           true,
		"＝1+1":                           true,
		"Acme = best":                    false,
		" =1":                            false,
		"":                               false,
		"a@b.com":                        false,
	} {
		if got := tabular.IsFormula(in); got != want {
			t.Errorf("IsFormula(%q) = %v, want %v", in, got, want)
		}
	}
}
