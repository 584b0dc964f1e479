package app

import (
	"time"

	"accountdesk/backend"
	"accountdesk/backend/export"
)

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

// PersonDraft returns the person's kept, not yet valid details (SavedAt ""
// for none).
func (a *TeamAPI) PersonDraft(id int64) (backend.Draft, error) {
	return a.db.Draft(a.ctx(), backend.DraftPerson, id)
}

// KeepPersonDraft keeps details of the person that are not valid to save yet.
func (a *TeamAPI) KeepPersonDraft(id int64, d backend.Draft) (backend.Draft, error) {
	return a.db.KeepDraft(a.ctx(), backend.DraftPerson, id, d)
}

// DiscardPersonDraft forgets the person's kept details.
func (a *TeamAPI) DiscardPersonDraft(id int64) error {
	return a.db.DiscardDraft(a.ctx(), backend.DraftPerson, id)
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

// CheckAllocation tells, before it is saved, which months the allocation
// would take the person above 100% in, and whether it starts before they do.
func (a *TeamAPI) CheckAllocation(x backend.Allocation) (backend.AllocationCheck, error) {
	return a.db.CheckAllocation(a.ctx(), x)
}

// DeleteAllocation removes an allocation.
func (a *TeamAPI) DeleteAllocation(id int64) error { return a.db.DeleteAllocation(a.ctx(), id) }

// Overview returns the roster, account coverage and the next 12 weeks' heatmap.
func (a *TeamAPI) Overview() (backend.TeamOverview, error) {
	return a.db.TeamOverview(a.ctx(), today(), 12)
}

// AccountTeam returns who works on one account, with hours a month, and what
// cover it lacks (the account page's panel; the Team overview has them all).
func (a *TeamAPI) AccountTeam(accountID int64) (backend.AccountTeam, error) {
	return a.db.AccountTeam(a.ctx(), accountID, today())
}

// OnboardingAPI keeps onboarding templates and checklists.
type OnboardingAPI struct{ base }

// Templates returns every template, archived last.
func (a *OnboardingAPI) Templates() ([]backend.Template, error) { return a.db.Templates(a.ctx()) }

// SaveTemplate creates or updates a template.
func (a *OnboardingAPI) SaveTemplate(t backend.Template) (backend.Template, error) {
	return a.db.SaveTemplate(a.ctx(), t)
}

// TemplateDraft returns the template's kept, not yet valid edits (SavedAt
// "" for none).
func (a *OnboardingAPI) TemplateDraft(id int64) (backend.Draft, error) {
	return a.db.Draft(a.ctx(), backend.DraftTemplate, id)
}

// KeepTemplateDraft keeps edits of the template that are not valid to save
// yet (a task without a title).
func (a *OnboardingAPI) KeepTemplateDraft(id int64, d backend.Draft) (backend.Draft, error) {
	return a.db.KeepDraft(a.ctx(), backend.DraftTemplate, id, d)
}

// DiscardTemplateDraft forgets the template's kept edits.
func (a *OnboardingAPI) DiscardTemplateDraft(id int64) error {
	return a.db.DiscardDraft(a.ctx(), backend.DraftTemplate, id)
}

// CopyTemplate saves a copy of a template.
func (a *OnboardingAPI) CopyTemplate(id int64) (backend.Template, error) {
	return a.db.CopyTemplate(a.ctx(), id)
}

// Start begins an onboarding for a person from a template.
func (a *OnboardingAPI) Start(personID, templateID int64, startDate string, buddyID int64) (backend.Onboarding, error) {
	return a.db.StartOnboarding(a.ctx(), personID, templateID, startDate, buddyID, today())
}

// List returns every onboarding, in progress first.
func (a *OnboardingAPI) List() ([]backend.OnboardingSummary, error) {
	return a.db.Onboardings(a.ctx(), today())
}

// Get returns one checklist.
func (a *OnboardingAPI) Get(id int64) (backend.Onboarding, error) {
	return a.db.Onboarding(a.ctx(), id, today())
}

// UpdateTask ticks, reopens or skips a task, or changes its notes.
func (a *OnboardingAPI) UpdateTask(u backend.TaskUpdate) (backend.Onboarding, error) {
	return a.db.UpdateTask(a.ctx(), u, today())
}

// SetStartDate moves an onboarding's start date; open tasks' due dates follow.
func (a *OnboardingAPI) SetStartDate(id int64, startDate string) (backend.Onboarding, error) {
	return a.db.SetStartDate(a.ctx(), id, startDate, today())
}

// SetTaskDue sets a task's due date by hand.
func (a *OnboardingAPI) SetTaskDue(taskID int64, due string) (backend.Onboarding, error) {
	return a.db.SetTaskDue(a.ctx(), taskID, due, today())
}

// Close ends an unfinished onboarding with a reason.
func (a *OnboardingAPI) Close(id int64, reason string) (backend.Onboarding, error) {
	return a.db.CloseOnboarding(a.ctx(), id, reason, today())
}

// SavePDF writes the checklist as a PDF to hand to the new hire into folder
// and returns the file's path.
func (a *OnboardingAPI) SavePDF(id int64, folder string) (string, error) {
	ctx := a.ctx()
	o, err := a.db.Onboarding(ctx, id, today())
	if err != nil {
		return "", err
	}
	settings, err := a.db.Settings(ctx)
	if err != nil {
		return "", err
	}
	data, err := export.ChecklistPDF(o, export.LetterheadOf(settings, a.db.Locale()), time.Now().Format(time.DateOnly))
	if err != nil {
		return "", err
	}
	return saveToFolder(ctx, folder, export.ChecklistFileName(o), data)
}

// LoggedHours returns the hours the person's timesheets logged on each
// account over the last twelve months, beside what was planned for them.
func (a *TeamAPI) LoggedHours(personID int64) ([]backend.LoggedHours, error) {
	t := today()
	return a.db.LoggedHours(a.ctx(), personID, time.Date(t.Year(), t.Month()-11, 1, 0, 0, 0, 0, time.UTC))
}
