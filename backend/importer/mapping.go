package importer

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"unicode/utf8"

	"accountdesk/backend"
)

// maxMappingBytes bounds a mapping file: a real one is a few hundred bytes.
const maxMappingBytes = 1 << 20

// ReadMapping reads a mapping file:
//
//	{"kind": "accounts", "columns": {"Client": "name", "Sector": "industry"}, "dateOrder": "dmy"}
//
// "source" may name the tool the file came from (default "spreadsheet").
// Returns EINVALID, in plain words, for anything that is not such a file:
// bad JSON, unknown keys, an unknown kind, field or date order.
func ReadMapping(r io.Reader) (backend.ImportMapping, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxMappingBytes+1))
	if err != nil {
		return backend.ImportMapping{}, backend.Errorf(backend.EUNAVAILABLE, "The mapping file cannot be read.")
	}
	if len(data) > maxMappingBytes {
		return backend.ImportMapping{}, backend.Invalid("mapping", "The mapping file is larger than 1 MB; it should be a short JSON file.")
	}
	if !utf8.Valid(data) {
		return backend.ImportMapping{}, backend.Invalid("mapping", "The mapping file is not UTF-8 text.")
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var m backend.ImportMapping
	if err := dec.Decode(&m); err != nil {
		var syn *json.SyntaxError
		var typ *json.UnmarshalTypeError
		switch {
		case errors.As(err, &syn), errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
			return backend.ImportMapping{}, backend.Invalid("mapping", "The mapping file is not valid JSON.")
		case errors.As(err, &typ):
			return backend.ImportMapping{}, backend.Invalid("mapping", "In the mapping file, %q has the wrong kind of value.", typ.Field)
		}
		return backend.ImportMapping{}, backend.Invalid("mapping", "The mapping file has something AccountDesk does not know: %s.", strings.TrimPrefix(err.Error(), "json: "))
	}
	if dec.More() {
		return backend.ImportMapping{}, backend.Invalid("mapping", "The mapping file holds more than one JSON object.")
	}
	return m, CheckMapping(m)
}

// CheckMapping validates a mapping on its own (Bind checks it against a
// file), filling in the default source.
func CheckMapping(m backend.ImportMapping) error {
	if fields[m.Kind] == nil {
		return backend.Invalid("kind", "The mapping's \"kind\" must be one of %s.", strings.Join(backend.ImportKinds(), ", "))
	}
	switch m.Source {
	case "", backend.SourceSpreadsheet, backend.SourceSalesforce, backend.SourceHubSpot, backend.SourcePipedrive,
		backend.SourceHarvest, backend.SourceToggl, backend.SourceClockify:
	default:
		return backend.Invalid("source", "The mapping's \"source\" %q is not a tool AccountDesk knows.", m.Source)
	}
	if len(m.Columns) == 0 {
		return backend.Invalid("columns", "The mapping's \"columns\" must say which column feeds which field.")
	}
	for column, field := range m.Columns {
		if strings.TrimSpace(column) == "" {
			return backend.Invalid("columns", "The mapping names a column with no name.")
		}
		if !isField(m.Kind, field) {
			return backend.Invalid("columns", "%q is not a field of %s; use one of %s.", field, m.Kind, strings.Join(fields[m.Kind], ", "))
		}
	}
	switch m.DateOrder {
	case "", backend.DateDMY, backend.DateMDY, backend.DateYMD:
	default:
		return backend.Invalid("dateOrder", "The date order must be dmy, mdy or ymd.")
	}
	return nil
}

// SourceOf is the source a mapping stands for: a hand-made mapping with no
// source is a spreadsheet's.
func SourceOf(m backend.ImportMapping) string {
	if m.Source == "" {
		return backend.SourceSpreadsheet
	}
	return m.Source
}
