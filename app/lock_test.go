package app_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestAppraisalsPassphrase is the journey of the optional appraisals lock
// through the HTTP mode (the same bound methods the window calls) and the
// command line: set it, lock, refused reads and exports, wrong and right
// passphrase, encrypted backups, restore, removal.
func TestAppraisalsPassphrase(t *testing.T) {
	dir := t.TempDir()
	ws := filepath.Join(dir, "workspace.db")
	call := demoServe(t, dir)
	wantErr := func(r apiReply, code, field string) {
		t.Helper()
		if r.Error == nil || r.Error.Code != code || r.Error.Field != field {
			t.Fatalf("error = %+v, want %s on %q", r.Error, code, field)
		}
	}
	status := func(r apiReply) (enabled, unlocked bool) {
		t.Helper()
		var s struct{ Enabled, Unlocked bool }
		if err := json.Unmarshal(r.Result, &s); err != nil || r.Error != nil {
			t.Fatalf("status: %s %+v", r.Result, r.Error)
		}
		return s.Enabled, s.Unlocked
	}
	const pass = "correct horse battery"

	if e, o := status(call("/api/AppraisalsAPI/LockStatus")); e || !o {
		t.Fatalf("a new workspace has no lock: enabled=%v unlocked=%v", e, o)
	}
	if r := call("/api/AppraisalsAPI/Cycles"); r.Error != nil {
		t.Fatalf("cycles without a lock: %+v", r.Error)
	}
	wantErr(call("/api/AppraisalsAPI/SetPassphrase", "", "short"), "invalid", "newPassphrase")
	if e, o := status(call("/api/AppraisalsAPI/SetPassphrase", "", pass)); !e || !o {
		t.Fatalf("after setting: enabled=%v unlocked=%v", e, o)
	}
	if e, o := status(call("/api/AppraisalsAPI/LockNow")); !e || o {
		t.Fatalf("after locking: enabled=%v unlocked=%v", e, o)
	}
	// Locked: every read, write and export of appraisals is refused.
	wantErr(call("/api/AppraisalsAPI/Cycles"), "locked", "passphrase")
	wantErr(call("/api/AppraisalsAPI/Get", 1), "locked", "passphrase")
	wantErr(call("/api/AppraisalsAPI/Save", map[string]any{"id": 1, "strengths": "x"}), "locked", "passphrase")
	// Its kept drafts are as confidential as the appraisal.
	wantErr(call("/api/AppraisalsAPI/Draft", 1), "locked", "passphrase")
	wantErr(call("/api/AppraisalsAPI/KeepDraft", 1, map[string]any{"body": `{"strengths":"x"}`}), "locked", "passphrase")
	wantErr(call("/api/AppraisalsAPI/DiscardDraft", 1), "locked", "passphrase")
	// A cycle's competencies and scale are read only where the cycle is.
	wantErr(call("/api/AppraisalsAPI/CycleDraft", 1), "locked", "passphrase")
	wantErr(call("/api/AppraisalsAPI/KeepCycleDraft", 1, map[string]any{"body": `{"competencies":[]}`}), "locked", "passphrase")
	wantErr(call("/api/AppraisalsAPI/DiscardCycleDraft", 1), "locked", "passphrase")
	out := t.TempDir()
	wantErr(call("/api/ExportsAPI/Run", map[string]any{"destination": out},
		map[string]any{"portfolio": true, "formats": []string{"json"}, "includeAppraisals": true}), "locked", "passphrase")
	if entries, _ := os.ReadDir(out); len(entries) != 0 {
		t.Fatalf("a refused export wrote files: %v", entries)
	}
	// Other sections stay open.
	if r := call("/api/AccountsAPI/List", map[string]any{}); r.Error != nil {
		t.Fatalf("accounts while appraisals are locked: %+v", r.Error)
	}
	wantErr(call("/api/AppraisalsAPI/Unlock", "wrong horse battery"), "invalid", "passphrase")
	wantErr(call("/api/AppraisalsAPI/Cycles"), "locked", "passphrase")
	if _, o := status(call("/api/AppraisalsAPI/Unlock", pass)); !o {
		t.Fatal("the right passphrase did not unlock")
	}
	if r := call("/api/AppraisalsAPI/Cycles"); r.Error != nil || len(r.Result) < 10 {
		t.Fatalf("cycles after unlocking: %s %+v", r.Result, r.Error)
	}
	wantErr(call("/api/AppraisalsAPI/SetPassphrase", "wrong horse battery", "another passphrase"), "invalid", "passphrase")

	// Backups are encrypted now; the command line restores them with the passphrase.
	backup := filepath.Join(t.TempDir(), "backup.db")
	if r := run(t, nil, "backup", "--workspace", ws, "--to", backup); r.code != 0 {
		t.Fatalf("backup: %d %s", r.code, r.stderr)
	}
	data, _ := os.ReadFile(backup)
	if !strings.HasPrefix(string(data), "AccountDesk encrypted backup v1\n") {
		t.Fatal("the backup is not encrypted")
	}
	target := filepath.Join(t.TempDir(), "restored.db")
	r := run(t, nil, "restore", "--workspace", target, "--from", backup)
	if r.code == 0 || !strings.Contains(r.stderr, "ACCOUNTDESK_PASSPHRASE") {
		t.Fatalf("restore without the passphrase: %d %q", r.code, r.stderr)
	}
	r = run(t, map[string]string{"ACCOUNTDESK_PASSPHRASE": "wrong horse battery"}, "restore", "--workspace", target, "--from", backup)
	if r.code == 0 || !strings.Contains(r.stderr, "passphrase") {
		t.Fatalf("restore with a wrong passphrase: %d %q", r.code, r.stderr)
	}
	if _, err := os.Stat(target); err == nil {
		t.Fatal("a refused restore created a workspace")
	}
	r = run(t, map[string]string{"ACCOUNTDESK_PASSPHRASE": pass}, "restore", "--workspace", target, "--from", backup)
	if r.code != 0 {
		t.Fatalf("restore with the passphrase: %d %q", r.code, r.stderr)
	}
	if r := run(t, nil, "check", "--workspace", target); r.code != 0 {
		t.Fatalf("check of the restored workspace: %d %s", r.code, r.stderr)
	}

	// The command line exports appraisals only with the passphrase.
	r = run(t, nil, "export", "--workspace", ws, "--to", out, "--portfolio", "--format", "json", "--include-appraisals")
	if r.code == 0 || !strings.Contains(r.stderr, "ACCOUNTDESK_PASSPHRASE") {
		t.Fatalf("export of locked appraisals without the passphrase: %d %q", r.code, r.stderr)
	}
	if entries, _ := os.ReadDir(out); len(entries) != 0 {
		t.Fatalf("a refused export wrote files: %v", entries)
	}
	r = run(t, map[string]string{"ACCOUNTDESK_PASSPHRASE": pass}, "export", "--workspace", ws, "--to", out, "--portfolio", "--format", "json", "--include-appraisals")
	if r.code != 0 {
		t.Fatalf("export with the passphrase: %d %q", r.code, r.stderr)
	}

	wantErr(call("/api/AppraisalsAPI/RemovePassphrase", "wrong horse battery"), "invalid", "passphrase")
	if e, o := status(call("/api/AppraisalsAPI/RemovePassphrase", pass)); e || !o {
		t.Fatalf("after removing: enabled=%v unlocked=%v", e, o)
	}
	if r := run(t, nil, "backup", "--workspace", ws, "--to", backup); r.code != 0 {
		t.Fatalf("backup: %d %s", r.code, r.stderr)
	}
	if data, _ := os.ReadFile(backup); !strings.HasPrefix(string(data), "SQLite format 3") {
		t.Fatal("after removing the passphrase, new backups are plain workspaces")
	}
}
