package export_test

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"accountdesk/backend"
	"accountdesk/backend/export"
	"accountdesk/backend/sqlite"
)

// askPeers asks three reviewers about the first appraised person of the
// first cycle and returns the request.
func askPeers(t *testing.T, db *sqlite.DB, anonymous bool, names ...string) backend.PeerRequest {
	t.Helper()
	ctx := context.Background()
	cycles, err := db.Cycles(ctx)
	if err != nil || len(cycles) == 0 {
		t.Fatalf("cycles: %v", err)
	}
	list, err := db.CycleAppraisals(ctx, cycles[0].ID)
	if err != nil || len(list) == 0 {
		t.Fatalf("appraisals: %v", err)
	}
	var reviewers []backend.PeerReviewer
	for _, n := range names {
		reviewers = append(reviewers, backend.PeerReviewer{Name: n, Email: strings.ToLower(strings.Fields(n)[0]) + "@example.com"})
	}
	req, err := db.CreatePeerRequest(ctx, backend.PeerRequest{PersonID: list[0].PersonID, CycleID: cycles[0].ID, Due: now.Format("2006-01-02"),
		Anonymous: anonymous, Reviewers: reviewers}, now)
	if err != nil {
		t.Fatal(err)
	}
	return req
}

func answer(t *testing.T, db *sqlite.DB, req backend.PeerRequest, i int, comment string) {
	t.Helper()
	v := req.Reviewers[i]
	data, _ := json.Marshal(backend.PeerResponseFile{Schema: backend.PeerResponseSchema, Request: req.Token, Reviewer: v.ID, Secret: v.Secret,
		Answers: []backend.PeerAnswer{{Key: req.Questions[0].Key, Rating: 4, Comment: comment}}})
	if _, err := db.AddPeerResponse(context.Background(), data, now); err != nil {
		t.Fatal(err)
	}
}

// In the appraisal exports (what the person may be given), anonymous
// answers appear only from the third, without names, emails or secrets;
// attributed answers appear with their reviewer's name. Checked by bytes
// in every format.
func TestPeerFeedbackInAppraisalExports(t *testing.T) {
	formats := []string{"pdf", "md", "html", "json", "csv"}
	contains := func(files []export.File, s string) []string {
		var in []string
		for _, f := range files {
			data := f.Data
			if bytes.HasSuffix([]byte(f.Name), []byte(".pdf")) {
				data = []byte(plainText(t, pdfFile(t, f.Data), "-raw"))
			}
			if bytes.Contains(data, []byte(s)) {
				in = append(in, f.Name)
			}
		}
		return in
	}
	t.Run("AnonymousFromThree", func(t *testing.T) {
		db := demoDB(t)
		req := askPeers(t, db, true, "Zorana Quint", "Yusuf Quarry", "Xenia Quorn")
		answer(t, db, req, 0, "Comment-one-4b1 steady")
		answer(t, db, req, 1, "Comment-two-9c2 sharp")
		files := render(t, db, export.Request{Formats: formats, IncludeAppraisals: true})
		for _, s := range []string{"Comment-one-4b1", "Comment-two-9c2"} {
			if in := contains(files, s); len(in) != 0 {
				t.Errorf("with two answers, %s is in %v", s, in)
			}
		}
		if in := contains(files, "2 of 3 reviewers answered"); len(in) == 0 {
			t.Error("the withheld request is not mentioned")
		}
		answer(t, db, req, 2, "Comment-three-7d3 calm")
		files = render(t, db, export.Request{Formats: formats, IncludeAppraisals: true})
		for _, s := range []string{"Comment-one-4b1", "Comment-two-9c2", "Comment-three-7d3"} {
			if in := contains(files, s); len(in) < 4 {
				t.Errorf("with three answers, %s is only in %v", s, in)
			}
		}
		for _, s := range []string{"Zorana", "Yusuf", "Xenia", "@example.com", req.Reviewers[0].Secret, req.Token} {
			if in := contains(files, s); len(in) != 0 {
				t.Errorf("an anonymous reviewer's %q is in %v", s, in)
			}
		}
		if in := contains(files, "average 4.00 from 3 ratings"); len(in) == 0 {
			t.Error("the average is not shown")
		}
		without := render(t, db, export.Request{Formats: formats})
		for _, s := range []string{"Comment-one-4b1", "average 4.00", "Peer feedback"} {
			if in := contains(without, s); len(in) != 0 {
				t.Errorf("without appraisals, %q is in %v", s, in)
			}
		}
	})
	t.Run("AttributedWithNames", func(t *testing.T) {
		db := demoDB(t)
		req := askPeers(t, db, false, "Zorana Quint", "Yusuf Quarry", "Xenia Quorn")
		answer(t, db, req, 1, "Comment-named-5e5")
		files := render(t, db, export.Request{Formats: formats, IncludeAppraisals: true})
		if in := contains(files, "Yusuf Quarry (peer, rated 4): Comment-named-5e5"); len(in) == 0 {
			t.Error("an attributed comment is not shown with its reviewer")
		}
	})
}
