package app

import (
	"context"
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

// guarded runs f only while the Appraisals section is open (no passphrase,
// or unlocked); otherwise it answers "locked".
func guarded[T any](a *AppraisalsAPI, f func(ctx context.Context) (T, error)) (T, error) {
	ctx := a.ctx()
	if err := a.lock.guard(ctx, a.db); err != nil {
		var zero T
		return zero, err
	}
	return f(ctx)
}

// Cycles returns every review cycle with counts by state.
func (a *AppraisalsAPI) Cycles() ([]backend.Cycle, error) { return guarded(a, a.db.Cycles) }

// SaveCycle creates or updates a cycle.
func (a *AppraisalsAPI) SaveCycle(c backend.Cycle) (backend.Cycle, error) {
	return guarded(a, func(ctx context.Context) (backend.Cycle, error) { return a.db.SaveCycle(ctx, c) })
}

// SetCycleStatus moves a cycle draft → open → calibration → closed.
func (a *AppraisalsAPI) SetCycleStatus(id int64, status, reason string) (backend.Cycle, error) {
	return guarded(a, func(ctx context.Context) (backend.Cycle, error) { return a.db.SetCycleStatus(ctx, id, status, reason) })
}

// CycleDraft returns the cycle's kept, not yet valid competencies and scale
// (SavedAt "" for none). Behind the lock, like the cycle itself.
func (a *AppraisalsAPI) CycleDraft(id int64) (backend.Draft, error) {
	return guarded(a, func(ctx context.Context) (backend.Draft, error) { return a.db.Draft(ctx, backend.DraftCycle, id) })
}

// KeepCycleDraft keeps edits of the cycle's template that are not valid to
// save yet (a competency without a name).
func (a *AppraisalsAPI) KeepCycleDraft(id int64, d backend.Draft) (backend.Draft, error) {
	return guarded(a, func(ctx context.Context) (backend.Draft, error) {
		return a.db.KeepDraft(ctx, backend.DraftCycle, id, d)
	})
}

// DiscardCycleDraft forgets the cycle's kept edits.
func (a *AppraisalsAPI) DiscardCycleDraft(id int64) error {
	_, err := guarded(a, func(ctx context.Context) (struct{}, error) {
		return struct{}{}, a.db.DiscardDraft(ctx, backend.DraftCycle, id)
	})
	return err
}

// AddParticipants creates appraisals for people in a cycle.
func (a *AppraisalsAPI) AddParticipants(cycleID int64, personIDs []int64) ([]backend.AppraisalSummary, error) {
	return guarded(a, func(ctx context.Context) ([]backend.AppraisalSummary, error) {
		return a.db.AddParticipants(ctx, cycleID, personIDs)
	})
}

// CycleAppraisals lists a cycle's participants side by side.
func (a *AppraisalsAPI) CycleAppraisals(cycleID int64) ([]backend.AppraisalSummary, error) {
	return guarded(a, func(ctx context.Context) ([]backend.AppraisalSummary, error) {
		return a.db.CycleAppraisals(ctx, cycleID)
	})
}

// Get returns one appraisal.
func (a *AppraisalsAPI) Get(id int64) (backend.Appraisal, error) {
	return guarded(a, func(ctx context.Context) (backend.Appraisal, error) { return a.db.Appraisal(ctx, id) })
}

// Save saves ratings and text of an unlocked appraisal.
func (a *AppraisalsAPI) Save(x backend.Appraisal) (backend.Appraisal, error) {
	return guarded(a, func(ctx context.Context) (backend.Appraisal, error) { return a.db.SaveAppraisal(ctx, x) })
}

// Draft returns the appraisal's kept, not yet valid edits (SavedAt "" for
// none). Confidential, like the appraisal.
func (a *AppraisalsAPI) Draft(id int64) (backend.Draft, error) {
	return guarded(a, func(ctx context.Context) (backend.Draft, error) { return a.db.Draft(ctx, backend.DraftAppraisal, id) })
}

// KeepDraft keeps edits of the appraisal that are not valid to save yet (a
// merit increase without its percentage); everything valid is saved with Save.
func (a *AppraisalsAPI) KeepDraft(id int64, d backend.Draft) (backend.Draft, error) {
	return guarded(a, func(ctx context.Context) (backend.Draft, error) {
		return a.db.KeepDraft(ctx, backend.DraftAppraisal, id, d)
	})
}

// DiscardDraft forgets the appraisal's kept edits.
func (a *AppraisalsAPI) DiscardDraft(id int64) error {
	_, err := guarded(a, func(ctx context.Context) (struct{}, error) {
		return struct{}{}, a.db.DiscardDraft(ctx, backend.DraftAppraisal, id)
	})
	return err
}

// Move moves an appraisal along its workflow.
func (a *AppraisalsAPI) Move(id int64, to string) (backend.Appraisal, error) {
	return guarded(a, func(ctx context.Context) (backend.Appraisal, error) { return a.db.MoveAppraisal(ctx, id, to, today()) })
}

// Acknowledge records the employee's acknowledgement and comment.
func (a *AppraisalsAPI) Acknowledge(id int64, comment string) (backend.Appraisal, error) {
	return guarded(a, func(ctx context.Context) (backend.Appraisal, error) {
		return a.db.AcknowledgeAppraisal(ctx, id, comment, today())
	})
}

// Reopen unlocks a finalized appraisal, with a reason.
func (a *AppraisalsAPI) Reopen(id int64, reason string) (backend.Appraisal, error) {
	return guarded(a, func(ctx context.Context) (backend.Appraisal, error) { return a.db.ReopenAppraisal(ctx, id, reason) })
}

// Audit returns an appraisal's audit trail.
func (a *AppraisalsAPI) Audit(id int64) ([]backend.AuditEntry, error) {
	return guarded(a, func(ctx context.Context) ([]backend.AuditEntry, error) { return a.db.AppraisalAudit(ctx, id) })
}

// History returns a person's appraisals across cycles.
func (a *AppraisalsAPI) History(personID int64) ([]backend.AppraisalSummary, error) {
	return guarded(a, func(ctx context.Context) ([]backend.AppraisalSummary, error) {
		return a.db.PersonAppraisals(ctx, personID)
	})
}

// Evidence computes a person's evidence from their accounts for a period.
func (a *AppraisalsAPI) Evidence(personID int64, from, to string) (backend.Evidence, error) {
	return guarded(a, func(ctx context.Context) (backend.Evidence, error) { return a.db.Evidence(ctx, personID, from, to) })
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
	peer, err := a.db.PeerResults(ctx, x.PersonID, x.CycleID, today())
	if err != nil {
		return "", err
	}
	data, err := export.AppraisalPDF(x, competencies, peer, export.LetterheadOf(settings, a.db.Locale()), time.Now().Format(time.DateOnly))
	if err != nil {
		return "", err
	}
	return saveToFolder(ctx, folder, export.AppraisalFileName(x), data)
}
