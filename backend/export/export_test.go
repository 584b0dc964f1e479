package export_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"accountdesk/backend"
	"accountdesk/backend/demo"
	"accountdesk/backend/export"
	"accountdesk/backend/sqlite"
	"accountdesk/backend/sqlite/sqlitetest"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"golang.org/x/net/webdav"
)

var now = time.Date(2026, 11, 24, 9, 30, 0, 0, time.UTC)

func demoDB(t *testing.T) *sqlite.DB {
	t.Helper()
	return sqlitetest.Demo(t, demo.Options{Today: now}, sqlitetest.Clock(now))
}

func schema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	c := jsonschema.NewCompiler()
	s, err := c.Compile(filepath.Join("..", "..", "docs", "export-schema.json"))
	if err != nil {
		t.Fatalf("compile docs/export-schema.json: %v", err)
	}
	return s
}

func validate(t *testing.T, s *jsonschema.Schema, name string, data []byte) {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if err := s.Validate(doc); err != nil {
		t.Fatalf("%s does not match docs/export-schema.json: %v", name, err)
	}
}

func TestRenderEveryFormat(t *testing.T) {
	ctx := context.Background()
	db := demoDB(t)
	sch := schema(t)

	files, err := export.Render(ctx, db, export.Request{}, now)
	if err != nil {
		t.Fatal(err)
	}
	names := map[string][]byte{}
	for _, f := range files {
		names[f.Name] = f.Data
	}
	for _, want := range []string{"northwind-retail-plan-fy2027.pdf", "northwind-retail-plan-fy2027.md", "northwind-retail-plan-fy2027.html",
		"northwind-retail-plan-fy2027.json", "northwind-retail-plan-fy2027-actions.csv", "northwind-retail-plan-fy2027-opportunities.csv"} {
		if names[want] == nil {
			t.Errorf("missing %s", want)
		}
	}
	if len(files) != demo.DefaultAccounts*6 {
		t.Errorf("files = %d, want 6 per account", len(files))
	}

	var plan map[string]any
	data := names["northwind-retail-plan-fy2027.json"]
	validate(t, sch, "plan JSON", data)
	_ = json.Unmarshal(data, &plan)
	if plan["schema"] != export.PlanSchema || plan["account"].(map[string]any)["name"] != "Northwind Retail" {
		t.Fatalf("plan JSON header = %v %v", plan["schema"], plan["account"])
	}
	p := plan["plan"].(map[string]any)
	for _, k := range []string{"objectives", "opportunities", "risks", "actions"} {
		if len(p[k].([]any)) == 0 {
			t.Errorf("plan.%s is empty in the demo's summary", k)
		}
	}
	if len(plan["stakeholders"].([]any)) == 0 || len(plan["team"].([]any)) == 0 {
		t.Errorf("stakeholders and team are part of the summary")
	}

	md := string(names["northwind-retail-plan-fy2027.md"])
	for _, want := range []string{"# Northwind Retail: account plan summary", "## Objectives", "## Growth pipeline", "USD ", "Confidential"} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q", want)
		}
	}
	if html := string(names["northwind-retail-plan-fy2027.html"]); !strings.Contains(html, "<h2>Risks</h2>") || strings.Contains(html, "<script") {
		t.Errorf("HTML is self-contained with the plan's sections")
	}

	pf, err := export.Render(ctx, db, export.Request{Portfolio: true, Formats: []string{"json", "csv", "pdf"}}, now)
	if err != nil {
		t.Fatal(err)
	}
	wsID, _ := db.WorkspaceID(ctx)
	if len(pf) != 3 || pf[0].Name != "portfolio-morgan-ellis-"+wsID[:8]+"-2026-11-24.json" {
		t.Fatalf("portfolio files = %v", pf)
	}
	validate(t, sch, "portfolio JSON", pf[0].Data)
	if lines := strings.Count(string(pf[1].Data), "\n"); lines != demo.DefaultAccounts+1 {
		t.Errorf("portfolio CSV has %d lines, want a header and one per account", lines)
	}
}

func TestUserTextStaysText(t *testing.T) {
	ctx := context.Background()
	db := sqlitetest.Empty(t)
	a, err := db.CreateAccount(ctx, backend.Account{Name: `<script>alert(1)</script> | *Bold* =SUM(A1)`})
	if err != nil {
		t.Fatal(err)
	}
	p, _ := db.CreatePlan(ctx, a.ID, "FY2027")
	p.Actions = []backend.Action{{Title: "=HYPERLINK(\"http://evil\")"}}
	if _, err := db.SavePlan(ctx, p); err != nil {
		t.Fatal(err)
	}
	files, err := export.Render(ctx, db, export.Request{Formats: []string{"html", "md", "csv"}}, now)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		s := string(f.Data)
		switch {
		case strings.HasSuffix(f.Name, ".html") && strings.Contains(s, "<script>alert"):
			t.Errorf("%s: HTML must escape user text", f.Name)
		case strings.HasSuffix(f.Name, ".md") && strings.Contains(s, "<script>"):
			t.Errorf("%s: Markdown must escape user text", f.Name)
		case strings.HasSuffix(f.Name, "-actions.csv") && !strings.Contains(s, `"'=HYPERLINK(`):
			t.Errorf("%s: a formula in a cell is neutralised: %s", f.Name, s)
		}
	}
	if files[0].Name != "script-alert-1-script-bold-sum-a1-plan-fy2027.html" {
		t.Errorf("slug = %s", files[0].Name)
	}
}

func TestPDFText(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed; make test installs it")
	}
	db := demoDB(t)
	files, err := export.Render(context.Background(), db, export.Request{Formats: []string{"pdf"}, AccountIDs: []int64{1}}, now)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "plan.pdf")
	_ = os.WriteFile(path, files[0].Data, 0o600)
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	text := string(out)
	for _, want := range []string{"Northwind Retail", "Account plan FY2027, version 1", "Health and P&L", "Objectives", "Pipeline by stage", "Top risks", "Actions due", "Account team", "What changed since the last export", "first export of this plan", "Page 1 of", "Confidential"} {
		if !strings.Contains(text, want) {
			t.Errorf("PDF text lacks %q", want)
		}
	}
}

// davServer is a real WebDAV server on loopback with basic auth.
func davServer(t *testing.T, tls bool) (*httptest.Server, webdav.FileSystem) {
	t.Helper()
	fs := webdav.NewMemFS()
	_ = fs.Mkdir(context.Background(), "/share", 0o755)
	h := &webdav.Handler{FileSystem: fs, LockSystem: webdav.NewMemLS()}
	auth := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if u, p, ok := r.BasicAuth(); !ok || u != "director" || p != "s3cret" {
			http.Error(w, "no", http.StatusUnauthorized)
			return
		}
		h.ServeHTTP(w, r)
	})
	var srv *httptest.Server
	if tls {
		srv = httptest.NewTLSServer(auth)
	} else {
		srv = httptest.NewServer(auth)
	}
	t.Cleanup(srv.Close)
	return srv, fs
}

func listDAV(t *testing.T, fs webdav.FileSystem) []string {
	t.Helper()
	f, err := fs.OpenFile(context.Background(), "/share", os.O_RDONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	infos, _ := f.Readdir(-1)
	var names []string
	for _, i := range infos {
		names = append(names, i.Name())
	}
	sort.Strings(names) // the in-memory file system lists in no particular order
	return names
}

func TestWebDAV(t *testing.T) {
	ctx := context.Background()
	files := []export.File{{Name: "a.json", Data: []byte(`{"v":1}`)}, {Name: "b.md", Data: []byte("# B")}}

	t.Run("OK upload then overwrite, over TLS", func(t *testing.T) {
		srv, fs := davServer(t, true)
		dest, err := export.NewDestination(srv.URL+"/share", "director", "s3cret", srv.Client())
		if err != nil {
			t.Fatal(err)
		}
		if _, err := export.Write(ctx, dest, files, export.WriteOptions{}); err != nil {
			t.Fatal(err)
		}
		files[0].Data = []byte(`{"v":2}`)
		res, err := export.Write(ctx, dest, files, export.WriteOptions{})
		if err != nil || len(res.Files) != 2 || res.Files[0].SHA256 == "" {
			t.Fatalf("overwrite: %v %+v", err, res)
		}
		got := listDAV(t, fs)
		if strings.Join(got, ",") != "a.json,b.md" {
			t.Fatalf("share holds %v, want only the two files (no temporary names)", got)
		}
		f, _ := fs.OpenFile(ctx, "/share/a.json", os.O_RDONLY, 0)
		buf := make([]byte, 16)
		n, _ := f.Read(buf)
		f.Close()
		if string(buf[:n]) != `{"v":2}` {
			t.Fatalf("a.json = %s", buf[:n])
		}
	})

	t.Run("ErrWrongPasswordWritesNothing", func(t *testing.T) {
		srv, fs := davServer(t, false)
		dest, _ := export.NewDestination(srv.URL+"/share/", "director", "wrong", nil)
		_, err := export.Write(ctx, dest, files, export.WriteOptions{})
		if backend.ErrorCode(err) != backend.EUNAVAILABLE || !strings.Contains(backend.ErrorMessage(err), "refused the user name or password") {
			t.Fatalf("err = %v", err)
		}
		if got := listDAV(t, fs); len(got) != 0 {
			t.Fatalf("share holds %v after a refused login", got)
		}
	})

	t.Run("ErrServerGoneMidExportLeavesNothing", func(t *testing.T) {
		srv, fs := davServer(t, false)
		dest, _ := export.NewDestination(srv.URL+"/share", "director", "s3cret", &http.Client{Timeout: 2 * time.Second})
		var stopped bool
		w, err := export.Write(ctx, &stopAfterFirst{Destination: dest, stop: func() {
			srv.CloseClientConnections()
			srv.Config.SetKeepAlivesEnabled(false)
			srv.Listener.Close()
			stopped = true
		}}, files, export.WriteOptions{})
		if err == nil || !stopped {
			t.Fatalf("the second file must fail once the server is gone: %v", err)
		}
		// Nothing was moved into place. The first file's upload cannot be
		// removed from a server that is gone: the error and the result must
		// name whatever the share still holds rather than claim a clean failure.
		got := listDAV(t, fs)
		for _, n := range got {
			if !strings.Contains(backend.ErrorMessage(err), n) || !slices.Contains(w.Left, n) {
				t.Fatalf("share holds %v but the error does not say so: %v (left %v)", got, backend.ErrorMessage(err), w.Left)
			}
			if !export.IsTempName(n) {
				t.Fatalf("%s was moved into place although the export failed", n)
			}
		}
		if !strings.Contains(backend.ErrorMessage(err), "cannot be reached") || !strings.Contains(backend.ErrorMessage(err), "could not be removed") {
			t.Fatalf("err = %v", backend.ErrorMessage(err))
		}
	})

	t.Run("ErrUnreachable", func(t *testing.T) {
		dest, _ := export.NewDestination("http://127.0.0.1:1/share", "", "", &http.Client{Timeout: time.Second})
		if _, err := export.Write(ctx, dest, files, export.WriteOptions{}); backend.ErrorCode(err) != backend.EUNAVAILABLE {
			t.Fatalf("err = %v", err)
		}
	})
}

// stopAfterFirst stops the server after the first file has been written.
type stopAfterFirst struct {
	export.Destination
	stop func()
	n    int
}

func (s *stopAfterFirst) Stage(ctx context.Context, tmp string, data []byte) error {
	if s.n == 1 {
		s.stop()
	}
	s.n++
	return s.Destination.Stage(ctx, tmp, data)
}

func TestFolder(t *testing.T) {
	ctx := context.Background()
	files := []export.File{{Name: "a.json", Data: []byte("{}")}, {Name: "b.md", Data: []byte("# B")}}

	t.Run("OK no partial files remain", func(t *testing.T) {
		dir := t.TempDir()
		dest, _ := export.NewDestination(dir, "", "", nil)
		if _, err := export.Write(ctx, dest, files, export.WriteOptions{}); err != nil {
			t.Fatal(err)
		}
		entries, _ := os.ReadDir(dir)
		if len(entries) != 2 {
			t.Fatalf("folder holds %d entries", len(entries))
		}
	})

	t.Run("ErrFailureHalfWayLeavesNothing", func(t *testing.T) {
		dir := t.TempDir()
		dest, _ := export.NewDestination(dir, "", "", nil)
		// A directory where b.md should go makes its rename fail.
		_ = os.Mkdir(filepath.Join(dir, "b.md"), 0o755)
		_ = os.WriteFile(filepath.Join(dir, "b.md", "x"), nil, 0o644)
		if _, err := export.Write(ctx, dest, files, export.WriteOptions{}); err == nil {
			t.Fatal("want a failure")
		}
		entries, _ := os.ReadDir(dir)
		if len(entries) != 1 || entries[0].Name() != "b.md" {
			t.Fatalf("after a failure the folder holds %v; a.json must be removed again and no .partial left", entries)
		}
	})

	t.Run("ErrMissingFolder", func(t *testing.T) {
		dest, _ := export.NewDestination(filepath.Join(t.TempDir(), "nope"), "", "", nil)
		if _, err := export.Write(ctx, dest, files, export.WriteOptions{}); backend.ErrorCode(err) != backend.EUNAVAILABLE {
			t.Fatalf("err = %v", err)
		}
	})
}

// TestAppraisalsOnlyWhenAsked: appraisal text reaches an export only with
// IncludeAppraisals, and private manager notes never do.
func TestAppraisalsOnlyWhenAsked(t *testing.T) {
	ctx := context.Background()
	db := demoDB(t)
	const private = "Private-9c1e: discussed a personal matter"
	cycles, _ := db.Cycles(ctx)
	list, _ := db.CycleAppraisals(ctx, cycles[0].ID)
	a, _ := db.Appraisal(ctx, list[0].ID)
	a.PrivateNotes = private
	if _, err := db.SaveAppraisal(ctx, a); err != nil {
		t.Fatal(err)
	}
	strengths := "Trusted by the client team; reliable under pressure."

	without, err := export.Render(ctx, db, export.Request{}, now)
	if err != nil {
		t.Fatal(err)
	}
	portfolio, _ := export.Render(ctx, db, export.Request{Portfolio: true}, now)
	for _, f := range append(without, portfolio...) {
		if strings.HasPrefix(f.Name, "appraisals-") || bytes.Contains(f.Data, []byte(strengths)) || bytes.Contains(f.Data, []byte("Private-9c1e")) {
			t.Fatalf("%s carries appraisal content without being asked", f.Name)
		}
	}

	with, err := export.Render(ctx, db, export.Request{Portfolio: true, IncludeAppraisals: true, Formats: []string{"json", "md", "csv", "html", "pdf"}}, now)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range with {
		names = append(names, f.Name)
		if bytes.Contains(f.Data, []byte("Private-9c1e")) {
			t.Fatalf("%s carries private manager notes", f.Name)
		}
	}
	year := now.Year()
	for _, want := range []string{"appraisals-annual-review-" + fmt.Sprint(year) + ".json", "appraisals-annual-review-" + fmt.Sprint(year-1) + ".md"} {
		if !slices.Contains(names, want) {
			t.Errorf("missing %s in %v", want, names)
		}
	}
	for _, f := range with {
		if f.Name == "appraisals-annual-review-"+fmt.Sprint(year)+".json" && !bytes.Contains(f.Data, []byte(strengths)) {
			t.Errorf("the appraisal export carries the appraisals")
		}
	}
}

// TestRollup: three directors' exported summaries (one twice, one in another
// currency, one stray file) make one read-only management view and a PDF.
func TestRollup(t *testing.T) {
	ctx := context.Background()
	shared := t.TempDir()
	dest, _ := export.NewDestination(shared, "", "", nil)
	for i, who := range []struct{ name, currency string }{{"Morgan Ellis", "USD"}, {"Priya Raman", "USD"}, {"Lukas Novak", "EUR"}} {
		db := demoDB(t)
		s, _ := db.Settings(ctx)
		s.DirectorName, s.Currency = who.name, who.currency
		if _, err := db.UpdateSettings(ctx, s); err != nil {
			t.Fatal(err)
		}
		for run := range 2 { // an older and a newer export from the same director
			at := now.Add(time.Duration(run) * time.Hour)
			files, err := export.Render(ctx, db, export.Request{Portfolio: true, Formats: []string{"json"}}, at)
			if err != nil {
				t.Fatal(err)
			}
			files[0].Name = fmt.Sprintf("portfolio-%d-%d.json", i, run)
			if _, err := export.Write(ctx, dest, files, export.WriteOptions{}); err != nil {
				t.Fatal(err)
			}
		}
	}
	_ = os.WriteFile(filepath.Join(shared, "notes.json"), []byte(`{"hello":1}`), 0o644)

	r, err := export.BuildRollup(shared)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Directors) != 3 || r.Directors[0].Director != "Lukas Novak" || !strings.HasSuffix(r.Directors[0].File, "-1.json") {
		t.Fatalf("directors = %+v (each director's newest file, by name)", r.Directors)
	}
	if len(r.Totals) != 2 || r.Totals[1].Currency != "USD" || r.Totals[1].Directors != 2 || r.Totals[1].Accounts != 24 {
		t.Fatalf("totals per currency = %+v", r.Totals)
	}
	if len(r.Skipped) != 1 || r.Skipped[0] != "notes.json" || len(r.TopRisks) == 0 {
		t.Fatalf("skipped %v, top risks %d", r.Skipped, len(r.TopRisks))
	}
	pdf, err := export.RollupPDF(r, export.Letterhead{Director: "Dana Cole"}, "2026-11-24")
	if err != nil || !bytes.HasPrefix(pdf, []byte("%PDF")) {
		t.Fatalf("roll-up PDF: %v", err)
	}
	if _, err := export.BuildRollup(filepath.Join(shared, "missing")); backend.ErrorCode(err) != backend.EUNAVAILABLE {
		t.Fatalf("missing folder: %v", err)
	}

	// The same summaries on a WebDAV share (over TLS) give the same roll-up.
	srv, _ := davServer(t, true)
	var files []export.File
	entries, _ := os.ReadDir(shared)
	for _, e := range entries {
		data, _ := os.ReadFile(filepath.Join(shared, e.Name()))
		files = append(files, export.File{Name: e.Name(), Data: data})
	}
	dav, err := export.NewDestination(srv.URL+"/share/", "director", "s3cret", srv.Client())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := export.Write(ctx, dav, files, export.WriteOptions{}); err != nil {
		t.Fatal(err)
	}
	fromDAV, err := export.BuildRollupFrom(ctx, dav.(export.Shelf))
	if err != nil {
		t.Fatal(err)
	}
	if len(fromDAV.Directors) != 3 || fromDAV.Directors[0].File != r.Directors[0].File || len(fromDAV.Skipped) != 1 || len(fromDAV.Totals) != 2 {
		t.Fatalf("roll-up from WebDAV = %+v", fromDAV)
	}
	wrong, _ := export.NewDestination(srv.URL+"/share/", "director", "nope", srv.Client())
	if _, err := export.BuildRollupFrom(ctx, wrong.(export.Shelf)); backend.ErrorCode(err) != backend.EUNAVAILABLE || !strings.Contains(backend.ErrorMessage(err), "refused") {
		t.Fatalf("wrong password: %v", err)
	}
}
