package app_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"

	"golang.org/x/net/webdav"
)

// Saved export places: the place is kept in the workspace, its password only
// in the system keyring (a real Secret Service: `make test-keyring` runs this
// under a private D-Bus session with gnome-keyring).
func TestExportPlaces(t *testing.T) {
	dir := t.TempDir()
	call := demoServe(t, dir)
	places := func(r apiReply) []struct {
		Name, Destination, User string
		PasswordSaved           bool
	} {
		t.Helper()
		if r.Error != nil {
			t.Fatalf("error: %+v", r.Error)
		}
		var p []struct {
			Name, Destination, User string
			PasswordSaved           bool
		}
		_ = json.Unmarshal(r.Result, &p)
		return p
	}

	// Without a password: just the place.
	folder := t.TempDir()
	if p := places(call("/api/ExportsAPI/SavePlace", map[string]any{"name": "Shared drive", "destination": folder}, "")); len(p) != 1 || p[0].PasswordSaved {
		t.Fatalf("places = %+v", p)
	}
	if r := call("/api/ExportsAPI/SavePlace", map[string]any{"name": " ", "destination": folder}, ""); r.Error == nil || r.Error.Field != "placeName" {
		t.Fatalf("no name: %+v", r.Error)
	}
	if r := call("/api/ExportsAPI/SavePlace", map[string]any{"name": "Bad", "destination": "https://me:pw@cloud.example/dav/"}, ""); r.Error == nil || r.Error.Field != "destination" {
		t.Fatalf("credentials in the address: %+v", r.Error)
	}
	if r := call("/api/ExportsAPI/DeletePlace", "Nowhere"); r.Error == nil || r.Error.Code != "not_found" {
		t.Fatalf("deleting an unknown place: %+v", r.Error)
	}

	if os.Getenv("ACCOUNTDESK_TEST_KEYRING") == "" {
		t.Log("the password half runs under `make test-keyring` (a private Secret Service)")
		return
	}
	fs := webdav.NewMemFS()
	_ = fs.Mkdir(context.Background(), "/share", 0o755)
	dav := &webdav.Handler{FileSystem: fs, LockSystem: webdav.NewMemLS()}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if user, pw, ok := r.BasicAuth(); !ok || user != "director" || pw != "k3yring-s3cret" {
			http.Error(w, "no", http.StatusUnauthorized)
			return
		}
		dav.ServeHTTP(w, r)
	}))
	defer srv.Close()
	share := srv.URL + "/share/"
	p := places(call("/api/ExportsAPI/SavePlace", map[string]any{"name": "Team share", "destination": share, "user": "director"}, "k3yring-s3cret"))
	if len(p) != 2 || p[1].Name != "Team share" || !p[1].PasswordSaved {
		t.Fatalf("places = %+v", p)
	}
	// The workspace never holds the password.
	for _, f := range []string{"workspace.db", "workspace.db-wal"} {
		if data, _ := os.ReadFile(filepath.Join(dir, f)); bytes.Contains(data, []byte("k3yring-s3cret")) {
			t.Fatalf("the password is in %s", f)
		}
	}
	// An export to the place with no password typed uses the remembered one.
	export := func() (string, string) {
		r := call("/api/ExportsAPI/Start", map[string]any{"destination": share, "user": "director"}, map[string]any{"portfolio": true, "formats": []string{"json"}})
		if r.Error != nil {
			return "error", r.Error.Message
		}
		var pr struct {
			ID int64
		}
		_ = json.Unmarshal(r.Result, &pr)
		for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
			var st struct {
				State string
				Error *struct{ Message string }
			}
			_ = json.Unmarshal(call("/api/ExportsAPI/Progress", pr.ID).Result, &st)
			if st.State == "done" {
				return "done", ""
			}
			if st.State == "failed" {
				return "failed", st.Error.Message
			}
		}
		return "timeout", ""
	}
	if state, msg := export(); state != "done" {
		t.Fatalf("export with the remembered password: %s %s", state, msg)
	}
	// Forgetting the place removes the password from the keyring too.
	if p := places(call("/api/ExportsAPI/DeletePlace", "Team share")); len(p) != 1 {
		t.Fatalf("after delete: %+v", p)
	}
	if state, msg := export(); state != "failed" {
		t.Fatalf("export after forgetting the password: %s %s, want refused", state, msg)
	}
	t.Log("the password was kept in the system keyring, used for an export, and forgotten with its place")
}
