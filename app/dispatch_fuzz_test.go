package app

import (
	"context"
	"encoding/json"
	"testing"

	"accountdesk/backend"
	"accountdesk/backend/sqlite/sqlitetest"
)

// FuzzHTTPArguments feeds arbitrary request bodies to bound methods through
// the HTTP mode's decoder: the answer is a result or an "invalid" (or
// "not_found") error, never a panic or an internal error.
func FuzzHTTPArguments(f *testing.F) {
	for _, seed := range []string{`[]`, `[{}]`, `[1]`, `["x"]`, `[{"currency":"EUR","fiscalYearStartMonth":13}]`, `{"a":1}`, `[null]`, `[[]]`,
		`[{"name":"\u202eevil","tier":"key"}]`, `[-1]`, `[1e308]`, "\x00", `[{"qbrThresholdMinor":"100"}]`} {
		f.Add("SettingsAPI.Update", seed)
		f.Add("AccountsAPI.Create", seed)
		f.Add("AccountsAPI.Get", seed)
		f.Add("PlansAPI.Save", seed)
	}
	db := sqlitetest.Empty(f)
	s := &session{db: db, lock: newAppraisalsLock()}
	table, err := methodTable(apis(context.Background, s, "fuzz"))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, name, body string) {
		m, ok := table[name]
		if !ok {
			return
		}
		_, err := m.call(json.RawMessage(body))
		switch backend.ErrorCode(err) {
		case "", backend.EINVALID, backend.ENOTFOUND, backend.ECONFLICT:
		default:
			t.Fatalf("%s(%q): %v", name, body, err)
		}
	})
}
