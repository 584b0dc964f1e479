package backend

import (
	"context"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Plan types: what the plan is for.
const (
	PlanRetention   = "retention"   // keep and stabilise the client
	PlanExpansion   = "expansion"   // grow our share of the client's spend
	PlanAcquisition = "acquisition" // win a new client or division
)

// PlanTypes lists the plan types in the order they are offered.
var PlanTypes = [...]string{PlanRetention, PlanExpansion, PlanAcquisition}

// Plan sections a template can guide and count: the parts of the plan
// editor, by key.
const (
	SectionSummary       = "summary"       // the executive summary
	SectionVision        = "vision"        // the vision
	SectionPriorities    = "priorities"    // strategic priorities
	SectionTargets       = "targets"       // the revenue target
	SectionCompetitors   = "competitors"   // competitors and rival agencies
	SectionSWOT          = "swot"          // strengths, weaknesses, opportunities, threats
	SectionObjectives    = "objectives"    // objectives and their KPIs
	SectionOpportunities = "opportunities" // the pipeline
	SectionWhitespace    = "whitespace"    // the service-line grid (guided, never counted)
	SectionRisks         = "risks"         // risks and their owners
	SectionActions       = "actions"       // the action plan
)

// PlanSections lists every section key in the editor's order.
var PlanSections = [...]string{SectionSummary, SectionVision, SectionPriorities, SectionCompetitors, SectionTargets,
	SectionSWOT, SectionObjectives, SectionOpportunities, SectionWhitespace, SectionRisks, SectionActions}

// countable reports whether a section can count towards completeness: the
// whitespace grid has no "filled" state of its own (a blank cell is an answer).
func countable(section string) bool { return section != SectionWhitespace }

// Limits of a plan template.
const (
	TemplateQuestionMaxLen      = 300 // one guiding question
	TemplateQuestionsPerSection = 10
	TemplateSuggestionsMax      = 20 // suggested objectives in one template
)

// TemplateSection is what a template says about one section of the plan.
type TemplateSection struct {
	Key       string   `json:"key"`       // one of PlanSections
	Questions []string `json:"questions"` // guiding questions, shown beside the section
	Counts    bool     `json:"counts"`    // counts towards the plan's completeness
}

// SuggestedObjective is an objective a template offers to add, with its KPI.
type SuggestedObjective struct {
	Title   string `json:"title"`
	KPI     string `json:"kpi"`
	Unit    string `json:"unit"`
	Cadence string `json:"cadence"` // monthly, quarterly, yearly
}

// PlanTemplate is one version of a template for plans of one type. Saving a
// template makes its next version; a plan keeps the version it started from.
type PlanTemplate struct {
	ID          int64                `json:"id"`
	Name        string               `json:"name"`
	Type        string               `json:"type"` // one of PlanTypes
	Version     int                  `json:"version"`
	BuiltIn     bool                 `json:"builtIn"`
	Description string               `json:"description"`
	Sections    []TemplateSection    `json:"sections"`
	Objectives  []SuggestedObjective `json:"objectives"`
	SavedAt     string               `json:"savedAt"` // when this version was saved
}

// Section returns the template's entry for a section key (zero when absent).
func (t PlanTemplate) Section(key string) TemplateSection {
	for _, s := range t.Sections {
		if s.Key == key {
			return s
		}
	}
	return TemplateSection{Key: key}
}

// Normalize trims text, drops empty questions and suggestions, and lists the
// sections in the editor's order, one entry per section.
func (t *PlanTemplate) Normalize() {
	t.Name = strings.TrimSpace(t.Name)
	t.Description = strings.TrimSpace(t.Description)
	bySection := map[string]TemplateSection{}
	var unknown []TemplateSection
	for _, s := range t.Sections {
		s.Key = strings.TrimSpace(s.Key)
		s.Questions = cleanList(s.Questions)
		if !oneOf(s.Key, PlanSections[:]...) {
			unknown = append(unknown, s)
			continue
		}
		if prev, ok := bySection[s.Key]; ok {
			s.Questions = append(prev.Questions, s.Questions...)
			s.Counts = s.Counts || prev.Counts
		}
		bySection[s.Key] = s
	}
	t.Sections = make([]TemplateSection, 0, len(PlanSections)+len(unknown))
	for _, k := range PlanSections {
		s, ok := bySection[k]
		if !ok {
			s = TemplateSection{Key: k, Questions: []string{}}
		}
		s.Counts = s.Counts && countable(k)
		t.Sections = append(t.Sections, s)
	}
	t.Sections = append(t.Sections, unknown...) // Validate names them
	objs := make([]SuggestedObjective, 0, len(t.Objectives))
	for _, o := range t.Objectives {
		o.Title, o.KPI, o.Unit = strings.TrimSpace(o.Title), strings.TrimSpace(o.KPI), strings.TrimSpace(o.Unit)
		if o.Title == "" && o.KPI == "" && o.Unit == "" {
			continue
		}
		o.Cadence = defaultTo(o.Cadence, "quarterly")
		objs = append(objs, o)
	}
	t.Objectives = objs
}

// Validate returns an invalid error naming the first wrong field.
func (t PlanTemplate) Validate() error {
	switch {
	case t.Name == "":
		return Invalid("name", "Give the template a name.")
	case utf8.RuneCountInString(t.Name) > NameMaxLen:
		return Invalid("name", "The name can be at most %d characters.", NameMaxLen)
	case !oneOf(t.Type, PlanTypes[:]...):
		return Invalid("type", "Choose retention, expansion or acquisition.")
	case len(t.Description) > SectionMaxLen:
		return Invalid("description", "The description can be at most 20,000 characters.")
	case len(t.Objectives) > TemplateSuggestionsMax:
		return Invalid("objectives", "A template can suggest at most %d objectives.", TemplateSuggestionsMax)
	}
	counted := 0
	for i, s := range t.Sections {
		f := "sections." + strconv.Itoa(i) + "."
		switch {
		case !oneOf(s.Key, PlanSections[:]...):
			return Invalid(f+"key", "%q is not a section of the plan.", s.Key)
		case len(s.Questions) > TemplateQuestionsPerSection:
			return Invalid(f+"questions", "A section can have at most %d guiding questions.", TemplateQuestionsPerSection)
		case s.Counts && !countable(s.Key):
			return Invalid(f+"counts", "The whitespace grid cannot count towards completeness.")
		}
		for _, q := range s.Questions {
			if utf8.RuneCountInString(q) > TemplateQuestionMaxLen {
				return Invalid(f+"questions", "A guiding question can be at most %d characters.", TemplateQuestionMaxLen)
			}
		}
		if s.Counts {
			counted++
		}
	}
	if counted == 0 {
		return Invalid("sections", "Choose at least one section that counts towards completeness.")
	}
	for i, o := range t.Objectives {
		f := "objectives." + strconv.Itoa(i) + "."
		switch {
		case o.Title == "":
			return Invalid(f+"title", "Give each suggested objective a title.")
		case utf8.RuneCountInString(o.Title) > TemplateQuestionMaxLen:
			return Invalid(f+"title", "A suggested objective's title can be at most %d characters.", TemplateQuestionMaxLen)
		case utf8.RuneCountInString(o.KPI) > NameMaxLen || utf8.RuneCountInString(o.Unit) > NameMaxLen:
			return Invalid(f+"kpi", "The KPI and unit can be at most %d characters each.", NameMaxLen)
		case !oneOf(o.Cadence, "monthly", "quarterly", "yearly"):
			return Invalid(f+"cadence", "Choose monthly, quarterly or yearly.")
		}
	}
	return nil
}

// PlanTemplateService keeps plan templates and their versions.
type PlanTemplateService interface {
	// PlanTemplates lists the latest version of every template, built-in first.
	PlanTemplates(ctx context.Context) ([]PlanTemplate, error)
	// PlanTemplate returns one version of a template. Returns ENOTFOUND.
	PlanTemplate(ctx context.Context, id int64, version int) (PlanTemplate, error)
	// SavePlanTemplate saves t as the next version of template t.ID; t.Version
	// must be the latest version (else ECONFLICT). Plans started from earlier
	// versions keep theirs. Returns EINVALID, ENOTFOUND, ECONFLICT.
	SavePlanTemplate(ctx context.Context, t PlanTemplate) (PlanTemplate, error)
	// CopyPlanTemplate makes a new template (version 1) from the latest
	// version of template id, under a new name. Returns ENOTFOUND, ECONFLICT
	// (name taken), EINVALID.
	CopyPlanTemplate(ctx context.Context, id int64, name string) (PlanTemplate, error)
}

// BuiltInPlanTemplates are the three templates every workspace starts with,
// one per plan type, as version 1.
func BuiltInPlanTemplates() []PlanTemplate {
	q := func(key string, counts bool, questions ...string) TemplateSection {
		return TemplateSection{Key: key, Questions: questions, Counts: counts}
	}
	obj := func(title, kpi, unit, cadence string) SuggestedObjective {
		return SuggestedObjective{Title: title, KPI: kpi, Unit: unit, Cadence: cadence}
	}
	return []PlanTemplate{
		{
			Name: "Retention", Type: PlanRetention, Version: 1, BuiltIn: true,
			Description: "Keep the client and steady the relationship: find what would make them review the agency and fix it first.",
			Sections: []TemplateSection{
				q(SectionSummary, true, "In two sentences: why does the client stay with us, and what could change that this year?"),
				q(SectionVision, false, "What will the client say about us at the end of the year?"),
				q(SectionPriorities, true, "Which two or three things must go right for the client to renew?"),
				q(SectionCompetitors, false, "Which agencies are talking to the client, and who on the client side takes their calls?"),
				q(SectionTargets, false, "What revenue do we keep if the scope stays as it is?"),
				q(SectionSWOT, true, "What does the client value most in our work?", "Where have we let the client down in the last year?"),
				q(SectionObjectives, true, "What would make the client review the agency?", "How will we know the relationship is stable: which score, which meeting, which number?"),
				q(SectionOpportunities, false, "Is there a renewal or scope extension to secure before the contract date?"),
				q(SectionWhitespace, false),
				q(SectionRisks, true, "Who on the client side could move the account, and what would trigger it?", "Which deliverables or budgets are at risk of slipping?"),
				q(SectionActions, true, "What do we do in the next 30 days to show the client we listened?"),
			},
			Objectives: []SuggestedObjective{
				obj("Renew the retainer on the same or better terms", "Contract renewed", "%", "yearly"),
				obj("Lift client satisfaction", "Client satisfaction (NPS)", "points", "quarterly"),
				obj("Keep over-servicing under control", "Hours over retainer", "hours", "monthly"),
				obj("Hold a QBR every quarter with the decision maker", "QBRs held", "meetings", "quarterly"),
			},
		},
		{
			Name: "Expansion", Type: PlanExpansion, Version: 1, BuiltIn: true,
			Description: "Grow our share of the client's spend: new service lines, new brands and divisions, bigger scopes.",
			Sections: []TemplateSection{
				q(SectionSummary, true, "Where is the growth in this account, and why are we the agency to take it?"),
				q(SectionVision, false, "What does the account look like when we are the client's lead agency?"),
				q(SectionPriorities, true, "Which brands or divisions do we go after first?"),
				q(SectionCompetitors, true, "Which agencies hold the work we want, and how well are they doing it?"),
				q(SectionTargets, true, "What share of the client's marketing spend do we want by the end of the period?"),
				q(SectionSWOT, false, "Which of our results can we show the brands we do not work for yet?"),
				q(SectionObjectives, true, "Which of our service lines does the client buy from someone else?", "What growth in revenue and share of wallet is realistic this period?"),
				q(SectionOpportunities, true, "Which briefs are coming up in the next two quarters, and who decides them?", "Which opportunities need a credentials meeting before a brief arrives?"),
				q(SectionWhitespace, false, "Which of our service lines does the client buy from someone else?"),
				q(SectionRisks, false, "Could growing the scope stretch the team and hurt the work we already do?"),
				q(SectionActions, true, "Who do we need to meet, and who from the agency goes with you?"),
			},
			Objectives: []SuggestedObjective{
				obj("Grow annual revenue from the account", "Annual revenue", "thousands", "quarterly"),
				obj("Win work with a new brand or division", "Brands served", "brands", "yearly"),
				obj("Add a service line the client buys elsewhere", "Service lines bought from us", "lines", "yearly"),
				obj("Grow share of wallet", "Share of marketing spend", "%", "quarterly"),
			},
		},
		{
			Name: "Acquisition", Type: PlanAcquisition, Version: 1, BuiltIn: true,
			Description: "Win a new client or a new division: know the decision makers, earn the pitch, win it.",
			Sections: []TemplateSection{
				q(SectionSummary, true, "Why this client, why now, and why would they choose us?"),
				q(SectionVision, true, "What first piece of work would prove us to the client?"),
				q(SectionPriorities, false, "Which part of the client's business do we approach first?"),
				q(SectionCompetitors, true, "Who is the incumbent agency, and what do the client's people say about them?"),
				q(SectionTargets, false, "What is the first year worth if we win?"),
				q(SectionSWOT, true, "Which of our credentials matter most to this client?", "What would make the client think we are too small, too big or too far away?"),
				q(SectionObjectives, true, "What does winning look like: a pitch invitation, a first project, a retainer?"),
				q(SectionOpportunities, true, "Which brief or review could we be invited to, and when?"),
				q(SectionWhitespace, false, "Which service lines would the client need from us in the first year?"),
				q(SectionRisks, false, "What could knock us out before the pitch: conflicts, size, procurement rules?"),
				q(SectionActions, true, "Who introduces us to the decision maker, and by when?"),
			},
			Objectives: []SuggestedObjective{
				obj("Get invited to pitch", "Pitch invitations", "invitations", "quarterly"),
				obj("Meet the decision makers", "Decision makers met", "people", "monthly"),
				obj("Win a first project", "First project value", "thousands", "yearly"),
			},
		},
	}
}
