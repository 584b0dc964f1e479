package importer

import (
	"strconv"
	"strings"

	"accountdesk/backend"
)

// Failure is why a row cannot be imported: the column (as the file names
// it) and the reason, in plain words.
type Failure struct {
	Column string
	Reason string
}

func (f *Failure) Error() string { return f.Column + ": " + f.Reason }

// Row is one data row with the columns its mapping binds.
type Row struct {
	Line   int
	Cells  []string
	header []string
	cols   map[string]int
	ctx    cellContext
}

// cellContext is what reading a cell may depend on besides the cell.
type cellContext struct {
	order  string // the file's date order, "" when its dates are unambiguous
	source string // the tool the file came from
}

// Binding is a mapping bound to a file's header (see Bind).
type Binding struct {
	Kind, Source, DateOrder string
	header                  []string
	cols                    map[string]int
}

// NewBinding binds m to header. Returns EINVALID as Bind does.
func NewBinding(m backend.ImportMapping, header []string) (Binding, error) {
	cols, err := Bind(m, header)
	if err != nil {
		return Binding{}, err
	}
	return Binding{Kind: m.Kind, Source: SourceOf(m), DateOrder: m.DateOrder, header: header, cols: cols}, nil
}

// Row wraps one data row of the file.
func (b Binding) Row(r backend.ImportRow) Row {
	return Row{Line: r.Line, Cells: r.Cells, header: b.header, cols: b.cols, ctx: cellContext{b.DateOrder, b.Source}}
}

// Has reports whether the mapping feeds field.
func (b Binding) Has(field string) bool { _, ok := b.cols[field]; return ok }

// Get returns the trimmed cell feeding field, "" when none does.
func (r Row) Get(field string) string {
	i, ok := r.cols[field]
	if !ok || i >= len(r.Cells) {
		return ""
	}
	return strings.TrimSpace(r.Cells[i])
}

// Column is the header of the column feeding field, for messages.
func (r Row) Column(field string) string {
	if i, ok := r.cols[field]; ok && i < len(r.header) {
		return r.header[i]
	}
	return ""
}

func (r Row) fail(field, reason string) *Failure {
	return &Failure{Column: r.Column(field), Reason: reason}
}

// Blank reports whether every cell of the row is empty (a spacer line).
func (r Row) Blank() bool {
	for _, c := range r.Cells {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// Deleted reports whether the source marks the record deleted (Salesforce
// IsDeleted, a "deleted" column of a spreadsheet).
func (r Row) Deleted() bool {
	switch strings.ToLower(r.Get("deleted")) {
	case "true", "1", "yes", "y", "x", "deleted":
		return true
	}
	return false
}

// ExternalID is the source's id of the record, "" when the file has none.
func (r Row) ExternalID() string { return r.Get("externalId") }

// AccountRef is how a contact, opportunity or figures row names its account.
type AccountRef struct {
	ExternalID string
	Name       string
}

// Account returns the row's reference to its account.
func (r Row) Account() AccountRef {
	return AccountRef{ExternalID: r.Get("accountExternalId"), Name: r.Get("company")}
}

// String names the account as the user knows it.
func (a AccountRef) String() string {
	if a.Name != "" {
		return a.Name
	}
	return a.ExternalID
}

// spec is how one field of the file reaches one field of a record T:
// parse turns the cell into a canonical value (or a reason it cannot),
// get renders the record's value in the same form, set assigns one.
type spec[T any] struct {
	field string
	parse func(cell string, c cellContext) (string, error)
	get   func(*T) string
	set   func(*T, string)
}

// reason is an error whose text is shown to the user as is.
type reason string

func (r reason) Error() string { return string(r) }

func text(max int, what string) func(string, cellContext) (string, error) {
	return func(s string, _ cellContext) (string, error) {
		if len([]rune(s)) > max {
			return "", reason("The " + what + " can be at most " + strconv.Itoa(max) + " characters.")
		}
		return s, nil
	}
}

func isoDate(s string, c cellContext) (string, error) {
	d, err := date(s, c.order)
	if err != nil {
		return "", reason(message(err))
	}
	return d, nil
}

func formatFloat(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func parseFloat(s string) float64 {
	f, _ := strconv.ParseFloat(s, 64)
	return f
}

// values are the parsed cells of one row, by field.
type values map[string]string

// read parses every mapped, non-empty cell of r that specs know. An empty
// cell is not a value: it leaves the record's field as it is.
func read[T any](r Row, specs []spec[T]) (values, *Failure) {
	out := values{}
	for _, s := range specs {
		cell := r.Get(s.field)
		if cell == "" {
			continue
		}
		v, err := s.parse(cell, r.ctx)
		if err != nil {
			return nil, r.fail(s.field, err.Error())
		}
		if v != "" {
			out[s.field] = v
		}
	}
	return out, nil
}

// apply sets vals on a copy of base, skipping fields in keep.
func apply[T any](base T, specs []spec[T], vals values, keep ...string) T {
	for _, s := range specs {
		v, ok := vals[s.field]
		if !ok || contains(keep, s.field) {
			continue
		}
		s.set(&base, v)
	}
	return base
}

// changes lists the fields of specs that differ between old and new.
func changes[T any](specs []spec[T], old, new T) []backend.FieldChange {
	var out []backend.FieldChange
	for _, s := range specs {
		if o, n := s.get(&old), s.get(&new); o != n {
			out = append(out, backend.FieldChange{Field: s.field, Old: o, New: n})
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, l := range list {
		if l == s {
			return true
		}
	}
	return false
}

// validationFailure turns a save rule's invalid error into a row failure
// on the column that feeds the field (fieldOf maps the domain's field names
// to the mapping's).
func validationFailure(r Row, err error, fieldOf map[string]string) *Failure {
	field := backend.ErrorField(err)
	if i := strings.LastIndexByte(field, '.'); i >= 0 {
		field = field[i+1:]
	}
	if f, ok := fieldOf[field]; ok {
		field = f
	}
	return r.fail(field, backend.ErrorMessage(err))
}

// AccountDiff lists the fields an import writes that differ between two
// accounts (from a zero account: every value a new one was given).
func AccountDiff(old, new backend.Account) []backend.FieldChange {
	return changes(accountSpecs, old, new)
}

// StakeholderDiff is AccountDiff for stakeholders.
func StakeholderDiff(old, new backend.Stakeholder) []backend.FieldChange {
	return changes(contactSpecs, old, new)
}

// OpportunityDiff is AccountDiff for opportunities.
func OpportunityDiff(old, new backend.Opportunity) []backend.FieldChange {
	return changes(oppSpecs, old, new)
}

// MonthDiff is AccountDiff for a month's figures and hours.
func MonthDiff(old, new backend.MonthFigures) []backend.FieldChange {
	return append(changes(figureSpecs, old, new), changes(hourSpecs, old, new)...)
}

// PersonRef is how an hours row names who logged the time: a full name, or
// first and last name apart (Harvest), and an email when the tool has one.
type PersonRef struct {
	Name  string
	Email string
}

// Person returns the row's reference to who logged the time; empty when the
// file has no person column.
func (r Row) Person() PersonRef {
	name := r.Get("person")
	if name == "" {
		name = strings.TrimSpace(r.Get("personFirstName") + " " + r.Get("personLastName"))
	}
	return PersonRef{Name: strings.Join(strings.Fields(name), " "), Email: strings.TrimSpace(r.Get("personEmail"))}
}
