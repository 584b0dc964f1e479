package app

import "accountdesk/backend"

// Map returns an account's people with their relations and warnings: the
// relationship map, its table view and its warnings are drawn from it.
func (a *StakeholdersAPI) Map(accountID int64) (backend.RelationshipMap, error) {
	return a.db.RelationshipMap(a.ctx(), accountID)
}

// SaveRelations replaces one stakeholder's relations.
func (a *StakeholdersAPI) SaveRelations(r backend.Relations) (backend.Relations, error) {
	return a.db.SaveRelations(a.ctx(), r)
}

// SaveWithRelations saves a stakeholder and its relations together (the
// stakeholder editor's save): both or neither.
func (a *StakeholdersAPI) SaveWithRelations(s backend.Stakeholder, r backend.Relations) (backend.StakeholderEntry, error) {
	return a.db.SaveStakeholderWithRelations(a.ctx(), s, r)
}
