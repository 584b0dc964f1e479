package demo

import (
	"context"
	"fmt"
	"math/rand/v2"

	"accountdesk/backend"
)

// Which of every twelve accounts shows which relationship story. The rest
// are well covered: no warnings.
const (
	storyReplaced     = 2  // the champion left and a new Head of Brand took over: covered
	storyNoOwner      = 4  // nobody at the agency covers the CMO, the decision maker
	storyChampionLeft = 7  // the champion left and nobody has taken their place
	storyBlocker      = 10 // procurement gained sway, and the plan has no action on them
)

// relationships writes who reports to whom at each client, who influences
// whom, and which member of the account team covers each person. Most
// accounts are well covered; a few show the warning a director would act on.
// Its names come from a generator of their own, so the data written before
// it is as it was.
func (g *gen) relationships(ctx context.Context, s Store, accounts []backend.Account) error {
	for i, a := range accounts {
		if err := g.accountRelations(ctx, s, a, i%DefaultAccounts); err != nil {
			return fmt.Errorf("demo relationships of %s: %w", a.Name, err)
		}
	}
	return nil
}

func (g *gen) accountRelations(ctx context.Context, s Store, a backend.Account, story int) error {
	people, err := s.Stakeholders(ctx, a.ID)
	if err != nil {
		return err
	}
	byTitle := map[string]backend.Stakeholder{}
	for _, p := range people {
		byTitle[p.Title] = p
	}
	cmo, brand, procurement := byTitle["Chief Marketing Officer"], byTitle["Head of Brand"], byTitle["Procurement Lead"]
	digital, finance := byTitle["Digital Marketing Manager"], byTitle["Finance Director"]

	// The account team, lead first: whoever covers the people at the client.
	allocs, err := s.Allocations(ctx, 0, a.ID)
	if err != nil {
		return err
	}
	var lead, second int64
	for _, al := range allocs {
		switch {
		case al.Role == backend.AccountLead && lead == 0:
			lead = al.PersonID
		case second == 0:
			second = al.PersonID
		}
	}
	if second == 0 {
		second = lead
	}

	rels := map[int64]*backend.Relations{}
	rel := func(p backend.Stakeholder) *backend.Relations {
		if rels[p.ID] == nil {
			rels[p.ID] = &backend.Relations{StakeholderID: p.ID}
		}
		return rels[p.ID]
	}
	influence := func(from, to backend.Stakeholder, strength string) {
		if from.ID != 0 && to.ID != 0 {
			rel(from).Influences = append(rel(from).Influences, backend.Influence{StakeholderID: to.ID, Strength: strength})
		}
	}

	rel(cmo).OwnerID = lead
	if story == storyNoOwner {
		rel(cmo).OwnerID = 0
	}
	champion := brand
	if story == storyReplaced || story == storyChampionLeft {
		rel(brand).Left = true
	}
	if story == storyReplaced {
		r := rand.New(rand.NewPCG(2028, uint64(a.ID)))
		first, last := firstNames[r.IntN(len(firstNames))], lastNames[r.IntN(len(lastNames))]
		successor, err := s.SaveStakeholder(ctx, backend.Stakeholder{AccountID: a.ID, Name: first + " " + last,
			Title: "Head of Brand", Role: backend.RoleChampion, Influence: 4, Sentiment: backend.SentimentSupporter,
			RelationshipNow: backend.RelPreferred, RelationshipTarget: backend.RelAdvisor, LastContact: g.day(-5)})
		if err != nil {
			return err
		}
		rel(brand).ReplacedByID = successor.ID
		champion = successor
	}
	rel(brand).ReportsToID = cmo.ID
	if champion.ID != brand.ID {
		rel(champion).ReportsToID = cmo.ID
	}
	rel(champion).OwnerID = second
	influence(champion, cmo, backend.StrengthHigh)

	if finance.ID != 0 {
		rel(finance).OwnerID = lead
		influence(finance, cmo, backend.StrengthMedium)
		rel(procurement).ReportsToID = finance.ID
		influence(procurement, finance, backend.StrengthHigh)
	} else {
		rel(procurement).ReportsToID = cmo.ID
		influence(procurement, cmo, backend.StrengthLow)
	}
	rel(procurement).OwnerID = lead
	if digital.ID != 0 {
		rel(digital).ReportsToID = champion.ID
		rel(digital).OwnerID = second
		influence(digital, champion, backend.StrengthLow)
	}
	if story == storyBlocker {
		procurement.Influence = backend.HighInfluence
		if _, err := s.SaveStakeholder(ctx, procurement); err != nil {
			return err
		}
	}

	// In the order of the people, so the same options write the same rows.
	for _, p := range append(people, champion) {
		if r := rels[p.ID]; r != nil {
			if _, err := s.SaveRelations(ctx, *r); err != nil {
				return err
			}
			delete(rels, p.ID)
		}
	}
	return nil
}
