package app_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// One appraisal saved as a PDF for signature: the ratings, the overall, the
// text and two signature lines are in it; private manager notes are not.
func TestAppraisalPDFForSignature(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed; make test installs it")
	}
	dir := t.TempDir()
	call := demoServe(t, dir)
	var cycles []struct{ ID int64 }
	_ = json.Unmarshal(call("/api/AppraisalsAPI/Cycles").Result, &cycles)
	if len(cycles) == 0 {
		t.Fatal("the demo has review cycles")
	}
	var id int64
	for _, c := range cycles {
		var list []struct {
			ID     int64
			Status string
		}
		_ = json.Unmarshal(call("/api/AppraisalsAPI/CycleAppraisals", c.ID).Result, &list)
		for _, a := range list {
			if a.Status == "manager_review" || a.Status == "self_review" || a.Status == "draft" {
				id = a.ID
			}
		}
	}
	if id == 0 {
		t.Fatal("the demo has an appraisal still being written")
	}
	var a map[string]any
	_ = json.Unmarshal(call("/api/AppraisalsAPI/Get", id).Result, &a)
	a["privateNotes"] = "PRIVATE-9c1: thinking of moving her off Helios"
	a["strengths"] = "Calm under pressure on the Helios launch"
	if r := call("/api/AppraisalsAPI/Save", a); r.Error != nil {
		t.Fatalf("save: %+v", r.Error)
	}

	out := t.TempDir()
	if r := call("/api/AppraisalsAPI/SavePDF", id, filepath.Join(out, "missing")); r.Error == nil || r.Error.Code != "invalid" || r.Error.Field != "folder" {
		t.Fatalf("a missing folder: %+v", r.Error)
	}
	r := call("/api/AppraisalsAPI/SavePDF", id, out)
	if r.Error != nil {
		t.Fatalf("save PDF: %+v", r.Error)
	}
	var path string
	_ = json.Unmarshal(r.Result, &path)
	if filepath.Dir(path) != out || !strings.HasPrefix(filepath.Base(path), "appraisal-") || !strings.HasSuffix(path, ".pdf") {
		t.Fatalf("path = %q", path)
	}
	entries, _ := os.ReadDir(out)
	if len(entries) != 1 {
		t.Fatalf("the folder holds %d files, want just the PDF", len(entries))
	}
	text, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{a["personName"].(string), "Ratings", "Client relationship management", "Overall rating", "Calm under pressure", "Compensation recommendation", "Signatures", "Employee: ", "Manager: ", "Date", "Confidential"} {
		if !strings.Contains(string(text), want) {
			t.Errorf("the PDF lacks %q", want)
		}
	}
	if strings.Contains(string(text), "PRIVATE-9c1") {
		t.Error("private manager notes are in the PDF")
	}
}
