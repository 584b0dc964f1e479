package export_test

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"os"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"accountdesk/backend"
	"accountdesk/backend/export"

	"golang.org/x/text/unicode/norm"
)

// FuzzSlug: file names come from what users type. Whatever the text, a slug
// is a safe file name part: empty (the caller then uses a fallback) or
// lower-case letters and digits of any script with their marks, in NFC, and
// single dashes between them; no path separators, dots, spaces or control
// characters; bounded length; the same for NFC and NFD forms of a name.
func FuzzSlug(f *testing.F) {
	for _, s := range []string{"Northwind Retail", "../../etc/passwd", "Crème Brûlée & Co.", "日本", "", "  --  ", "a\x00b", "CON", strings.Repeat("x", 500),
		"Сбербанк", "Αθήνα", "東京ガス", "شركة الاتصالات", "हिन्दी", "🚀", "Straße", strings.Repeat("東", 200)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := export.Slug(s)
		if len(got) > 150 || utf8.RuneCountInString(got) > 150 || !utf8.ValidString(got) || !norm.NFC.IsNormalString(got) {
			t.Fatalf("Slug(%q) = %q", s, got)
		}
		for _, r := range got {
			if !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == '-') || unicode.IsUpper(r) {
				t.Fatalf("Slug(%q) = %q holds %q", s, got, r)
			}
		}
		if strings.HasPrefix(got, "-") || strings.HasSuffix(got, "-") || strings.Contains(got, "--") {
			t.Fatalf("Slug(%q) = %q", s, got)
		}
		if utf8.ValidString(s) {
			if d := export.Slug(norm.NFD.String(s)); d != got {
				t.Fatalf("Slug of the NFD form of %q = %q, of the NFC form %q", s, d, got)
			}
		}
	})
}

// FuzzNewDestination: the --to value and the Exports screen's address are
// outside input. Any text gives a destination or a clear invalid "to"
// error, never a panic; a WebDAV destination never shows credentials.
func FuzzNewDestination(f *testing.F) {
	for _, s := range []string{"/tmp/out", "https://cloud.example/remote.php/dav/files/me/", "http://user:pw@host/", "https://", "http://[::1]:8080/x", "relative/dir", "", " \t"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := export.NewDestination(s, "u", "secret-pw", nil)
		if err != nil {
			if backend.ErrorCode(err) != backend.EINVALID || backend.ErrorField(err) != "to" {
				t.Fatalf("NewDestination(%q): %v", s, err)
			}
			return
		}
		if strings.Contains(d.String(), "secret-pw") {
			t.Fatalf("destination %q shows the password", d.String())
		}
	})
}

// shelf is an in-memory shared folder.
type shelf map[string][]byte

func (s shelf) JSONFiles(context.Context) ([]string, error) {
	names := make([]string, 0, len(s))
	for n := range s {
		names = append(names, n)
	}
	sort.Strings(names)
	return names, nil
}
func (s shelf) Read(_ context.Context, name string) ([]byte, error) { return s[name], nil }
func (s shelf) String() string                                      { return "memory" }

// FuzzRollup: the roll-up reads other directors' portfolio summaries from a
// shared folder — outside input. Whatever the files hold, it answers (files
// it cannot use are listed as skipped), every director shown comes from one
// file, and each currency's totals are exactly the sum of its directors'
// rows (no overflow), with counts that are not negative.
func FuzzRollup(f *testing.F) {
	golden, err := os.ReadFile("testdata/golden/portfolio-morgan-ellis-00000000-2026-11-24.json")
	if err != nil {
		f.Fatal(err)
	}
	other := bytes.ReplaceAll(golden, []byte("Morgan Ellis"), []byte("Sam Park"))
	huge := bytes.ReplaceAll(other, []byte(`"revenueYtdMinor": 498003700`), []byte(`"revenueYtdMinor": 9223372036854775807`))
	f.Add(golden, other, []byte(`{}`))
	f.Add(golden, huge, huge)
	f.Add([]byte(`{"schema":"accountdesk.portfolio-summary/v1","currency":"usd","totals":{"accountCount":-5}}`), []byte(`[]`), []byte(`null`))
	f.Add([]byte(`{"schema":"accountdesk.portfolio-summary/v1","director":"A","currency":"EUR","topRisks":[{"score":-1},{"score":25}]}`), golden, []byte("\xff"))
	f.Fuzz(func(t *testing.T, a, b, c []byte) {
		r, err := export.BuildRollupFrom(context.Background(), shelf{"a.json": a, "b.json": b, "c.json": c})
		if err != nil {
			t.Fatalf("roll-up failed: %v", err)
		}
		if len(r.Directors)+len(r.Skipped) > 3 {
			t.Fatalf("%d directors and %d skipped from 3 files", len(r.Directors), len(r.Skipped))
		}
		want := map[string]*big.Int{}
		accounts := map[string]int{}
		for _, d := range r.Directors {
			if d.Accounts < 0 || d.QBRsDue < 0 || d.HighRisks < 0 || d.Green < 0 || d.Amber < 0 || d.Red < 0 {
				t.Fatalf("negative count: %+v", d)
			}
			if !currency.MatchString(d.Currency) {
				t.Fatalf("currency %q shown", d.Currency)
			}
			if want[d.Currency] == nil {
				want[d.Currency] = new(big.Int)
			}
			want[d.Currency].Add(want[d.Currency], big.NewInt(d.RevenueYTDMinor))
			accounts[d.Currency] += d.Accounts
		}
		if len(r.Totals) != len(want) {
			t.Fatalf("totals for %d currencies, directors in %d", len(r.Totals), len(want))
		}
		for _, tot := range r.Totals {
			if want[tot.Currency] == nil || want[tot.Currency].Cmp(big.NewInt(tot.RevenueYTDMinor)) != 0 || accounts[tot.Currency] != tot.Accounts {
				t.Fatalf("%s totals %+v, directors' rows add up to revenue %v and %d accounts", tot.Currency, tot, want[tot.Currency], accounts[tot.Currency])
			}
		}
		if len(r.TopRisks) > 10 || !slices.IsSortedFunc(r.TopRisks, func(x, y export.RollupRisk) int { return y.Score - x.Score }) {
			t.Fatalf("top risks: %+v", r.TopRisks)
		}
	})
}

var currency = regexp.MustCompile(`^[A-Z]{3}$`)

// TestRollupSkipsWhatItCannotAddUp: summaries that break the published
// schema's bounds are listed as skipped, not added; when a currency's total
// would no longer fit, the directors that would overflow it are skipped and
// the totals still equal the rows shown.
func TestRollupSkipsWhatItCannotAddUp(t *testing.T) {
	ctx := context.Background()
	golden, err := os.ReadFile("testdata/golden/portfolio-morgan-ellis-00000000-2026-11-24.json")
	if err != nil {
		t.Fatal(err)
	}
	variant := func(who, old, new string) []byte {
		b := bytes.ReplaceAll(golden, []byte("Morgan Ellis"), []byte(who))
		if !bytes.Contains(b, []byte(old)) {
			t.Fatalf("golden file has no %q", old)
		}
		return bytes.Replace(b, []byte(old), []byte(new), 1)
	}
	r, err := export.BuildRollupFrom(ctx, shelf{
		"good.json":       golden,
		"negative.json":   variant("A", `"accountCount": 12`, `"accountCount": -12`),
		"currency.json":   variant("B", `"currency": "USD"`, `"currency": "usd"`),
		"risk.json":       variant("C", `"score": 20`, `"score": 99`),
		"huge.json":       variant("D", `"revenueYtdMinor": 498003700`, `"revenueYtdMinor": 9000000000000000000`),
		"other-kind.json": []byte(`{"schema":"accountdesk.plan-summary/v1"}`),
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Directors) != 1 || r.Directors[0].Director != "Morgan Ellis" {
		t.Errorf("directors = %+v, want only the valid summary", r.Directors)
	}
	slices.Sort(r.Skipped)
	if want := []string{"currency.json", "huge.json", "negative.json", "other-kind.json", "risk.json"}; !slices.Equal(r.Skipped, want) {
		t.Errorf("skipped = %v, want %v", r.Skipped, want)
	}

	// 9 300 directors at the largest amount a summary may hold add up to
	// more than the total can hold.
	many := shelf{}
	for i := range 9300 {
		many[fmt.Sprintf("d%04d.json", i)] = fmt.Appendf(nil,
			`{"schema":"accountdesk.portfolio-summary/v1","director":"D%04d","currency":"USD","totals":{"accountCount":1,"revenueYtdMinor":1000000000000000}}`, i)
	}
	r, err = export.BuildRollupFrom(ctx, many)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Skipped) == 0 || len(r.Directors)+len(r.Skipped) != 9300 || len(r.Totals) != 1 {
		t.Fatalf("%d directors, %d skipped, totals %+v", len(r.Directors), len(r.Skipped), r.Totals)
	}
	if tot := r.Totals[0]; tot.RevenueYTDMinor != int64(len(r.Directors))*1_000_000_000_000_000 || tot.Accounts != len(r.Directors) {
		t.Errorf("totals %+v for %d directors shown", tot, len(r.Directors))
	}
}
