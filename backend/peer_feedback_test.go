package backend_test

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"accountdesk/backend"
)

// peerRequest is an anonymous request about Ana for three reviewers, due
// 2026-06-30, asking two competencies and one free question.
func peerRequest() backend.PeerRequest {
	return backend.PeerRequest{
		ID: 7, Token: "tok-7", PersonID: 1, CycleID: 2, Scale: backend.DefaultScale(), Due: "2026-06-30", Anonymous: true,
		Questions: []backend.PeerQuestion{
			{Key: "c-client", Kind: backend.QuestionRating, Text: "Client relationship management", Competency: "client"},
			{Key: "c-growth", Kind: backend.QuestionRating, Text: "Growing the account", Competency: "growth"},
			{Key: "q1", Kind: backend.QuestionText, Text: "What should Ana keep doing?"},
		},
		Reviewers: []backend.PeerReviewer{
			{ID: 11, Name: "Ben Cole", Relationship: backend.RelPeer, Secret: "s-11"},
			{ID: 12, Name: "Cleo Park", Relationship: backend.RelPeer, Secret: "s-12"},
			{ID: 13, Name: "Dan Client", Relationship: backend.RelClient, Secret: "s-13"},
		},
	}
}

func responseFile(reviewer int64, secret string, answers ...backend.PeerAnswer) []byte {
	data, _ := json.Marshal(backend.PeerResponseFile{Schema: backend.PeerResponseSchema, Request: "tok-7", Reviewer: reviewer,
		Secret: secret, Answers: answers, AnsweredAt: "2026-06-20T10:00:00Z"})
	return data
}

// Every way a response file is refused has its own reason, and the reason
// is said in plain words; a good file is counted with its answers literal.
func TestCheckPeerResponse(t *testing.T) {
	good := backend.PeerAnswer{Key: "c-client", Rating: 4, Comment: "Calm with <script>alert(1)</script> clients"}
	answered := peerRequest()
	answered.Reviewers[0].AnsweredOn = "2026-06-21"
	other := peerRequest()
	other.Token = "tok-8"
	scenarios := []struct {
		name   string
		data   []byte
		req    *backend.PeerRequest
		today  string
		reason string
	}{
		{"OK", responseFile(11, "s-11", good), nil, "2026-06-25", ""},
		{"OKOnTheLastDayOfGrace", responseFile(11, "s-11", good), nil, "2026-07-14", ""},
		{"ErrTooLarge", append(responseFile(11, "s-11", good), make([]byte, backend.PeerResponseMaxBytes)...), nil, "2026-06-25", backend.RefuseTooLarge},
		{"ErrNotJSON", []byte("%PDF-1.7 not a response"), nil, "2026-06-25", backend.RefuseNotJSON},
		{"ErrTwoValues", append(responseFile(11, "s-11", good), []byte(` {}`)...), nil, "2026-06-25", backend.RefuseNotJSON},
		{"ErrUnknownField", []byte(`{"schema":"accountdesk.peer-response/v1","request":"tok-7","reviewer":11,"secret":"s-11","answers":[],"admin":true}`), nil, "2026-06-25", backend.RefuseNotJSON},
		{"ErrNotResponse", []byte(`{"schema":"accountdesk.plan-summary/v1"}`), nil, "2026-06-25", backend.RefuseNotResponse},
		{"ErrOtherRequest", responseFile(11, "s-11", good), &other, "2026-06-25", backend.RefuseOtherRequest},
		{"ErrNoSuchRequest", responseFile(11, "s-11", good), nil, "", backend.RefuseOtherRequest},
		{"ErrUnknownReviewer", responseFile(99, "s-11", good), nil, "2026-06-25", backend.RefuseUnknownReviewer},
		{"ErrWrongSecret", responseFile(11, "s-12", good), nil, "2026-06-25", backend.RefuseWrongSecret},
		{"ErrExpired", responseFile(11, "s-11", good), nil, "2026-07-15", backend.RefuseExpired},
		{"ErrAlreadyCounted", responseFile(11, "s-11", good), &answered, "2026-06-25", backend.RefuseAlreadyCounted},
		{"ErrQuestionNotAsked", responseFile(11, "s-11", backend.PeerAnswer{Key: "c-pressure", Rating: 3}), nil, "2026-06-25", backend.RefuseUnknownQuestion},
		{"ErrQuestionTwice", responseFile(11, "s-11", good, good), nil, "2026-06-25", backend.RefuseUnknownQuestion},
		{"ErrRatingAboveScale", responseFile(11, "s-11", backend.PeerAnswer{Key: "c-client", Rating: 6}), nil, "2026-06-25", backend.RefuseOffScale},
		{"ErrRatingBelowScale", responseFile(11, "s-11", backend.PeerAnswer{Key: "c-client", Rating: -1}), nil, "2026-06-25", backend.RefuseOffScale},
		{"ErrRatingOnAFreeQuestion", responseFile(11, "s-11", backend.PeerAnswer{Key: "q1", Rating: 3}), nil, "2026-06-25", backend.RefuseOffScale},
		{"ErrAnswerTooLong", responseFile(11, "s-11", backend.PeerAnswer{Key: "q1", Comment: strings.Repeat("é", backend.PeerCommentMaxLen+1)}), nil, "2026-06-25", backend.RefuseTooLong},
	}
	messages := map[string]string{} // reason → its words
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			req := sc.req
			if req == nil && sc.today != "" {
				r := peerRequest()
				req = &r
			}
			today := sc.today
			if today == "" {
				today = "2026-06-25"
			}
			f, err := backend.ReadPeerResponse(sc.data)
			var got backend.PeerResponse
			if err == nil {
				got, err = backend.CheckPeerResponse(f, req, day(today))
			}
			if sc.reason == "" {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				if got.ReviewerID != 11 || len(got.Answers) != 1 || got.Answers[0] != good {
					t.Fatalf("counted %+v, want the answer as written", got)
				}
				return
			}
			if backend.ErrorCode(err) != backend.EINVALID || backend.ErrorField(err) != sc.reason {
				t.Fatalf("got %v (field %q), want refusal %s", err, backend.ErrorField(err), sc.reason)
			}
			messages[sc.reason] = backend.ErrorMessage(err)
			if msg := backend.ErrorMessage(err); len(msg) < 20 || !strings.HasSuffix(msg, ".") {
				t.Errorf("reason %q is not a plain sentence", msg)
			}
		})
	}
	t.Run("EveryReasonHasItsOwnWords", func(t *testing.T) {
		said := map[string]string{}
		for reason, msg := range messages {
			if prev, ok := said[msg]; ok {
				t.Errorf("%s and %s say the same: %q", prev, reason, msg)
			}
			said[msg] = reason
		}
		if len(messages) < 11 {
			t.Errorf("only %d reasons seen", len(messages))
		}
	})
}

// A reviewer stands at sent until their response is counted, and is
// overdue from the day after the due date.
func TestReviewerStatus(t *testing.T) {
	for _, sc := range []struct{ answered, today, want string }{
		{"", "2026-06-30", backend.ReviewerSent},
		{"", "2026-07-01", backend.ReviewerOverdue},
		{"2026-07-03", "2026-07-05", backend.ReviewerAnswered},
		{"2026-06-01", "2026-06-05", backend.ReviewerAnswered},
	} {
		if got := backend.ReviewerStatus(sc.answered, "2026-06-30", day(sc.today)); got != sc.want {
			t.Errorf("answered %q on %s: %s, want %s", sc.answered, sc.today, got, sc.want)
		}
	}
}

func responses(n int) []backend.PeerResponse {
	out := []backend.PeerResponse{}
	for i := range n {
		out = append(out, backend.PeerResponse{RequestID: 7, ReviewerID: int64(11 + i), Answers: []backend.PeerAnswer{
			{Key: "c-client", Rating: 3 + i%3, Comment: []string{"Ben says steady", "Cleo says sharp", "Dan says reliable"}[i%3]},
			{Key: "q1", Comment: "keep going " + string(rune('A'+i))},
		}})
	}
	return out
}

// Anonymous answers reach the person only as a mean and count per rating
// question and comments without names, and only once three reviewers
// answered; attributed answers carry their reviewer.
func TestResultsOf(t *testing.T) {
	t.Run("AnonymousBelowThresholdShowsNothing", func(t *testing.T) {
		for n := range backend.PeerAnonymousMin {
			got := backend.ResultsOf(peerRequest(), responses(n))
			if !got.Withheld || len(got.Questions) != 0 || got.Answered != n {
				t.Errorf("%d answered: %+v", n, got)
			}
		}
	})
	t.Run("AnonymousAtThresholdShowsAggregates", func(t *testing.T) {
		got := backend.ResultsOf(peerRequest(), responses(3))
		if got.Withheld || len(got.Questions) != 3 {
			t.Fatalf("%+v", got)
		}
		q := got.Questions[0]
		if q.Count != 3 || q.Mean != 4 || len(q.Comments) != 3 {
			t.Fatalf("client: %+v, want the mean of 3, 4 and 5 of three", q)
		}
		for _, c := range q.Comments {
			if c.By != "" || c.Relationship != "" || c.Rating != 0 {
				t.Errorf("an anonymous comment carries who or what they rated: %+v", c)
			}
		}
		if got.Questions[1].Count != 0 || got.Questions[1].Mean != 0 {
			t.Errorf("an unanswered question has no mean: %+v", got.Questions[1])
		}
	})
	t.Run("AnonymousCommentsDoNotFollowTheReviewers", func(t *testing.T) {
		// Whatever order the responses came in, the comments come out in
		// one order: it tells nothing about who answered first.
		a := backend.ResultsOf(peerRequest(), responses(3)).Questions[2].Comments
		rev := responses(3)
		rev[0], rev[2] = rev[2], rev[0]
		b := backend.ResultsOf(peerRequest(), rev).Questions[2].Comments
		for i := range a {
			if a[i] != b[i] {
				t.Fatalf("order follows arrival: %v vs %v", a, b)
			}
		}
	})
	t.Run("AttributedShowsWhoSaidWhat", func(t *testing.T) {
		r := peerRequest()
		r.Anonymous = false
		got := backend.ResultsOf(r, responses(1))
		if got.Withheld {
			t.Fatal("attributed answers are shown from the first")
		}
		c := got.Questions[0].Comments
		if len(c) != 1 || c[0].By != "Ben Cole" || c[0].Relationship != backend.RelPeer || c[0].Rating != 3 {
			t.Fatalf("%+v", c)
		}
	})
}

// What a director types when asking: the first wrong field is named.
func TestPeerRequestValidate(t *testing.T) {
	scenarios := []struct {
		name  string
		edit  func(r *backend.PeerRequest)
		field string
	}{
		{"OK", func(r *backend.PeerRequest) {}, ""},
		{"OKFreeQuestionsNumbered", func(r *backend.PeerRequest) { r.Questions[2].Key = "" }, ""},
		{"ErrNoPerson", func(r *backend.PeerRequest) { r.PersonID = 0 }, "personId"},
		{"ErrNoDue", func(r *backend.PeerRequest) { r.Due = "" }, "due"},
		{"ErrNoReviewers", func(r *backend.PeerRequest) { r.Reviewers = nil }, "reviewers"},
		{"ErrNoQuestions", func(r *backend.PeerRequest) { r.Questions = nil }, "questions"},
		{"ErrReviewerUnnamed", func(r *backend.PeerRequest) { r.Reviewers[1].Name = "  " }, "reviewers.1.name"},
		{"ErrEmail", func(r *backend.PeerRequest) { r.Reviewers[0].Email = "ben at agency" }, "reviewers.0.email"},
		{"ErrEmailTwice", func(r *backend.PeerRequest) {
			r.Reviewers[0].Email, r.Reviewers[1].Email = "ben@agency.com", "Ben@agency.com"
		}, "reviewers.1.email"},
		{"ErrRelationship", func(r *backend.PeerRequest) { r.Reviewers[2].Relationship = "boss" }, "reviewers.2.relationship"},
		{"ErrQuestionEmpty", func(r *backend.PeerRequest) { r.Questions[2].Text = "" }, "questions.2.text"},
		{"ErrQuestionTooLong", func(r *backend.PeerRequest) {
			r.Questions[2].Text = strings.Repeat("x", backend.PeerQuestionMaxLen+1)
		}, "questions.2.text"},
		{"ErrQuestionKind", func(r *backend.PeerRequest) { r.Questions[0].Kind = "essay" }, "questions.0.kind"},
	}
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			r := peerRequest()
			sc.edit(&r)
			r.Normalize()
			err := r.Validate()
			if backend.ErrorField(err) != sc.field || (sc.field == "") != (err == nil) {
				t.Fatalf("got %v (field %q), want field %q", err, backend.ErrorField(err), sc.field)
			}
		})
	}
}

// The cycle's competencies become rating questions, one each, in order.
func TestDefaultPeerQuestions(t *testing.T) {
	qs := backend.DefaultPeerQuestions(backend.DefaultCompetencies())
	if len(qs) != len(backend.DefaultCompetencies()) || qs[0].Kind != backend.QuestionRating || qs[0].Competency != "client" {
		t.Fatalf("%+v", qs)
	}
	a, _ := backend.NewSecret()
	b, _ := backend.NewSecret()
	if len(a) != 64 || a == b {
		t.Fatalf("secrets %q %q", a, b)
	}
}

// FuzzPeerResponse: any bytes give a response or a reason, never a panic;
// what is counted is what the file said, script and all, as text.
func FuzzPeerResponse(f *testing.F) {
	f.Add(responseFile(11, "s-11", backend.PeerAnswer{Key: "c-client", Rating: 4, Comment: "<img src=x onerror=alert(1)>"}))
	f.Add(responseFile(12, "s-12", backend.PeerAnswer{Key: "q1", Comment: "\u202e reversed"}))
	f.Add([]byte(`{"schema":"accountdesk.peer-response/v1","request":"tok-7","reviewer":11,"secret":"s-11","answers":[{"key":"c-client","rating":1e9}]}`))
	f.Add([]byte(`[]`))
	f.Add([]byte{0xff, 0xfe, 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := backend.ReadPeerResponse(data)
		if err != nil {
			if backend.ErrorCode(err) != backend.EINVALID || backend.ErrorMessage(err) == "" {
				t.Fatalf("unclear refusal: %v", err)
			}
			return
		}
		req := peerRequest()
		got, err := backend.CheckPeerResponse(file, &req, day("2026-06-25"))
		if err != nil {
			if backend.ErrorCode(err) != backend.EINVALID || backend.ErrorField(err) == "" {
				t.Fatalf("unclear refusal: %v", err)
			}
			return
		}
		for i, a := range got.Answers {
			if a.Rating < 0 || a.Rating > 5 || utf8.RuneCountInString(a.Comment) > backend.PeerCommentMaxLen {
				t.Fatalf("counted an answer off the rules: %+v", a)
			}
			if !strings.Contains(string(mustJSON(file.Answers)), string(mustJSON(a.Comment))) {
				t.Fatalf("answer %d changed on the way: %q", i, a.Comment)
			}
		}
	})
}

func mustJSON(v any) []byte {
	b, _ := json.Marshal(v)
	return b
}
