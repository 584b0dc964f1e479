package app

import "accountdesk/backend"

// Start begins a plan for a period from a template's latest version (0: the
// built-in retention template); the plan takes the template's type.
func (a *PlansAPI) Start(accountID int64, period string, templateID int64) (backend.Plan, error) {
	return a.db.StartPlan(a.ctx(), accountID, period, templateID)
}

// SetTemplate switches a draft plan to another template's latest version,
// and so to its type.
func (a *PlansAPI) SetTemplate(id, templateID int64) (backend.Plan, error) {
	return a.db.SetPlanTemplate(a.ctx(), id, templateID)
}

// PlanTemplatesAPI keeps the plan templates: guiding questions, suggested
// objectives and what counts towards completeness, per plan type.
type PlanTemplatesAPI struct{ base }

// List returns the latest version of every template, built-in first.
func (a *PlanTemplatesAPI) List() ([]backend.PlanTemplate, error) {
	return a.db.PlanTemplates(a.ctx())
}

// Get returns one version of a template (0: its latest).
func (a *PlanTemplatesAPI) Get(id int64, version int) (backend.PlanTemplate, error) {
	return a.db.PlanTemplate(a.ctx(), id, version)
}

// Save saves the template as its next version; plans keep the version they
// started from.
func (a *PlanTemplatesAPI) Save(t backend.PlanTemplate) (backend.PlanTemplate, error) {
	return a.db.SavePlanTemplate(a.ctx(), t)
}

// Copy makes a new template of the same type from a template's latest version.
func (a *PlanTemplatesAPI) Copy(id int64, name string) (backend.PlanTemplate, error) {
	return a.db.CopyPlanTemplate(a.ctx(), id, name)
}
