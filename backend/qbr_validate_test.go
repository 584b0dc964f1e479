package backend_test

import (
	"strings"
	"testing"

	"accountdesk/backend"
)

// TestQBRValidate: creating and editing a QBR share these rules; the
// front end's zod schema (qbr-schema.ts) mirrors them.
func TestQBRValidate(t *testing.T) {
	ok := func() backend.QBR {
		return backend.QBR{AccountID: 1, Date: "2026-04-16", Format: backend.QBROnSite, Progress: "On plan"}
	}
	long := strings.Repeat("é", backend.QBRSectionMax+1) // characters, not bytes
	scenarios := []struct {
		name  string
		edit  func(q *backend.QBR)
		field string // "" when valid
	}{
		{"OK a QBR", func(q *backend.QBR) {}, ""},
		{"OK remote, dated with spaces around it", func(q *backend.QBR) { q.Format = backend.QBRRemote; q.Date = " 2026-04-16 " }, ""},
		{"OK each section at the limit, in accented letters", func(q *backend.QBR) { q.NextSteps = long[len("é"):] }, ""},
		{"ErrDateMissing", func(q *backend.QBR) { q.Date = "" }, "date"},
		{"ErrImpossibleDate", func(q *backend.QBR) { q.Date = "2026-02-30" }, "date"},
		{"ErrFormat", func(q *backend.QBR) { q.Format = "phone" }, "format"},
		{"ErrProgressTooLong", func(q *backend.QBR) { q.Progress = long }, "progress"},
		{"ErrIssuesTooLong", func(q *backend.QBR) { q.Issues = long }, "issues"},
		{"ErrInitiativesTooLong", func(q *backend.QBR) { q.Initiatives = long }, "initiatives"},
		{"ErrNextStepsTooLong", func(q *backend.QBR) { q.NextSteps = long }, "nextSteps"},
	}
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			q := ok()
			sc.edit(&q)
			err := q.Validate()
			if sc.field == "" {
				if err != nil {
					t.Fatalf("err = %v", err)
				}
				return
			}
			if backend.ErrorCode(err) != backend.EINVALID || backend.ErrorField(err) != sc.field {
				t.Fatalf("err = %v (field %q), want invalid %s", err, backend.ErrorField(err), sc.field)
			}
		})
	}
}
