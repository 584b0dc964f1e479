package backend

// The numeric and length limits the Validate functions enforce, in one place.
// The front end's forms check the same limits before saving: Limits is
// written to frontend/src/lib/limits.json by `go test ./backend -run
// TestLimitsFile -update`, and the test fails when the file is stale or when a
// Validate function enforces other bounds than its entry here.

// Text lengths, in characters unless a comment says bytes.
const (
	NameMaxLen          = 120   // account, stakeholder, person, agency and director names; an account's industry
	NotesMaxLen         = 20000 // an account's notes (bytes)
	SectionMaxLen       = 20000 // each written section of a QBR or (bytes) a contact report
	PlanTextMaxLen      = 50000 // a plan's executive summary and vision (bytes)
	PeriodMaxLen        = 32    // a plan's period, such as FY2027
	JobNumberMaxLen     = 40    // a job number (bytes)
	PlaceNameMaxLen     = 80    // a saved export place's name
	PlaceAddressMaxLen  = 2000  // its folder or WebDAV address
	PlaceUserMaxLen     = 200   // its WebDAV user name
	TemplateMaxTasks    = 500   // tasks in an onboarding template
	PassphraseMinLen    = 10    // the appraisals passphrase, at least
	PassphraseMaxLen    = 1024  // and at most
	OneOnOneNotesMaxLen = 20000 // a 1:1's shared notes and the director's private notes (bytes)
	OneOnOneItemMaxLen  = 500   // a 1:1's talking point or action item
	OneOnOneMaxItems    = 200   // talking points, and action items, in one 1:1
	FeedbackNoteMaxLen  = 5000  // a feedback note about a person
	PeerQuestionMaxLen  = 500   // a question of a peer feedback request
	PeerCommentMaxLen   = 5000  // a reviewer's answer to one question
	PeerEmailMaxLen     = 254   // a reviewer's email address (bytes)
	PeerMaxReviewers    = 30    // reviewers asked in one request
	PeerMaxQuestions    = 60    // questions in one request
	// PeerResponseMaxBytes is the largest response file read at all: a form
	// saves a few kilobytes; anything over 1 MB is refused before parsing.
	PeerResponseMaxBytes = 1 << 20
)

// Number ranges, inclusive unless the name says otherwise.
const (
	RetainerHoursMax     = 10000  // retainer hours per month, from 0
	NoticeDaysMax        = 365    // a contract's notice period, in days, from 0
	HoursUsedMax         = 100000 // hours used in a month, from 0
	GrowthTargetMinPct   = -100   // a plan's growth target
	GrowthTargetMaxPct   = 1000   //
	ProbabilityMax       = 100    // an opportunity's probability, from 0
	RiskPointMin         = 1      // a risk's likelihood and impact
	RiskPointMax         = 5      //
	InfluenceMin         = 1      // a stakeholder's influence
	InfluenceMax         = 5      //
	CapacityMaxHours     = 80     // a person's hours a week, more than 0
	AllocationMaxPct     = 100    // an allocation's percent of a person's time, more than 0
	OffsetMinDays        = -90    // an onboarding task's due day from the start
	OffsetMaxDays        = 365    //
	ScalePointMin        = 1      // an appraisal scale's lowest point
	ScalePointMax        = 10     // and highest point
	MeritMaxPct          = 50     // a merit increase, more than 0
	FiscalMonthMin       = 1      // the fiscal year's first month
	FiscalMonthMax       = 12     //
	QBRThresholdMaxMinor = 1_000_000_000_00
	BackupsToKeepMax     = 365 // daily backups kept, from 0
)

// Limit is the bound a Validate function enforces on one field: a number
// from Min to Max (inclusive) or above Above (exclusive), a text of at most
// MaxLength characters (UTF-8 bytes when Bytes) matching Pattern, a list of at most MaxItems
// entries. Absent bounds are not checked.
type Limit struct {
	Min       *float64 `json:"min,omitempty"`
	Above     *float64 `json:"above,omitempty"`
	Max       *float64 `json:"max,omitempty"`
	MinLength int      `json:"minLength,omitempty"`
	MaxLength int      `json:"maxLength,omitempty"`
	Bytes     bool     `json:"bytes,omitempty"`
	// Pattern is a regular expression the whole text must match (Go's RE2
	// syntax, kept to what JavaScript reads the same way).
	Pattern  string `json:"pattern,omitempty"`
	MaxItems int    `json:"maxItems,omitempty"`
}

// FormLimits are the limits of one form's fields, by the field's JSON name;
// a field of a list's items is named like "competencies.weight".
type FormLimits map[string]Limit

// Rules are thresholds the UI shows as Go decides them.
type Rules struct {
	// HighRiskScore is the likelihood × impact from which a risk is high.
	HighRiskScore int `json:"highRiskScore"`
	// ContactReportDeadlineHours is how long after a meeting its report is due.
	ContactReportDeadlineHours int `json:"contactReportDeadlineHours"`
}

// LimitTable is every form's limits and the shared rules.
type LimitTable struct {
	Forms map[string]FormLimits `json:"forms"`
	Rules Rules                 `json:"rules"`
}

func lim(v float64) *float64 { return &v }

func limBetween(lo, hi float64) Limit { return Limit{Min: lim(lo), Max: lim(hi)} }
func limAtLeast(lo float64) Limit     { return Limit{Min: lim(lo)} }
func limAbove(lo float64) Limit       { return Limit{Above: lim(lo)} }
func limAboveTo(lo, hi float64) Limit { return Limit{Above: lim(lo), Max: lim(hi)} }
func limLength(n int) Limit           { return Limit{MaxLength: n} }
func limBytes(n int) Limit            { return Limit{MaxLength: n, Bytes: true} }
func limItems(n int) Limit            { return Limit{MaxItems: n} }
func limLengths(l Limit, fields ...string) FormLimits {
	f := FormLimits{}
	for _, k := range fields {
		f[k] = l
	}
	return f
}

// with adds entries to f and returns it.
func (f FormLimits) with(more FormLimits) FormLimits {
	for k, v := range more {
		f[k] = v
	}
	return f
}

// Limits returns the table of the limits Validate enforces, by form.
func Limits() LimitTable {
	return LimitTable{
		Forms: map[string]FormLimits{
			"account": {
				"name": limLength(NameMaxLen), "industry": limLength(NameMaxLen),
				"retainerHoursPerMonth": limBetween(0, RetainerHoursMax), "noticeDays": limBetween(0, NoticeDaysMax), "notes": limBytes(NotesMaxLen),
			},
			"plan": {
				"period": {MaxLength: PeriodMaxLen, Pattern: periodPattern.String()}, "revenueTargetMinor": limAtLeast(0),
				"growthTargetPct":  limBetween(GrowthTargetMinPct, GrowthTargetMaxPct),
				"executiveSummary": limBytes(PlanTextMaxLen), "vision": limBytes(PlanTextMaxLen),
			},
			"opportunity": {"valueMinor": limAtLeast(0), "probability": limBetween(0, ProbabilityMax)},
			"risk": {
				"likelihood": limBetween(RiskPointMin, RiskPointMax), "impact": limBetween(RiskPointMin, RiskPointMax),
			},
			"qbr":           limLengths(limLength(SectionMaxLen), "progress", "issues", "initiatives", "nextSteps"),
			"stakeholder":   {"name": limLength(NameMaxLen), "influence": limBetween(InfluenceMin, InfluenceMax)},
			"job":           {"number": limBytes(JobNumberMaxLen)},
			"contactReport": limLengths(limBytes(SectionMaxLen), "attendees", "decisions", "budget", "nextSteps"),
			"financialMonth": {
				"revenueMinor": limAtLeast(0), "costMinor": limAtLeast(0), "writeOffMinor": limAtLeast(0),
				"hoursUsed": limBetween(0, HoursUsedMax),
			},
			"person":     {"name": limLength(NameMaxLen), "capacityHoursPerWeek": limAboveTo(0, CapacityMaxHours)},
			"allocation": {"percent": limAboveTo(0, AllocationMaxPct)},
			"onboardingTemplate": {
				"tasks": limItems(TemplateMaxTasks), "tasks.offsetDays": limBetween(OffsetMinDays, OffsetMaxDays),
			},
			"planTemplate": {
				"name": limLength(NameMaxLen), "description": limBytes(SectionMaxLen),
				"sections.questions": limItems(TemplateQuestionsPerSection),
				"objectives":         limItems(TemplateSuggestionsMax), "objectives.title": limLength(TemplateQuestionMaxLen),
			},
			"cycle": {
				"scale.min": limAtLeast(ScalePointMin), "scale.max": Limit{Max: lim(ScalePointMax)},
				"competencies.weight": limAtLeast(0),
			},
			"appraisal": {
				"goals.weight": limAtLeast(0), "compensation.meritPct": limAboveTo(0, MeritMaxPct),
				"compensation.bonusMinor": limAbove(0),
			},
			"settings": limLengths(limLength(NameMaxLen), "agencyName", "directorName").with(FormLimits{
				"fiscalYearStartMonth": limBetween(FiscalMonthMin, FiscalMonthMax),
				"qbrThresholdMinor":    limAboveTo(0, QBRThresholdMaxMinor),
				"backupsToKeep":        limBetween(0, BackupsToKeepMax),
			}),
			"oneOnOne": limLengths(limBytes(OneOnOneNotesMaxLen), "sharedNotes", "privateNotes").with(FormLimits{
				"points": limItems(OneOnOneMaxItems), "actions": limItems(OneOnOneMaxItems),
				"points.text": limLength(OneOnOneItemMaxLen), "actions.text": limLength(OneOnOneItemMaxLen),
			}),
			"feedbackNote": {"text": limLength(FeedbackNoteMaxLen)},
			"peerRequest": {
				"reviewers": limItems(PeerMaxReviewers), "questions": limItems(PeerMaxQuestions),
				"reviewers.name": limLength(NameMaxLen),
				"questions.text": limLength(PeerQuestionMaxLen),
			},
			"whitespaceCell": {"valueMinor": limBetween(0, CellValueMaxMinor), "competitor": limLength(NameMaxLen)},
			"serviceLine":    {"name": limLength(NameMaxLen)},
			"division":       {"name": limLength(NameMaxLen)},
			"passphrase":     {"passphrase": {MinLength: PassphraseMinLen, MaxLength: PassphraseMaxLen}},
			"exportPlace": {
				"name": limLength(PlaceNameMaxLen), "destination": limLength(PlaceAddressMaxLen),
				"user": limLength(PlaceUserMaxLen),
			},
		},
		Rules: Rules{HighRiskScore: HighRiskScore, ContactReportDeadlineHours: int(ContactReportDeadline.Hours())},
	}
}
