package sqlite_test

import (
	"context"
	"database/sql"
	"encoding/json"
	"testing"
	"time"

	"accountdesk/backend"
	"accountdesk/backend/sqlite"
)

var jun20 = time.Date(2026, 6, 20, 0, 0, 0, 0, time.UTC)

// peerSetup is a workspace with Ana in an annual cycle and an anonymous
// request about her for three reviewers, due 2026-06-30.
func peerSetup(t *testing.T) (*sqlite.DB, backend.PeerRequest) {
	t.Helper()
	ctx := context.Background()
	db, _, ana, _ := team(t)
	cycle, err := db.SaveCycle(ctx, backend.Cycle{Name: "Annual review 2026", PeriodFrom: "2026-01-01", PeriodTo: "2026-12-31"})
	if err != nil {
		t.Fatal(err)
	}
	req, err := db.CreatePeerRequest(ctx, backend.PeerRequest{PersonID: ana.ID, CycleID: cycle.ID, Due: "2026-06-30", Anonymous: true,
		Reviewers: []backend.PeerReviewer{{Name: "Ben Cole", Email: "ben@agency.com"}, {Name: "Cleo Park"}, {Name: "Dan", Relationship: backend.RelClient}}}, jun20)
	if err != nil {
		t.Fatal(err)
	}
	return db, req
}

func answerOf(req backend.PeerRequest, i int, answers ...backend.PeerAnswer) []byte {
	v := req.Reviewers[i]
	data, _ := json.Marshal(backend.PeerResponseFile{Schema: backend.PeerResponseSchema, Request: req.Token, Reviewer: v.ID, Secret: v.Secret, Answers: answers})
	return data
}

// A request keeps the cycle's competencies as questions, a secret for each
// reviewer and their statuses; responses are counted once, as written.
func TestPeerRequests(t *testing.T) {
	ctx := context.Background()
	t.Run("OK", func(t *testing.T) {
		db, req := peerSetup(t)
		if len(req.Token) != 32 || len(req.Questions) != len(backend.DefaultCompetencies()) || req.Scale.Max != 5 || req.PersonName != "Ana" {
			t.Fatalf("%+v", req)
		}
		seen := map[string]bool{}
		for _, v := range req.Reviewers {
			if len(v.Secret) != 64 || seen[v.Secret] || v.Status != backend.ReviewerSent {
				t.Fatalf("reviewer %+v", v)
			}
			seen[v.Secret] = true
		}
		literal := "<script>alert('x')</script> \"quoted\""
		who, err := db.AddPeerResponse(ctx, answerOf(req, 1, backend.PeerAnswer{Key: "c-client", Rating: 4, Comment: literal}), jun20)
		if err != nil || who.Name != "Cleo Park" {
			t.Fatalf("%+v %v", who, err)
		}
		got, err := db.PeerRequest(ctx, req.ID, time.Date(2026, 7, 1, 0, 0, 0, 0, time.UTC))
		if err != nil {
			t.Fatal(err)
		}
		want := []string{backend.ReviewerOverdue, backend.ReviewerAnswered, backend.ReviewerOverdue}
		for i, v := range got.Reviewers {
			if v.Status != want[i] {
				t.Errorf("%s: %s, want %s", v.Name, v.Status, want[i])
			}
		}
		resp, err := db.PeerResponses(ctx, req.ID)
		if err != nil || len(resp) != 1 || resp[0].Answers[0].Comment != literal {
			t.Fatalf("%+v %v", resp, err)
		}
		list, err := db.PeerRequests(ctx, req.PersonID, jun20)
		if err != nil || len(list) != 1 || len(list[0].Reviewers) != 3 {
			t.Fatalf("%+v %v", list, err)
		}
	})
	t.Run("ErrReplayChangesNothing", func(t *testing.T) {
		db, req := peerSetup(t)
		file := answerOf(req, 0, backend.PeerAnswer{Key: "c-client", Rating: 2, Comment: "first"})
		if _, err := db.AddPeerResponse(ctx, file, jun20); err != nil {
			t.Fatal(err)
		}
		again := answerOf(req, 0, backend.PeerAnswer{Key: "c-client", Rating: 5, Comment: "second"})
		_, err := db.AddPeerResponse(ctx, again, jun20)
		if backend.ErrorField(err) != backend.RefuseAlreadyCounted {
			t.Fatalf("replayed: %v", err)
		}
		resp, _ := db.PeerResponses(ctx, req.ID)
		if len(resp) != 1 || resp[0].Answers[0].Comment != "first" {
			t.Fatalf("the first response changed: %+v", resp)
		}
	})
	t.Run("ErrRefusedFromTheStore", func(t *testing.T) {
		db, req := peerSetup(t)
		other := req
		other.Token = "0123456789abcdef0123456789abcdef"
		for reason, data := range map[string][]byte{
			backend.RefuseOtherRequest: answerOf(other, 0),
			backend.RefuseWrongSecret: func() []byte {
				r := req
				r.Reviewers = append([]backend.PeerReviewer{}, req.Reviewers...)
				r.Reviewers[0].Secret = req.Reviewers[1].Secret
				return answerOf(r, 0)
			}(),
			backend.RefuseOffScale: answerOf(req, 0, backend.PeerAnswer{Key: "c-client", Rating: 9}),
			backend.RefuseNotJSON:  []byte("not json"),
		} {
			if _, err := db.AddPeerResponse(ctx, data, jun20); backend.ErrorField(err) != reason {
				t.Errorf("%s: %v", reason, err)
			}
		}
		if _, err := db.AddPeerResponse(ctx, answerOf(req, 0), time.Date(2026, 7, 15, 0, 0, 0, 0, time.UTC)); backend.ErrorField(err) != backend.RefuseExpired {
			t.Errorf("late: %v", err)
		}
		if resp, _ := db.PeerResponses(ctx, req.ID); len(resp) != 0 {
			t.Fatalf("a refused file was counted: %+v", resp)
		}
	})
	t.Run("ThresholdInResults", func(t *testing.T) {
		db, req := peerSetup(t)
		for i := range 3 {
			res, err := db.PeerResults(ctx, req.PersonID, req.CycleID, jun20)
			if err != nil || len(res) != 1 || !res[0].Withheld || res[0].Answered != i {
				t.Fatalf("%d answered: %+v %v", i, res, err)
			}
			if _, err := db.AddPeerResponse(ctx, answerOf(req, i, backend.PeerAnswer{Key: "c-client", Rating: 3 + i}), jun20); err != nil {
				t.Fatal(err)
			}
		}
		res, err := db.PeerResults(ctx, req.PersonID, req.CycleID, jun20)
		if err != nil || res[0].Withheld || res[0].Questions[0].Mean != 4 || res[0].Questions[0].Count != 3 {
			t.Fatalf("%+v %v", res, err)
		}
	})
	t.Run("ErrInvalidRequest", func(t *testing.T) {
		db, req := peerSetup(t)
		_, err := db.CreatePeerRequest(ctx, backend.PeerRequest{PersonID: req.PersonID, CycleID: req.CycleID, Due: "2026-06-30"}, jun20)
		wantCode(t, err, backend.EINVALID)
		_, err = db.CreatePeerRequest(ctx, backend.PeerRequest{PersonID: req.PersonID, CycleID: 999, Due: "2026-06-30",
			Reviewers: []backend.PeerReviewer{{Name: "X"}}}, jun20)
		wantCode(t, err, backend.ENOTFOUND)
	})
	t.Run("DeleteTakesResponses", func(t *testing.T) {
		db, req := peerSetup(t)
		if _, err := db.AddPeerResponse(ctx, answerOf(req, 0), jun20); err != nil {
			t.Fatal(err)
		}
		if err := db.DeletePeerRequest(ctx, req.ID); err != nil {
			t.Fatal(err)
		}
		raw, err := sql.Open("sqlite3", db.Path())
		if err != nil {
			t.Fatal(err)
		}
		defer raw.Close()
		var n int
		if err := raw.QueryRow(`SELECT (SELECT count(*) FROM peer_responses) + (SELECT count(*) FROM peer_reviewers)`).Scan(&n); err != nil || n != 0 {
			t.Fatalf("left %d rows (%v)", n, err)
		}
		wantCode(t, db.DeletePeerRequest(ctx, req.ID), backend.ENOTFOUND)
	})
}
