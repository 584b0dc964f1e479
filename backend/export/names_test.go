package export_test

import (
	"context"
	"os"
	"sort"
	"strings"
	"testing"

	"accountdesk/backend"
	"accountdesk/backend/export"
)

// TestSlug: a file name is readable in every script, the same for the
// same name every time.
func TestSlug(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"ASCII", "Northwind Retail", "northwind-retail"},
		{"punctuation", "Crème Brûlée & Co.", "creme-brulee-co"},
		{"path", "../../etc/passwd", "etc-passwd"},
		{"period", "FY2027", "fy2027"},
		{"German sharp s", "Straße", "strasse"},
		{"letter-like and full-width forms are the letters they stand for", "ⅅata Ｔｏｋｙｏ ﬁne", "data-tokyo-fine"},
		{"Polish", "Łódź", "lodz"},
		{"Nordic", "Ærø Bryggeri Øst", "aero-bryggeri-ost"},
		{"Vietnamese", "Phở Hà Nội", "pho-ha-noi"},
		{"Turkish dotted I", "İstanbul Işık", "istanbul-isik"},
		{"Cyrillic", "Сбербанк", "sberbank"},
		{"Cyrillic ICAO digraphs", "Щука и Жёлудь", "shchuka-i-zhelud"},
		{"Ukrainian", "Київстар", "kiivstar"},
		{"Greek", "Αθήνα Τράπεζα", "athina-trapeza"},
		{"Japanese kept", "東京ガス", "東京ガス"},
		{"Japanese mixed", "トヨタ自動車 Japan", "トヨタ自動車-japan"},
		{"Chinese", "中国银行", "中国银行"},
		{"Korean", "삼성전자", "삼성전자"},
		{"Arabic kept", "شركة الاتصالات", "شركة-الاتصالات"},
		{"Hindi keeps its vowel signs", "हिन्दी मीडिया", "हिन्दी-मीडिया"},
		{"emoji only", "🚀✨", ""},
		{"emoji inside", "Rocket 🚀 Labs", "rocket-labs"},
		{"blank", "  ", ""},
		{"full-width Latin", "ＡＢＣ Corp", "abc-corp"},
		{"decomposed input", "Cafe\u0301 Noir", "cafe-noir"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := export.Slug(c.in); got != c.want {
				t.Errorf("Slug(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
	t.Run("OK long names are cut at a letter, within 150 bytes", func(t *testing.T) {
		for _, in := range []string{strings.Repeat("東京", 100), strings.Repeat("नि", 200), strings.Repeat("abc ", 100)} {
			got := export.Slug(in)
			if len(got) > 150 || len([]rune(got)) > 120 || got == "" || strings.HasSuffix(got, "-") {
				t.Errorf("Slug(%.20q…) = %q (%d bytes)", in, got, len(got))
			}
		}
	})
}

// TestUniqueSlugs: two accounts never share a file name, and an account
// keeps its name from one export to the next.
func TestUniqueSlugs(t *testing.T) {
	accounts := []export.Named{
		{ID: 3, Name: "Cafe Noir"}, {ID: 1, Name: "Café Noir"}, {ID: 7, Name: "CAFÉ NOIR"},
		{ID: 4, Name: "東京ガス"}, {ID: 5, Name: "トヨタ自動車"}, {ID: 6, Name: "Сбербанк"},
		{ID: 8, Name: "🚀"}, {ID: 9, Name: "✨✨"}, {ID: 10, Name: "Cafe Noir 3"},
	}
	got := export.UniqueSlugs(accounts, "account")
	want := map[int64]string{1: "cafe-noir", 3: "cafe-noir-3", 7: "cafe-noir-7", 4: "東京ガス", 5: "トヨタ自動車", 6: "sberbank",
		8: "account-8", 9: "account-9", 10: "cafe-noir-3-10"}
	for id, w := range want {
		if got[id] != w {
			t.Errorf("account %d: %q, want %q", id, got[id], w)
		}
	}
	t.Run("OK unique", func(t *testing.T) {
		seen := map[string]int64{}
		for id, n := range got {
			if other, ok := seen[n]; ok {
				t.Errorf("accounts %d and %d are both %q", id, other, n)
			}
			seen[n] = id
		}
	})
	t.Run("OK a new account renames no existing one", func(t *testing.T) {
		more := export.UniqueSlugs(append(accounts, export.Named{ID: 11, Name: "Cafè Noir"}, export.Named{ID: 12, Name: "cafe noir 3"}), "account")
		for id, w := range want {
			if more[id] != w {
				t.Errorf("account %d became %q, was %q", id, more[id], w)
			}
		}
		if more[11] != "cafe-noir-11" || more[12] != "cafe-noir-3-12" {
			t.Errorf("new accounts: %q, %q", more[11], more[12])
		}
	})
}

// TestExportNamesEveryAccount: an agency with names in many scripts, some
// differing only by accents or case. Every account gets its own files, the
// count reported is the count on disk, and next week's export writes the
// same names.
func TestExportNamesEveryAccount(t *testing.T) {
	ctx := context.Background()
	db := demoDB(t)
	for _, n := range []string{"東京ガス", "トヨタ自動車", "Сбербанк", "Café Noir", "Cafe Noir", "Cafè Noir", "Straße", "Łódź", "Αθήνα Τράπεζα", "شركة الاتصالات", "🚀🚀"} {
		if _, err := db.CreateAccount(ctx, backend.Account{Name: n, Tier: "standard", Status: "active"}); err != nil {
			t.Fatalf("create %s: %v", n, err)
		}
	}
	rows, err := db.ListAccounts(ctx, backend.AccountFilter{}, now)
	if err != nil {
		t.Fatal(err)
	}
	export1 := func() []string {
		dir := t.TempDir()
		dest, _ := export.NewDestination(dir, "", "", nil)
		run, err := export.Run(ctx, db, dest, export.Request{Formats: []string{"md", "json"}}, export.RunOptions{Now: now})
		if err != nil {
			t.Fatal(err)
		}
		entries, _ := os.ReadDir(dir)
		var onDisk []string
		for _, e := range entries {
			onDisk = append(onDisk, e.Name())
		}
		if len(run.Files) != len(onDisk) || len(onDisk) != 2*len(rows) {
			t.Fatalf("the run reports %d files, the folder holds %d, the workspace has %d accounts (2 formats)", len(run.Files), len(onDisk), len(rows))
		}
		return onDisk
	}
	first, second := export1(), export1()
	sort.Strings(first)
	sort.Strings(second)
	if strings.Join(first, "\n") != strings.Join(second, "\n") {
		t.Errorf("names changed between two exports:\n%v\n%v", first, second)
	}
	for _, want := range []string{"東京ガス-plan-no-plan.md", "トヨタ自動車-plan-no-plan.json", "sberbank-plan-no-plan.md", "strasse-plan-no-plan.md", "lodz-plan-no-plan.md", "athina-trapeza-plan-no-plan.md", "cafe-noir-plan-no-plan.md", "account-23-plan-no-plan.md"} {
		if !contains(first, want) {
			t.Errorf("no %s among %v", want, first)
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestPortfolioWithPlans: the portfolio and the plans in one run, as the
// Exports screen offers them together.
func TestPortfolioWithPlans(t *testing.T) {
	ctx := context.Background()
	db := demoDB(t)
	dest, _ := export.NewDestination(t.TempDir(), "", "", nil)
	run, err := export.Run(ctx, db, dest, export.Request{Portfolio: true, WithPlans: true, AccountIDs: []int64{1, 2}, Formats: []string{"md"}}, export.RunOptions{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range run.Files {
		names = append(names, f.Name)
	}
	if len(names) != 3 || !strings.HasPrefix(names[0], "portfolio-") || !strings.HasSuffix(names[1], "-plan-fy2027.md") || !strings.HasPrefix(run.What, "portfolio and ") {
		t.Fatalf("files %v, what %q", names, run.What)
	}
	only, err := export.Render(ctx, db, export.Request{Portfolio: true, Formats: []string{"md"}}, now)
	if err != nil || len(only) != 1 {
		t.Fatalf("--portfolio alone writes the portfolio only: %d files, %v", len(only), err)
	}
}

// TestTempNames: a temporary upload's name leads back to its file, and
// nothing else passes for one.
func TestTempNames(t *testing.T) {
	for _, name := range []string{"a.pdf", "東京ガス-plan-fy2027.json", "portfolio-x-1234abcd-2026-12-01.md", "noext"} {
		tmp := export.TempName(name, "3f9a2c1d0e4b")
		if got := export.FinalName(tmp); got != name || !export.IsTempName(tmp) {
			t.Errorf("FinalName(%q) = %q, want %q", tmp, got, name)
		}
	}
	for _, other := range []string{"a.pdf", ".~a.pdf", "a.pdf.partial", ".~.partial", ".~nodot.partial", ".DAV"} {
		if export.IsTempName(other) || export.FinalName(other) != "" {
			t.Errorf("%q taken for a temporary upload", other)
		}
	}
}
