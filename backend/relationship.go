package backend

import (
	"context"
	"fmt"
	"sort"
	"strings"
)

// Influence strengths.
const (
	StrengthLow    = "low"
	StrengthMedium = "medium"
	StrengthHigh   = "high"
)

// HighInfluence is the influence (of 5) from which a stakeholder counts as
// highly influential.
const HighInfluence = 4

// Influence is one stakeholder's sway over another of the same account.
type Influence struct {
	StakeholderID int64  `json:"stakeholderId"` // the person influenced
	Strength      string `json:"strength"`      // low, medium, high
}

// Relations is how one stakeholder stands to the others and to the agency.
// Zero ids mean "none".
type Relations struct {
	StakeholderID int64       `json:"stakeholderId"`
	ReportsToID   int64       `json:"reportsToId"`
	OwnerID       int64       `json:"ownerId"` // the team member who covers this person
	Left          bool        `json:"left"`    // has left the client
	ReplacedByID  int64       `json:"replacedById"`
	Influences    []Influence `json:"influences"` // whom this person influences
}

// AccountPeople is what a relations check needs to know of the account: who
// its stakeholders are (id → name) and whom each reports to now.
type AccountPeople struct {
	Names     map[int64]string
	ReportsTo map[int64]int64
}

// Normalize makes the empty value canonical: influences sorted by person,
// never nil.
func (r *Relations) Normalize() {
	if r.Influences == nil {
		r.Influences = []Influence{}
	}
	sort.SliceStable(r.Influences, func(i, j int) bool { return r.Influences[i].StakeholderID < r.Influences[j].StakeholderID })
}

// Validate checks r against the account's people and returns an invalid
// error naming the first wrong field: links stay within the account, nobody
// is linked to themselves, reports-to makes no loop, and a replacement is
// only named for someone who left.
func (r *Relations) Validate(acc AccountPeople) error {
	r.Normalize()
	if _, ok := acc.Names[r.StakeholderID]; !ok {
		return Errorf(ENOTFOUND, "That stakeholder no longer exists.")
	}
	if err := acc.CheckReportsTo(r.StakeholderID, r.ReportsToID); err != nil {
		return err
	}
	if r.ReplacedByID != 0 && !r.Left {
		return Invalid("replacedById", "Mark them as left before choosing who replaced them.")
	}
	if err := acc.checkLink("replacedById", r.StakeholderID, r.ReplacedByID, "replace themselves"); err != nil {
		return err
	}
	seen := map[int64]bool{}
	for _, in := range r.Influences {
		if in.StakeholderID == 0 {
			return Invalid("influences", "Choose whom they influence.")
		}
		if err := acc.checkLink("influences", r.StakeholderID, in.StakeholderID, "influence themselves"); err != nil {
			return err
		}
		if seen[in.StakeholderID] {
			return Invalid("influences", "%s is listed twice; keep one line per person.", acc.Names[in.StakeholderID])
		}
		seen[in.StakeholderID] = true
		if !oneOf(in.Strength, StrengthLow, StrengthMedium, StrengthHigh) {
			return Invalid("influences", "Choose low, medium or high for how strongly they influence someone.")
		}
	}
	return nil
}

// CheckReportsTo returns an invalid error when self may not report to boss
// (0: nobody): boss is self, not of the account, or already below self.
func (acc AccountPeople) CheckReportsTo(self, boss int64) error {
	if err := acc.checkLink("reportsToId", self, boss, "report to themselves"); err != nil {
		return err
	}
	return acc.checkLoop(self, boss)
}

func (acc AccountPeople) checkLink(field string, self, other int64, selfWords string) error {
	switch {
	case other == 0:
		return nil
	case other == self:
		return Invalid(field, "Someone cannot %s.", selfWords)
	}
	if _, ok := acc.Names[other]; !ok {
		return Invalid(field, "Choose someone at this client; that person is not one of its stakeholders.")
	}
	return nil
}

// checkLoop refuses a reports-to that would lead back to self.
func (acc AccountPeople) checkLoop(self, boss int64) error {
	seen := map[int64]bool{self: true}
	for at := boss; at != 0; at = acc.ReportsTo[at] {
		if seen[at] {
			if at == self {
				return Invalid("reportsToId", "%s already reports to %s, directly or through others; choose someone else so the chart has no loop.",
					acc.Names[boss], acc.Names[self])
			}
			return nil // an old loop above, not through self: not this save's doing
		}
		seen[at] = true
	}
	return nil
}

// Relationship warning kinds.
const (
	WarnNoOwner       = "no_owner"
	WarnNotReplaced   = "not_replaced"
	WarnBlockerNoPlan = "blocker_no_action"
)

// RelationshipWarning is something about an account's people that a
// director should act on.
type RelationshipWarning struct {
	Kind          string `json:"kind"`
	StakeholderID int64  `json:"stakeholderId"`
	Message       string `json:"message"`
}

// RelationshipWarnings lists, in the order of people: decision makers
// nobody at the agency covers; champions who left with nobody named in
// their place; highly influential blockers whom no open action of the plan
// names (an action is "against" a blocker when its title names them — the
// plan's actions have no other link to a person).
func RelationshipWarnings(people []Stakeholder, rels map[int64]Relations, actions []Action) []RelationshipWarning {
	out := []RelationshipWarning{}
	for _, p := range people {
		r := rels[p.ID]
		switch {
		case p.Role == RoleDecisionMaker && !r.Left && r.OwnerID == 0:
			out = append(out, RelationshipWarning{WarnNoOwner, p.ID,
				fmt.Sprintf("Nobody at the agency covers %s, a decision maker. Choose an owner.", p.Name)})
		case p.Role == RoleChampion && r.Left && r.ReplacedByID == 0:
			out = append(out, RelationshipWarning{WarnNotReplaced, p.ID,
				fmt.Sprintf("%s, a champion, has left and nobody has taken their place. Find a new champion.", p.Name)})
		case p.Role == RoleBlocker && !r.Left && p.Influence >= HighInfluence && !actionNames(actions, p.Name):
			out = append(out, RelationshipWarning{WarnBlockerNoPlan, p.ID,
				fmt.Sprintf("%s is a blocker with high influence, and no open action in the plan deals with them. Add one that names them.", p.Name)})
		}
	}
	return out
}

// actionNames reports whether an open or in-progress action's title names
// the person (case, spacing and accents of the title aside).
func actionNames(actions []Action, name string) bool {
	want := foldSpaces(name)
	if want == "" {
		return false
	}
	for _, a := range actions {
		if (a.Status == "open" || a.Status == "in_progress") && strings.Contains(foldSpaces(a.Title), want) {
			return true
		}
	}
	return false
}

func foldSpaces(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// RelationshipMap is an account's people with their relations and what to
// act on: the map, its table and its warnings are drawn from it.
type RelationshipMap struct {
	AccountID int64                 `json:"accountId"`
	People    []Stakeholder         `json:"people"`
	Relations []Relations           `json:"relations"` // one per person, in the order of People
	Warnings  []RelationshipWarning `json:"warnings"`
}

// RelationshipService keeps how an account's people relate.
type RelationshipService interface {
	// RelationshipMap returns an account's people, relations and warnings.
	// Returns ENOTFOUND.
	RelationshipMap(ctx context.Context, accountID int64) (RelationshipMap, error)
	// SaveRelations replaces one stakeholder's relations in one
	// transaction. Returns EINVALID, ENOTFOUND.
	SaveRelations(ctx context.Context, r Relations) (Relations, error)
	// SaveStakeholderWithRelations saves a stakeholder (ID 0 creates one)
	// and its relations together, in one transaction: the stakeholder
	// editor's save. Returns EINVALID, ENOTFOUND.
	SaveStakeholderWithRelations(ctx context.Context, s Stakeholder, r Relations) (StakeholderEntry, error)
}

// StakeholderEntry is one stakeholder with its relations, as saved.
type StakeholderEntry struct {
	Stakeholder Stakeholder `json:"stakeholder"`
	Relations   Relations   `json:"relations"`
}
