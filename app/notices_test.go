package app_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestWorkspaceOthersCouldRead: a workspace restored by another tool with
// permissions wider than its owner's is made private on open, and the user
// is told: one stderr line from the command line, one notice (once) for the
// first screen.
func TestWorkspaceOthersCouldRead(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Windows guards files with ACLs, not mode bits")
	}
	t.Run("OK the command line says so on stderr, once", func(t *testing.T) {
		ws := filepath.Join(t.TempDir(), "workspace.db")
		if r := run(t, nil, "demo", "--workspace", ws); r.code != 0 {
			t.Fatalf("demo: %+v", r)
		}
		if err := os.Chmod(ws, 0o644); err != nil {
			t.Fatal(err)
		}
		r := run(t, nil, "check", "--workspace", ws)
		if r.code != 0 || !strings.Contains(r.stderr, "Other users of this computer could read your workspace (workspace.db). It is now private to you.") {
			t.Fatalf("check: code %d, stderr %q", r.code, r.stderr)
		}
		if st, _ := os.Stat(ws); st.Mode().Perm() != 0o600 {
			t.Errorf("workspace mode = %v, want 0600", st.Mode().Perm())
		}
		if r := run(t, nil, "check", "--workspace", ws); r.stderr != "" {
			t.Errorf("second check: stderr %q, want nothing to tell", r.stderr)
		}
	})

	t.Run("OK the first screen is told once", func(t *testing.T) {
		dir := t.TempDir()
		ws := filepath.Join(dir, "workspace.db")
		if r := run(t, nil, "demo", "--workspace", ws); r.code != 0 {
			t.Fatalf("demo: %+v", r)
		}
		backups := filepath.Join(dir, "backups")
		if err := os.MkdirAll(backups, 0o755); err != nil {
			t.Fatal(err)
		}
		for _, p := range []string{ws, backups} {
			if err := os.Chmod(p, 0o755); err != nil {
				t.Fatal(err)
			}
		}
		u, _ := startServeIn(t, dir)
		token := u.Query().Get("token")
		_, r := post(t, u, "/api/WorkspaceAPI/Notices", token, "[]")
		var notices []string
		if err := json.Unmarshal(r.Result, &notices); err != nil || len(notices) != 1 ||
			!strings.Contains(notices[0], "(workspace.db, backups). It is now private to you.") {
			t.Fatalf("notices = %q (%v, reply %+v)", notices, err, r)
		}
		_, r = post(t, u, "/api/WorkspaceAPI/Notices", token, "[]")
		if string(r.Result) != "[]" {
			t.Fatalf("second call = %s, want [] (each notice is shown once)", r.Result)
		}
	})
}
