package app_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// sources are backend/tabular's export files, written to each tool's
// documented headers and quirks.
const sources = "../backend/tabular/testdata/sources/"

func writeTemp(t *testing.T, dir, name, content string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func oneStderrLine(t *testing.T, r result) {
	t.Helper()
	if strings.Count(strings.TrimRight(r.stderr, "\n"), "\n") != 0 || r.stderr == "" {
		t.Errorf("stderr must be one line, got %q", r.stderr)
	}
}

func TestImportCommandUsage(t *testing.T) {
	dir := t.TempDir()
	ws := filepath.Join(dir, "workspace.db")
	accounts := sources + "salesforce/Account.csv"
	unknown := writeTemp(t, dir, "mystery.csv", "Foo,Bar\r\n1,2\r\n")
	badMapping := writeTemp(t, dir, "bad.json", `{"kind":"accounts","columns":{"Foo":"customer"}}`)
	ambiguous := writeTemp(t, dir, "renewals.csv", "Client,Renewal\r\nAcme,03/02/2026\r\nGlobex,04/05/2026\r\n")

	scenarios := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"ErrNoFrom", []string{"import", "--workspace", ws}, 2, "--from FILE is required"},
		{"ErrUnknownKind", []string{"import", "--workspace", ws, "--from", accounts, "--as", "invoices"}, 2, "--as must be one of accounts, contacts, opportunities, figures, hours"},
		{"ErrBadDateOrder", []string{"import", "--workspace", ws, "--from", accounts, "--date-order", "ydm"}, 2, "--date-order must be dmy, mdy or ymd"},
		{"ErrKindNotRecognised", []string{"import", "--workspace", ws, "--from", unknown}, 2, "cannot tell from the column names"},
		{"ErrBadMapping", []string{"import", "--workspace", ws, "--from", unknown, "--mapping", badMapping}, 2, `"customer" is not a field of accounts`},
		{"ErrAmbiguousDates", []string{"import", "--workspace", ws, "--from", ambiguous}, 2, "pass --date-order dmy or mdy"},
		{"ErrUndoWithFrom", []string{"import", "--workspace", ws, "--undo", "1", "--from", accounts}, 2, "--undo BATCH takes only --workspace"},
		{"ErrUndoNotANumber", []string{"import", "--workspace", ws, "--undo", "seven"}, 2, "--undo takes a batch number"},
		{"ErrMissingFile", []string{"import", "--workspace", ws, "--from", filepath.Join(dir, "nope.csv")}, 1, "There is no file at"},
		{"ErrNotATable", []string{"import", "--workspace", ws, "--from", writeTemp(t, dir, "x.csv", "")}, 1, "empty"},
		{"ErrDryRunNeedsAWorkspace", []string{"import", "--workspace", filepath.Join(dir, "none.db"), "--from", accounts, "--dry-run"}, 1, "There is no workspace at"},
	}
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			r := run(t, nil, sc.args...)
			if r.code != sc.code {
				t.Fatalf("exit code = %d, want %d (stderr %q)", r.code, sc.code, r.stderr)
			}
			if !strings.Contains(r.stderr, sc.stderr) {
				t.Errorf("stderr = %q, want it to contain %q", r.stderr, sc.stderr)
			}
			oneStderrLine(t, r)
		})
	}
	if _, err := os.Stat(filepath.Join(dir, "none.db")); !os.IsNotExist(err) {
		t.Error("a dry run must not create a workspace")
	}
}

func TestImportCommand(t *testing.T) {
	dir := t.TempDir()
	ws := filepath.Join(dir, "workspace.db")
	imp := func(args ...string) result {
		return run(t, nil, append([]string{"import", "--workspace", ws}, args...)...)
	}

	r := imp("--from", sources+"salesforce/Account.csv")
	if r.code != 0 || r.stdout != "created 2, updated 0, unchanged 0, skipped 1, failed 0 — batch 1\n" {
		t.Fatalf("first import: %+v", r)
	}

	t.Run("OK dry run changes nothing: the workspace file's bytes are the same", func(t *testing.T) {
		before, err := os.ReadFile(ws)
		if err != nil {
			t.Fatal(err)
		}
		r := imp("--from", sources+"salesforce/Contact.csv", "--dry-run")
		if r.code != 0 || r.stdout != "created 3, updated 0, unchanged 0, skipped 0, failed 0 — dry run, nothing was changed\n" {
			t.Fatalf("dry run: %+v", r)
		}
		after, _ := os.ReadFile(ws)
		if !bytes.Equal(before, after) {
			t.Fatal("a dry run changed the workspace file")
		}
		if _, err := os.Stat(ws + "-wal"); err == nil {
			if wal, _ := os.ReadFile(ws + "-wal"); len(wal) > 0 {
				t.Fatalf("a dry run left %d bytes of write-ahead log", len(wal))
			}
		}
	})

	t.Run("OK --json prints one object with the documented keys", func(t *testing.T) {
		r := imp("--from", sources+"salesforce/Contact.csv", "--json")
		if r.code != 0 {
			t.Fatalf("%+v", r)
		}
		var obj map[string]any
		dec := json.NewDecoder(strings.NewReader(r.stdout))
		if err := dec.Decode(&obj); err != nil || dec.More() {
			t.Fatalf("stdout %q is not one JSON object: %v", r.stdout, err)
		}
		var keys []string
		for k := range obj {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		want := []string{"batch", "created", "errors", "failed", "kind", "skipped", "source", "unchanged", "updated"}
		if !slices.Equal(keys, want) {
			t.Fatalf("keys %v, want %v", keys, want)
		}
		if obj["batch"] != 2.0 || obj["kind"] != "contacts" || obj["source"] != "salesforce" || obj["created"] != 3.0 {
			t.Fatalf("object %v", obj)
		}
		if errs, ok := obj["errors"].([]any); !ok || len(errs) != 0 {
			t.Fatalf("errors must be an empty list, got %v", obj["errors"])
		}
	})

	t.Run("OK a second import of the same files creates nothing", func(t *testing.T) {
		for _, f := range []string{"salesforce/Account.csv", "salesforce/Contact.csv"} {
			r := imp("--from", sources+f)
			if r.code != 0 || !strings.HasPrefix(r.stdout, "created 0, updated 0,") {
				t.Fatalf("%s again: %+v", f, r)
			}
		}
	})

	t.Run("OK hours from Clockify: US dates recognised from the file", func(t *testing.T) {
		r := imp("--from", sources+"clockify/Clockify_Time_Report_Detailed_03_01_2026-03_31_2026.csv")
		if r.code != 0 || !strings.HasPrefix(r.stdout, "created 2,") {
			t.Fatalf("%+v", r)
		}
	})

	t.Run("ErrFailedRowsExitOneWithTheRowsInJSON", func(t *testing.T) {
		path := writeTemp(t, dir, "clients.csv", "Client,Renewal\r\nNew Client Co,2026-12-31\r\nBad Date Co,2026-02-31\r\n")
		r := imp("--from", path, "--json")
		if r.code != 1 {
			t.Fatalf("exit %d, want 1: %+v", r.code, r)
		}
		oneStderrLine(t, r)
		var out struct {
			Created int
			Failed  int
			Errors  []struct {
				Row     int
				Column  string
				Message string
			}
		}
		if err := json.Unmarshal([]byte(r.stdout), &out); err != nil {
			t.Fatal(err)
		}
		if out.Created != 1 || out.Failed != 1 || len(out.Errors) != 1 || out.Errors[0].Row != 3 || out.Errors[0].Column != "Renewal" || out.Errors[0].Message == "" {
			t.Fatalf("%+v", out)
		}
	})

	t.Run("OK a mapping file for a spreadsheet nobody recognises", func(t *testing.T) {
		path := writeTemp(t, dir, "kunden.csv", "Kundenname;Sparte\r\nBäckerei Groß;Lebensmittel\r\n")
		mapping := writeTemp(t, dir, "kunden.json", `{"kind":"accounts","columns":{"Kundenname":"name","Sparte":"industry"}}`)
		if r := imp("--from", path); r.code != 2 {
			t.Fatalf("without a mapping: %+v", r)
		}
		if r := imp("--from", path, "--mapping", mapping); r.code != 0 || !strings.HasPrefix(r.stdout, "created 1,") {
			t.Fatalf("with a mapping: %+v", r)
		}
		// The mapping is kept for the next file with these columns.
		next := writeTemp(t, dir, "kunden-2.csv", "Sparte;Kundenname\r\nHandel;Kaufhaus Nord\r\n")
		if r := imp("--from", next); r.code != 0 || !strings.HasPrefix(r.stdout, "created 1,") {
			t.Fatalf("the next file of the same shape: %+v", r)
		}
	})

	t.Run("OK --undo takes a batch back; twice is refused", func(t *testing.T) {
		r := run(t, nil, "import", "--workspace", ws, "--undo", "2")
		if r.code != 0 || !strings.HasPrefix(r.stdout, "undid batch 2: removed 3, restored 0, left 0") {
			t.Fatalf("undo: %+v", r)
		}
		again := run(t, nil, "import", "--workspace", ws, "--undo", "2")
		if again.code != 1 || !strings.Contains(again.stderr, "already undone") {
			t.Fatalf("second undo: %+v", again)
		}
		oneStderrLine(t, again)
		if r := imp("--from", sources+"salesforce/Contact.csv"); !strings.HasPrefix(r.stdout, "created 3,") {
			t.Fatalf("after undo the contacts import again: %+v", r)
		}
	})

	if r := run(t, nil, "check", "--workspace", ws); r.code != 0 {
		t.Fatalf("check after imports and undo: %+v", r)
	}
}

func TestImportCommandXLSX(t *testing.T) {
	ws := filepath.Join(t.TempDir(), "workspace.db")
	r := run(t, nil, "import", "--workspace", ws, "--from", sources+"hubspot/hubspot-crm-exports-all-companies-en.xlsx", "--json")
	if r.code != 0 {
		t.Fatalf("%+v", r)
	}
	var out struct {
		Kind, Source string
		Created      int
	}
	if err := json.Unmarshal([]byte(r.stdout), &out); err != nil || out.Kind != "accounts" || out.Source != "hubspot" || out.Created != 2 {
		t.Fatalf("%+v %v (stdout %q)", out, err, r.stdout)
	}
}
