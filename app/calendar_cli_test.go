package app_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// `accountdesk export --format ics` writes the one calendar file; without
// --format the calendar is not written.
func TestExportCalendarCommand(t *testing.T) {
	dir := t.TempDir()
	ws := filepath.Join(dir, "workspace.db")
	if r := run(t, nil, "demo", "--workspace", ws); r.code != 0 {
		t.Fatalf("demo: %+v", r)
	}
	list := func(d string) []string {
		entries, err := os.ReadDir(d)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		return names
	}
	t.Run("OKOnlyTheCalendar", func(t *testing.T) {
		out := filepath.Join(dir, "cal")
		if err := os.Mkdir(out, 0o755); err != nil {
			t.Fatal(err)
		}
		r := run(t, nil, "export", "--workspace", ws, "--to", out, "--format", "ics")
		if r.code != 0 {
			t.Fatalf("export: %+v", r)
		}
		names := list(out)
		if len(names) != 1 || !strings.HasPrefix(names[0], "calendar-morgan-ellis-") || !strings.HasSuffix(names[0], ".ics") {
			t.Fatalf("files %v, want one calendar-morgan-ellis-….ics", names)
		}
		if !strings.Contains(r.stdout, names[0]) || !strings.Contains(r.stdout, "Exported 1 file(s)") {
			t.Errorf("stdout %q", r.stdout)
		}
	})
	t.Run("OKNotByDefault", func(t *testing.T) {
		out := filepath.Join(dir, "docs")
		if err := os.Mkdir(out, 0o755); err != nil {
			t.Fatal(err)
		}
		if r := run(t, nil, "export", "--workspace", ws, "--to", out, "--portfolio"); r.code != 0 {
			t.Fatalf("export: %+v", r)
		}
		for _, n := range list(out) {
			if strings.HasSuffix(n, ".ics") {
				t.Fatalf("the default formats wrote %s", n)
			}
		}
	})
}
