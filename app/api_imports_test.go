package app_test

import (
	"encoding/base64"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// importer drives ImportsAPI over the HTTP mode, as the import screen does.
type importer struct {
	t     *testing.T
	u     *url.URL
	token string
}

func newImporter(t *testing.T) *importer {
	u := startServe(t)
	return &importer{t: t, u: u, token: u.Query().Get("token")}
}

// call posts one bound call and decodes its result into out (when not
// nil); it returns the error reply, nil on success.
func (im *importer) call(method string, out any, args ...any) *apiErr {
	im.t.Helper()
	body, err := json.Marshal(args)
	if err != nil {
		im.t.Fatal(err)
	}
	_, r := post(im.t, im.u, "/api/ImportsAPI/"+method, im.token, string(body))
	if r.Error != nil {
		return &apiErr{Code: r.Error.Code, Message: r.Error.Message, Field: r.Error.Field}
	}
	if out != nil {
		if err := json.Unmarshal(r.Result, out); err != nil {
			im.t.Fatalf("%s: %v (%s)", method, err, r.Result)
		}
	}
	return nil
}

type apiErr struct{ Code, Message, Field string }

func (im *importer) must(method string, out any, args ...any) {
	im.t.Helper()
	if e := im.call(method, out, args...); e != nil {
		im.t.Fatalf("%s: %+v", method, e)
	}
}

type stagedFile struct {
	Token     string
	FileName  string
	Rows      int
	Header    []string
	FirstRows [][]string
	Fields    map[string][]string
	Proposal  proposal
}

type proposal struct {
	Mapping mapping
	From    string
	Problem string
	Dates   struct {
		Ambiguous      bool
		Order, Example string
		AsDMY, AsMDY   string
	}
}

type mapping struct {
	Kind      string            `json:"kind"`
	Source    string            `json:"source"`
	Columns   map[string]string `json:"columns"`
	DateOrder string            `json:"dateOrder"`
}

type importResult struct {
	Batch                                        int64
	Kind, Source, FileName                       string
	Created, Updated, Unchanged, Skipped, Failed int
	Rows                                         []struct {
		Line                   int
		Action, Record, Reason string
		Column                 string
		Changes                []struct{ Field, Old, New string }
	}
}

type importProgress struct {
	ID          int64
	DryRun      bool
	State       string
	Done, Total int
	Result      *importResult
	Error       *apiErr
}

// stage sends a file's bytes in pieces of chunk bytes and opens it.
func (im *importer) stage(name string, data []byte, chunk int) stagedFile {
	im.t.Helper()
	var token string
	im.must("Begin", &token, name, len(data))
	for i := 0; i < len(data); i += chunk {
		var got int64
		im.must("Append", &got, token, base64.StdEncoding.EncodeToString(data[i:min(i+chunk, len(data))]))
		if got != int64(min(i+chunk, len(data))) {
			im.t.Fatalf("Append: %d bytes arrived, want %d", got, min(i+chunk, len(data)))
		}
	}
	var f stagedFile
	im.must("Open", &f, token)
	return f
}

func (im *importer) stageFixture(rel string) stagedFile {
	im.t.Helper()
	data, err := os.ReadFile(sources + rel)
	if err != nil {
		im.t.Fatal(err)
	}
	return im.stage(filepath.Base(rel), data, 700)
}

// wait polls a job until it is no longer running.
func (im *importer) wait(p importProgress) importProgress {
	im.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for p.State == "running" {
		if time.Now().After(deadline) {
			im.t.Fatalf("job %d still running after 30 s", p.ID)
		}
		time.Sleep(20 * time.Millisecond)
		im.must("Progress", &p, p.ID)
	}
	return p
}

// run previews (dryRun) or imports a staged file and returns the result.
func (im *importer) run(f stagedFile, m mapping, dryRun bool) importResult {
	im.t.Helper()
	method := "StartImport"
	if dryRun {
		method = "StartPreview"
	}
	var p importProgress
	im.must(method, &p, f.Token, m)
	p = im.wait(p)
	if p.State != "done" || p.Result == nil {
		im.t.Fatalf("%s %s: %+v", method, f.FileName, p)
	}
	if p.Done != p.Total || p.Total != f.Rows {
		im.t.Errorf("%s %s: importProgress %d of %d, file has %d rows", method, f.FileName, p.Done, p.Total, f.Rows)
	}
	return *p.Result
}

func counts(r importResult) string {
	return fmt.Sprintf("created %d, updated %d, unchanged %d, skipped %d, failed %d", r.Created, r.Updated, r.Unchanged, r.Skipped, r.Failed)
}

func TestImportsAPI(t *testing.T) {
	im := newImporter(t)

	t.Run("OK a Salesforce accounts export is recognised, previewed and imported", func(t *testing.T) {
		f := im.stageFixture("salesforce/Account.csv")
		if f.Proposal.From != "recognised" || f.Proposal.Mapping.Kind != "accounts" || f.Proposal.Mapping.Source != "salesforce" {
			t.Fatalf("proposal %+v", f.Proposal)
		}
		if f.Rows != 3 || len(f.FirstRows) != 3 || f.Header[0] != "Id" || f.FirstRows[0][3] != "Acme Inc." {
			t.Fatalf("rows %d, first rows %v, header %v", f.Rows, f.FirstRows, f.Header)
		}
		if len(f.Fields["accounts"]) == 0 || f.Fields["accounts"][1] != "name" {
			t.Fatalf("fields %v", f.Fields)
		}
		preview := im.run(f, f.Proposal.Mapping, true)
		if got := counts(preview); got != "created 2, updated 0, unchanged 0, skipped 1, failed 0" || preview.Batch != 0 {
			t.Fatalf("preview: %s, batch %d", got, preview.Batch)
		}
		var batches []struct{ ID int64 }
		im.must("Batches", &batches)
		if len(batches) != 0 {
			t.Fatalf("a preview recorded a batch: %+v", batches)
		}
		res := im.run(f, f.Proposal.Mapping, false)
		if got := counts(res); got != counts(preview) || res.Batch != 1 {
			t.Fatalf("import: %s, batch %d; the preview said %s", got, res.Batch, counts(preview))
		}
		var skipped string
		for _, r := range res.Rows {
			if r.Action == "skipped" {
				skipped = r.Reason
			}
		}
		if skipped == "" {
			t.Errorf("the skipped row has no reason: %+v", res.Rows)
		}
		// An imported file is forgotten: importing it again means choosing it again.
		if e := im.call("StartImport", nil, f.Token, f.Proposal.Mapping); e == nil || e.Code != "not_found" {
			t.Fatalf("importing the same token twice: %+v", e)
		}
	})

	t.Run("OK the same file again creates nothing", func(t *testing.T) {
		f := im.stageFixture("salesforce/Account.csv")
		if f.Proposal.From != "saved" {
			t.Errorf("the mapping used last time is proposed: from %q", f.Proposal.From)
		}
		if got := counts(im.run(f, f.Proposal.Mapping, false)); !strings.HasPrefix(got, "created 0, updated 0,") {
			t.Fatalf("second import: %s", got)
		}
	})

	t.Run("OK contacts, opportunities and Toggl hours give the command line's counts", func(t *testing.T) {
		for _, sc := range []struct{ file, kind, want string }{
			{"salesforce/Contact.csv", "contacts", "created 3,"},
			{"toggl/TogglTrack_Report_Detailed_2026-03-01_2026-03-31.csv", "hours", "created "},
		} {
			f := im.stageFixture(sc.file)
			if f.Proposal.Mapping.Kind != sc.kind || f.Proposal.From == "" {
				t.Fatalf("%s: proposal %+v", sc.file, f.Proposal)
			}
			if got := counts(im.run(f, f.Proposal.Mapping, false)); !strings.HasPrefix(got, sc.want) || strings.Contains(got, "failed 1") {
				t.Fatalf("%s: %s", sc.file, got)
			}
		}
		f := im.stageFixture("salesforce/Opportunity.csv")
		res := im.run(f, f.Proposal.Mapping, false)
		// An account without a plan gets this year's draft plan, and the
		// opportunities land in its pipeline.
		if res.Kind != "opportunities" || counts(res) != "created 2, updated 0, unchanged 0, skipped 0, failed 0" {
			t.Fatalf("opportunities: %s", counts(res))
		}
	})

	t.Run("OK a HubSpot workbook arrives in pieces and is read as a workbook", func(t *testing.T) {
		data, err := os.ReadFile(sources + "hubspot/hubspot-crm-exports-all-companies-en.xlsx")
		if err != nil {
			t.Fatal(err)
		}
		f := im.stage("companies.xlsx", data, 1000)
		if f.Proposal.Mapping.Source != "hubspot" || f.Proposal.Mapping.Kind != "accounts" || f.Rows != 2 {
			t.Fatalf("rows %d, proposal %+v", f.Rows, f.Proposal)
		}
		res := im.run(f, f.Proposal.Mapping, true)
		// Acme Inc. is already there (from Salesforce): matched by name, not doubled.
		if res.Created != 1 || res.Created+res.Updated+res.Unchanged != 2 {
			t.Fatalf("preview: %s", counts(res))
		}
	})

	t.Run("OK a file nobody recognises gets a mapping step, and its mapping is kept", func(t *testing.T) {
		f := im.stage("kunden.csv", []byte("Kundenname;Sparte\r\nBäckerei Groß;Lebensmittel\r\n"), 1<<20)
		if f.Proposal.From != "" || f.Proposal.Problem == "" || strings.Contains(f.Proposal.Problem, "mapping file") {
			t.Fatalf("proposal %+v", f.Proposal)
		}
		var p proposal
		im.must("Propose", &p, f.Token, "accounts")
		if p.From != "" || p.Mapping.Kind != "accounts" || p.Problem == "" {
			t.Fatalf("proposal for accounts %+v", p)
		}
		m := mapping{Kind: "accounts", Columns: map[string]string{"Kundenname": "name", "Sparte": "industry"}}
		if got := counts(im.run(f, m, false)); got != "created 1, updated 0, unchanged 0, skipped 0, failed 0" {
			t.Fatalf("import: %s", got)
		}
		next := im.stage("kunden-2.csv", []byte("Sparte;Kundenname\r\nHandel;Kaufhaus Nord\r\n"), 1<<20)
		if next.Proposal.From != "saved" || next.Proposal.Mapping.Columns["Kundenname"] != "name" {
			t.Fatalf("the next file of the same shape: %+v", next.Proposal)
		}
	})

	t.Run("OK ambiguous dates are asked, with an example read both ways", func(t *testing.T) {
		f := im.stage("renewals.csv", []byte("Client,Renewal\r\nNorthwind Traders,03/02/2026\r\nInitech Labs,04/05/2026\r\n"), 1<<20)
		d := f.Proposal.Dates
		if !d.Ambiguous || d.Example != "03/02/2026" || d.AsDMY != "2026-02-03" || d.AsMDY != "2026-03-02" {
			t.Fatalf("dates %+v", d)
		}
		e := im.call("StartPreview", nil, f.Token, f.Proposal.Mapping)
		if e == nil || e.Field != "dateOrder" {
			t.Fatalf("a preview without the date order: %+v", e)
		}
		m := f.Proposal.Mapping
		m.DateOrder = "dmy"
		res := im.run(f, m, true)
		if res.Created != 2 {
			t.Fatalf("with dmy: %s", counts(res))
		}
		var q struct{ Ambiguous bool }
		im.must("Dates", &q, f.Token, mapping{Kind: "accounts", Columns: map[string]string{"Client": "name"}})
		if q.Ambiguous {
			t.Error("a mapping with no date column asks for the date order")
		}
	})

	t.Run("OK failed rows are saved as a CSV with the reason first", func(t *testing.T) {
		f := im.stage("clients.csv", []byte("Client,Renewal\r\nNew Client Co,2026-12-31\r\nBad Date Co,2026-02-31\r\n"), 1<<20)
		res := im.run(f, f.Proposal.Mapping, false)
		if res.Created != 1 || res.Failed != 1 {
			t.Fatalf("import: %s", counts(res))
		}
		var file struct{ Name, Content string }
		im.must("FailedRowsCSV", &file, res.Batch)
		recs, err := csv.NewReader(strings.NewReader(file.Content)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasSuffix(file.Name, ".csv") || len(recs) != 2 || recs[0][0] != "Reason" || recs[1][1] != "Bad Date Co" || !strings.HasPrefix(recs[1][0], "Renewal: ") {
			t.Fatalf("%s: %q", file.Name, recs)
		}
		dir := t.TempDir()
		var path string
		im.must("SaveFailedRows", &path, res.Batch, dir)
		saved, err := os.ReadFile(path)
		if err != nil || string(saved) != file.Content || filepath.Dir(path) != dir {
			t.Fatalf("saved %s: %v %q", path, err, saved)
		}
		if e := im.call("SaveFailedRows", nil, res.Batch, ""); e == nil || e.Field != "folder" {
			t.Fatalf("no folder: %+v", e)
		}
		if e := im.call("SaveFailedRows", nil, res.Batch, filepath.Join(dir, "nope")); e == nil || e.Field != "folder" {
			t.Fatalf("a folder that does not exist: %+v", e)
		}
	})

	t.Run("OK undo removes what a batch created; twice is refused", func(t *testing.T) {
		var batches []struct {
			ID       int64
			FileName string
			Created  int
			UndoneAt string
		}
		im.must("Batches", &batches)
		if len(batches) < 6 || batches[len(batches)-1].FileName != "Account.csv" || batches[len(batches)-1].Created != 2 {
			t.Fatalf("batches %+v", batches)
		}
		contacts := int64(0)
		for _, b := range batches {
			if b.FileName == "Contact.csv" {
				contacts = b.ID
			}
		}
		var u struct {
			Removed int
			Left    []any
		}
		im.must("Undo", &u, contacts)
		if u.Removed != 3 || u.Left == nil {
			t.Fatalf("undo: %+v", u)
		}
		if e := im.call("Undo", nil, contacts); e == nil || e.Code != "conflict" {
			t.Fatalf("undo twice: %+v", e)
		}
	})
}

func TestImportsAPIBadFiles(t *testing.T) {
	im := newImporter(t)
	scenarios := []struct {
		name, file string
		data       []byte
		field      string
		message    string
	}{
		{"ErrNotATable", "report.pdf", []byte("%PDF-1.7\n1 0 obj\n"), "file", "is a PDF"},
		{"ErrNotAWorkbook", "figures.xlsx", []byte("Client,Revenue\r\nAcme,1\r\n"), "file", "not an Excel workbook"},
		{"ErrTruncatedQuote", "cut.csv", []byte("Client,Notes\r\nAcme,\"never closed\r\n"), "file", ""},
		{"ErrDuplicateHeader", "dup.csv", []byte("Client,Client\r\nAcme,Acme\r\n"), "file", "both named"},
	}
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			var token string
			im.must("Begin", &token, sc.file, len(sc.data))
			im.must("Append", nil, token, base64.StdEncoding.EncodeToString(sc.data))
			var f stagedFile
			e := im.call("Open", &f, token)
			if e == nil || e.Code != "invalid" || e.Field != sc.field || !strings.Contains(e.Message, sc.message) || !strings.HasPrefix(e.Message, sc.file+": ") {
				t.Fatalf("%+v", e)
			}
		})
	}

	t.Run("ErrTooLarge", func(t *testing.T) {
		e := im.call("Begin", nil, "year.csv", 65<<20)
		if e == nil || e.Field != "file" || !strings.Contains(e.Message, "larger than 64 MB") {
			t.Fatalf("%+v", e)
		}
	})
	t.Run("ErrEmpty", func(t *testing.T) {
		if e := im.call("Begin", nil, "empty.csv", 0); e == nil || !strings.Contains(e.Message, "empty") {
			t.Fatalf("%+v", e)
		}
	})
	t.Run("ErrMoreBytesThanAnnounced", func(t *testing.T) {
		var token string
		im.must("Begin", &token, "a.csv", 4)
		if e := im.call("Append", nil, token, base64.StdEncoding.EncodeToString([]byte("Client\r\n"))); e == nil || e.Field != "file" {
			t.Fatalf("%+v", e)
		}
	})
	t.Run("ErrNotArrivedCompletely", func(t *testing.T) {
		var token string
		im.must("Begin", &token, "a.csv", 100)
		im.must("Append", nil, token, base64.StdEncoding.EncodeToString([]byte("Client\r\n")))
		if e := im.call("Open", nil, token); e == nil || e.Code != "conflict" {
			t.Fatalf("%+v", e)
		}
	})
	t.Run("ErrUnknownToken", func(t *testing.T) {
		if e := im.call("Open", nil, "nope"); e == nil || e.Code != "not_found" {
			t.Fatalf("%+v", e)
		}
	})
	t.Run("ErrMappingNamesAMissingColumn", func(t *testing.T) {
		f := im.stageFixture("salesforce/Account.csv")
		m := mapping{Kind: "accounts", Columns: map[string]string{"Nope": "name"}}
		if e := im.call("StartPreview", nil, f.Token, m); e == nil || e.Code != "invalid" || !strings.Contains(e.Message, "Nope") {
			t.Fatalf("%+v", e)
		}
	})
	t.Run("OK a cancelled import changes nothing", func(t *testing.T) {
		var b strings.Builder
		b.WriteString("Client,Date,Hours\r\n")
		for i := range 200_000 {
			fmt.Fprintf(&b, "Client %d,2026-03-%02d,1.5\r\n", i%50, i%28+1)
		}
		f := im.stage("big-hours.csv", []byte(b.String()), 4<<20)
		if f.Rows != 200_000 || f.Proposal.Mapping.Kind != "hours" {
			t.Fatalf("rows %d, proposal %+v", f.Rows, f.Proposal)
		}
		var p importProgress
		im.must("StartImport", &p, f.Token, f.Proposal.Mapping)
		im.must("Cancel", nil, p.ID)
		p = im.wait(p)
		if p.State != "cancelled" || p.Error == nil || !strings.Contains(p.Error.Message, "nothing was changed") {
			t.Fatalf("%+v", p)
		}
		var batches []any
		im.must("Batches", &batches)
		if len(batches) != 0 {
			t.Fatalf("a cancelled import left batches %v", batches)
		}
	})
}
