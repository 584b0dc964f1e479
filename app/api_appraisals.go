package app

import (
	"time"

	"accountdesk/backend"
	"accountdesk/backend/export"
)

// AppraisalsAPI keeps review cycles and appraisals. Everything it returns is
// confidential: the front end shows it, nothing logs it.
type AppraisalsAPI struct {
	base
	lock *appraisalsLock
}

// Cycles returns every review cycle with counts by state.
func (a *AppraisalsAPI) Cycles() ([]backend.Cycle, error) {
	if err := a.lock.guard(a.ctx(), a.db); err != nil {
		var zero []backend.Cycle
		return zero, err
	}
	return a.db.Cycles(a.ctx())
}

// SaveCycle creates or updates a cycle.
func (a *AppraisalsAPI) SaveCycle(c backend.Cycle) (backend.Cycle, error) {
	if err := a.lock.guard(a.ctx(), a.db); err != nil {
		var zero backend.Cycle
		return zero, err
	}
	return a.db.SaveCycle(a.ctx(), c)
}

// SetCycleStatus moves a cycle draft → open → calibration → closed.
func (a *AppraisalsAPI) SetCycleStatus(id int64, status, reason string) (backend.Cycle, error) {
	if err := a.lock.guard(a.ctx(), a.db); err != nil {
		var zero backend.Cycle
		return zero, err
	}
	return a.db.SetCycleStatus(a.ctx(), id, status, reason)
}

// AddParticipants creates appraisals for people in a cycle.
func (a *AppraisalsAPI) AddParticipants(cycleID int64, personIDs []int64) ([]backend.AppraisalSummary, error) {
	if err := a.lock.guard(a.ctx(), a.db); err != nil {
		var zero []backend.AppraisalSummary
		return zero, err
	}
	return a.db.AddParticipants(a.ctx(), cycleID, personIDs)
}

// CycleAppraisals lists a cycle's participants side by side.
func (a *AppraisalsAPI) CycleAppraisals(cycleID int64) ([]backend.AppraisalSummary, error) {
	if err := a.lock.guard(a.ctx(), a.db); err != nil {
		var zero []backend.AppraisalSummary
		return zero, err
	}
	return a.db.CycleAppraisals(a.ctx(), cycleID)
}

// Get returns one appraisal.
func (a *AppraisalsAPI) Get(id int64) (backend.Appraisal, error) {
	if err := a.lock.guard(a.ctx(), a.db); err != nil {
		var zero backend.Appraisal
		return zero, err
	}
	return a.db.Appraisal(a.ctx(), id)
}

// Save saves ratings and text of an unlocked appraisal.
func (a *AppraisalsAPI) Save(x backend.Appraisal) (backend.Appraisal, error) {
	if err := a.lock.guard(a.ctx(), a.db); err != nil {
		var zero backend.Appraisal
		return zero, err
	}
	return a.db.SaveAppraisal(a.ctx(), x)
}

// Move moves an appraisal along its workflow.
func (a *AppraisalsAPI) Move(id int64, to string) (backend.Appraisal, error) {
	if err := a.lock.guard(a.ctx(), a.db); err != nil {
		var zero backend.Appraisal
		return zero, err
	}
	return a.db.MoveAppraisal(a.ctx(), id, to, today())
}

// Acknowledge records the employee's acknowledgement and comment.
func (a *AppraisalsAPI) Acknowledge(id int64, comment string) (backend.Appraisal, error) {
	if err := a.lock.guard(a.ctx(), a.db); err != nil {
		var zero backend.Appraisal
		return zero, err
	}
	return a.db.AcknowledgeAppraisal(a.ctx(), id, comment, today())
}

// Reopen unlocks a finalized appraisal, with a reason.
func (a *AppraisalsAPI) Reopen(id int64, reason string) (backend.Appraisal, error) {
	if err := a.lock.guard(a.ctx(), a.db); err != nil {
		var zero backend.Appraisal
		return zero, err
	}
	return a.db.ReopenAppraisal(a.ctx(), id, reason)
}

// Audit returns an appraisal's audit trail.
func (a *AppraisalsAPI) Audit(id int64) ([]backend.AuditEntry, error) {
	if err := a.lock.guard(a.ctx(), a.db); err != nil {
		var zero []backend.AuditEntry
		return zero, err
	}
	return a.db.AppraisalAudit(a.ctx(), id)
}

// History returns a person's appraisals across cycles.
func (a *AppraisalsAPI) History(personID int64) ([]backend.AppraisalSummary, error) {
	if err := a.lock.guard(a.ctx(), a.db); err != nil {
		var zero []backend.AppraisalSummary
		return zero, err
	}
	return a.db.PersonAppraisals(a.ctx(), personID)
}

// Evidence computes a person's evidence from their accounts for a period.
func (a *AppraisalsAPI) Evidence(personID int64, from, to string) (backend.Evidence, error) {
	if err := a.lock.guard(a.ctx(), a.db); err != nil {
		var zero backend.Evidence
		return zero, err
	}
	return a.db.Evidence(a.ctx(), personID, from, to)
}

// SavePDF writes one appraisal as a PDF for signature into folder, on
// purpose: it is the only way a single appraisal leaves AccountDesk. Private
// manager notes are never in it. Returns the file's path.
func (a *AppraisalsAPI) SavePDF(id int64, folder string) (string, error) {
	ctx := a.ctx()
	if err := a.lock.guard(ctx, a.db); err != nil {
		return "", err
	}
	x, err := a.db.Appraisal(ctx, id)
	if err != nil {
		return "", err
	}
	var competencies []backend.Competency
	cycles, err := a.db.Cycles(ctx)
	if err != nil {
		return "", err
	}
	for _, c := range cycles {
		if c.ID == x.CycleID {
			competencies = c.Competencies
		}
	}
	settings, err := a.db.Settings(ctx)
	if err != nil {
		return "", err
	}
	data, err := export.AppraisalPDF(x, competencies, settings.AgencyName, settings.Currency, time.Now().Format(time.DateOnly))
	if err != nil {
		return "", err
	}
	return saveToFolder(ctx, folder, export.AppraisalFileName(x), data)
}
