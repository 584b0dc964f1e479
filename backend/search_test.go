package backend_test

import (
	"strings"
	"testing"

	"accountdesk/backend"
)

func TestFTSQuery(t *testing.T) {
	scenarios := []struct{ in, want string }{
		{"north", `"north"*`},
		{"  Northwind   retail ", `"Northwind" "retail"*`},
		{`CMO" OR 1=1 --`, `"CMO" "OR" "1" "1"*`},
		{"NEAR(a b)", `"NEAR" "a" "b"*`},
		{"Müller", `"Müller"*`},
		{"", ""},
		{"!!! ---", ""},
	}
	for _, sc := range scenarios {
		t.Run("OK "+sc.in, func(t *testing.T) {
			if got := backend.FTSQuery(sc.in); got != sc.want {
				t.Fatalf("FTSQuery(%q) = %s, want %s", sc.in, got, sc.want)
			}
		})
	}
}

func FuzzFTSQuery(f *testing.F) {
	for _, s := range []string{"north", `a"b`, "NEAR(x)", "*", "日本語 テキスト", "\x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q := backend.FTSQuery(s)
		// Every quote in the query is one we added: two per word.
		if strings.Count(q, `"`)%2 != 0 {
			t.Fatalf("unbalanced quotes in %q from %q", q, s)
		}
		inner := strings.ReplaceAll(strings.ReplaceAll(q, `"`, ""), "*", "")
		if strings.ContainsAny(inner, "():^+-") {
			t.Fatalf("operator characters leaked into %q from %q", q, s)
		}
	})
}
