package importer

import (
	"math"
	"strconv"

	"accountdesk/backend"
)

func monthCell(s string, c cellContext) (string, error) {
	m, err := month(s, c.order)
	if err != nil {
		return "", reason(message(err) + " Write months like 2026-03.")
	}
	return m, nil
}

var figureSpecs = []spec[backend.MonthFigures]{
	{"revenue", money, func(m *backend.MonthFigures) string { return showMinor(m.RevenueMinor) },
		func(m *backend.MonthFigures, v string) { m.RevenueMinor, _ = strconv.ParseInt(v, 10, 64) }},
	{"cost", money, func(m *backend.MonthFigures) string { return showMinor(m.CostMinor) },
		func(m *backend.MonthFigures, v string) { m.CostMinor, _ = strconv.ParseInt(v, 10, 64) }},
	{"writeOff", money, func(m *backend.MonthFigures) string { return showMinor(m.WriteOffMinor) },
		func(m *backend.MonthFigures, v string) { m.WriteOffMinor, _ = strconv.ParseInt(v, 10, 64) }},
}

var hourSpecs = []spec[backend.MonthFigures]{
	{"hours", func(s string, _ cellContext) (string, error) {
		h, err := hours(s)
		if err != nil {
			return "", reason("“" + s + "” is not a number of hours.")
		}
		return formatFloat(h), nil
	}, func(m *backend.MonthFigures) string { return formatFloat(m.HoursUsed) },
		func(m *backend.MonthFigures, v string) { m.HoursUsed = parseFloat(v) }},
}

var figureFieldOf = map[string]string{"revenueMinor": "revenue", "costMinor": "cost", "writeOffMinor": "writeOff", "hoursUsed": "hours"}

// MonthValues are a figures or hours row's parsed cells.
type MonthValues struct {
	Account AccountRef
	Month   string
	vals    values
}

// ReadMonth parses a figures or hours row: its account, its month (from a
// month column, or the month of a date column) and its amounts or hours.
func ReadMonth(r Row, kind string) (MonthValues, *Failure) {
	specs := figureSpecs
	if kind == backend.ImportHours {
		specs = hourSpecs
	}
	vals, fail := read(r, specs)
	if fail != nil {
		return MonthValues{}, fail
	}
	field := "month"
	if r.Get(field) == "" && r.Get("date") != "" {
		field = "date"
	}
	if r.Get(field) == "" {
		return MonthValues{}, r.fail(field, "The row has no month.")
	}
	m, err := monthCell(r.Get(field), r.ctx)
	if err != nil {
		return MonthValues{}, r.fail(field, err.Error())
	}
	ref := r.Account()
	if ref.Name == "" && ref.ExternalID == "" {
		return MonthValues{}, r.fail("company", "The row does not say which account it is for.")
	}
	return MonthValues{Account: ref, Month: m, vals: vals}, nil
}

// Hours is the hours of an hours row (0 when the cell is empty).
func (v MonthValues) Hours() float64 { return parseFloat(v.vals["hours"]) }

// UpdatedMonth applies a figures row (or an hours total, hours >= 0) to a
// month and lists what changes.
func UpdatedMonth(r Row, kind string, old backend.MonthFigures, v MonthValues, total float64) (backend.MonthFigures, []backend.FieldChange, *Failure) {
	specs := figureSpecs
	m := apply(old, figureSpecs, v.vals)
	if kind == backend.ImportHours {
		specs = hourSpecs
		m = old
		m.HoursUsed = total
	}
	m.Month = v.Month
	if err := m.Validate(); err != nil {
		return backend.MonthFigures{}, nil, validationFailure(r, err, figureFieldOf)
	}
	return m, changes(specs, old, m), nil
}

// MonthField returns a month's field by the name a change uses.
func MonthField(m backend.MonthFigures, field string) string {
	if field == "hours" {
		return fieldOf(hourSpecs, m, field)
	}
	return fieldOf(figureSpecs, m, field)
}

// SetMonthField sets a month's field by the name a change uses.
func SetMonthField(m *backend.MonthFigures, field, value string) {
	if field == "hours" {
		setField(hourSpecs, m, field, value)
		return
	}
	minor, _ := amount(value)
	switch field {
	case "revenue":
		m.RevenueMinor = minor
	case "cost":
		m.CostMinor = minor
	case "writeOff":
		m.WriteOffMinor = minor
	}
}

// HoursTotal is an hours file's entries added up for one month, to the
// hundredth of an hour the files themselves give (0.1 + 0.2 is 0.3).
func HoursTotal(sum float64) float64 { return math.Round(sum*100) / 100 }
