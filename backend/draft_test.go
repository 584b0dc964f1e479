package backend_test

import (
	"strings"
	"testing"

	"accountdesk/backend"
)

func TestDraftValidate(t *testing.T) {
	scenarios := []struct {
		name  string
		draft backend.Draft
		field string
	}{
		{"OK", backend.Draft{Body: `{"objectives":[{"title":""}]}`, BaseVersion: 3}, ""},
		{"OK version 0 for a record never saved", backend.Draft{Body: `{}`}, ""},
		{"OK at the size limit", backend.Draft{Body: `"` + strings.Repeat("a", backend.MaxDraftBytes-2) + `"`}, ""},
		{"ErrEmptyBody", backend.Draft{Body: "  "}, "body"},
		{"ErrNotJSON", backend.Draft{Body: `{"title": `}, "body"},
		{"ErrTooLarge", backend.Draft{Body: `"` + strings.Repeat("a", backend.MaxDraftBytes) + `"`}, "body"},
		{"ErrNegativeVersion", backend.Draft{Body: `{}`, BaseVersion: -1}, "baseVersion"},
	}
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			err := sc.draft.Validate()
			if sc.field == "" && err != nil {
				t.Fatalf("want valid, got %v", err)
			}
			if sc.field != "" && (backend.ErrorCode(err) != backend.EINVALID || backend.ErrorField(err) != sc.field) {
				t.Fatalf("err = %v, want invalid on %s", err, sc.field)
			}
		})
	}
}
