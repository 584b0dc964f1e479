package backend

import (
	"context"
	"slices"
	"strings"
	"time"
)

// Person statuses.
const (
	PersonOnboarding = "onboarding"
	PersonActive     = "active"
	PersonLeaving    = "leaving"
	PersonLeft       = "left"
)

// Roles on an account.
const (
	AccountLead    = "lead"
	AccountSupport = "support"
	AccountBackup  = "backup"
)

// DefaultRoles is the editable list of job titles a new workspace starts with.
func DefaultRoles() []string {
	return []string{"Group Account Director", "Account Director", "Account Supervisor", "Account Manager",
		"Senior Account Executive", "Account Executive", "Account Coordinator"}
}

// Person is a member of the director's team.
type Person struct {
	ID                   int64    `json:"id"`
	Name                 string   `json:"name"`
	Email                string   `json:"email"`
	Role                 string   `json:"role"`
	ReportsTo            int64    `json:"reportsTo"` // 0: reports to nobody on this roster
	StartDate            string   `json:"startDate"`
	EndDate              string   `json:"endDate"`
	Status               string   `json:"status"`
	Location             string   `json:"location"`
	CapacityHoursPerWeek float64  `json:"capacityHoursPerWeek"`
	Skills               []string `json:"skills"`
	Notes                string   `json:"notes"`
	Version              int64    `json:"version"`
	// You is true for the director's own record (Settings' "Your name").
	// Set by the store; ignored on save.
	You bool `json:"you"`
}

// Normalize fills defaults and trims what people type loosely.
func (p *Person) Normalize() {
	p.Name = strings.Join(strings.Fields(p.Name), " ")
	p.Email = strings.TrimSpace(p.Email)
	p.Role = strings.TrimSpace(p.Role)
	p.Status = defaultTo(p.Status, PersonActive)
	if p.CapacityHoursPerWeek == 0 {
		p.CapacityHoursPerWeek = 40
	}
	p.Skills = cleanList(p.Skills)
}

// Validate returns an invalid error naming the first wrong field. Whether the
// role exists and whether reports-to makes a cycle need the store: see
// CheckReportsTo.
func (p Person) Validate() error {
	switch {
	case p.Name == "":
		return Invalid("name", "Give the person a name.")
	case len([]rune(p.Name)) > NameMaxLen:
		return Invalid("name", "The name can be at most 120 characters.")
	case !validEmail(p.Email):
		return Invalid("email", "Enter an email address like name@agency.com.")
	case p.Role == "":
		return Invalid("role", "Choose a role.")
	case !oneOf(p.Status, PersonOnboarding, PersonActive, PersonLeaving, PersonLeft):
		return Invalid("status", "Choose onboarding, active, leaving or left.")
	case p.StartDate == "" || !validDate(p.StartDate):
		return Invalid("startDate", "Enter the start date.")
	case !validDate(p.EndDate):
		return Invalid("endDate", "Enter the end date as a date.")
	case p.EndDate != "" && p.EndDate < p.StartDate:
		return Invalid("endDate", "The end date cannot be before the start date.")
	case p.CapacityHoursPerWeek <= 0 || p.CapacityHoursPerWeek > CapacityMaxHours:
		return Invalid("capacityHoursPerWeek", "Capacity is between 1 and 80 hours a week.")
	case p.ID != 0 && p.ReportsTo == p.ID:
		return Invalid("reportsTo", "A person cannot report to themselves.")
	}
	return nil
}

// CheckReportsTo refuses a manager that would make a loop: person cannot
// report to someone who (directly or through others) reports to them.
// managers maps each person to whom they report (0 for nobody).
func CheckReportsTo(person, manager int64, managers map[int64]int64) error {
	if manager == 0 {
		return nil
	}
	if manager == person {
		return Invalid("reportsTo", "A person cannot report to themselves.")
	}
	seen := map[int64]bool{}
	for m := manager; m != 0; m = managers[m] {
		if m == person {
			return Invalid("reportsTo", "That would make a loop: this person's manager already reports to them.")
		}
		if seen[m] {
			break // an existing loop elsewhere; not this person's to fix
		}
		seen[m] = true
	}
	return nil
}

// Allocation puts part of a person's capacity on an account.
type Allocation struct {
	ID          int64   `json:"id"`
	PersonID    int64   `json:"personId"`
	AccountID   int64   `json:"accountId"`
	AccountName string  `json:"accountName"`
	PersonName  string  `json:"personName"`
	Percent     float64 `json:"percent"` // of the person's capacity
	Role        string  `json:"role"`    // lead, support, backup
	StartDate   string  `json:"startDate"`
	EndDate     string  `json:"endDate"` // "" for open-ended
	Tentative   bool    `json:"tentative"`
}

// Validate returns an invalid error naming the first wrong field.
func (a *Allocation) Validate() error {
	a.Role = defaultTo(a.Role, AccountSupport)
	switch {
	case a.PersonID == 0:
		return Invalid("personId", "Choose a person.")
	case a.AccountID == 0:
		return Invalid("accountId", "Choose an account.")
	case a.Percent <= 0 || a.Percent > AllocationMaxPct:
		return Invalid("percent", "An allocation is more than 0%% and at most 100%% of the person's time.")
	case !oneOf(a.Role, AccountLead, AccountSupport, AccountBackup):
		return Invalid("role", "Choose lead, support or backup.")
	case a.StartDate == "" || !validDate(a.StartDate):
		return Invalid("startDate", "Enter the start date.")
	case !validDate(a.EndDate):
		return Invalid("endDate", "Enter the end date as a date.")
	case a.EndDate != "" && a.EndDate < a.StartDate:
		return Invalid("endDate", "The end date cannot be before the start date.")
	}
	return nil
}

// HoursPerWeek is what the allocation asks of the person each week.
func (a Allocation) HoursPerWeek(capacity float64) float64 { return a.Percent * capacity / 100 }

// Load is utilization over a period, confirmed and tentative apart, in
// percent of capacity.
type Load struct {
	From      string  `json:"from"`
	To        string  `json:"to"`
	Confirmed float64 `json:"confirmed"`
	Tentative float64 `json:"tentative"`
}

// Total is confirmed plus tentative.
func (l Load) Total() float64 { return l.Confirmed + l.Tentative }

// OverAllocated is true when confirmed work alone is above 100%.
func (l Load) OverAllocated() bool { return l.Confirmed > 100.0001 }

// Utilization is the person's load between from and to (inclusive): each
// allocation's percent weighted by the share of the person's working days
// (Monday to Friday) in the period that it covers. The person's working days
// are those between their own start and end dates, so someone starting on
// the 7th who is booked at 110% is at 110% for the month, not at a share of
// it; before they start or after they leave the load is 0.
func Utilization(p Person, allocs []Allocation, from, to time.Time) Load {
	return scheduleOf(p, allocs).load(from, to)
}

// schedule is a person's working dates and allocations, their dates parsed
// once for the many periods the Team overview judges (a month, the months
// ahead, twelve weeks).
type schedule struct {
	start, end time.Time // the person's; zero when not bounded
	allocs     []dated
}

// dated is an allocation with its dates parsed; a zero start or end runs
// from the start or to the end of whatever period is judged.
type dated struct {
	start, end time.Time
	percent    float64
	tentative  bool
}

func scheduleOf(p Person, allocs []Allocation) schedule {
	s := schedule{start: parseDay(p.StartDate, time.Time{})}
	if p.EndDate != "" {
		s.end = parseDay(p.EndDate, time.Time{})
	}
	for _, a := range allocs {
		if a.PersonID == p.ID {
			s.allocs = append(s.allocs, dated{parseDay(a.StartDate, time.Time{}), parseDay(a.EndDate, time.Time{}), a.Percent, a.Tentative})
		}
	}
	return s
}

// load is Utilization over the schedule.
func (s schedule) load(from, to time.Time) Load {
	load := Load{From: from.Format(time.DateOnly), To: to.Format(time.DateOnly)}
	if !s.start.IsZero() && s.start.After(from) {
		from = s.start
	}
	if !s.end.IsZero() && s.end.Before(to) {
		to = s.end
	}
	days := workingDays(from, to)
	if days == 0 {
		return load
	}
	for _, a := range s.allocs {
		start, end := a.start, a.end
		if start.IsZero() || start.Before(from) {
			start = from
		}
		if end.IsZero() || end.After(to) {
			end = to
		}
		overlap := workingDays(start, end)
		if overlap == 0 {
			continue
		}
		share := a.percent * float64(overlap) / float64(days)
		if a.tentative {
			load.Tentative += share
		} else {
			load.Confirmed += share
		}
	}
	return load
}

// OverMonths returns the runs of months from the month of first to the month
// of last (inclusive; last zero for no end) in which the person's confirmed
// load (Utilization over the month) is above 100%. The last run's To is ""
// when it goes on past every date that could change it and last is zero.
//
// The load can only change in a month holding one of the dates (an
// allocation's start or end, the person's start or end): every other month is
// covered whole by the same allocations, so its load is the sum of their
// percents. Only those months, the months after them and the first month are
// computed; each of the others has the load of the computed month before it.
func OverMonths(p Person, allocs []Allocation, first, last time.Time) []OverSpan {
	return scheduleOf(p, allocs).overMonths(first, last)
}

func (s schedule) overMonths(first, last time.Time) []OverSpan {
	first = monthOf(first)
	open := last.IsZero()
	if !open {
		last = monthOf(last)
		if last.Before(first) {
			return []OverSpan{}
		}
	}
	within := func(m time.Time) bool { return !m.Before(first) && (open || !m.After(last)) }
	candidates := make([]time.Time, 1, 2*len(s.allocs)+5)
	candidates[0] = first
	mark := func(day time.Time) {
		if day.IsZero() {
			return
		}
		m := monthOf(day)
		for _, c := range [2]time.Time{m, m.AddDate(0, 1, 0)} {
			if within(c) {
				candidates = append(candidates, c)
			}
		}
	}
	mark(s.start)
	mark(s.end)
	for _, a := range s.allocs {
		if !a.tentative { // tentative work never makes anyone over
			mark(a.start)
			mark(a.end)
		}
	}
	slices.SortFunc(candidates, func(a, b time.Time) int { return a.Compare(b) })
	candidates = slices.CompactFunc(candidates, func(a, b time.Time) bool { return a.Equal(b) })

	out := []OverSpan{}
	for i, c := range candidates {
		load := s.load(c, c.AddDate(0, 1, -1)).Confirmed
		// This computed month stands for the months up to the next one.
		to := ""
		switch {
		case i+1 < len(candidates):
			to = candidates[i+1].AddDate(0, -1, 0).Format("2006-01")
		case !open:
			to = last.Format("2006-01")
		}
		if load <= 100.0001 {
			continue
		}
		from := c.Format("2006-01")
		if n := len(out); n > 0 && out[n-1].To != "" && nextMonth(out[n-1].To) == from {
			out[n-1].To = to
			out[n-1].Peak = max(out[n-1].Peak, load)
			continue
		}
		out = append(out, OverSpan{From: from, To: to, Peak: load})
	}
	return out
}

func monthOf(t time.Time) time.Time { return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC) }

func nextMonth(month string) string {
	t, err := time.Parse("2006-01", month)
	if err != nil {
		return ""
	}
	return t.AddDate(0, 1, 0).Format("2006-01")
}

// CheckAllocation judges an allocation before it is saved: the months it
// covers in which the person would be above 100% of their time, counting it
// (as if confirmed) with the person's other confirmed allocations (a saved
// allocation with the same ID is replaced, not counted twice), and whether it
// starts before the person does.
func CheckAllocation(p Person, allocs []Allocation, x Allocation) AllocationCheck {
	c := AllocationCheck{Over: []OverSpan{}, PersonStart: p.StartDate}
	c.BeforeStart = x.StartDate != "" && p.StartDate != "" && x.StartDate < p.StartDate
	others := make([]Allocation, 0, len(allocs)+1)
	for _, a := range allocs {
		if a.PersonID == p.ID && (x.ID == 0 || a.ID != x.ID) {
			others = append(others, a)
		}
	}
	x.PersonID, x.Tentative = p.ID, false
	others = append(others, x)
	first := parseDay(x.StartDate, time.Time{})
	if first.IsZero() {
		return c
	}
	var last time.Time
	if x.EndDate != "" {
		if last = parseDay(x.EndDate, time.Time{}); last.IsZero() {
			return c
		}
	}
	c.Over = OverMonths(p, others, first, last)
	return c
}

func parseDay(s string, fallback time.Time) time.Time {
	// The common case, a well-formed YYYY-MM-DD, without time.Parse: the
	// heatmap parses every allocation's dates for every person and week.
	if len(s) == 10 && s[4] == '-' && s[7] == '-' {
		y, okY := digits(s[0:4])
		m, okM := digits(s[5:7])
		d, okD := digits(s[8:10])
		if okY && okM && okD && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(time.Month(m), y) {
			return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		}
		return fallback
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t
	}
	return fallback
}

func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

func daysIn(m time.Month, y int) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// workingDays counts Monday to Friday from a to b inclusive; 0 if b is
// before a. Whole weeks count five days; the remainder is walked (at most six days).
func workingDays(a, b time.Time) int {
	if b.Before(a) {
		return 0
	}
	days := int(b.Sub(a).Hours()/24) + 1
	n := days / 7 * 5
	for d, i := a.AddDate(0, 0, days/7*7), 0; i < days%7; d, i = d.AddDate(0, 0, 1), i+1 {
		if wd := d.Weekday(); wd != time.Saturday && wd != time.Sunday {
			n++
		}
	}
	return n
}

// WeeksPerMonth converts weekly hours to monthly: 52 weeks over 12 months.
const WeeksPerMonth = 52.0 / 12.0

// Coverage is one account's team and what is missing.
type Coverage struct {
	AccountID     int64   `json:"accountId"`
	AccountName   string  `json:"accountName"`
	Tier          string  `json:"tier"`
	HasLead       bool    `json:"hasLead"`
	HasBackup     bool    `json:"hasBackup"`
	HoursPerMonth float64 `json:"hoursPerMonth"` // confirmed, allocated
	RetainerHours float64 `json:"retainerHours"`
	// OverServiced is true when allocated hours exceed the retainer.
	OverServiced bool `json:"overServiced"`
	// NeedsBackup is true for strategic and key accounts without a backup.
	NeedsBackup bool `json:"needsBackup"`
	// LeaversOnAccount are people leaving who lead or back up this account.
	LeaversOnAccount []string `json:"leaversOnAccount"`
}

// AccountCoverage judges one account's team on a day: allocations active that
// day count; tentative ones do not make cover.
func AccountCoverage(a Account, allocs []Allocation, people map[int64]Person, day time.Time) Coverage {
	c := Coverage{AccountID: a.ID, AccountName: a.Name, Tier: a.Tier, RetainerHours: a.RetainerHoursPerMonth, LeaversOnAccount: []string{}}
	iso := day.Format(time.DateOnly)
	for _, al := range allocs {
		if al.AccountID != a.ID || al.StartDate > iso || (al.EndDate != "" && al.EndDate < iso) {
			continue
		}
		p, ok := people[al.PersonID]
		if !ok || p.Status == PersonLeft {
			continue
		}
		if al.Tentative {
			continue
		}
		c.HoursPerMonth += al.HoursPerWeek(p.CapacityHoursPerWeek) * WeeksPerMonth
		switch al.Role {
		case AccountLead:
			c.HasLead = true
		case AccountBackup:
			c.HasBackup = true
		}
		if p.Status == PersonLeaving && al.Role != AccountSupport {
			c.LeaversOnAccount = append(c.LeaversOnAccount, p.Name)
		}
	}
	c.OverServiced = a.RetainerHoursPerMonth > 0 && c.HoursPerMonth > a.RetainerHoursPerMonth+0.0001
	c.NeedsBackup = (a.Tier == TierStrategic || a.Tier == TierKey) && !c.HasBackup && a.Status != StatusChurned
	return c
}

// AccountTeamMember is one allocation on an account with the hours a month
// it gives (the person's weekly capacity × percent × WeeksPerMonth).
type AccountTeamMember struct {
	Allocation    Allocation `json:"allocation"`
	HoursPerMonth float64    `json:"hoursPerMonth"`
}

// AccountTeam is who works on one account and what cover is missing, for the
// account's page (the Team overview has every account's).
type AccountTeam struct {
	// Members are the allocations not yet ended on the day (current and
	// future, tentative included), in the order of Allocations.
	Members []AccountTeamMember `json:"members"`
	// Coverage is judged by AccountCoverage; nil for a churned account, which
	// needs no team.
	Coverage *Coverage `json:"coverage"`
}

// NewAccountTeam builds an account's team from its allocations and the people
// on them.
func NewAccountTeam(a Account, allocs []Allocation, people map[int64]Person, day time.Time) AccountTeam {
	t := AccountTeam{Members: []AccountTeamMember{}}
	iso := day.Format(time.DateOnly)
	for _, al := range allocs {
		if al.AccountID != a.ID || (al.EndDate != "" && al.EndDate < iso) {
			continue
		}
		t.Members = append(t.Members, AccountTeamMember{Allocation: al, HoursPerMonth: al.HoursPerWeek(people[al.PersonID].CapacityHoursPerWeek) * WeeksPerMonth})
	}
	if a.Status != StatusChurned {
		c := AccountCoverage(a, allocs, people, day)
		t.Coverage = &c
	}
	return t
}

// RosterRow is one person in the roster table.
type RosterRow struct {
	Person
	ReportsToName string   `json:"reportsToName"`
	ThisMonth     Load     `json:"thisMonth"`
	Accounts      []string `json:"accounts"`
	// Over are the runs of months, from this month on, in which the person's
	// confirmed work is above 100% of their time.
	Over          []OverSpan `json:"over"`
	OverAllocated bool       `json:"overAllocated"` // Over is not empty
}

// OverSpan is a run of consecutive months in which a person's confirmed work
// is above 100% of their time.
type OverSpan struct {
	From string `json:"from"` // YYYY-MM
	To   string `json:"to"`   // YYYY-MM; "" when it runs on with no end
	// Peak is the highest month's confirmed load in the run, in percent.
	Peak float64 `json:"peak"`
}

// AllocationCheck is what saving an allocation would do to the person's load.
type AllocationCheck struct {
	// Over are the months the allocation covers in which the person would
	// be above 100% (a tentative allocation counted as if confirmed).
	Over []OverSpan `json:"over"`
	// BeforeStart is true when the allocation starts before the person
	// does (PersonStart); it counts from their start.
	BeforeStart bool   `json:"beforeStart"`
	PersonStart string `json:"personStart"`
}

// Heatmap is people × the next weeks, utilization per cell.
type Heatmap struct {
	Weeks []string     `json:"weeks"` // Mondays, YYYY-MM-DD
	Rows  []HeatmapRow `json:"rows"`
}

// HeatmapRow is one person's load per week.
type HeatmapRow struct {
	PersonID int64  `json:"personId"`
	Name     string `json:"name"`
	Weeks    []Load `json:"weeks"`
}

// TeamOverview is what the Team screen and the Dashboard show.
type TeamOverview struct {
	Roster        []RosterRow `json:"roster"`
	Coverage      []Coverage  `json:"coverage"`
	OverAllocated []RosterRow `json:"overAllocated"`
	Uncovered     []Coverage  `json:"uncovered"` // no lead, or needs a backup
	Heatmap       Heatmap     `json:"heatmap"`
}

// TeamAttention is what the Dashboard shows of the team: the first rows of
// the over-allocated people and of the accounts needing cover, and how many
// there are. (The whole overview is 2 MB at 5 000 accounts.)
type TeamAttention struct {
	OverAllocated      []RosterRow `json:"overAllocated"`
	OverAllocatedCount int         `json:"overAllocatedCount"`
	Uncovered          []Coverage  `json:"uncovered"`
	UncoveredCount     int         `json:"uncoveredCount"`
}

// Attention returns the first n over-allocated people and accounts needing
// cover, in the overview's order, with their counts.
func (o TeamOverview) Attention(n int) TeamAttention {
	a := TeamAttention{OverAllocated: []RosterRow{}, Uncovered: []Coverage{},
		OverAllocatedCount: len(o.OverAllocated), UncoveredCount: len(o.Uncovered)}
	a.OverAllocated = append(a.OverAllocated, o.OverAllocated[:min(n, len(o.OverAllocated))]...)
	a.Uncovered = append(a.Uncovered, o.Uncovered[:min(n, len(o.Uncovered))]...)
	return a
}

// TeamService keeps the roster and allocations.
type TeamService interface {
	// Roles returns the editable list of roles.
	Roles(ctx context.Context) ([]string, error)
	// SaveRoles replaces the list of roles. Returns EINVALID, ECONFLICT (a role in use is missing).
	SaveRoles(ctx context.Context, roles []string) ([]string, error)
	// People returns everyone on the roster by name.
	People(ctx context.Context) ([]Person, error)
	// SavePerson creates (ID 0) or updates a person. Returns EINVALID
	// (including reports-to loops), ENOTFOUND, ECONFLICT (stale version).
	SavePerson(ctx context.Context, p Person) (Person, error)
	// DeletePerson removes a person and their allocations; people reporting to
	// them report to nobody. Returns ENOTFOUND.
	DeletePerson(ctx context.Context, id int64) error
	// Allocations returns allocations of a person (personID != 0) or an
	// account (accountID != 0), or all when both are 0.
	Allocations(ctx context.Context, personID, accountID int64) ([]Allocation, error)
	// SaveAllocation creates (ID 0) or updates an allocation. Returns EINVALID, ENOTFOUND.
	SaveAllocation(ctx context.Context, a Allocation) (Allocation, error)
	// DeleteAllocation removes an allocation. Returns ENOTFOUND.
	DeleteAllocation(ctx context.Context, id int64) error
	// CheckAllocation tells what saving the allocation (new, or a change to a
	// saved one) would do to the person's load; it saves nothing. Returns EINVALID.
	CheckAllocation(ctx context.Context, a Allocation) (AllocationCheck, error)
	// TeamOverview computes the roster, coverage and a heatmap of the next weeks.
	TeamOverview(ctx context.Context, today time.Time, weeks int) (TeamOverview, error)
	// AccountTeam returns one account's team and coverage on a day. Returns ENOTFOUND.
	AccountTeam(ctx context.Context, accountID int64, today time.Time) (AccountTeam, error)
}
