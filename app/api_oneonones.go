package app

import (
	"context"

	"accountdesk/backend"
)

// OneOnOnesAPI keeps 1:1 meetings and feedback notes. Their text is as
// confidential as appraisals: behind the appraisals passphrase, never
// logged. Only the schedules (who is due a 1:1 when) are readable while the
// appraisals are locked: they hold no one's words.
type OneOnOnesAPI struct {
	base
	lock *appraisalsLock
}

// locked runs f only while the appraisals are open (no passphrase, or
// unlocked); otherwise it answers "locked".
func locked[T any](a *OneOnOnesAPI, f func(ctx context.Context) (T, error)) (T, error) {
	ctx := a.ctx()
	if err := a.lock.guard(ctx, a.db); err != nil {
		var zero T
		return zero, err
	}
	return f(ctx)
}

// Schedules returns each direct report's 1:1 cadence and when the next is
// due, the missed first.
func (a *OneOnOnesAPI) Schedules() ([]backend.Schedule, error) {
	return a.db.Schedules(a.ctx(), today())
}

// SetCadence sets how often the director meets a direct report one to one
// (weekly, fortnightly, monthly or none).
func (a *OneOnOnesAPI) SetCadence(personID int64, cadence string) (backend.Schedule, error) {
	return a.db.SetCadence(a.ctx(), personID, cadence, today())
}

// List returns a person's 1:1s, newest first.
func (a *OneOnOnesAPI) List(personID int64) ([]backend.OneOnOneSummary, error) {
	return locked(a, func(ctx context.Context) ([]backend.OneOnOneSummary, error) { return a.db.OneOnOnes(ctx, personID) })
}

// Get returns one 1:1.
func (a *OneOnOnesAPI) Get(id int64) (backend.OneOnOne, error) {
	return locked(a, func(ctx context.Context) (backend.OneOnOne, error) { return a.db.OneOnOne(ctx, id) })
}

// Start opens the person's 1:1 of date ("" for today), creating it with the
// unchecked talking points of the one before.
func (a *OneOnOnesAPI) Start(personID int64, date string) (backend.OneOnOne, error) {
	if date == "" {
		date = today().Format("2006-01-02")
	}
	return locked(a, func(ctx context.Context) (backend.OneOnOne, error) { return a.db.StartOneOnOne(ctx, personID, date) })
}

// Save saves a 1:1.
func (a *OneOnOnesAPI) Save(m backend.OneOnOne) (backend.OneOnOne, error) {
	return locked(a, func(ctx context.Context) (backend.OneOnOne, error) { return a.db.SaveOneOnOne(ctx, m) })
}

// Delete removes a 1:1.
func (a *OneOnOnesAPI) Delete(id int64) error {
	_, err := locked(a, func(ctx context.Context) (struct{}, error) { return struct{}{}, a.db.DeleteOneOnOne(ctx, id) })
	return err
}

// Draft returns the 1:1's kept, not yet valid edits (SavedAt "" for none).
func (a *OneOnOnesAPI) Draft(id int64) (backend.Draft, error) {
	return locked(a, func(ctx context.Context) (backend.Draft, error) { return a.db.Draft(ctx, backend.DraftOneOnOne, id) })
}

// KeepDraft keeps edits of the 1:1 that are not valid to save yet.
func (a *OneOnOnesAPI) KeepDraft(id int64, d backend.Draft) (backend.Draft, error) {
	return locked(a, func(ctx context.Context) (backend.Draft, error) {
		return a.db.KeepDraft(ctx, backend.DraftOneOnOne, id, d)
	})
}

// DiscardDraft forgets the 1:1's kept edits.
func (a *OneOnOnesAPI) DiscardDraft(id int64) error {
	_, err := locked(a, func(ctx context.Context) (struct{}, error) {
		return struct{}{}, a.db.DiscardDraft(ctx, backend.DraftOneOnOne, id)
	})
	return err
}

// Actions returns the open action items of every 1:1, overdue first.
func (a *OneOnOnesAPI) Actions() ([]backend.ActionItem, error) {
	return locked(a, func(ctx context.Context) ([]backend.ActionItem, error) { return a.db.OneOnOneActions(ctx, today()) })
}

// Notes returns a person's feedback notes, newest first.
func (a *OneOnOnesAPI) Notes(personID int64) ([]backend.FeedbackNote, error) {
	return locked(a, func(ctx context.Context) ([]backend.FeedbackNote, error) { return a.db.Notes(ctx, personID) })
}

// SaveNote adds (id 0) or updates a feedback note.
func (a *OneOnOnesAPI) SaveNote(n backend.FeedbackNote) (backend.FeedbackNote, error) {
	return locked(a, func(ctx context.Context) (backend.FeedbackNote, error) { return a.db.SaveNote(ctx, n) })
}

// DeleteNote removes a feedback note.
func (a *OneOnOnesAPI) DeleteNote(id int64) error {
	_, err := locked(a, func(ctx context.Context) (struct{}, error) { return struct{}{}, a.db.DeleteNote(ctx, id) })
	return err
}

// PeriodFeedback returns a person's notes and 1:1 actions of a review period,
// for the appraisal written about it; never a 1:1's private notes.
func (a *OneOnOnesAPI) PeriodFeedback(personID int64, from, to string) (backend.PeriodFeedback, error) {
	return locked(a, func(ctx context.Context) (backend.PeriodFeedback, error) {
		return a.db.PeriodFeedback(ctx, personID, from, to)
	})
}
