package backend

import (
	"slices"
	"strings"
	"time"

	"golang.org/x/text/cases"
)

// The director is the person using AccountDesk: one record on their own team
// (so people can report to them and they can be allocated) whose name is also
// Settings' "Your name". These rules decide who that is on a workspace's first
// run; the store keeps the link.

// FallbackDirectorName is the name a workspace's director gets when neither
// the settings nor the operating system give one.
const FallbackDirectorName = "Me"

// DirectorNameFrom picks the director's name on first run: the name already in
// the settings, else the operating system's full name for the user, else
// their login name, else FallbackDirectorName. A full name from the password
// database may carry extra comma-separated fields ("Jane Doe,Room 4,,"); only
// the first is the name.
func DirectorNameFrom(settingsName, fullName, login string) string {
	for _, n := range []string{settingsName, strings.Split(fullName, ",")[0], login} {
		if n = strings.Join(strings.Fields(n), " "); n != "" {
			return truncateRunes(n, 120)
		}
	}
	return FallbackDirectorName
}

// DirectorAmong returns the id of the person on the roster who is the
// director named name, or 0: the same name, ignoring case and spacing,
// preferring someone still on the team (not left) and then the earliest added.
// A director who typed themselves in before AccountDesk knew them is found
// this way instead of being added twice.
func DirectorAmong(people []Person, name string) int64 {
	fold := cases.Fold()
	want := fold.String(strings.Join(strings.Fields(name), " "))
	if want == "" {
		return 0
	}
	var best *Person
	for i := range people {
		p := &people[i]
		if fold.String(strings.Join(strings.Fields(p.Name), " ")) != want {
			continue
		}
		switch {
		case best == nil,
			best.Status == PersonLeft && p.Status != PersonLeft,
			(best.Status == PersonLeft) == (p.Status == PersonLeft) && p.ID < best.ID:
			best = p
		}
	}
	if best == nil {
		return 0
	}
	return best.ID
}

// NewDirector is the person record made for a director not yet on the roster:
// an Account Director (or the most senior role the workspace has) from today,
// full time.
func NewDirector(name string, roles []string, today time.Time) Person {
	role := "Account Director"
	if !slices.Contains(roles, role) && len(roles) > 0 {
		role = roles[0]
	}
	p := Person{Name: name, Role: role, StartDate: today.Format(time.DateOnly), Status: PersonActive, CapacityHoursPerWeek: 40}
	p.Normalize()
	return p
}

func truncateRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n]))
}
