package app

import (
	"time"

	"accountdesk/backend"
)

// today is the user's current calendar date; rules (QBR due, overdue
// actions) are judged on the date the user sees.
func today() time.Time {
	y, m, d := time.Now().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// AccountsAPI keeps client accounts.
type AccountsAPI struct{ base }

// List returns the accounts matching the filter, with their figures.
func (a *AccountsAPI) List(f backend.AccountFilter) ([]backend.AccountSummary, error) {
	return a.db.ListAccounts(a.ctx(), f, today())
}

// Get returns one account.
func (a *AccountsAPI) Get(id int64) (backend.Account, error) { return a.db.Account(a.ctx(), id) }

// Create adds an account.
func (a *AccountsAPI) Create(in backend.Account) (backend.Account, error) {
	return a.db.CreateAccount(a.ctx(), in)
}

// Update saves an account; a stale version is a conflict.
func (a *AccountsAPI) Update(in backend.Account) (backend.Account, error) {
	return a.db.UpdateAccount(a.ctx(), in)
}

// Delete removes an account with its plans, stakeholders, figures and QBRs.
func (a *AccountsAPI) Delete(id int64) error { return a.db.DeleteAccount(a.ctx(), id) }

// HealthHistory returns the account's health changes, newest first.
func (a *AccountsAPI) HealthHistory(id int64) ([]backend.HealthChange, error) {
	return a.db.HealthHistory(a.ctx(), id)
}

// Draft returns the account's kept, not yet valid edits (SavedAt "" for none).
func (a *AccountsAPI) Draft(id int64) (backend.Draft, error) {
	return a.db.Draft(a.ctx(), backend.DraftAccount, id)
}

// KeepDraft keeps edits of the account that are not valid to save yet.
func (a *AccountsAPI) KeepDraft(id int64, d backend.Draft) (backend.Draft, error) {
	return a.db.KeepDraft(a.ctx(), backend.DraftAccount, id, d)
}

// DiscardDraft forgets the account's kept edits.
func (a *AccountsAPI) DiscardDraft(id int64) error {
	return a.db.DiscardDraft(a.ctx(), backend.DraftAccount, id)
}

// StakeholdersAPI keeps the client's people.
type StakeholdersAPI struct{ base }

// List returns an account's stakeholders.
func (a *StakeholdersAPI) List(accountID int64) ([]backend.Stakeholder, error) {
	return a.db.Stakeholders(a.ctx(), accountID)
}

// Save creates or updates a stakeholder.
func (a *StakeholdersAPI) Save(s backend.Stakeholder) (backend.Stakeholder, error) {
	return a.db.SaveStakeholder(a.ctx(), s)
}

// Delete removes a stakeholder.
func (a *StakeholdersAPI) Delete(id int64) error { return a.db.DeleteStakeholder(a.ctx(), id) }

// FinancialsAPI keeps monthly actuals.
type FinancialsAPI struct{ base }

// Get returns the account's months with totals.
func (a *FinancialsAPI) Get(accountID int64) (backend.Financials, error) {
	return a.db.Financials(a.ctx(), accountID, today())
}

// SaveMonths inserts or replaces months, all or nothing.
func (a *FinancialsAPI) SaveMonths(accountID int64, months []backend.MonthFigures) error {
	return a.db.SaveMonths(a.ctx(), accountID, months)
}

// DeleteMonth removes one month's figures.
func (a *FinancialsAPI) DeleteMonth(accountID int64, month string) error {
	return a.db.DeleteMonth(a.ctx(), accountID, month)
}

// QBRsAPI keeps Quarterly Business Reviews.
type QBRsAPI struct{ base }

// List returns an account's QBRs, newest first.
func (a *QBRsAPI) List(accountID int64) ([]backend.QBR, error) { return a.db.QBRs(a.ctx(), accountID) }

// Save creates or updates a QBR.
func (a *QBRsAPI) Save(q backend.QBR) (backend.QBR, error) { return a.db.SaveQBR(a.ctx(), q) }

// Delete removes a QBR.
func (a *QBRsAPI) Delete(id int64) error { return a.db.DeleteQBR(a.ctx(), id) }

// PlansAPI keeps account plans and their versions.
type PlansAPI struct{ base }

// List returns every version of every plan of an account, newest first.
func (a *PlansAPI) List(accountID int64) ([]backend.PlanVersion, error) {
	return a.db.Plans(a.ctx(), accountID)
}

// Get returns one plan version with its items.
func (a *PlansAPI) Get(id int64) (backend.Plan, error) { return a.db.Plan(a.ctx(), id) }

// Create starts a plan for a period.
func (a *PlansAPI) Create(accountID int64, period string) (backend.Plan, error) {
	return a.db.CreatePlan(a.ctx(), accountID, period)
}

// Save saves an editable plan with all its items.
func (a *PlansAPI) Save(p backend.Plan) (backend.Plan, error) { return a.db.SavePlan(a.ctx(), p) }

// SetStatus moves a plan through draft → in review → approved → archived.
func (a *PlansAPI) SetStatus(id int64, status string) (backend.Plan, error) {
	return a.db.SetPlanStatus(a.ctx(), id, status)
}

// NewVersion starts the next draft version of an approved plan.
func (a *PlansAPI) NewVersion(id int64) (backend.Plan, error) {
	return a.db.NewPlanVersion(a.ctx(), id)
}

// Compare lists what changed from one version to another.
func (a *PlansAPI) Compare(from, to int64) ([]backend.Change, error) {
	return a.db.ComparePlans(a.ctx(), from, to)
}

// Draft returns the plan's kept, not yet valid edits (SavedAt "" for none).
func (a *PlansAPI) Draft(id int64) (backend.Draft, error) {
	return a.db.Draft(a.ctx(), backend.DraftPlan, id)
}

// KeepDraft keeps edits of the plan that are not valid to save yet (a new
// objective without a title); everything valid is saved with Save.
func (a *PlansAPI) KeepDraft(id int64, d backend.Draft) (backend.Draft, error) {
	return a.db.KeepDraft(a.ctx(), backend.DraftPlan, id, d)
}

// DiscardDraft forgets the plan's kept edits.
func (a *PlansAPI) DiscardDraft(id int64) error {
	return a.db.DiscardDraft(a.ctx(), backend.DraftPlan, id)
}

// DashboardAPI computes the portfolio at a glance.
type DashboardAPI struct{ base }

// Portfolio returns the Dashboard figures for today, each long list cut to
// the rows the Dashboard shows (with the full counts).
func (a *DashboardAPI) Portfolio() (backend.Portfolio, error) {
	p, err := a.db.Portfolio(a.ctx(), today())
	return p.Top(backend.DashboardRows), err
}

// Team returns what the Dashboard shows of the team: the first
// over-allocated people and accounts needing cover, with their counts.
func (a *DashboardAPI) Team() (backend.TeamAttention, error) {
	o, err := a.db.TeamOverview(a.ctx(), today(), 12)
	return o.Attention(backend.DashboardRows), err
}

// JobsAPI keeps the account's jobs (the status report).
type JobsAPI struct{ base }

// List returns the account's jobs, open ones first.
func (a *JobsAPI) List(accountID int64) ([]backend.Job, error) { return a.db.Jobs(a.ctx(), accountID) }

// Save creates or updates a job.
func (a *JobsAPI) Save(j backend.Job) (backend.Job, error) { return a.db.SaveJob(a.ctx(), j) }

// Delete removes a job.
func (a *JobsAPI) Delete(id int64) error { return a.db.DeleteJob(a.ctx(), id) }

// ContactReportsAPI keeps reports of client meetings.
type ContactReportsAPI struct{ base }

// List returns the account's contact reports, newest first, late ones flagged.
func (a *ContactReportsAPI) List(accountID int64) ([]backend.ContactReport, error) {
	return a.db.ContactReports(a.ctx(), accountID)
}

// Save creates or updates a contact report.
func (a *ContactReportsAPI) Save(c backend.ContactReport) (backend.ContactReport, error) {
	return a.db.SaveContactReport(a.ctx(), c)
}

// Delete removes a contact report.
func (a *ContactReportsAPI) Delete(id int64) error { return a.db.DeleteContactReport(a.ctx(), id) }

// SearchAPI finds accounts, stakeholders, plans and objectives.
type SearchAPI struct{ base }

// Find returns up to 20 hits for what the user typed.
func (a *SearchAPI) Find(text string) ([]backend.SearchHit, error) {
	return a.db.Search(a.ctx(), text, 20)
}
