package importer

import (
	"sort"
	"strings"
	"time"

	"accountdesk/backend"
)

// A finance spreadsheet often has one column per month ("Jan 2026",
// "2026-02" …) instead of one row per month. Such a column maps to the field
// "<measure>@<YYYY-MM>": revenue@2026-01, cost@2026-01, writeOff@2026-01 for
// figures, hours@2026-01 for hours.

var wideMeasures = map[string][]string{
	backend.ImportFigures: {"revenue", "cost", "writeOff"},
	backend.ImportHours:   {"hours"},
}

// WideField is the field of a month column.
func WideField(measure, month string) string { return measure + "@" + month }

// splitWide reads a month column's field; ok is false for any other field.
func splitWide(kind, field string) (measure, month string, ok bool) {
	measure, month, found := strings.Cut(field, "@")
	if !found || !contains(wideMeasures[kind], measure) {
		return "", "", false
	}
	if _, err := time.Parse("2006-01", month); err != nil {
		return "", "", false
	}
	return measure, month, true
}

// headerMonth reads a column header that names a month, as finance
// spreadsheets write them: 2026-01, 01/2026, Jan 2026, January 2026, Jan-26.
func headerMonth(h string) (string, bool) {
	h = strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))
	for _, layout := range []string{"2006-01", "2006/01", "01/2006", "1/2006", "01.2006", "Jan 2006", "January 2006", "Jan-06", "Jan-2006", "Jan 06"} {
		if t, err := time.Parse(layout, h); err == nil {
			return t.Format("2006-01"), true
		}
	}
	return "", false
}

// monthColumns finds the month columns of header (at least two, so a lone
// "2026-01" column is not taken for a table of months).
func monthColumns(header []string) map[int]string {
	out := map[int]string{}
	for i, h := range header {
		if m, ok := headerMonth(h); ok {
			out[i] = m
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// WideColumn is one month column of a bound file.
type WideColumn struct {
	Field, Measure, Month string
}

// Wide lists the month columns the mapping binds, by month.
func (b Binding) Wide() []WideColumn {
	var out []WideColumn
	for field := range b.cols {
		if measure, month, ok := splitWide(b.Kind, field); ok {
			out = append(out, WideColumn{field, measure, month})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Month != out[j].Month {
			return out[i].Month < out[j].Month
		}
		return out[i].Measure < out[j].Measure
	})
	return out
}

// ReadWide reads one month column of a row into the month's values; ok is
// false when the cell is empty (nothing said about that month).
func ReadWide(r Row, kind string, w WideColumn) (v MonthValues, ok bool, fail *Failure) {
	cell := r.Get(w.Field)
	if cell == "" {
		return MonthValues{}, false, nil
	}
	ref := r.Account()
	if ref.Name == "" && ref.ExternalID == "" {
		return MonthValues{}, false, r.fail("company", "The row does not say which account it is for.")
	}
	specs := figureSpecs
	if kind == backend.ImportHours {
		specs = hourSpecs
	}
	for _, s := range specs {
		if s.field != w.Measure {
			continue
		}
		val, err := s.parse(cell, r.ctx)
		if err != nil {
			return MonthValues{}, false, r.fail(w.Field, err.Error())
		}
		return MonthValues{Account: ref, Month: w.Month, vals: values{w.Measure: val}}, true, nil
	}
	return MonthValues{}, false, nil
}
