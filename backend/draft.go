package backend

import (
	"context"
	"encoding/json"
	"strings"
)

// Draft is what an editor holds back because it is not yet valid to save — a
// new objective without a title, a merit increase without its percentage —
// kept beside its record in the workspace until it is complete or the user
// discards it, so nothing typed is lost. Everything valid is saved into the
// record itself; the draft only keeps the rest.
type Draft struct {
	// Body is the editor's state as the front end wrote it (a JSON value);
	// the workspace keeps it as it is and never reads into it.
	Body string `json:"body"`
	// BaseVersion is the version of the record the draft was made against,
	// so an editor can tell a draft from before a change made elsewhere.
	BaseVersion int64 `json:"baseVersion"`
	// SavedAt is when the draft was kept (UTC RFC3339); "" means no draft.
	SavedAt string `json:"savedAt"`
}

// DraftKind names the kind of record a draft belongs to.
type DraftKind string

// The records that keep drafts.
const (
	DraftAccount   DraftKind = "account"
	DraftPlan      DraftKind = "plan"
	DraftAppraisal DraftKind = "appraisal" // confidential, like the appraisal
	DraftOneOnOne  DraftKind = "oneOnOne"  // confidential, like the 1:1
	DraftPerson    DraftKind = "person"
	DraftSettings  DraftKind = "settings" // one per workspace: id SettingsDraftID
	DraftTemplate  DraftKind = "template" // an onboarding template
	// DraftCycle is a review cycle's competencies and scale: no one's
	// appraisal, but read only where the cycle is (behind the Appraisals lock).
	DraftCycle DraftKind = "cycle"
)

// SettingsDraftID is the id the workspace's one settings draft is kept under.
const SettingsDraftID = 1

// MaxDraftBytes bounds a draft's body: a whole plan with long texts fits.
const MaxDraftBytes = 2 << 20

// Validate returns an invalid error naming the first wrong field.
func (d Draft) Validate() error {
	switch {
	case strings.TrimSpace(d.Body) == "":
		return Invalid("body", "There is nothing to keep in the draft.")
	case len(d.Body) > MaxDraftBytes:
		return Invalid("body", "The unsaved changes are too large to keep (at most 2 MB).")
	case !json.Valid([]byte(d.Body)):
		return Invalid("body", "The unsaved changes could not be read.")
	case d.BaseVersion < 0:
		return Invalid("baseVersion", "The draft names a version that does not exist.")
	}
	return nil
}

// DraftService keeps drafts beside their records; a record keeps at most one
// draft, and deleting the record deletes its draft.
type DraftService interface {
	// Draft returns the record's draft, or a zero Draft (SavedAt "") when it
	// has none. Returns EINVALID (unknown kind).
	Draft(ctx context.Context, kind DraftKind, id int64) (Draft, error)
	// KeepDraft stores d as the record's draft, replacing any earlier one.
	// Returns EINVALID, ENOTFOUND (no such record).
	KeepDraft(ctx context.Context, kind DraftKind, id int64, d Draft) (Draft, error)
	// DiscardDraft removes the record's draft; without one it does nothing.
	// Returns EINVALID (unknown kind).
	DiscardDraft(ctx context.Context, kind DraftKind, id int64) error
}
