package importer

import (
	"strings"

	"accountdesk/backend"
)

// synonyms maps what people write to one of our values.
func synonym(s string, table map[string]string) (string, bool) {
	v, ok := table[foldHeader(s)]
	return v, ok
}

var tiers = map[string]string{
	"strategic": backend.TierStrategic, "tier1": backend.TierStrategic, "a": backend.TierStrategic, "platinum": backend.TierStrategic,
	"key": backend.TierKey, "tier2": backend.TierKey, "b": backend.TierKey, "gold": backend.TierKey,
	"standard": backend.TierStandard, "tier3": backend.TierStandard, "c": backend.TierStandard, "silver": backend.TierStandard,
}

var statuses = map[string]string{
	"prospect": backend.StatusProspect, "lead": backend.StatusProspect, "pitch": backend.StatusProspect,
	"active": backend.StatusActive, "customer": backend.StatusActive, "client": backend.StatusActive, "live": backend.StatusActive,
	"atrisk": backend.StatusAtRisk, "risk": backend.StatusAtRisk,
	"churned": backend.StatusChurned, "lost": backend.StatusChurned, "former": backend.StatusChurned,
	"formercustomer": backend.StatusChurned, "inactive": backend.StatusChurned, "ended": backend.StatusChurned,
}

// accountType reads a CRM's account type (Salesforce Type, Pipedrive label)
// as a status when it says one, and as nothing otherwise: "Partner" or
// "Other" tells us nothing about the account's standing.
func accountType(s string, _ cellContext) (string, error) {
	f := foldHeader(s)
	switch {
	case strings.HasPrefix(f, "prospect"), f == "lead", f == "opportunity", f == "salesqualifiedlead",
		f == "marketingqualifiedlead", strings.Contains(f, "lead"):
		return backend.StatusProspect, nil
	case strings.HasPrefix(f, "former"), strings.HasPrefix(f, "churn"):
		return backend.StatusChurned, nil
	case strings.HasPrefix(f, "customer"), strings.HasPrefix(f, "client"), f == "kunde", f == "cliente":
		return backend.StatusActive, nil
	}
	return "", nil
}

func choice(table map[string]string, message string) func(string, cellContext) (string, error) {
	return func(s string, _ cellContext) (string, error) {
		if v, ok := synonym(s, table); ok {
			return v, nil
		}
		return "", reason("“" + s + "”: " + message)
	}
}

func retainer(s string, _ cellContext) (string, error) {
	f, err := number(s)
	if err != nil {
		return "", reason("“" + s + "” is not a number of hours.")
	}
	return formatFloat(f), nil
}

// accountSpecs are applied in order: a status column wins over a type.
var accountSpecs = []spec[backend.Account]{
	{"name", text(200, "account name"), func(a *backend.Account) string { return a.Name }, func(a *backend.Account, v string) { a.Name = v }},
	{"industry", text(200, "industry"), func(a *backend.Account) string { return a.Industry }, func(a *backend.Account, v string) { a.Industry = v }},
	{"tier", choice(tiers, "choose strategic, key or standard."), func(a *backend.Account) string { return a.Tier }, func(a *backend.Account, v string) { a.Tier = v }},
	{"type", accountType, func(a *backend.Account) string { return "" }, func(a *backend.Account, v string) { a.Status = v }},
	{"status", choice(statuses, "choose prospect, active, at risk or churned."), func(a *backend.Account) string { return a.Status }, func(a *backend.Account, v string) { a.Status = v }},
	{"renewalDate", isoDate, func(a *backend.Account) string { return a.RenewalDate }, func(a *backend.Account, v string) { a.RenewalDate = v }},
	{"contractStart", isoDate, func(a *backend.Account) string { return a.ContractStart }, func(a *backend.Account, v string) { a.ContractStart = v }},
	{"retainerHours", retainer, func(a *backend.Account) string { return formatFloat(a.RetainerHoursPerMonth) },
		func(a *backend.Account, v string) { a.RetainerHoursPerMonth = parseFloat(v) }},
	{"notes", text(20000, "notes"), func(a *backend.Account) string { return a.Notes }, func(a *backend.Account, v string) { a.Notes = v }},
}

var accountFieldOf = map[string]string{"retainerHoursPerMonth": "retainerHours"}

// AccountValues are an accounts row's parsed cells.
type AccountValues struct {
	Name string
	vals values
}

// ReadAccount parses an accounts row. A row without a name fails.
func ReadAccount(r Row) (AccountValues, *Failure) {
	vals, fail := read(r, accountSpecs)
	if fail != nil {
		return AccountValues{}, fail
	}
	name := strings.Join(strings.Fields(vals["name"]), " ")
	if name == "" {
		return AccountValues{}, r.fail("name", "The account has no name.")
	}
	return AccountValues{Name: name, vals: vals}, nil
}

// NewAccount builds the account a row creates, checked with the rules of a
// save.
func NewAccount(r Row, v AccountValues) (backend.Account, *Failure) {
	return checkedAccount(r, apply(backend.Account{}, accountSpecs, v.vals))
}

// UpdatedAccount applies a row to an existing account and lists what
// changes. rename is false when the account was matched by its name: the
// workspace's spelling ("Acme Inc") is kept over the file's ("ACME Inc.").
func UpdatedAccount(r Row, old backend.Account, v AccountValues, rename bool) (backend.Account, []backend.FieldChange, *Failure) {
	keep := []string{}
	if !rename {
		keep = append(keep, "name")
	}
	a, fail := checkedAccount(r, apply(old, accountSpecs, v.vals, keep...))
	if fail != nil {
		return backend.Account{}, nil, fail
	}
	return a, changes(accountSpecs, old, a), nil
}

func checkedAccount(r Row, a backend.Account) (backend.Account, *Failure) {
	a.Normalize()
	if err := a.Validate(); err != nil {
		return backend.Account{}, validationFailure(r, err, accountFieldOf)
	}
	return a, nil
}

// AccountField returns an account's field by the name a change uses, for
// undo's "edited since" check.
func AccountField(a backend.Account, field string) string { return fieldOf(accountSpecs, a, field) }

// SetAccountField sets an account's field by the name a change uses.
func SetAccountField(a *backend.Account, field, value string) {
	setField(accountSpecs, a, field, value)
}

// AccountFields lists the fields an import can write on an account.
func AccountFields() []string {
	var out []string
	for _, s := range accountSpecs {
		if s.field != "type" {
			out = append(out, s.field)
		}
	}
	return out
}
