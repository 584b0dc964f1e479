package app_test

import (
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestAppraisalTextNeverReachesTheLog writes an appraisal through the HTTP
// mode, provokes failures on the way, and then reads the log file: none of
// the appraisal's words may be in it.
func TestAppraisalTextNeverReachesTheLog(t *testing.T) {
	dir := t.TempDir()
	u, _ := startServeIn(t, dir)
	token := u.Query().Get("token")
	call := func(path string, args ...any) json.RawMessage {
		t.Helper()
		body, _ := json.Marshal(args)
		code, r := post(t, u, path, token, string(body))
		if code != http.StatusOK {
			t.Fatalf("%s: %d %+v", path, code, r.Error)
		}
		return r.Result
	}
	const secret = "Confidential-7f3a: struggles with the Helios client"
	var person struct{ ID int64 }
	_ = json.Unmarshal(call("/api/TeamAPI/SavePerson", map[string]any{"name": "Ana", "role": "Account Manager", "startDate": "2024-01-01"}), &person)
	var cycle struct{ ID int64 }
	_ = json.Unmarshal(call("/api/AppraisalsAPI/SaveCycle", map[string]any{"name": "Annual 2026", "periodFrom": "2026-01-01", "periodTo": "2026-12-31"}), &cycle)
	var list []struct{ ID int64 }
	_ = json.Unmarshal(call("/api/AppraisalsAPI/AddParticipants", cycle.ID, []int64{person.ID}), &list)
	var a map[string]any
	_ = json.Unmarshal(call("/api/AppraisalsAPI/Get", list[0].ID), &a)
	a["strengths"] = secret
	a["privateNotes"] = secret
	a["developmentAreas"] = secret
	call("/api/AppraisalsAPI/Save", a)
	// A kept draft (a good one, then a refused one) does not carry it there either.
	draft, _ := json.Marshal(map[string]any{"compensation": map[string]any{"kind": "merit", "justification": secret}})
	call("/api/AppraisalsAPI/KeepDraft", list[0].ID, map[string]any{"body": string(draft), "baseVersion": 2})
	raw0, _ := json.Marshal([]any{list[0].ID, map[string]any{"body": `{"strengths": "` + secret}})
	post(t, u, "/api/AppraisalsAPI/KeepDraft", token, string(raw0))

	// Failures on the way: a stale save (conflict), an invalid override and a
	// refused move. Their messages must not carry the text either.
	for _, body := range []map[string]any{a, {"id": list[0].ID, "version": 99, "overrideScore": 9, "strengths": secret}} {
		raw, _ := json.Marshal([]any{body})
		post(t, u, "/api/AppraisalsAPI/Save", token, string(raw))
	}
	raw, _ := json.Marshal([]any{list[0].ID, "finalized"})
	post(t, u, "/api/AppraisalsAPI/Move", token, string(raw))
	raw, _ = json.Marshal([]any{list[0].ID, secret})
	post(t, u, "/api/AppraisalsAPI/Reopen", token, string(raw))

	logFile := filepath.Join(dir, "logs", "accountdesk.log")
	data, err := os.ReadFile(logFile)
	if err != nil {
		t.Fatalf("the log file exists beside the workspace: %v", err)
	}
	if len(data) == 0 {
		t.Fatal("the log has lines (startup at least), so this test is not vacuous")
	}
	if strings.Contains(string(data), "Confidential-7f3a") || strings.Contains(string(data), "Helios") {
		t.Fatalf("appraisal text reached the log:\n%s", data)
	}
	if st, _ := os.Stat(logFile); st.Mode().Perm() != 0o600 {
		t.Errorf("log mode = %v, want 0600", st.Mode().Perm())
	}
}
