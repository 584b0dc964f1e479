package app

import (
	"context"
	"encoding/base64"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"accountdesk/backend"
	"accountdesk/backend/sqlite"
)

// FuzzImportFile sends any bytes, under any name, as the import screen
// does, opens them and previews what is proposed: the answer is a staged
// file or a plain invalid / not-found / conflict error, never a panic or an
// internal error, and a preview changes nothing.
func FuzzImportFile(f *testing.F) {
	for _, seed := range []string{"salesforce/Account.csv", "toggl/TogglTrack_Report_Detailed_2026-03-01_2026-03-31.csv", "hubspot/hubspot-crm-exports-all-deals-en.xlsx"} {
		data, err := os.ReadFile("../backend/tabular/testdata/sources/" + seed)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(filepath.Base(seed), data, uint16(700))
	}
	f.Add("renewals.csv", []byte("Client,Renewal\r\nAcme,03/02/2026\r\n"), uint16(3))
	f.Add("x.xlsx", []byte("PK\x03\x04broken"), uint16(0))
	f.Add("", []byte("a"), uint16(1))
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(f.TempDir(), "workspace.db"))
	if err != nil {
		f.Fatal(err)
	}
	defer db.Close()
	a := newImportsAPI(base{ctx: func() context.Context { return ctx }, db: db}, &session{db: db})
	f.Fuzz(func(t *testing.T, name string, data []byte, chunk uint16) {
		watchdog := time.AfterFunc(20*time.Second, func() {
			buf := make([]byte, 1<<20)
			panic("stuck:\n" + string(buf[:runtime.Stack(buf, true)]))
		})
		defer watchdog.Stop()
		plain := func(what string, err error) bool {
			switch backend.ErrorCode(err) {
			case "":
				return true
			case backend.EINVALID, backend.ENOTFOUND, backend.ECONFLICT:
				if backend.ErrorMessage(err) == "" {
					t.Fatalf("%s: an error with no words", what)
				}
				return false
			}
			t.Fatalf("%s(%q, %d bytes): %v", what, name, len(data), err)
			return false
		}
		token, err := a.Begin(name, int64(len(data)))
		if !plain("Begin", err) {
			return
		}
		step := max(int(chunk), 1)
		for i := 0; i < len(data); i += step {
			if _, err := a.Append(token, base64.StdEncoding.EncodeToString(data[i:min(i+step, len(data))])); !plain("Append", err) {
				return
			}
		}
		staged, err := a.Open(token)
		if !plain("Open", err) || staged.Proposal.From == "" {
			return
		}
		p, err := a.StartPreview(token, staged.Proposal.Mapping)
		if !plain("StartPreview", err) {
			return
		}
		for deadline := time.Now().Add(10 * time.Second); p.State == "running"; {
			if time.Now().After(deadline) {
				t.Fatalf("preview of %q still running after 10 s", name)
			}
			time.Sleep(time.Millisecond)
			p, _ = a.Progress(p.ID)
		}
		if p.State != "done" && p.Error != nil && p.Error.Code == backend.EINTERNAL {
			t.Fatalf("preview of %q: %+v", name, p.Error)
		}
		if b, err := a.Batches(); err != nil || len(b) != 0 {
			t.Fatalf("a preview recorded batches: %v %v", b, err)
		}
	})
}
