package export

import (
	"context"

	"accountdesk/backend"
)

// relationshipMapOf reads an account's people and their relations for the
// plan PDF's map, with the names of the team members who cover them.
func relationshipMapOf(ctx context.Context, src Source, accountID int64) ([]MapPerson, error) {
	m, err := src.RelationshipMap(ctx, accountID)
	if err != nil {
		return nil, err
	}
	team, err := src.People(ctx)
	if err != nil {
		return nil, err
	}
	owners := map[int64]string{}
	for _, t := range team {
		owners[t.ID] = t.Name
	}
	names := map[int64]string{}
	for _, p := range m.People {
		names[p.ID] = p.Name
	}
	rels := map[int64]backend.Relations{}
	for _, r := range m.Relations {
		rels[r.StakeholderID] = r
	}
	out := []MapPerson{}
	for _, p := range m.People {
		r := rels[p.ID]
		mp := MapPerson{ID: p.ID, Name: p.Name, Title: p.Title, Role: p.Role, Sentiment: p.Sentiment, Influence: p.Influence,
			ReportsTo: r.ReportsToID, Owner: owners[r.OwnerID], Left: r.Left, ReplacedBy: names[r.ReplacedByID]}
		for _, in := range r.Influences {
			mp.Influences = append(mp.Influences, MapInfluence{To: in.StakeholderID, Strength: in.Strength})
		}
		out = append(out, mp)
	}
	return out, nil
}
