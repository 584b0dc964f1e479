package app_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/net/webdav"
)

type progress struct {
	ID    int64
	State string
	Done  int
	Total int
	Files []struct{ Name, Status string }
	Run   *struct {
		OK      bool
		Message string
		Files   []struct{ Name string }
	}
	Error *struct{ Code, Message string }
}

// An export started from the Exports screen reports each file as it is
// written, can be cancelled part-way (what it wrote is removed again), and
// lands in the history either way.
func TestExportProgressAndCancel(t *testing.T) {
	dir := t.TempDir()
	api := demoServe(t, dir)
	call := func(path string, args ...any) (progress, apiReply) {
		t.Helper()
		r := api(path, args...)
		var p progress
		_ = json.Unmarshal(r.Result, &p)
		return p, r
	}
	waitFor := func(id int64, what string, ok func(progress) bool) progress {
		t.Helper()
		deadline := time.Now().Add(30 * time.Second)
		for time.Now().Before(deadline) {
			p, r := call("/api/ExportsAPI/Progress", id)
			if r.Error != nil {
				t.Fatalf("progress: %+v", r.Error)
			}
			if ok(p) {
				return p
			}
			time.Sleep(20 * time.Millisecond)
		}
		t.Fatalf("export never reached: %s", what)
		return progress{}
	}

	t.Run("OK to a folder, every file reported written", func(t *testing.T) {
		out := t.TempDir()
		p, r := call("/api/ExportsAPI/Start", map[string]any{"destination": out}, map[string]any{"formats": []string{"json", "md"}})
		if r.Error != nil {
			t.Fatalf("start: %+v", r.Error)
		}
		p = waitFor(p.ID, "done", func(p progress) bool { return p.State == "done" || p.State == "failed" })
		if p.State != "done" || p.Total == 0 || p.Done != p.Total || p.Run == nil || !p.Run.OK || len(p.Run.Files) != p.Total {
			t.Fatalf("finished export: %+v", p)
		}
		for _, f := range p.Files {
			if f.Status != "written" {
				t.Errorf("%s: %s", f.Name, f.Status)
			}
			if _, err := os.Stat(filepath.Join(out, f.Name)); err != nil {
				t.Errorf("%s not in the folder", f.Name)
			}
		}
		// The next export compares with this one.
		again := t.TempDir()
		p, _ = call("/api/ExportsAPI/Start", map[string]any{"destination": again}, map[string]any{"formats": []string{"md"}, "accountIds": []int64{1}})
		p = waitFor(p.ID, "done", func(p progress) bool { return p.State == "done" || p.State == "failed" })
		if p.State != "done" || len(p.Files) != 1 {
			t.Fatalf("second export: %+v", p)
		}
		md, _ := os.ReadFile(filepath.Join(again, p.Files[0].Name))
		if !strings.Contains(string(md), "Nothing changed in objectives, pipeline or risks since the export of") {
			t.Fatalf("the second export does not compare with the first:\n%s", md)
		}
	})

	t.Run("OK cancelled part-way to WebDAV leaves nothing behind", func(t *testing.T) {
		fs := webdav.NewMemFS()
		_ = fs.Mkdir(context.Background(), "/share", 0o755)
		dav := &webdav.Handler{FileSystem: fs, LockSystem: webdav.NewMemLS()}
		var puts atomic.Int32
		stop := make(chan struct{})
		// The second upload hangs until the client gives up: the export is
		// then stuck mid-way, where a cancel must clean up.
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.Method == http.MethodPut && puts.Add(1) == 2 {
				select {
				case <-r.Context().Done():
				case <-stop: // the test ended (failed) without cancelling
				}
				return
			}
			dav.ServeHTTP(w, r)
		}))
		defer srv.Close()
		defer close(stop)
		p, r := call("/api/ExportsAPI/Start", map[string]any{"destination": srv.URL + "/share/"}, map[string]any{"formats": []string{"json"}})
		if r.Error != nil {
			t.Fatalf("start: %+v", r.Error)
		}
		p = waitFor(p.ID, "one file written", func(p progress) bool { return p.Done == 1 })
		if p.State != "writing" || p.Files[0].Status != "written" || p.Files[1].Status != "waiting" {
			t.Fatalf("mid-way: %+v", p)
		}
		if _, r := call("/api/ExportsAPI/Cancel", p.ID); r.Error != nil {
			t.Fatalf("cancel: %+v", r.Error)
		}
		p = waitFor(p.ID, "cancelled", func(p progress) bool { return p.State != "writing" })
		if p.State != "cancelled" || p.Error == nil || p.Run == nil || p.Run.OK || p.Files[0].Status != "removed" {
			t.Fatalf("after cancel: %+v", p)
		}
		f, err := fs.OpenFile(context.Background(), "/share", os.O_RDONLY, 0)
		if err != nil {
			t.Fatal(err)
		}
		infos, _ := f.Readdir(-1)
		f.Close()
		if len(infos) != 0 {
			t.Fatalf("files left on the share after a cancel: %d", len(infos))
		}
		var runs []struct {
			OK      bool
			Message string
		}
		_, rr := call("/api/ExportsAPI/Runs")
		_ = json.Unmarshal(rr.Result, &runs)
		if len(runs) == 0 || runs[0].OK || runs[0].Message == "" {
			t.Fatalf("the cancelled export is not in the history: %+v", runs)
		}
	})

	t.Run("ErrInvalidRequestStartsNothing", func(t *testing.T) {
		_, r := call("/api/ExportsAPI/Start", map[string]any{"destination": t.TempDir()}, map[string]any{"formats": []string{"docx"}})
		if r.Error == nil || r.Error.Code != "invalid" {
			t.Fatalf("want invalid, got %+v", r.Error)
		}
		if _, r := call("/api/ExportsAPI/Progress", 999); r.Error == nil || r.Error.Code != "not_found" {
			t.Fatalf("unknown export: %+v", r.Error)
		}
	})
}
