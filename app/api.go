package app

import (
	"context"
	"fmt"
	"path/filepath"
	"time"

	"accountdesk/backend"
	"accountdesk/backend/sqlite"
)

// The structs in this file are bound to the front end: Wails generates
// frontend/wailsjs from them and the HTTP mode dispatches to them by
// reflection. Methods return (T, error) with concrete types so the generated
// TypeScript is typed. They validate, call the store and nothing more.

// base is what every bound API needs: the context of the running app (Wails'
// or the HTTP server's) and the open workspace.
type base struct {
	ctx func() context.Context
	db  *sqlite.DB
}

// SettingsAPI reads and changes the workspace settings.
type SettingsAPI struct{ base }

// Get returns the workspace settings.
func (a *SettingsAPI) Get() (backend.Settings, error) {
	return a.db.Settings(a.ctx())
}

// Update validates and saves the settings; an invalid field comes back as an
// "invalid" error naming it.
func (a *SettingsAPI) Update(s backend.Settings) (backend.Settings, error) {
	return a.db.UpdateSettings(a.ctx(), s)
}

// Draft returns the settings' kept, not yet valid edits (SavedAt "" for none).
func (a *SettingsAPI) Draft() (backend.Draft, error) {
	return a.db.Draft(a.ctx(), backend.DraftSettings, backend.SettingsDraftID)
}

// KeepDraft keeps edits of the settings that are not valid to save yet.
func (a *SettingsAPI) KeepDraft(d backend.Draft) (backend.Draft, error) {
	return a.db.KeepDraft(a.ctx(), backend.DraftSettings, backend.SettingsDraftID, d)
}

// DiscardDraft forgets the settings' kept edits.
func (a *SettingsAPI) DiscardDraft() error {
	return a.db.DiscardDraft(a.ctx(), backend.DraftSettings, backend.SettingsDraftID)
}

// Currencies returns the currency codes a workspace may use.
func (a *SettingsAPI) Currencies() ([]string, error) {
	return backend.Currencies(), nil
}

// WorkspaceAPI describes the open workspace and backs it up.
type WorkspaceAPI struct {
	base
	session *session
	logPath string
	version string
}

// ChooseFolder opens the system's folder chooser and returns the folder
// picked, or "" when the user cancelled. Only in the desktop window; the
// browser mode types paths.
func (a *WorkspaceAPI) ChooseFolder(title string) (string, error) {
	if a.session.pickFolder == nil {
		return "", backend.Errorf(backend.EUNAVAILABLE, "Choosing a folder works in the desktop window; type the folder's path here.")
	}
	return a.session.pickFolder(title)
}

// Info returns the workspace file, its size and schema version.
func (a *WorkspaceAPI) Info() (backend.WorkspaceInfo, error) {
	info, err := a.db.Info(a.ctx())
	info.LogPath = a.logPath
	return info, err
}

// Notices returns what the user must be told about the workspace since it
// was opened (files other users could read, now private), each once: the
// first screen shows them, a reload does not repeat them.
func (a *WorkspaceAPI) Notices() ([]string, error) {
	n := a.session.takeNotices()
	if n == nil {
		n = []string{}
	}
	return n, nil
}

// AppVersion returns the version of AccountDesk that is running.
func (a *WorkspaceAPI) AppVersion() (string, error) {
	return a.version, nil
}

// BackupNow writes a copy of the workspace to its backups folder and returns
// the path of the copy.
func (a *WorkspaceAPI) BackupNow() (string, error) {
	name := fmt.Sprintf("workspace-%s.db", time.Now().UTC().Format("20060102T150405Z"))
	dest := filepath.Join(sqlite.BackupDir(a.db.Path()), name)
	if err := a.db.Backup(a.ctx(), dest); err != nil {
		return "", err
	}
	return dest, nil
}

// apis returns the structs bound to the front end, in one place so the
// desktop window and the HTTP mode bind exactly the same set.
func apis(ctx func() context.Context, s *session, version string) []any {
	b := base{ctx: ctx, db: s.db}
	return []any{
		&SettingsAPI{base: b},
		&WorkspaceAPI{base: b, session: s, logPath: s.logPath, version: version},
		&AccountsAPI{base: b},
		&StakeholdersAPI{base: b},
		&FinancialsAPI{base: b},
		&QBRsAPI{base: b},
		&PlansAPI{base: b},
		&PlanTemplatesAPI{base: b},
		&DashboardAPI{base: b},
		&JobsAPI{base: b},
		&ContactReportsAPI{base: b},
		&SearchAPI{base: b},
		&TeamAPI{base: b},
		&OnboardingAPI{base: b},
		&AppraisalsAPI{base: b, lock: s.lock},
		&OneOnOnesAPI{base: b, lock: s.lock},
		&PeerFeedbackAPI{base: b, lock: s.lock},
		&ExportsAPI{base: b, session: s, jobs: &exportJobs{}},
		&QBRPackAPI{base: b},
		&WhitespaceAPI{base: b},
		newImportsAPI(b, s),
	}
}
