package app_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestQBRPackCommand makes a demo account's pack from the command line: the
// PDF and HTML land in the folder, the PDF reads back (pdftotext) with the
// client's name and no margin; mistakes are usage errors and write nothing.
func TestQBRPackCommand(t *testing.T) {
	dir := t.TempDir()
	ws := filepath.Join(dir, "workspace.db")
	if r := run(t, nil, "demo", "--workspace", ws); r.code != 0 {
		t.Fatalf("demo: %d %s", r.code, r.stderr)
	}
	t.Run("OK", func(t *testing.T) {
		out := t.TempDir()
		r := run(t, nil, "qbr-pack", "--workspace", ws, "--account", "northwind retail", "--to", out, "--hours")
		if r.code != 0 {
			t.Fatalf("qbr-pack: %d %s", r.code, r.stderr)
		}
		lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
		if len(lines) != 3 || !strings.HasSuffix(lines[0], ".pdf") || !strings.HasSuffix(lines[1], ".html") || !strings.Contains(lines[2], "were left out") {
			t.Fatalf("stdout %q: want the PDF's path, the HTML's and what was left out", r.stdout)
		}
		entries, _ := os.ReadDir(out)
		if len(entries) != 2 {
			t.Fatalf("%d files in the folder, want 2", len(entries))
		}
		if _, err := exec.LookPath("pdftotext"); err != nil {
			t.Skip("pdftotext (poppler-utils) is not installed")
		}
		text, err := exec.Command("pdftotext", lines[0], "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"Northwind Retail", "Quarterly Business Review", "retainer hours used"} {
			if !strings.Contains(string(text), want) {
				t.Errorf("the PDF lacks %q", want)
			}
		}
		if strings.Contains(strings.ToLower(string(text)), "margin") {
			t.Errorf("the PDF mentions margin")
		}
	})
	for _, c := range []struct {
		name string
		args []string
		code int
		says string
	}{
		{"ErrNoAccount", []string{"--to", dir}, 2, "--account NAME is required"},
		{"ErrNoFolder", []string{"--account", "Northwind Retail"}, 2, "--to DIR is required"},
		{"ErrUnknownAccount", []string{"--account", "Nobody Ltd", "--to", dir}, 2, `no account named "Nobody Ltd"`},
		{"ErrQuarter", []string{"--account", "Northwind Retail", "--to", dir, "--quarter", "Q9"}, 2, "Choose the quarter as 2026-Q4"},
		{"ErrMissingFolder", []string{"--account", "Northwind Retail", "--to", filepath.Join(dir, "missing")}, 1, "That folder does not exist"},
		{"ErrFutureQuarterHours", []string{"--account", "Northwind Retail", "--to", dir, "--quarter", "2999-Q1", "--hours"}, 1, "not started yet"},
	} {
		t.Run(c.name, func(t *testing.T) {
			before, _ := os.ReadDir(dir)
			r := run(t, nil, append([]string{"qbr-pack", "--workspace", ws}, c.args...)...)
			if r.code != c.code || !strings.Contains(r.stderr, c.says) {
				t.Fatalf("code %d, stderr %q: want %d and %q", r.code, r.stderr, c.code, c.says)
			}
			if after, _ := os.ReadDir(dir); len(after) != len(before) {
				t.Errorf("a failed qbr-pack left files: %d before, %d after", len(before), len(after))
			}
		})
	}
}
