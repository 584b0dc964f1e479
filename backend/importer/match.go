package importer

import "strings"

// Accounts finds the account a row is about, as the user would: by the
// source's id of it, else by its name as normalised by NormalName. A name
// that is only close to an account's is a near match, never a match.
type Accounts struct {
	byLink map[string]int64
	byName map[string]int64
	names  []named
	cache  map[string]AccountMatch
	// near is where near matches are looked for: by each word of three
	// letters or more, and by the first three letters, so a file of
	// thousands of new names against thousands of accounts stays fast.
	near map[string][]int
}

type named struct {
	id         int64
	name, norm string
}

// AccountMatch is what Match found: ID (0 for none), whether by the
// source's id, and Near, the name of an account the row's name is close
// to when nothing matched.
type AccountMatch struct {
	ID           int64
	ByExternalID bool
	Near         string
}

// NewAccounts returns an empty index.
func NewAccounts() *Accounts {
	return &Accounts{byLink: map[string]int64{}, byName: map[string]int64{}, cache: map[string]AccountMatch{}, near: map[string][]int{}}
}

// Add indexes an account by name (the first of equal names wins).
func (a *Accounts) Add(id int64, name string) {
	norm := NormalName(name)
	if _, taken := a.byName[norm]; !taken {
		a.byName[norm] = id
	}
	for _, k := range nearKeys(norm) {
		a.near[k] = append(a.near[k], len(a.names))
	}
	a.names = append(a.names, named{id, name, norm})
	clear(a.cache)
}

// nearKeys are the buckets a normalised name is filed under for near matching.
func nearKeys(norm string) []string {
	var keys []string
	for _, w := range strings.Fields(norm) {
		if len([]rune(w)) >= 3 {
			keys = append(keys, "w:"+w)
		}
	}
	if compact := []rune(strings.ReplaceAll(norm, " ", "")); len(compact) >= 3 {
		keys = append(keys, "p:"+string(compact[:3]))
	}
	return keys
}

// Link indexes an account by the source's id of it.
func (a *Accounts) Link(externalID string, id int64) { a.byLink[externalID] = id }

// Linked returns the account the source's id stands for.
func (a *Accounts) Linked(externalID string) (int64, bool) {
	id, ok := a.byLink[externalID]
	return id, ok && externalID != ""
}

// Match finds the account for a row's external id and name.
func (a *Accounts) Match(externalID, name string) AccountMatch {
	if id, ok := a.Linked(externalID); ok {
		return AccountMatch{ID: id, ByExternalID: true}
	}
	if m, ok := a.cache[name]; ok {
		return m
	}
	norm := NormalName(name)
	var m AccountMatch
	if id, ok := a.byName[norm]; ok && norm != "" {
		m.ID = id
	} else {
		best := -1
		for _, k := range nearKeys(norm) {
			for _, i := range a.near[k] {
				if (best < 0 || i < best) && NearName(norm, a.names[i].norm) {
					best = i
				}
			}
		}
		if best >= 0 {
			m.Near = a.names[best].name
		}
	}
	a.cache[name] = m
	return m
}

// NearReason is the skip reason for a near match.
func NearReason(near string) string { return "looks like “" + near + "” — map it by hand" }

// People finds the team member an hours entry was logged by: by email
// first (case does not matter), else by name with accents, case and spacing
// folded ("Lee Park" = "lee  park", "José" = "Jose"). A name two people on
// the roster share is not guessed.
type People struct {
	byEmail map[string]int64
	byName  map[string]int64 // 0: two people of that name
}

// NewPeople indexes the roster.
func NewPeople() *People { return &People{byEmail: map[string]int64{}, byName: map[string]int64{}} }

// Add indexes one person.
func (p *People) Add(id int64, name, email string) {
	if e := strings.ToLower(strings.TrimSpace(email)); e != "" {
		p.byEmail[e] = id
	}
	n := NormalPerson(name)
	if n == "" {
		return
	}
	if other, ok := p.byName[n]; ok && other != id {
		p.byName[n] = 0
		return
	}
	p.byName[n] = id
}

// Find returns the person's id, or 0 when nobody on the roster matches.
func (p *People) Find(ref PersonRef) int64 {
	if id, ok := p.byEmail[strings.ToLower(ref.Email)]; ok && ref.Email != "" {
		return id
	}
	return p.byName[NormalPerson(ref.Name)]
}
