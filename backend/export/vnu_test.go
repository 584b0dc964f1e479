package export_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"accountdesk/backend/export"
)

// vnuCommand finds the Nu HTML checker: the vnu command, the jar VNU_JAR
// names, or the one npm installs with the front end (vnu-jar, run by the
// Java that make test installs). nil when there is none.
func vnuCommand() []string {
	if p, err := exec.LookPath("vnu"); err == nil {
		return []string{p}
	}
	jar := os.Getenv("VNU_JAR")
	if jar == "" {
		jar = filepath.Join("..", "..", "frontend", "node_modules", "vnu-jar", "build", "dist", "vnu.jar")
	}
	if _, err := os.Stat(jar); err != nil {
		return nil
	}
	if _, err := exec.LookPath("java"); err != nil {
		return nil
	}
	return []string{"java", "-jar", jar}
}

// vnu checks pages (file name → HTML) with the Nu HTML checker, all in one
// run; without the checker it says so, and fails when the tools are
// required (ACCOUNTDESK_REQUIRE_TOOLS=1, as make test sets).
func vnu(t *testing.T, pages map[string][]byte) {
	t.Helper()
	cmd := vnuCommand()
	if cmd == nil {
		if os.Getenv("ACCOUNTDESK_REQUIRE_TOOLS") == "1" {
			t.Fatal("the Nu HTML checker is missing (make test installs Java and npm's vnu-jar)")
		}
		t.Log("the Nu HTML checker is not installed: HTML not validated")
		return
	}
	dir := t.TempDir()
	args := append(cmd[1:], "--errors-only")
	for name, page := range pages {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, page, 0o600); err != nil {
			t.Fatal(err)
		}
		args = append(args, path)
	}
	if out, err := exec.Command(cmd[0], args...).CombinedOutput(); err != nil {
		t.Errorf("the Nu HTML checker finds errors: %s", strings.ReplaceAll(string(out), dir+"/", ""))
	}
}

// TestHTMLExportsAreValid: every HTML document an export writes — each
// plan summary, the portfolio summary, the appraisals — passes the Nu HTML
// checker, as a browser or a mail client reading them expects.
func TestHTMLExportsAreValid(t *testing.T) {
	t.Parallel()
	db := demoDB(t)
	files, err := export.Render(context.Background(), db, export.Request{Formats: []string{"html"}, IncludeAppraisals: true}, now)
	if err != nil {
		t.Fatal(err)
	}
	port, err := export.Render(context.Background(), db, export.Request{Formats: []string{"html"}, Portfolio: true}, now)
	if err != nil {
		t.Fatal(err)
	}
	pages := map[string][]byte{}
	for _, f := range append(files, port...) {
		if strings.HasSuffix(f.Name, ".html") {
			pages[f.Name] = f.Data
		}
	}
	if len(pages) < 3 {
		t.Fatalf("only %d HTML files", len(pages))
	}
	vnu(t, pages)
}
