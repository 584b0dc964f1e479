package backend_test

import (
	"testing"
	"time"

	"accountdesk/backend"
)

func TestDirectorNameFrom(t *testing.T) {
	for _, c := range []struct{ settings, full, login, want string }{
		{"Morgan Ellis", "Jane Doe", "jdoe", "Morgan Ellis"},
		{"", "Jane Doe,Room 4,,", "jdoe", "Jane Doe"},
		{"", "  Zoë   Łukasiewicz ", "zl", "Zoë Łukasiewicz"},
		{"", "", "jdoe", "jdoe"},
		{"", ",,,", "", backend.FallbackDirectorName},
		{"   ", "山田 太郎", "yamada", "山田 太郎"},
	} {
		if got := backend.DirectorNameFrom(c.settings, c.full, c.login); got != c.want {
			t.Errorf("DirectorNameFrom(%q, %q, %q) = %q, want %q", c.settings, c.full, c.login, got, c.want)
		}
	}
}

func TestDirectorAmong(t *testing.T) {
	people := []backend.Person{
		{ID: 3, Name: "Morgan  Ellis", Status: backend.PersonLeft},
		{ID: 5, Name: "morgan ellis", Status: backend.PersonActive},
		{ID: 7, Name: "Morgan Ellis", Status: backend.PersonActive},
		{ID: 9, Name: "STRASSE Zoë", Status: backend.PersonActive},
	}
	for _, c := range []struct {
		name string
		want int64
	}{
		{"Morgan Ellis", 5}, // still on the team beats left; then the earliest added
		{" MORGAN ELLIS ", 5},
		{"Straße Zoë", 9}, // case folding, not just lower-casing
		{"Morgan", 0},
		{"", 0},
	} {
		if got := backend.DirectorAmong(people, c.name); got != c.want {
			t.Errorf("DirectorAmong(%q) = %d, want %d", c.name, got, c.want)
		}
	}
	if got := backend.DirectorAmong(people[:1], "Morgan Ellis"); got != 3 {
		t.Errorf("only a former team member of that name: got %d, want 3", got)
	}
}

func TestNewDirector(t *testing.T) {
	today := time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)
	p := backend.NewDirector("Jane Doe", backend.DefaultRoles(), today)
	if p.Role != "Account Director" || p.StartDate != "2026-12-07" || p.Status != backend.PersonActive || p.CapacityHoursPerWeek != 40 {
		t.Errorf("NewDirector = %+v", p)
	}
	if err := p.Validate(); err != nil {
		t.Errorf("NewDirector is not a valid person: %v", err)
	}
	if p := backend.NewDirector("Jane Doe", []string{"Partner", "Producer"}, today); p.Role != "Partner" {
		t.Errorf("without an Account Director role the first (most senior) is taken; got %q", p.Role)
	}
}
