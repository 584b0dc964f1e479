package importer

import (
	"strings"

	"accountdesk/backend"
)

var contactSpecs = []spec[backend.Stakeholder]{
	{"name", text(200, "name"), func(s *backend.Stakeholder) string { return s.Name }, func(s *backend.Stakeholder, v string) { s.Name = v }},
	{"title", text(200, "title"), func(s *backend.Stakeholder) string { return s.Title }, func(s *backend.Stakeholder, v string) { s.Title = v }},
	{"email", text(320, "email address"), func(s *backend.Stakeholder) string { return s.Email }, func(s *backend.Stakeholder, v string) { s.Email = v }},
	{"phone", text(100, "phone number"), func(s *backend.Stakeholder) string { return s.Phone }, func(s *backend.Stakeholder, v string) { s.Phone = v }},
}

// ContactValues are a contacts row's parsed cells.
type ContactValues struct {
	Name, Email string
	vals        values
}

// ReadContact parses a contacts row; the name is the name column, else the
// first and last names joined.
func ReadContact(r Row) (ContactValues, *Failure) {
	vals, fail := read(r, contactSpecs)
	if fail != nil {
		return ContactValues{}, fail
	}
	name := vals["name"]
	if name == "" {
		name = strings.TrimSpace(r.Get("firstName") + " " + r.Get("lastName"))
	}
	name = strings.Join(strings.Fields(name), " ")
	if name == "" {
		field := "name"
		if _, ok := r.cols["name"]; !ok {
			field = "lastName"
		}
		return ContactValues{}, r.fail(field, "The contact has no name.")
	}
	vals["name"] = name
	return ContactValues{Name: name, Email: strings.ToLower(vals["email"]), vals: vals}, nil
}

// NewStakeholder builds the stakeholder a row creates on an account,
// checked with the rules of a save.
func NewStakeholder(r Row, accountID int64, v ContactValues) (backend.Stakeholder, *Failure) {
	return checkedStakeholder(r, apply(backend.Stakeholder{AccountID: accountID}, contactSpecs, v.vals))
}

// UpdatedStakeholder applies a row to an existing stakeholder.
func UpdatedStakeholder(r Row, old backend.Stakeholder, v ContactValues) (backend.Stakeholder, []backend.FieldChange, *Failure) {
	s, fail := checkedStakeholder(r, apply(old, contactSpecs, v.vals))
	if fail != nil {
		return backend.Stakeholder{}, nil, fail
	}
	return s, changes(contactSpecs, old, s), nil
}

func checkedStakeholder(r Row, s backend.Stakeholder) (backend.Stakeholder, *Failure) {
	if err := s.Validate(); err != nil {
		return backend.Stakeholder{}, validationFailure(r, err, nil)
	}
	return s, nil
}

// MatchStakeholder finds the account's stakeholder a contact row is about:
// the same email address, else the same name (accents, case and
// punctuation aside). It returns the index in people, -1 for none.
func MatchStakeholder(people []backend.Stakeholder, v ContactValues) int {
	if v.Email != "" {
		for i, p := range people {
			if strings.EqualFold(p.Email, v.Email) {
				return i
			}
		}
	}
	name := NormalPerson(v.Name)
	for i, p := range people {
		if NormalPerson(p.Name) == name && (v.Email == "" || p.Email == "") {
			return i
		}
	}
	return -1
}

// StakeholderField returns a stakeholder's field by the name a change uses.
func StakeholderField(s backend.Stakeholder, field string) string {
	return fieldOf(contactSpecs, s, field)
}

// SetStakeholderField sets a stakeholder's field by the name a change uses.
func SetStakeholderField(s *backend.Stakeholder, field, value string) {
	setField(contactSpecs, s, field, value)
}

func fieldOf[T any](specs []spec[T], rec T, field string) string {
	for _, s := range specs {
		if s.field == field {
			return s.get(&rec)
		}
	}
	return ""
}

func setField[T any](specs []spec[T], rec *T, field, value string) {
	for _, s := range specs {
		if s.field == field {
			s.set(rec, value)
		}
	}
}
