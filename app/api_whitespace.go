package app

import "accountdesk/backend"

// WhitespaceAPI keeps the workspace's service lines and each account's
// whitespace grid (divisions × service lines).
type WhitespaceAPI struct{ base }

// ServiceLines lists the workspace's service lines in order, retired included.
func (a *WhitespaceAPI) ServiceLines() ([]backend.ServiceLine, error) {
	return a.db.ServiceLines(a.ctx())
}

// SaveServiceLines replaces the list: add, rename, reorder, retire.
func (a *WhitespaceAPI) SaveServiceLines(lines []backend.ServiceLine) ([]backend.ServiceLine, error) {
	return a.db.SaveServiceLines(a.ctx(), lines)
}

// Grid returns an account's grid with its share of wallet and untapped potential.
func (a *WhitespaceAPI) Grid(accountID int64) (backend.Grid, error) {
	return a.db.WhitespaceGrid(a.ctx(), accountID)
}

// SaveDivision adds (id 0) or renames a division or brand.
func (a *WhitespaceAPI) SaveDivision(d backend.Division) (backend.Grid, error) {
	return a.db.SaveDivision(a.ctx(), d)
}

// RemoveDivision removes a division and its cells.
func (a *WhitespaceAPI) RemoveDivision(id int64) (backend.Grid, error) {
	return a.db.RemoveDivision(a.ctx(), id)
}

// SaveCell sets a cell, or empties it when its status is "".
func (a *WhitespaceAPI) SaveCell(c backend.Cell) (backend.Grid, error) {
	return a.db.SaveCell(a.ctx(), c)
}

// MakeOpportunity turns a potential cell into an opportunity of the account's current plan.
func (a *WhitespaceAPI) MakeOpportunity(divisionID, serviceLineID int64) (backend.Grid, error) {
	return a.db.MakeOpportunity(a.ctx(), divisionID, serviceLineID)
}
