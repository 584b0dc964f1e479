package app_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"accountdesk/app"
)

type result struct {
	code           int
	stdout, stderr string
}

// run runs the command line in-process, with a clean environment.
func run(t *testing.T, env map[string]string, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	code := app.Run(context.Background(), app.Env{
		Args: args, Stdout: &out, Stderr: &errb,
		Getenv:  func(k string) string { return env[k] },
		Assets:  fstest.MapFS{"index.html": {Data: []byte("<h1>AccountDesk</h1>")}},
		Version: "1.2.3-test",
	})
	return result{code, out.String(), errb.String()}
}

func TestCommandLine(t *testing.T) {
	dir := t.TempDir()
	ws := filepath.Join(dir, "workspace.db")

	scenarios := []struct {
		name     string
		args     []string
		code     int
		stdout   string // substring expected on stdout
		stderrIs string // substring expected on stderr
	}{
		{"OK version", []string{"version"}, 0, "accountdesk 1.2.3-test", ""},
		{"OK help", []string{"help"}, 0, "accountdesk serve", ""},
		{"ErrUnknownCommand", []string{"frobnicate"}, 2, "", `unknown command "frobnicate"`},
		{"ErrVersionWithArgs", []string{"version", "now"}, 2, "", "version takes no arguments"},
		{"ErrUnknownFlag", []string{"check", "--nope"}, 2, "", "flag provided but not defined"},
		{"ErrStrayArgument", []string{"check", "--workspace", ws, "extra"}, 2, "", `unexpected argument "extra"`},
		{"ErrDemoWithoutWorkspace", []string{"demo"}, 2, "", "--workspace PATH is required"},
		{"ErrDemoBadAccounts", []string{"demo", "--workspace", ws, "--accounts", "0"}, 2, "", "--accounts"},
		{"ErrBackupWithoutTo", []string{"backup", "--workspace", ws}, 2, "", "--to FILE is required"},
		{"ErrRestoreWithoutFrom", []string{"restore", "--workspace", ws}, 2, "", "--from FILE is required"},
		{"ErrServeNonLoopback", []string{"serve", "--workspace", ws, "--addr", "0.0.0.0:0"}, 2, "", "not a loopback address"},
		{"ErrServeBadAddr", []string{"serve", "--workspace", ws, "--addr", "nonsense"}, 2, "", "--addr must look like"},
		{"ErrExportWithoutTo", []string{"export", "--workspace", ws}, 2, "", "--to DEST is required"},
		{"ErrExportUnknownFormat", []string{"export", "--workspace", ws, "--to", dir, "--format", "docx"}, 2, "", `Unknown format "docx"`},
		{"ErrExportUnknownFormatNamesTheWorkbook", []string{"export", "--workspace", ws, "--to", dir, "--format", "xls"}, 2, "", `Unknown format "xls": choose from pdf, md, html, json, csv, xlsx`},
		{"ErrExportPortfolioAndAccount", []string{"export", "--workspace", ws, "--to", dir, "--portfolio", "--account", "x"}, 2, "", "either --portfolio or --account"},
		{"ErrExportCredentialsInURL", []string{"export", "--workspace", ws, "--to", "https://me:secret@dav.example/x"}, 2, "", "not in the address"},
		{"ErrCheckMissingWorkspace", []string{"check", "--workspace", filepath.Join(dir, "missing.db")}, 1, "", "There is no workspace at"},
	}
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			r := run(t, nil, sc.args...)
			if r.code != sc.code {
				t.Fatalf("exit code = %d, want %d (stderr %q)", r.code, sc.code, r.stderr)
			}
			if !strings.Contains(r.stdout, sc.stdout) {
				t.Errorf("stdout = %q, want it to contain %q", r.stdout, sc.stdout)
			}
			if !strings.Contains(r.stderr, sc.stderrIs) {
				t.Errorf("stderr = %q, want it to contain %q", r.stderr, sc.stderrIs)
			}
			if sc.code != 0 && strings.Count(strings.TrimRight(r.stderr, "\n"), "\n") != 0 {
				t.Errorf("errors must be one line, got %q", r.stderr)
			}
		})
	}
	if _, err := os.Stat(filepath.Join(dir, "missing.db")); !os.IsNotExist(err) {
		t.Error("check must not create a workspace that does not exist")
	}
}

func TestDemoBackupRestoreCheck(t *testing.T) {
	dir := t.TempDir()
	ws := filepath.Join(dir, "ws", "workspace.db")
	backup := filepath.Join(dir, "copy.db")

	if r := run(t, nil, "demo", "--workspace", ws); r.code != 0 {
		t.Fatalf("demo: %+v", r)
	}
	if r := run(t, nil, "demo", "--workspace", ws); r.code != 1 || !strings.Contains(r.stderr, "already exists") {
		t.Fatalf("a second demo over an existing workspace must be refused: %+v", r)
	}
	if r := run(t, nil, "check", "--workspace", ws); r.code != 0 || !strings.HasPrefix(r.stdout, "ok:") {
		t.Fatalf("check: %+v", r)
	}
	if r := run(t, nil, "backup", "--workspace", ws, "--to", backup); r.code != 0 {
		t.Fatalf("backup: %+v", r)
	}
	if r := run(t, nil, "restore", "--from", backup, "--workspace", ws); r.code != 0 {
		t.Fatalf("restore: %+v", r)
	}
	junk := filepath.Join(dir, "junk.db")
	_ = os.WriteFile(junk, []byte("not a database"), 0o600)
	if r := run(t, nil, "restore", "--from", junk, "--workspace", ws); r.code != 1 || !strings.Contains(r.stderr, "not an AccountDesk workspace") {
		t.Fatalf("restoring junk must fail with a clear line: %+v", r)
	}
	if r := run(t, nil, "check", "--workspace", ws); r.code != 0 {
		t.Fatalf("check after restore: %+v", r)
	}
}

func TestWorkspaceFromEnvironment(t *testing.T) {
	dir := t.TempDir()
	ws := filepath.Join(dir, "from-env.db")
	if r := run(t, nil, "demo", "--workspace", ws); r.code != 0 {
		t.Fatalf("demo: %+v", r)
	}
	r := run(t, map[string]string{"ACCOUNTDESK_WORKSPACE": ws}, "check")
	if r.code != 0 || !strings.Contains(r.stdout, ws) {
		t.Fatalf("ACCOUNTDESK_WORKSPACE must choose the workspace: %+v", r)
	}
	r = run(t, map[string]string{"HOME": dir}, "check")
	want := filepath.Join(dir, ".local", "share", "AccountDesk", "workspace.db")
	if r.code != 1 || !strings.Contains(r.stderr, want) {
		t.Fatalf("the default workspace lives in the user data folder (%s): %+v", want, r)
	}
}
