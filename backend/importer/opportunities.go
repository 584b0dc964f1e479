package importer

import (
	"math"
	"strconv"
	"strings"

	"accountdesk/backend"
)

// stageWords map words of the CRMs' default stages (Salesforce, HubSpot in
// its languages, Pipedrive) to our stages; the first rule whose word the
// stage contains wins, so "Closed Won" is won before anything else.
var stageWords = []struct {
	stage string
	words []string
}{
	{backend.StageWon, []string{"won", "gewonnen", "gagne", "ganado", "ganada"}},
	{backend.StageLost, []string{"lost", "verloren", "perdu", "perdido", "perdida"}},
	{backend.StageNegotiation, []string{"negotiat", "verhandl", "negoci", "contract", "vertrag", "contrat", "contrato", "review"}},
	{backend.StageProposal, []string{"proposal", "propos", "quote", "angebot", "presentation", "prasentation", "presentacion", "propuesta", "demo", "decision", "entscheidung"}},
	{backend.StageQualified, []string{"qualif", "needsanalysis", "needsdefined", "perception", "valueprop"}},
	{backend.StageIdentified, []string{"prospect", "lead", "appointment", "termin", "rendezvous", "cita", "contactmade", "new", "identif", "open"}},
}

// Stage maps a CRM's stage (or Pipedrive's status) to ours; ok is false
// when it says nothing we recognise.
func Stage(s string) (string, bool) {
	f := foldHeader(s)
	if f == "" {
		return "", false
	}
	for _, rule := range stageWords {
		for _, w := range rule.words {
			if strings.Contains(f, w) {
				return rule.stage, true
			}
		}
	}
	return "", false
}

func stage(s string, _ cellContext) (string, error) {
	if st, ok := Stage(s); ok {
		return st, nil
	}
	return backend.StageIdentified, nil // a stage of the agency's own pipeline: the start of ours
}

// dealStatus reads Pipedrive's open/won/lost: only won and lost say more
// than the stage.
func dealStatus(s string, _ cellContext) (string, error) {
	if st, ok := Stage(s); ok && (st == backend.StageWon || st == backend.StageLost) {
		return st, nil
	}
	return "", nil
}

func money(s string, _ cellContext) (string, error) {
	minor, err := amount(s)
	if err != nil {
		return "", reason("“" + s + "” is not an amount AccountDesk can read.")
	}
	return strconv.FormatInt(minor, 10), nil
}

// probability reads 0–100 (10, 10%, 10.0) or a fraction (0.1), as HubSpot
// writes it.
func probability(s string, c cellContext) (string, error) {
	f, err := percent(s)
	if err != nil {
		return "", reason(message(err))
	}
	if c.source == backend.SourceHubSpot && f == 1 {
		f = 100 // HubSpot writes 0–1: a won deal is 1
	}
	return strconv.Itoa(int(math.Round(f))), nil
}

func oppType(s string, _ cellContext) (string, error) {
	f := foldHeader(s)
	switch {
	case strings.Contains(f, "renew"):
		return "renewal", nil
	case strings.Contains(f, "cross"):
		return "cross_sell", nil
	case strings.Contains(f, "upgrade"), strings.Contains(f, "upsell"), strings.Contains(f, "existing"):
		return "upsell", nil
	case strings.Contains(f, "new"):
		return "new", nil
	}
	return "", nil
}

func showMinor(minor int64) string {
	sign := ""
	if minor < 0 {
		sign, minor = "-", -minor
	}
	return sign + strconv.FormatInt(minor/100, 10) + "." + strconv.FormatInt(minor%100/10, 10) + strconv.FormatInt(minor%10, 10)
}

var oppSpecs = []spec[backend.Opportunity]{
	{"name", text(200, "opportunity name"), func(o *backend.Opportunity) string { return o.Title }, func(o *backend.Opportunity, v string) { o.Title = v }},
	{"stage", stage, func(o *backend.Opportunity) string { return o.Stage }, func(o *backend.Opportunity, v string) { o.Stage = v }},
	{"status", dealStatus, func(o *backend.Opportunity) string { return "" }, func(o *backend.Opportunity, v string) { o.Stage = v }},
	{"amount", money, func(o *backend.Opportunity) string { return showMinor(o.ValueMinor) },
		func(o *backend.Opportunity, v string) { o.ValueMinor, _ = strconv.ParseInt(v, 10, 64) }},
	{"probability", probability, func(o *backend.Opportunity) string { return strconv.Itoa(o.Probability) },
		func(o *backend.Opportunity, v string) { o.Probability, _ = strconv.Atoi(v) }},
	{"closeDate", isoDate, func(o *backend.Opportunity) string { return o.ExpectedClose }, func(o *backend.Opportunity, v string) { o.ExpectedClose = v }},
	{"type", oppType, func(o *backend.Opportunity) string { return o.Type }, func(o *backend.Opportunity, v string) { o.Type = v }},
}

var oppFieldOf = map[string]string{"title": "name", "valueMinor": "amount", "expectedClose": "closeDate"}

// OpportunityValues are an opportunities row's parsed cells.
type OpportunityValues struct {
	Name string
	vals values
}

// ReadOpportunity parses an opportunities row.
func ReadOpportunity(r Row) (OpportunityValues, *Failure) {
	vals, fail := read(r, oppSpecs)
	if fail != nil {
		return OpportunityValues{}, fail
	}
	name := strings.Join(strings.Fields(vals["name"]), " ")
	if name == "" {
		return OpportunityValues{}, r.fail("name", "The opportunity has no name.")
	}
	vals["name"] = name
	return OpportunityValues{Name: name, vals: vals}, nil
}

// NewOpportunity builds the opportunity a row adds to a plan's pipeline,
// checked with the rules of a plan save.
func NewOpportunity(r Row, v OpportunityValues) (backend.Opportunity, *Failure) {
	return checkedOpportunity(r, apply(backend.Opportunity{}, oppSpecs, v.vals))
}

// UpdatedOpportunity applies a row to an opportunity of the pipeline.
func UpdatedOpportunity(r Row, old backend.Opportunity, v OpportunityValues) (backend.Opportunity, []backend.FieldChange, *Failure) {
	o, fail := checkedOpportunity(r, apply(old, oppSpecs, v.vals))
	if fail != nil {
		return backend.Opportunity{}, nil, fail
	}
	return o, changes(oppSpecs, old, o), nil
}

// checkedOpportunity runs the plan's own rules on a plan holding just o.
func checkedOpportunity(r Row, o backend.Opportunity) (backend.Opportunity, *Failure) {
	p := backend.Plan{Period: "FY2000", Opps: []backend.Opportunity{o}}
	p.Normalize()
	if err := p.Validate(); err != nil {
		return backend.Opportunity{}, validationFailure(r, err, oppFieldOf)
	}
	return p.Opps[0], nil
}

// MatchOpportunity finds the pipeline's opportunity a row is about by its
// name (accents, case and punctuation aside); -1 for none.
func MatchOpportunity(pipeline []backend.Opportunity, name string) int {
	n := NormalPerson(name)
	for i, o := range pipeline {
		if NormalPerson(o.Title) == n {
			return i
		}
	}
	return -1
}

// OpportunityField returns an opportunity's field by the name a change uses.
func OpportunityField(o backend.Opportunity, field string) string { return fieldOf(oppSpecs, o, field) }

// SetOpportunityField sets an opportunity's field by the name a change uses;
// the value is in the form OpportunityField returns.
func SetOpportunityField(o *backend.Opportunity, field, value string) {
	if field == "amount" {
		minor, _ := amount(value)
		o.ValueMinor = minor
		return
	}
	setField(oppSpecs, o, field, value)
}
