package backend_test

import (
	"testing"

	"accountdesk/backend"
)

// An account of five: Ana (CEO) ← Ben ← Cleo; Dev and Eli report to nobody.
func fivePeople() backend.AccountPeople {
	return backend.AccountPeople{
		Names:     map[int64]string{1: "Ana", 2: "Ben", 3: "Cleo", 4: "Dev", 5: "Eli"},
		ReportsTo: map[int64]int64{2: 1, 3: 2},
	}
}

func TestRelationsValidate(t *testing.T) {
	scenarios := []struct {
		name  string
		r     backend.Relations
		field string // "" for valid
		code  string
	}{
		{"OK nothing", backend.Relations{StakeholderID: 4}, "", ""},
		{"OK reports to someone of the account", backend.Relations{StakeholderID: 4, ReportsToID: 1}, "", ""},
		{"OK moving up the chain is no loop", backend.Relations{StakeholderID: 3, ReportsToID: 1}, "", ""},
		{"OK left and replaced", backend.Relations{StakeholderID: 2, Left: true, ReplacedByID: 5}, "", ""},
		{"OK influences with strengths", backend.Relations{StakeholderID: 1, Influences: []backend.Influence{
			{StakeholderID: 4, Strength: backend.StrengthHigh}, {StakeholderID: 5, Strength: backend.StrengthLow}}}, "", ""},
		{"ErrReportsToThemselves", backend.Relations{StakeholderID: 4, ReportsToID: 4}, "reportsToId", backend.EINVALID},
		{"ErrReportsToOtherAccount", backend.Relations{StakeholderID: 4, ReportsToID: 99}, "reportsToId", backend.EINVALID},
		{"ErrLoopDirect", backend.Relations{StakeholderID: 1, ReportsToID: 2}, "reportsToId", backend.EINVALID},
		{"ErrLoopThroughOthers", backend.Relations{StakeholderID: 1, ReportsToID: 3}, "reportsToId", backend.EINVALID},
		{"ErrReplacedWithoutLeaving", backend.Relations{StakeholderID: 2, ReplacedByID: 5}, "replacedById", backend.EINVALID},
		{"ErrReplacedByThemselves", backend.Relations{StakeholderID: 2, Left: true, ReplacedByID: 2}, "replacedById", backend.EINVALID},
		{"ErrReplacedByOtherAccount", backend.Relations{StakeholderID: 2, Left: true, ReplacedByID: 77}, "replacedById", backend.EINVALID},
		{"ErrInfluencesThemselves", backend.Relations{StakeholderID: 1, Influences: []backend.Influence{
			{StakeholderID: 1, Strength: backend.StrengthHigh}}}, "influences", backend.EINVALID},
		{"ErrInfluencesOtherAccount", backend.Relations{StakeholderID: 1, Influences: []backend.Influence{
			{StakeholderID: 42, Strength: backend.StrengthHigh}}}, "influences", backend.EINVALID},
		{"ErrInfluenceTwice", backend.Relations{StakeholderID: 1, Influences: []backend.Influence{
			{StakeholderID: 4, Strength: backend.StrengthHigh}, {StakeholderID: 4, Strength: backend.StrengthLow}}}, "influences", backend.EINVALID},
		{"ErrInfluenceStrength", backend.Relations{StakeholderID: 1, Influences: []backend.Influence{
			{StakeholderID: 4, Strength: "huge"}}}, "influences", backend.EINVALID},
		{"ErrInfluenceNobody", backend.Relations{StakeholderID: 1, Influences: []backend.Influence{
			{Strength: backend.StrengthLow}}}, "influences", backend.EINVALID},
		{"ErrStakeholderGone", backend.Relations{StakeholderID: 500}, "", backend.ENOTFOUND},
	}
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			r := sc.r
			err := r.Validate(fivePeople())
			if sc.code == "" {
				if err != nil {
					t.Fatalf("Validate: %v", err)
				}
				if r.Influences == nil {
					t.Fatal("influences are nil after Validate; want an empty list")
				}
				return
			}
			if backend.ErrorCode(err) != sc.code || backend.ErrorField(err) != sc.field {
				t.Fatalf("err = %v (code %q, field %q), want %s on %q", err, backend.ErrorCode(err), backend.ErrorField(err), sc.code, sc.field)
			}
			if backend.ErrorMessage(err) == "" {
				t.Fatal("no message for the user")
			}
		})
	}

	t.Run("OK an old loop above does not block an unrelated save", func(t *testing.T) {
		acc := fivePeople()
		acc.ReportsTo[4], acc.ReportsTo[5] = 5, 4 // Dev ↔ Eli, written before the rule
		r := backend.Relations{StakeholderID: 3, ReportsToID: 4}
		if err := r.Validate(acc); err != nil {
			t.Fatalf("Validate: %v", err)
		}
	})
}

func TestRelationshipWarnings(t *testing.T) {
	person := func(id int64, role string, influence int) backend.Stakeholder {
		return backend.Stakeholder{ID: id, Name: map[int64]string{1: "Dana Reed", 2: "Chris Lowe", 3: "Bo Strand"}[id], Role: role, Influence: influence}
	}
	open := func(title string) backend.Action { return backend.Action{Title: title, Status: "open"} }
	scenarios := []struct {
		name    string
		person  backend.Stakeholder
		rel     backend.Relations
		actions []backend.Action
		want    string // warning kind, "" for none
	}{
		{"decision maker without owner", person(1, backend.RoleDecisionMaker, 5), backend.Relations{}, nil, backend.WarnNoOwner},
		{"decision maker with owner", person(1, backend.RoleDecisionMaker, 5), backend.Relations{OwnerID: 7}, nil, ""},
		{"decision maker who left needs no owner", person(1, backend.RoleDecisionMaker, 5), backend.Relations{Left: true}, nil, ""},
		{"champion left, nobody in their place", person(2, backend.RoleChampion, 3), backend.Relations{Left: true}, nil, backend.WarnNotReplaced},
		{"champion left and replaced", person(2, backend.RoleChampion, 3), backend.Relations{Left: true, ReplacedByID: 1}, nil, ""},
		{"champion still there", person(2, backend.RoleChampion, 3), backend.Relations{}, nil, ""},
		{"high blocker, no plan actions", person(3, backend.RoleBlocker, 4), backend.Relations{}, nil, backend.WarnBlockerNoPlan},
		{"high blocker, actions about others", person(3, backend.RoleBlocker, 5), backend.Relations{}, []backend.Action{open("Lunch with Dana Reed")}, backend.WarnBlockerNoPlan},
		{"high blocker, only a done action names them", person(3, backend.RoleBlocker, 5), backend.Relations{},
			[]backend.Action{{Title: "Win over Bo Strand", Status: "done"}}, backend.WarnBlockerNoPlan},
		{"high blocker, an open action names them", person(3, backend.RoleBlocker, 4), backend.Relations{}, []backend.Action{open("Win over  BO STRAND before the pitch")}, ""},
		{"high blocker, an action in progress names them", person(3, backend.RoleBlocker, 4), backend.Relations{},
			[]backend.Action{{Title: "Bo Strand: workshop", Status: "in_progress"}}, ""},
		{"low blocker", person(3, backend.RoleBlocker, 3), backend.Relations{}, nil, ""},
		{"high blocker who left", person(3, backend.RoleBlocker, 5), backend.Relations{Left: true}, nil, ""},
		{"influencer without owner", person(2, backend.RoleInfluencer, 5), backend.Relations{}, nil, ""},
	}
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			got := backend.RelationshipWarnings([]backend.Stakeholder{sc.person}, map[int64]backend.Relations{sc.person.ID: sc.rel}, sc.actions)
			if sc.want == "" {
				if len(got) != 0 {
					t.Fatalf("warnings = %+v, want none", got)
				}
				return
			}
			if len(got) != 1 || got[0].Kind != sc.want || got[0].StakeholderID != sc.person.ID {
				t.Fatalf("warnings = %+v, want one %s for %d", got, sc.want, sc.person.ID)
			}
			if got[0].Message == "" {
				t.Fatal("warning without a message")
			}
		})
	}
	t.Run("OK none is an empty list, not nil", func(t *testing.T) {
		if got := backend.RelationshipWarnings(nil, nil, nil); got == nil || len(got) != 0 {
			t.Fatalf("warnings = %#v", got)
		}
	})
}
