package importer_test

import (
	"fmt"
	"testing"

	"accountdesk/backend/importer"
)

func TestAccountsMatch(t *testing.T) {
	a := importer.NewAccounts()
	a.Add(1, "Acme Inc")
	a.Add(2, "Nordic Roast Company")
	a.Add(3, "Bright Side Media")
	a.Link("SF-9", 3)
	scenarios := []struct {
		name, ext, row string
		want           importer.AccountMatch
	}{
		{"OK by the source's id, whatever the name", "SF-9", "Renamed in the CRM", importer.AccountMatch{ID: 3, ByExternalID: true}},
		{"OK by normalised name", "", "ACME, Inc.", importer.AccountMatch{ID: 1}},
		{"OK an unknown id falls back to the name", "SF-1", "Nordic Roast", importer.AccountMatch{ID: 2}},
		{"OK near: a typo", "", "Nordik Roast", importer.AccountMatch{Near: "Nordic Roast Company"}},
		{"OK near: one name within the other", "", "Bright Side", importer.AccountMatch{Near: "Bright Side Media"}},
		{"OK near: a letter missing", "", "Bright Sde Media", importer.AccountMatch{Near: "Bright Side Media"}},
		{"OK nothing like it", "", "Globex", importer.AccountMatch{}},
	}
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			if got := a.Match(sc.ext, sc.row); got != sc.want {
				t.Fatalf("Match(%q, %q) = %+v, want %+v", sc.ext, sc.row, got, sc.want)
			}
		})
	}
}

// BenchmarkAccountsMatch: 5,000 new names against 5,000 accounts.
func BenchmarkAccountsMatch(b *testing.B) {
	a := importer.NewAccounts()
	for i := range 5000 {
		a.Add(int64(i+1), fmt.Sprintf("Client %d Holdings Ltd", i))
	}
	for range b.N {
		for i := range 5000 {
			a.Match("", fmt.Sprintf("Prospect %d Partners", i))
		}
	}
}
