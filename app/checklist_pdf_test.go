package app_test

import (
	"encoding/json"
	"os/exec"
	"strings"
	"testing"
)

// The demo's new AE's checklist saved as a PDF to hand over: every category
// with its tasks, ticks for what is done, and the overdue task marked.
func TestChecklistPDF(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed; make test installs it")
	}
	dir := t.TempDir()
	call := demoServe(t, dir)
	var list []struct {
		ID         int64
		PersonName string
	}
	_ = json.Unmarshal(call("/api/OnboardingAPI/List").Result, &list)
	if len(list) == 0 {
		t.Fatal("the demo has an onboarding")
	}
	if r := call("/api/OnboardingAPI/SavePDF", list[0].ID, ""); r.Error == nil || r.Error.Field != "folder" {
		t.Fatalf("no folder: %+v", r.Error)
	}
	out := t.TempDir()
	r := call("/api/OnboardingAPI/SavePDF", list[0].ID, out)
	if r.Error != nil {
		t.Fatalf("save: %+v", r.Error)
	}
	var path string
	_ = json.Unmarshal(r.Result, &path)
	text, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{list[0].PersonName, "required tasks done", "Before day one", "Intro meetings & inductions", "Client knowledge", "30/60/90 check-ins", "[x]", "overdue", "Page 1 of"} {
		if !strings.Contains(string(text), want) {
			t.Errorf("the checklist PDF lacks %q", want)
		}
	}
}
