package app_test

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// TestOneOnOnesAreConfidential holds a 1:1 and notes feedback through the
// HTTP mode, provokes refusals on the way, and then checks by bytes that none
// of their words is in the log or in an export made without
// --include-appraisals; and that the appraisals passphrase locks them.
func TestOneOnOnesAreConfidential(t *testing.T) {
	dir := t.TempDir()
	ws := filepath.Join(dir, "workspace.db")
	call := demoServe(t, dir)
	ok := func(r apiReply, into any) { t.Helper(); wantResult(t, r, into) }
	var settings struct{ DirectorPersonID int64 }
	ok(call("/api/SettingsAPI/Get"), &settings)
	if settings.DirectorPersonID == 0 {
		t.Fatal("the director is on the team")
	}
	var accounts []struct {
		ID   int64
		Name string
	}
	ok(call("/api/AccountsAPI/List", map[string]any{}), &accounts)
	var ana struct{ ID int64 }
	ok(call("/api/TeamAPI/SavePerson", map[string]any{"name": "Ana Quill", "role": "Account Manager", "startDate": "2024-01-01",
		"reportsTo": settings.DirectorPersonID, "capacityHoursPerWeek": 40}), &ana)
	ok(call("/api/OneOnOnesAPI/SetCadence", ana.ID, "weekly"), nil)

	secrets := []string{"Point-4d2e", "Shared-8b1f", "Private-6a0c", "Action-3e9d", "Note-7c5b", "Coach-2f8a"}
	var m map[string]any
	ok(call("/api/OneOnOnesAPI/Start", ana.ID, "2026-03-02"), &m)
	m["points"] = []map[string]any{{"text": secrets[0] + " promotion path", "side": "report"}}
	m["sharedNotes"] = secrets[1] + " agreed to revisit"
	m["privateNotes"] = secrets[2] + " seems tired"
	m["actions"] = []map[string]any{{"text": secrets[3] + " book the course", "owner": "director", "due": "2026-03-06"}}
	ok(call("/api/OneOnOnesAPI/Save", m), &m)
	ok(call("/api/OneOnOnesAPI/SaveNote", map[string]any{"personId": ana.ID, "kind": "praise", "text": secrets[4] + " won the pitch",
		"date": "2026-03-03", "accountId": accounts[0].ID}), nil)
	ok(call("/api/OneOnOnesAPI/KeepDraft", m["id"], map[string]any{"body": `{"privateNotes":"` + secrets[5] + `"}`, "baseVersion": 2}), nil)

	// Refusals on the way carry none of it into the log either: a stale
	// save, an invalid action, an invalid note, a draft that does not read.
	call("/api/OneOnOnesAPI/Save", m)
	bad := map[string]any{"id": m["id"], "version": m["version"], "date": "2026-03-02", "privateNotes": secrets[5],
		"actions": []map[string]any{{"text": secrets[5], "owner": "nobody"}}}
	call("/api/OneOnOnesAPI/Save", bad)
	call("/api/OneOnOnesAPI/SaveNote", map[string]any{"personId": ana.ID, "kind": "gossip", "text": secrets[5], "date": "2026-03-03"})
	call("/api/OneOnOnesAPI/KeepDraft", m["id"], map[string]any{"body": `{"x": "` + secrets[5]})

	// Exports without --include-appraisals, in every format, plans and portfolio.
	out := t.TempDir()
	for _, args := range [][]string{{}, {"--portfolio"}} {
		cmd := append([]string{"export", "--workspace", ws, "--to", out, "--format", "pdf,md,html,json,csv,ics"}, args...)
		if r := run(t, nil, cmd...); r.code != 0 {
			t.Fatalf("export %v: %d %s", args, r.code, r.stderr)
		}
	}
	files := 0
	_ = filepath.WalkDir(out, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		files++
		data, _ := os.ReadFile(path)
		for _, s := range secrets {
			if bytes.Contains(data, []byte(s)) {
				t.Errorf("%s carries %s from a 1:1 or note", filepath.Base(path), s)
			}
		}
		return nil
	})
	if files < 10 {
		t.Fatalf("only %d files exported: the check is vacuous", files)
	}
	logData, err := os.ReadFile(filepath.Join(dir, "logs", "accountdesk.log"))
	if err != nil || len(logData) == 0 {
		t.Fatalf("the log has lines: %v", err)
	}
	for _, s := range secrets {
		if bytes.Contains(logData, []byte(s)) {
			t.Errorf("the log carries %s:\n%s", s, logData)
		}
	}

	// Behind the appraisals passphrase: locked, the 1:1s and notes are not
	// read; who is due a 1:1 when still is (it holds no one's words).
	ok(call("/api/AppraisalsAPI/SetPassphrase", "", "correct horse battery"), nil)
	ok(call("/api/AppraisalsAPI/LockNow"), nil)
	for _, c := range []struct {
		path string
		args []any
	}{
		{"/api/OneOnOnesAPI/List", []any{ana.ID}}, {"/api/OneOnOnesAPI/Get", []any{m["id"]}},
		{"/api/OneOnOnesAPI/Start", []any{ana.ID, ""}}, {"/api/OneOnOnesAPI/Save", []any{m}},
		{"/api/OneOnOnesAPI/Draft", []any{m["id"]}}, {"/api/OneOnOnesAPI/Actions", nil},
		{"/api/OneOnOnesAPI/Notes", []any{ana.ID}}, {"/api/OneOnOnesAPI/PeriodFeedback", []any{ana.ID, "2026-01-01", "2026-12-31"}},
		{"/api/OneOnOnesAPI/SaveNote", []any{map[string]any{"personId": ana.ID, "kind": "praise", "text": "x", "date": "2026-03-03"}}},
	} {
		if r := call(c.path, c.args...); r.Error == nil || r.Error.Code != "locked" {
			t.Errorf("%s while locked: %+v", c.path, r.Error)
		}
	}
	var schedules []struct{ PersonID int64 }
	ok(call("/api/OneOnOnesAPI/Schedules"), &schedules)
	if len(schedules) == 0 {
		t.Error("the schedules are readable while locked")
	}
}
