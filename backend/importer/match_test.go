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

// Who logged an entry: the email first, else the name folded; a name two
// people share is not guessed.
func TestPeopleFind(t *testing.T) {
	p := importer.NewPeople()
	p.Add(1, "Lee Park", "Lee@Agency.example")
	p.Add(2, "José Núñez", "")
	p.Add(3, "Sam Lee", "")
	p.Add(4, "Sam  Lee", "sam.other@agency.example")
	for _, c := range []struct {
		name string
		ref  importer.PersonRef
		want int64
	}{
		{"email, any case", importer.PersonRef{Name: "L. Park", Email: "lee@agency.EXAMPLE"}, 1},
		{"name, spacing and case", importer.PersonRef{Name: "lee   PARK"}, 1},
		{"name without accents", importer.PersonRef{Name: "Jose Nunez"}, 2},
		{"a shared name is not guessed", importer.PersonRef{Name: "Sam Lee"}, 0},
		{"a shared name with an email is found", importer.PersonRef{Name: "Sam Lee", Email: "sam.other@agency.example"}, 4},
		{"unknown email falls back to the name", importer.PersonRef{Name: "Lee Park", Email: "old@elsewhere.example"}, 1},
		{"nobody", importer.PersonRef{Name: "Ada Director"}, 0},
		{"empty", importer.PersonRef{}, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := p.Find(c.ref); got != c.want {
				t.Fatalf("Find(%+v) = %d, want %d", c.ref, got, c.want)
			}
		})
	}
}
