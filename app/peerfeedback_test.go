package app_test

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestPeerFeedbackIsConfidential asks three reviewers through the HTTP mode,
// answers from the forms written to a folder, collects the responses (one
// replayed, one too large, one for another request), and then checks by
// bytes that no answer, reviewer or secret is in the log or in an export
// made without --include-appraisals; that with the flag the anonymous
// answers are there without their reviewers; and that the appraisals
// passphrase locks all of it.
func TestPeerFeedbackIsConfidential(t *testing.T) {
	dir := t.TempDir()
	ws := filepath.Join(dir, "workspace.db")
	call := demoServe(t, dir)
	ok := func(r apiReply, into any) { t.Helper(); wantResult(t, r, into) }
	var cycles []struct{ ID int64 }
	ok(call("/api/AppraisalsAPI/Cycles"), &cycles)
	var people []struct{ PersonID int64 }
	ok(call("/api/AppraisalsAPI/CycleAppraisals", cycles[0].ID), &people)
	if len(people) == 0 {
		t.Fatal("the demo cycle has appraisals")
	}
	var questions []map[string]any
	ok(call("/api/PeerFeedbackAPI/DefaultQuestions", cycles[0].ID), &questions)
	questions = append(questions, map[string]any{"kind": "text", "text": "Question-1f4e what should they keep doing?"})

	forms := filepath.Join(dir, "forms")
	if err := os.Mkdir(forms, 0o700); err != nil {
		t.Fatal(err)
	}
	names := []string{"Reviewer-8a1 Ortega", "Reviewer-8a2 Lindqvist", "Reviewer-8a3 Mbeki"}
	reviewers := []map[string]any{}
	for i, n := range names {
		reviewers = append(reviewers, map[string]any{"name": n, "email": "rev" + string(rune('a'+i)) + "-77@example.org", "relationship": "peer"})
	}
	var sent struct {
		Files  []string
		Emails []struct{ Body string }
	}
	r := map[string]any{"personId": people[0].PersonID, "cycleId": cycles[0].ID, "due": "2099-01-31", "anonymous": true,
		"reviewers": reviewers, "questions": questions}
	ok(call("/api/PeerFeedbackAPI/Ask", r, map[string]any{"destination": forms}), &sent)
	if len(sent.Files) != 3 || len(sent.Emails) != 3 {
		t.Fatalf("sent %+v", sent)
	}
	// A wrong request changes nothing and says why.
	bad := call("/api/PeerFeedbackAPI/Ask", map[string]any{"personId": people[0].PersonID, "cycleId": cycles[0].ID, "due": "2099-01-31",
		"reviewers": []map[string]any{{"name": "Reviewer-8a9 Nobody", "email": "not an email"}}}, map[string]any{"destination": forms})
	if bad.Error == nil || bad.Error.Field != "reviewers.0.email" {
		t.Fatalf("bad request: %+v", bad.Error)
	}

	attr := func(page []byte, name string) string {
		m := regexp.MustCompile(name + `="([^"]*)"`).FindSubmatch(page)
		if m == nil {
			t.Fatalf("form without %s", name)
		}
		return string(m[1])
	}
	comments := []string{"Answer-2b7 <script>alert(1)</script>", "Answer-3c8 calm", "Answer-4d9 sharp"}
	responses := filepath.Join(dir, "responses")
	if err := os.Mkdir(responses, 0o700); err != nil {
		t.Fatal(err)
	}
	var files []map[string]any
	var secrets []string
	for i, name := range sent.Files {
		page, err := os.ReadFile(filepath.Join(forms, name))
		if err != nil {
			t.Fatal(err)
		}
		secret := attr(page, "data-secret")
		secrets = append(secrets, secret)
		resp, _ := json.Marshal(map[string]any{"schema": "accountdesk.peer-response/v1", "request": attr(page, "data-request"),
			"reviewer": json.Number(attr(page, "data-reviewer")), "secret": secret,
			"answers": []map[string]any{{"key": questions[0]["key"], "rating": 4, "comment": comments[i]}}})
		if i == 2 {
			// The third comes from the folder, the first two are dropped.
			if err := os.WriteFile(filepath.Join(responses, "third.json"), resp, 0o600); err != nil {
				t.Fatal(err)
			}
			continue
		}
		files = append(files, map[string]any{"name": name + ".json", "text": string(resp)})
	}
	var got []struct {
		File, Reason, Code string
		Added              bool
	}
	ok(call("/api/PeerFeedbackAPI/Collect", files), &got)
	if len(got) != 2 || !got[0].Added || !got[1].Added {
		t.Fatalf("collected %+v", got)
	}
	// The folder: the third response, a replay of the first, a 2 MB file
	// and a file for another request.
	writeFile := func(name, text string) {
		if err := os.WriteFile(filepath.Join(responses, name), []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	writeFile("again.json", files[0]["text"].(string))
	writeFile("huge.json", `{"x":"`+strings.Repeat("Answer-5e0 ", 200000)+`"}`)
	writeFile("other.json", strings.Replace(files[1]["text"].(string), `"request":"`, `"request":"ff`, 1))
	writeFile("notes.txt", "not a response")
	ok(call("/api/PeerFeedbackAPI/CollectFolder", responses), &got)
	codes := map[string]string{}
	for _, g := range got {
		codes[g.File] = g.Code
		if !g.Added && g.Reason == "" {
			t.Errorf("%s refused without a reason", g.File)
		}
	}
	want := map[string]string{"third.json": "", "again.json": "alreadyCounted", "huge.json": "tooLarge", "other.json": "otherRequest"}
	if len(codes) != len(want) {
		t.Fatalf("folder: %+v", got)
	}
	for f, c := range want {
		if codes[f] != c {
			t.Errorf("%s: %q, want %q", f, codes[f], c)
		}
	}
	var results []struct {
		Withheld  bool
		Questions []struct {
			Count    int
			Mean     float64
			Comments []struct{ Text, By string }
		}
	}
	ok(call("/api/PeerFeedbackAPI/Results", people[0].PersonID, cycles[0].ID), &results)
	if len(results) != 1 || results[0].Withheld || results[0].Questions[0].Count != 3 || len(results[0].Questions[0].Comments) != 3 {
		t.Fatalf("results %+v", results)
	}

	private := append(append(append([]string{"Question-1f4e", "-77@example.org"}, names...), secrets...), comments...)
	private = append(private, "Answer-5e0")
	out := t.TempDir()
	for _, args := range [][]string{{}, {"--portfolio"}} {
		cmd := append([]string{"export", "--workspace", ws, "--to", out, "--format", "pdf,md,html,json,csv,ics"}, args...)
		if r := run(t, nil, cmd...); r.code != 0 {
			t.Fatalf("export %v: %d %s", args, r.code, r.stderr)
		}
	}
	n := 0
	_ = filepath.WalkDir(out, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		n++
		data, _ := os.ReadFile(path)
		for _, s := range private {
			if bytes.Contains(data, []byte(s)) {
				t.Errorf("%s carries %s from peer feedback", filepath.Base(path), s)
			}
		}
		return nil
	})
	if n < 10 {
		t.Fatalf("only %d files exported: the check is vacuous", n)
	}
	with := t.TempDir()
	if r := run(t, nil, "export", "--workspace", ws, "--to", with, "--format", "md,json", "--include-appraisals"); r.code != 0 {
		t.Fatalf("export --include-appraisals: %d %s", r.code, r.stderr)
	}
	var all []byte
	_ = filepath.WalkDir(with, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			data, _ := os.ReadFile(path)
			all = append(all, data...)
		}
		return err
	})
	for _, s := range []string{"Answer-3c8", "Answer-4d9"} {
		if !bytes.Contains(all, []byte(s)) {
			t.Errorf("the export with appraisals lacks %s", s)
		}
	}
	for _, s := range append(append([]string{"-77@example.org"}, names...), secrets...) {
		if bytes.Contains(all, []byte(s)) {
			t.Errorf("the export with appraisals names an anonymous reviewer: %s", s)
		}
	}
	logData, err := os.ReadFile(filepath.Join(dir, "logs", "accountdesk.log"))
	if err != nil || len(logData) == 0 {
		t.Fatalf("the log has lines: %v", err)
	}
	for _, s := range private {
		if bytes.Contains(logData, []byte(s)) {
			t.Errorf("the log carries %s", s)
		}
	}

	ok(call("/api/AppraisalsAPI/SetPassphrase", "", "correct horse battery"), nil)
	ok(call("/api/AppraisalsAPI/LockNow"), nil)
	for _, c := range []struct {
		path string
		args []any
	}{
		{"/api/PeerFeedbackAPI/DefaultQuestions", []any{cycles[0].ID}}, {"/api/PeerFeedbackAPI/Requests", []any{people[0].PersonID}},
		{"/api/PeerFeedbackAPI/Ask", []any{r, map[string]any{"destination": forms}}}, {"/api/PeerFeedbackAPI/Resend", []any{1, map[string]any{"destination": forms}}},
		{"/api/PeerFeedbackAPI/Emails", []any{1}}, {"/api/PeerFeedbackAPI/Collect", []any{files}},
		{"/api/PeerFeedbackAPI/CollectFolder", []any{responses}}, {"/api/PeerFeedbackAPI/Results", []any{people[0].PersonID, cycles[0].ID}},
		{"/api/PeerFeedbackAPI/Delete", []any{1}},
	} {
		if r := call(c.path, c.args...); r.Error == nil || r.Error.Code != "locked" {
			t.Errorf("%s while locked: %+v", c.path, r.Error)
		}
	}
}
