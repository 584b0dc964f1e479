package backend

import (
	"context"
	"slices"
	"strings"
	"time"
)

// Themes the user can pick; "system" follows the operating system.
const (
	ThemeSystem = "system"
	ThemeLight  = "light"
	ThemeDark   = "dark"
)

// DefaultQBRThresholdMinor is the yearly revenue (in minor units) from which an
// account gets a Quarterly Business Review each quarter: 100 000.00.
const DefaultQBRThresholdMinor = 100_000_00

// Settings are the workspace-wide preferences shown on the Settings screen.
type Settings struct {
	// AgencyName is shown in the title bar and on exported documents.
	AgencyName string `json:"agencyName"`
	// DirectorName names whose portfolio this is, in exports and roll-ups.
	// Once the director is on the roster (DirectorPersonID), it is that
	// person's name: changing one changes the other.
	DirectorName string `json:"directorName"`
	// DirectorPersonID is the director's own record on the team (0 until the
	// app first opens the workspace). Set by the store; ignored on update.
	DirectorPersonID int64 `json:"directorPersonId"`
	// Currency is an ISO 4217 code; every amount in the workspace is in it.
	Currency string `json:"currency"`
	// FiscalYearStartMonth is 1 (January) to 12.
	FiscalYearStartMonth int `json:"fiscalYearStartMonth"`
	// QBRThresholdMinor is the yearly revenue, in minor units, from which an
	// account needs a QBR every quarter.
	QBRThresholdMinor int64 `json:"qbrThresholdMinor"`
	// Theme is system, light or dark.
	Theme string `json:"theme"`
	// SkipWeekends makes onboarding due days count working days only.
	SkipWeekends bool `json:"skipWeekends"`
	// BackupsToKeep is how many daily automatic backups are kept (0 turns them off).
	BackupsToKeep int `json:"backupsToKeep"`
	// CSVStyle is how spreadsheet files (CSV) are written: one of
	// CSVStyles(). Empty means "as this computer's region expects": the store
	// reads it as CSVStyleForLocale of the computer's locale.
	CSVStyle string `json:"csvStyle"`
}

// DefaultSettings are the settings of a new workspace.
func DefaultSettings() Settings {
	return Settings{
		Currency:             "USD",
		FiscalYearStartMonth: 1,
		QBRThresholdMinor:    DefaultQBRThresholdMinor,
		Theme:                ThemeSystem,
		SkipWeekends:         true,
		BackupsToKeep:        7,
	}
}

// Currencies returns the currency codes a workspace may use, sorted.
func Currencies() []string {
	return []string{"AED", "AUD", "BRL", "CAD", "CHF", "CNY", "CZK", "DKK", "EUR", "GBP", "HKD",
		"INR", "JPY", "KRW", "MXN", "NOK", "NZD", "PLN", "SEK", "SGD", "USD", "ZAR"}
}

// Normalize trims and upper-cases what a user may type loosely.
func (s *Settings) Normalize() {
	s.AgencyName = strings.TrimSpace(s.AgencyName)
	s.DirectorName = strings.TrimSpace(s.DirectorName)
	s.Currency = strings.ToUpper(strings.TrimSpace(s.Currency))
	s.Theme = strings.ToLower(strings.TrimSpace(s.Theme))
	s.CSVStyle = strings.ToLower(strings.TrimSpace(s.CSVStyle))
}

// Validate returns an invalid error naming the first wrong field.
func (s Settings) Validate() error {
	switch {
	case len([]rune(s.AgencyName)) > NameMaxLen:
		return Invalid("agencyName", "The agency name can be at most 120 characters.")
	case len([]rune(s.DirectorName)) > NameMaxLen:
		return Invalid("directorName", "Your name can be at most 120 characters.")
	case !slices.Contains(Currencies(), s.Currency):
		return Invalid("currency", "Choose a currency from the list.")
	case s.FiscalYearStartMonth < FiscalMonthMin || s.FiscalYearStartMonth > FiscalMonthMax:
		return Invalid("fiscalYearStartMonth", "The fiscal year starts in a month from 1 (January) to 12 (December).")
	case s.QBRThresholdMinor <= 0:
		return Invalid("qbrThresholdMinor", "The QBR threshold must be more than zero.")
	case s.QBRThresholdMinor > QBRThresholdMaxMinor:
		return Invalid("qbrThresholdMinor", "The QBR threshold must be at most 1,000,000,000.")
	case s.Theme != ThemeSystem && s.Theme != ThemeLight && s.Theme != ThemeDark:
		return Invalid("theme", "Choose system, light or dark.")
	case s.BackupsToKeep < 0 || s.BackupsToKeep > BackupsToKeepMax:
		return Invalid("backupsToKeep", "Keep between 0 and 365 daily backups.")
	case s.CSVStyle != "" && !slices.Contains(CSVStyles(), s.CSVStyle):
		return Invalid("csvStyle", "Choose how spreadsheet files are written from the list.")
	}
	return nil
}

// WorkspaceInfo describes the open workspace file.
type WorkspaceInfo struct {
	Path          string `json:"path"`
	SizeBytes     int64  `json:"sizeBytes"`
	SchemaVersion int64  `json:"schemaVersion"`
	CreatedAt     string `json:"createdAt"`
	LogPath       string `json:"logPath"`
}

// WindowState is the desktop window's last size and position.
type WindowState struct {
	Width     int  `json:"width"`
	Height    int  `json:"height"`
	X         int  `json:"x"`
	Y         int  `json:"y"`
	Maximised bool `json:"maximised"`
}

// SettingsService reads and changes the workspace settings.
type SettingsService interface {
	// Settings returns the current settings.
	Settings(ctx context.Context) (Settings, error)
	// UpdateSettings validates and stores s. Returns EINVALID with the field.
	UpdateSettings(ctx context.Context, s Settings) (Settings, error)
	// WindowState returns the remembered window state, ok=false when none.
	WindowState(ctx context.Context) (WindowState, bool, error)
	// SaveWindowState remembers the window state.
	SaveWindowState(ctx context.Context, w WindowState) error
	// EnsureDirector makes the director a person on their own team if they
	// are not yet: the person already on the roster with the settings' name
	// (or name, when the settings have none), else a new Account Director
	// from today. Settings' name becomes theirs. Returns that person.
	EnsureDirector(ctx context.Context, name string, today time.Time) (Person, error)
}
