package backend

import (
	"context"
	"net/mail"
	"slices"
	"strings"
	"time"
)

// Account tiers, statuses, health colours and contract types.
const (
	TierStrategic = "strategic"
	TierKey       = "key"
	TierStandard  = "standard"

	StatusProspect = "prospect"
	StatusActive   = "active"
	StatusAtRisk   = "at_risk"
	StatusChurned  = "churned"

	HealthGreen = "green"
	HealthAmber = "amber"
	HealthRed   = "red"

	ContractRetainer = "retainer"
	ContractProject  = "project"
	ContractMixed    = "mixed"
)

// Account is one client of the agency.
type Account struct {
	ID       int64  `json:"id"`
	Name     string `json:"name"`
	Industry string `json:"industry"`
	Tier     string `json:"tier"`
	Status   string `json:"status"`
	Health   string `json:"health"`
	// HealthReason says why the health is what it is; required unless green.
	HealthReason          string  `json:"healthReason"`
	ContractType          string  `json:"contractType"`
	RetainerHoursPerMonth float64 `json:"retainerHoursPerMonth"`
	ContractStart         string  `json:"contractStart"` // YYYY-MM-DD or ""
	RenewalDate           string  `json:"renewalDate"`   // YYYY-MM-DD or ""
	// NoticeDays is the contract's notice period: how many days before the
	// renewal date notice must be given (0: none recorded).
	NoticeDays     int    `json:"noticeDays"`
	AgencyOfRecord bool   `json:"agencyOfRecord"`
	Notes          string `json:"notes"`
	// Version increases on every save; a save naming an older version is a conflict.
	Version   int64  `json:"version"`
	CreatedAt string `json:"createdAt"`
	UpdatedAt string `json:"updatedAt"`
}

// Normalize trims what people type loosely.
func (a *Account) Normalize() {
	a.Name = strings.Join(strings.Fields(a.Name), " ")
	a.Industry = strings.TrimSpace(a.Industry)
	a.HealthReason = strings.TrimSpace(a.HealthReason)
	a.ContractStart = strings.TrimSpace(a.ContractStart)
	a.RenewalDate = strings.TrimSpace(a.RenewalDate)
	if a.Tier == "" {
		a.Tier = TierStandard
	}
	if a.Status == "" {
		a.Status = StatusActive
	}
	if a.Health == "" {
		a.Health = HealthGreen
	}
	if a.ContractType == "" {
		a.ContractType = ContractRetainer
	}
}

// Validate returns an invalid error naming the first wrong field.
func (a Account) Validate() error {
	switch {
	case a.Name == "":
		return Invalid("name", "Give the account a name.")
	case len([]rune(a.Name)) > NameMaxLen:
		return Invalid("name", "The account name can be at most 120 characters.")
	case len([]rune(a.Industry)) > NameMaxLen:
		return Invalid("industry", "The industry can be at most 120 characters.")
	case !oneOf(a.Tier, TierStrategic, TierKey, TierStandard):
		return Invalid("tier", "Choose strategic, key or standard.")
	case !oneOf(a.Status, StatusProspect, StatusActive, StatusAtRisk, StatusChurned):
		return Invalid("status", "Choose prospect, active, at risk or churned.")
	case !oneOf(a.Health, HealthGreen, HealthAmber, HealthRed):
		return Invalid("health", "Choose green, amber or red.")
	case a.Health != HealthGreen && a.HealthReason == "":
		return Invalid("healthReason", "Say why the account is amber or red.")
	case !oneOf(a.ContractType, ContractRetainer, ContractProject, ContractMixed):
		return Invalid("contractType", "Choose retainer, project or mixed.")
	case a.RetainerHoursPerMonth < 0 || a.RetainerHoursPerMonth > RetainerHoursMax:
		return Invalid("retainerHoursPerMonth", "Retainer hours per month must be between 0 and 10,000.")
	case !validDate(a.ContractStart):
		return Invalid("contractStart", "Enter the contract start as a date.")
	case !validDate(a.RenewalDate):
		return Invalid("renewalDate", "Enter the renewal date as a date.")
	case a.ContractStart != "" && a.RenewalDate != "" && a.RenewalDate < a.ContractStart:
		return Invalid("renewalDate", "The renewal date cannot be before the contract start.")
	case a.NoticeDays < 0 || a.NoticeDays > NoticeDaysMax:
		return Invalid("noticeDays", "The notice period must be between 0 and 365 days.")
	case len(a.Notes) > NotesMaxLen:
		return Invalid("notes", "Notes can be at most 20,000 characters.")
	}
	return nil
}

// HealthChange is one entry in an account's health history.
type HealthChange struct {
	Health    string `json:"health"`
	Reason    string `json:"reason"`
	ChangedAt string `json:"changedAt"`
}

// AccountSummary is one row of the accounts list, with the figures the list shows.
type AccountSummary struct {
	ID          int64  `json:"id"`
	Name        string `json:"name"`
	Industry    string `json:"industry"`
	Tier        string `json:"tier"`
	Status      string `json:"status"`
	Health      string `json:"health"`
	RenewalDate string `json:"renewalDate"`
	// NoticeDate is the last day to give notice before the renewal ("" when
	// no renewal date or notice period is recorded).
	NoticeDate string `json:"noticeDate"`
	// RevenueT12MMinor is revenue over the last twelve full months.
	RevenueT12MMinor int64   `json:"revenueT12MMinor"`
	MarginPct        float64 `json:"marginPct"`
	PlanStatus       string  `json:"planStatus"` // latest plan's status, "" when none
	PlanPeriod       string  `json:"planPeriod"`
	PlanTargetMinor  int64   `json:"planTargetMinor"` // latest plan's revenue target
	PlanType         string  `json:"planType"`        // latest plan's type, "" when none
	// Completeness is the latest plan's, 0–100 (0 without a plan).
	Completeness int    `json:"completeness"`
	QBR          QBRDue `json:"qbr"`
}

// AccountFilter narrows the accounts list. Empty fields match everything.
type AccountFilter struct {
	// ID, when set, lists that one account (its row, with figures and QBR).
	ID     int64  `json:"id"`
	Search string `json:"search"`
	Tier   string `json:"tier"`
	Health string `json:"health"`
	Status string `json:"status"`
	// CompletenessBelow, when above 0, lists only accounts whose latest
	// plan is less complete than this percentage (or that have no plan).
	CompletenessBelow int `json:"completenessBelow"`
}

// AccountService keeps client accounts.
type AccountService interface {
	// ListAccounts returns the accounts matching f, by name.
	ListAccounts(ctx context.Context, f AccountFilter, today time.Time) ([]AccountSummary, error)
	// Account returns one account. Returns ENOTFOUND.
	Account(ctx context.Context, id int64) (Account, error)
	// CreateAccount stores a new account. Returns EINVALID, ECONFLICT (name taken).
	CreateAccount(ctx context.Context, a Account) (Account, error)
	// UpdateAccount saves a; a.Version must be the version read. Returns
	// EINVALID, ENOTFOUND, ECONFLICT (name taken, or changed meanwhile).
	UpdateAccount(ctx context.Context, a Account) (Account, error)
	// DeleteAccount removes the account and everything under it. Returns ENOTFOUND.
	DeleteAccount(ctx context.Context, id int64) error
	// HealthHistory returns the account's health changes, newest first.
	HealthHistory(ctx context.Context, id int64) ([]HealthChange, error)
}

func oneOf(v string, options ...string) bool { return slices.Contains(options, v) }

// validDate accepts "" or an ISO date.
func validDate(s string) bool {
	if s == "" {
		return true
	}
	_, err := time.Parse(time.DateOnly, s)
	return err == nil
}

// validEmail accepts "" or a single plain address.
func validEmail(s string) bool {
	if s == "" {
		return true
	}
	a, err := mail.ParseAddress(s)
	return err == nil && a.Address == s
}

// NoticeDate is the last day notice can be given before a renewal: the
// renewal date less the notice period. "" when either is not recorded (or
// the renewal date is not a date).
func NoticeDate(renewal string, noticeDays int) string {
	if renewal == "" || noticeDays <= 0 {
		return ""
	}
	d, err := time.Parse(time.DateOnly, renewal)
	if err != nil {
		return ""
	}
	return d.AddDate(0, 0, -noticeDays).Format(time.DateOnly)
}
