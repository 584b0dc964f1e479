package app

import "accountdesk/backend"

// TeamAPI keeps the roster and who works on which account.
type TeamAPI struct{ base }

// Roles returns the editable list of roles.
func (a *TeamAPI) Roles() ([]string, error) { return a.db.Roles(a.ctx()) }

// SaveRoles replaces the list of roles.
func (a *TeamAPI) SaveRoles(roles []string) ([]string, error) { return a.db.SaveRoles(a.ctx(), roles) }

// People returns everyone on the roster.
func (a *TeamAPI) People() ([]backend.Person, error) { return a.db.People(a.ctx()) }

// SavePerson creates or updates a person.
func (a *TeamAPI) SavePerson(p backend.Person) (backend.Person, error) {
	return a.db.SavePerson(a.ctx(), p)
}

// DeletePerson removes a person and their allocations.
func (a *TeamAPI) DeletePerson(id int64) error { return a.db.DeletePerson(a.ctx(), id) }

// Allocations returns a person's (personID) or an account's (accountID) allocations.
func (a *TeamAPI) Allocations(personID, accountID int64) ([]backend.Allocation, error) {
	return a.db.Allocations(a.ctx(), personID, accountID)
}

// SaveAllocation creates or updates an allocation.
func (a *TeamAPI) SaveAllocation(x backend.Allocation) (backend.Allocation, error) {
	return a.db.SaveAllocation(a.ctx(), x)
}

// DeleteAllocation removes an allocation.
func (a *TeamAPI) DeleteAllocation(id int64) error { return a.db.DeleteAllocation(a.ctx(), id) }

// Overview returns the roster, account coverage and the next 12 weeks' heatmap.
func (a *TeamAPI) Overview() (backend.TeamOverview, error) {
	return a.db.TeamOverview(a.ctx(), today(), 12)
}
