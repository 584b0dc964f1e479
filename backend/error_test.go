package backend_test

import (
	"errors"
	"fmt"
	"testing"

	"accountdesk/backend"
)

func TestErrorCode(t *testing.T) {
	wrapped := fmt.Errorf("saving: %w", backend.Invalid("currency", "Choose a currency."))
	scenarios := []struct {
		name    string
		err     error
		code    string
		message string
		field   string
	}{
		{"OK nil", nil, "", "", ""},
		{"OK wrapped domain error keeps code, message and field", wrapped, backend.EINVALID, "Choose a currency.", "currency"},
		{"OK unknown error is internal with a generic message", errors.New("disk I/O error at /secret/path"), backend.EINTERNAL, "Something went wrong. The details are in the log file.", ""},
	}
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			if got := backend.ErrorCode(sc.err); got != sc.code {
				t.Errorf("code = %q, want %q", got, sc.code)
			}
			if got := backend.ErrorMessage(sc.err); got != sc.message {
				t.Errorf("message = %q, want %q", got, sc.message)
			}
			if got := backend.ErrorField(sc.err); got != sc.field {
				t.Errorf("field = %q, want %q", got, sc.field)
			}
		})
	}
}
