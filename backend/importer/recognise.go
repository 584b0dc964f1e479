// Package importer holds the rules of bringing other tools' files into a
// workspace: recognising a file's source and kind from its headers, reading
// a mapping, turning cells into records and matching them to existing ones.
// It reads and writes nothing; backend/sqlite runs it inside a transaction.
package importer

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strings"

	"accountdesk/backend"
)

// headerSet is a file's headers, folded, with the first column each appears in.
type headerSet map[string]int

func foldAll(header []string) headerSet {
	set := headerSet{}
	for i, h := range header {
		if f := foldHeader(h); f != "" {
			if _, dup := set[f]; !dup {
				set[f] = i
			}
		}
	}
	return set
}

func (s headerSet) has(folded ...string) bool {
	for _, f := range folded {
		if _, ok := s[f]; !ok {
			return false
		}
	}
	return true
}

func (s headerSet) any(folded ...string) bool {
	for _, f := range folded {
		if _, ok := s[f]; ok {
			return true
		}
	}
	return false
}

// hubspotIDs are "Record ID" in the languages HubSpot exports in.
var hubspotIDs = []string{"recordid", "datensatzid", "iddefichedinformations", "idderegistro"}

// Source tells which tool a file was exported from, by its headers.
func Source(header []string) string {
	s := foldAll(header)
	custom := false
	for _, h := range header {
		custom = custom || strings.HasSuffix(strings.TrimSpace(h), "__c")
	}
	switch {
	case s.has("id") && (custom || s.any("accountid", "stagename", "isdeleted", "ownerid", "createddate", "reportstoid", "billingcity")):
		return backend.SourceSalesforce
	case s.any(hubspotIDs...):
		return backend.SourceHubSpot
	case prefixed(header, "Organization - ", "Person - ", "Deal - "):
		return backend.SourcePipedrive
	case s.has("date", "client", "project", "task", "hours") && s.any("firstname", "hoursrounded", "billable"):
		return backend.SourceHarvest
	case s.has("user", "client", "project", "startdate", "duration"):
		return backend.SourceToggl
	case s.has("project", "client", "user", "startdate") && s.any("durationdecimal", "durationh"):
		return backend.SourceClockify
	}
	return backend.SourceSpreadsheet
}

func prefixed(header []string, prefixes ...string) bool {
	for _, h := range header {
		for _, p := range prefixes {
			if strings.HasPrefix(strings.TrimPrefix(h, "\ufeff"), p) {
				return true
			}
		}
	}
	return false
}

// kindOf guesses what a file of source holds.
func kindOf(source string, header []string, s headerSet) string {
	switch source {
	case backend.SourceSalesforce:
		switch {
		case s.any("stagename", "closedate"):
			return backend.ImportOpportunities
		case s.any("firstname", "lastname", "reportstoid") || (s.has("accountid") && s.has("email")):
			return backend.ImportContacts
		}
		return backend.ImportAccounts
	case backend.SourceHubSpot:
		switch {
		case s.any("dealstage", "dealphase", "phasedelatransaction", "etapadelnegocio", "dealname", "nomdelatransaction", "nombredelnegocio"):
			return backend.ImportOpportunities
		case s.any("firstname", "vorname", "prenom", "lastname", "nachname", "apellidos", "email", "correo", "adresseemail"):
			return backend.ImportContacts
		}
		return backend.ImportAccounts
	case backend.SourcePipedrive:
		switch {
		case s.any("dealtitle", "dealvalue", "dealstage"):
			return backend.ImportOpportunities
		case s.any("personname", "personfirstname", "personemail"):
			return backend.ImportContacts
		}
		return backend.ImportAccounts
	case backend.SourceHarvest, backend.SourceToggl, backend.SourceClockify:
		return backend.ImportHours
	}
	// Any spreadsheet: the most specific kind whose requirements its columns meet.
	if len(monthColumns(header)) > 0 && s.any("account", "accountname", "client", "company", "customer", "kunde", "accountid") {
		if s.any("hours", "stunden", "heures", "horas") {
			return backend.ImportHours
		}
		return backend.ImportFigures
	}
	for _, kind := range []string{backend.ImportFigures, backend.ImportHours, backend.ImportOpportunities, backend.ImportContacts, backend.ImportAccounts} {
		if kind == backend.ImportOpportunities && !s.any("stage", "amount", "value", "dealvalue", "opportunity", "opportunityname", "dealname", "deal") {
			continue
		}
		if kind == backend.ImportContacts && !s.any("email", "emailaddress", "firstname", "lastname", "jobtitle", "contact", "contactname") {
			continue
		}
		if kind == backend.ImportHours && s.any("revenue", "cost", "fees") {
			continue
		}
		cols := columnsFor(backend.SourceSpreadsheet, kind, s)
		if missing(kind, cols) == "" {
			return kind
		}
	}
	return ""
}

// columnsFor maps the headers in s to the fields of kind, with source's
// own headers first and the common synonyms after. Each field takes the
// first column that names it.
func columnsFor(source, kind string, s headerSet) map[string]int {
	cols := map[string]int{}
	for _, dict := range []map[string]string{headers[source][kind], headers[backend.SourceSpreadsheet][kind]} {
		type hit struct {
			field string
			col   int
		}
		var hits []hit
		for folded, col := range s {
			if field, ok := dict[folded]; ok {
				hits = append(hits, hit{field, col})
			}
		}
		sort.Slice(hits, func(i, j int) bool { return hits[i].col < hits[j].col })
		for _, h := range hits {
			if _, taken := cols[h.field]; !taken && !columnTaken(cols, h.col) {
				cols[h.field] = h.col
			}
		}
	}
	return cols
}

func columnTaken(cols map[string]int, col int) bool {
	for _, c := range cols {
		if c == col {
			return true
		}
	}
	return false
}

// missing names the first requirement of kind that cols do not meet, in
// words; "" when all are met.
func missing(kind string, cols map[string]int) string {
	wide := false
	for f := range cols {
		if _, _, ok := splitWide(kind, f); ok {
			wide = true
		}
	}
	for _, req := range required[kind] {
		met := false
		for _, f := range req {
			if _, ok := cols[f]; ok {
				met = true
			}
			met = met || (wide && (f == "month" || f == "revenue" || f == "hours"))
		}
		if !met {
			labels := make([]string, len(req))
			for i, f := range req {
				labels[i] = label(f)
			}
			return strings.Join(labels, " or ")
		}
	}
	return ""
}

func label(field string) string {
	if l, ok := fieldLabels[field]; ok {
		return l
	}
	return field
}

// Recognise proposes the mapping of a file from its headers: its source,
// its kind (kind, when not "", is what the user said the file holds) and
// which column feeds which field. Returns EINVALID, in words a user can act
// on, when the kind cannot be told or a column it needs cannot be found.
func Recognise(header []string, kind string) (backend.ImportMapping, error) {
	if kind != "" && fields[kind] == nil {
		return backend.ImportMapping{}, backend.Invalid("kind", "%q is not something AccountDesk imports; choose %s.", kind, strings.Join(backend.ImportKinds(), ", "))
	}
	if err := checkHeader(header); err != nil {
		return backend.ImportMapping{}, err
	}
	source := Source(header)
	s := foldAll(header)
	if kind == "" {
		if kind = kindOf(source, header, s); kind == "" {
			return backend.ImportMapping{}, backend.Invalid("kind",
				"AccountDesk cannot tell from the column names whether this file holds accounts, contacts, opportunities, figures or hours; say which, or give a mapping file.")
		}
	}
	if headers[source][kind] == nil {
		source = backend.SourceSpreadsheet // e.g. a Salesforce-looking file given as hours
	}
	cols := columnsFor(source, kind, s)
	if measures := wideMeasures[kind]; measures != nil {
		for col, month := range monthColumns(header) {
			if !columnTaken(cols, col) {
				cols[WideField(measures[0], month)] = col
			}
		}
	}
	if m := missing(kind, cols); m != "" {
		return backend.ImportMapping{}, backend.Invalid("columns",
			"AccountDesk cannot tell which column of this file holds the %s of the %s; give a mapping file that names it.", m, kind)
	}
	out := backend.ImportMapping{Kind: kind, Source: source, Columns: map[string]string{}}
	for field, col := range cols {
		out.Columns[header[col]] = field
	}
	return out, nil
}

// checkHeader refuses a header row with no names or with a name twice: a
// mapping by column name could not tell the columns apart.
func checkHeader(header []string) error {
	seen := map[string]bool{}
	named := false
	for _, h := range header {
		h = strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))
		if h == "" {
			continue
		}
		if seen[h] {
			return backend.Invalid("columns", "The column %q appears twice in the first row; rename one of them.", h)
		}
		seen[h], named = true, true
	}
	if !named {
		return backend.Invalid("columns", "The first row of this file has no column names.")
	}
	return nil
}

// Bind checks a mapping against a file's header and returns, per field, the
// column it reads. Returns EINVALID when the mapping names a column the
// file does not have or leaves out a column the kind needs.
func Bind(m backend.ImportMapping, header []string) (map[string]int, error) {
	if err := checkHeader(header); err != nil {
		return nil, err
	}
	index := map[string]int{}
	for i, h := range header {
		index[strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))] = i
	}
	cols := map[string]int{}
	for column, field := range m.Columns {
		i, ok := index[strings.TrimSpace(strings.TrimPrefix(column, "\ufeff"))]
		if !ok {
			return nil, backend.Invalid("columns", "The mapping names a column %q that this file does not have.", column)
		}
		if !isField(m.Kind, field) {
			return nil, backend.Invalid("columns", "%q is not a field of %s; use one of %s.", field, m.Kind, strings.Join(fields[m.Kind], ", "))
		}
		if prev, dup := cols[field]; dup && prev != i {
			return nil, backend.Invalid("columns", "The mapping sends two columns to %s; keep one.", field)
		}
		cols[field] = i
	}
	if miss := missing(m.Kind, cols); miss != "" {
		return nil, backend.Invalid("columns", "The mapping does not say which column holds the %s of the %s.", miss, m.Kind)
	}
	return cols, nil
}

// DateColumns lists the headers whose cells are dates, so a caller can
// sample them and ask for the date order when it is ambiguous.
func DateColumns(m backend.ImportMapping) []string {
	var out []string
	for column, field := range m.Columns {
		switch field {
		case "renewalDate", "contractStart", "closeDate", "date":
			out = append(out, column)
		}
	}
	sort.Strings(out)
	return out
}

// Shape identifies the files a saved mapping is for: the same column names
// (as recognition compares them), in any order.
func Shape(header []string) string {
	names := make([]string, 0, len(header))
	for _, h := range header {
		if f := foldHeader(h); f != "" {
			names = append(names, f)
		}
	}
	sort.Strings(names)
	sum := sha256.Sum256([]byte(strings.Join(names, "\x1f")))
	return hex.EncodeToString(sum[:])
}
