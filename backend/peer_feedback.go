package backend

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/mail"
	"strings"
	"time"
	"unicode/utf8"
)

// Peer and 360 feedback gathered without a server: the director asks
// reviewers for feedback about a person, each reviewer answers in a form
// AccountDesk wrote for them and sends back the small response file it
// saves. As confidential as appraisals: behind the appraisals passphrase,
// never in logs, never in an export without --include-appraisals.

// Reviewer relationships to the person.
const (
	RelPeer   = "peer"
	RelClient = "client"
	RelOther  = "other"
)

// Question kinds: a rating on the cycle's scale with an optional comment,
// or a free question answered in words.
const (
	QuestionRating = "rating"
	QuestionText   = "text"
)

// Reviewer statuses.
const (
	ReviewerSent     = "sent"
	ReviewerAnswered = "answered"
	ReviewerOverdue  = "overdue"
)

// PeerResponseSchema names the response file a reviewer's form saves.
const PeerResponseSchema = "accountdesk.peer-response/v1"

// PeerGraceDays is how long after its due date a request still takes
// answers: a reviewer who saved on the due day and emailed the file a week
// later is still counted; one a season later is not.
const PeerGraceDays = 14

// PeerAnonymousMin is how many reviewers must have answered an anonymous
// request before anything the person sees shows its answers: with fewer, an
// average or a comment could be traced back to someone.
const PeerAnonymousMin = 3

// PeerQuestion is one question of a feedback request.
type PeerQuestion struct {
	Key        string `json:"key"`
	Kind       string `json:"kind"` // QuestionRating or QuestionText
	Text       string `json:"text"`
	Competency string `json:"competency"` // a competency's key; "" for a free question
}

// PeerReviewer is someone asked for feedback.
type PeerReviewer struct {
	ID           int64  `json:"id"`
	Name         string `json:"name"`
	Email        string `json:"email"`
	Relationship string `json:"relationship"` // RelPeer, RelClient or RelOther
	// Secret is the reviewer's own proof that a response is theirs; it is
	// written into their form and never shown on a screen.
	Secret     string `json:"-"`
	Status     string `json:"status"`     // ReviewerSent, ReviewerAnswered, ReviewerOverdue
	AnsweredOn string `json:"answeredOn"` // the day the response was added; "" until then
	FormFile   string `json:"formFile"`   // the form's file name
}

// PeerRequest is a request for feedback about a person in a review cycle.
type PeerRequest struct {
	ID         int64  `json:"id"`
	Token      string `json:"token"` // random; names the request in forms and responses
	PersonID   int64  `json:"personId"`
	PersonName string `json:"personName"`
	CycleID    int64  `json:"cycleId"`
	CycleName  string `json:"cycleName"`
	Scale      Scale  `json:"scale"`
	// Questions: by default the cycle's competencies as ratings, then free
	// questions.
	Questions []PeerQuestion `json:"questions"`
	Due       string         `json:"due"`
	Anonymous bool           `json:"anonymous"`
	Reviewers []PeerReviewer `json:"reviewers"`
	Created   string         `json:"created"`
	Sent      string         `json:"sent"` // where the forms went
}

// PeerAnswer is a reviewer's answer to one question.
type PeerAnswer struct {
	Key     string `json:"key"`
	Rating  int    `json:"rating"` // 0 = not rated
	Comment string `json:"comment"`
}

// PeerResponseFile is the response file as a reviewer's form saves it.
type PeerResponseFile struct {
	Schema     string       `json:"schema"`
	Request    string       `json:"request"`
	Reviewer   int64        `json:"reviewer"`
	Secret     string       `json:"secret"`
	Answers    []PeerAnswer `json:"answers"`
	AnsweredAt string       `json:"answeredAt"`
}

// PeerResponse is a counted response.
type PeerResponse struct {
	RequestID  int64        `json:"requestId"`
	ReviewerID int64        `json:"reviewerId"`
	Answers    []PeerAnswer `json:"answers"`
	Received   string       `json:"received"`
}

// DefaultPeerQuestions are the cycle's competencies as rating questions.
func DefaultPeerQuestions(competencies []Competency) []PeerQuestion {
	out := make([]PeerQuestion, 0, len(competencies))
	for _, c := range competencies {
		out = append(out, PeerQuestion{Key: "c-" + c.Key, Kind: QuestionRating, Text: c.Name, Competency: c.Key})
	}
	return out
}

// NewSecret is a random secret of 32 bytes, in hex.
func NewSecret() (string, error) {
	var b [32]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", fmt.Errorf("peer feedback secret: %w", err)
	}
	return hex.EncodeToString(b[:]), nil
}

// Normalize trims what is typed loosely, numbers free questions and gives
// lists their empty value.
func (r *PeerRequest) Normalize() {
	if r.Questions == nil {
		r.Questions = []PeerQuestion{}
	}
	if r.Reviewers == nil {
		r.Reviewers = []PeerReviewer{}
	}
	for i := range r.Questions {
		q := &r.Questions[i]
		q.Text = strings.TrimSpace(q.Text)
		if q.Key == "" {
			q.Key = fmt.Sprintf("q%d", i+1)
		}
	}
	for i := range r.Reviewers {
		v := &r.Reviewers[i]
		v.Name, v.Email = strings.TrimSpace(v.Name), strings.TrimSpace(v.Email)
		v.Relationship = defaultTo(v.Relationship, RelPeer)
	}
}

// Validate returns an invalid error naming the first wrong field.
func (r PeerRequest) Validate() error {
	switch {
	case r.PersonID <= 0:
		return Invalid("personId", "Choose who the feedback is about.")
	case r.CycleID <= 0:
		return Invalid("cycleId", "Choose the review cycle the feedback is for.")
	case !validDate(r.Due) || r.Due == "":
		return Invalid("due", "Give the date the answers are due.")
	case len(r.Reviewers) == 0:
		return Invalid("reviewers", "Add at least one reviewer.")
	case len(r.Reviewers) > PeerMaxReviewers:
		return Invalid("reviewers", "Ask at most %d reviewers at once.", PeerMaxReviewers)
	case len(r.Questions) == 0:
		return Invalid("questions", "Ask at least one question.")
	case len(r.Questions) > PeerMaxQuestions:
		return Invalid("questions", "Ask at most %d questions.", PeerMaxQuestions)
	}
	if err := r.Scale.Validate(); err != nil {
		return err
	}
	emails := map[string]bool{}
	for i, v := range r.Reviewers {
		f := fmt.Sprintf("reviewers.%d.", i)
		_, mailErr := mail.ParseAddress(v.Email)
		switch {
		case v.Name == "":
			return Invalid(f+"name", "Write the reviewer's name.")
		case utf8.RuneCountInString(v.Name) > NameMaxLen:
			return Invalid(f+"name", "A name is at most %d characters.", NameMaxLen)
		case v.Email != "" && (mailErr != nil || len(v.Email) > PeerEmailMaxLen || strings.ContainsAny(v.Email, "<>\" ")):
			return Invalid(f+"email", "That email address does not read as one, for example ana@agency.com.")
		case !oneOf(v.Relationship, RelPeer, RelClient, RelOther):
			return Invalid(f+"relationship", "Choose peer, client or other.")
		case v.Email != "" && emails[strings.ToLower(v.Email)]:
			return Invalid(f+"email", "This reviewer is listed twice.")
		}
		emails[strings.ToLower(v.Email)] = true
	}
	keys := map[string]bool{}
	for i, q := range r.Questions {
		f := fmt.Sprintf("questions.%d.", i)
		switch {
		case q.Text == "":
			return Invalid(f+"text", "Write the question, or remove it.")
		case utf8.RuneCountInString(q.Text) > PeerQuestionMaxLen:
			return Invalid(f+"text", "A question is at most %d characters.", PeerQuestionMaxLen)
		case !oneOf(q.Kind, QuestionRating, QuestionText):
			return Invalid(f+"kind", "Choose a rating or a question answered in words.")
		case keys[q.Key] || len(q.Key) > 64:
			return Invalid(f+"text", "This question is listed twice.")
		}
		keys[q.Key] = true
	}
	return nil
}

// ReviewerStatus is where a reviewer's answer stands on a day: answered
// once their response is counted, overdue the day after the due date,
// otherwise sent.
func ReviewerStatus(answeredOn, due string, today time.Time) string {
	switch {
	case answeredOn != "":
		return ReviewerAnswered
	case due != "" && today.Format(time.DateOnly) > due:
		return ReviewerOverdue
	}
	return ReviewerSent
}

// peerRefusal is why a response file is not counted: an invalid error whose
// field names the reason, so callers and tests tell the reasons apart.
func peerRefusal(reason, format string, args ...any) *Error {
	return Invalid(reason, format, args...)
}

// Reasons a response file is refused, as the Field of the invalid error.
const (
	RefuseTooLarge        = "tooLarge"
	RefuseNotJSON         = "notJson"
	RefuseNotResponse     = "notResponse"
	RefuseOtherRequest    = "otherRequest"
	RefuseUnknownReviewer = "unknownReviewer"
	RefuseWrongSecret     = "wrongSecret"
	RefuseExpired         = "expired"
	RefuseAlreadyCounted  = "alreadyCounted"
	RefuseUnknownQuestion = "unknownQuestion"
	RefuseOffScale        = "offScale"
	RefuseTooLong         = "tooLong"
)

// ReadPeerResponse reads a response file: refused when larger than
// PeerResponseMaxBytes (before parsing), not JSON, or not a response a form
// saved. Its text stays as written; nothing in it is ever run.
func ReadPeerResponse(data []byte) (PeerResponseFile, error) {
	var f PeerResponseFile
	if err := PeerFileSize(int64(len(data))); err != nil {
		return f, err
	}
	if err := decodeStrict(data, &f); err != nil {
		return PeerResponseFile{}, peerRefusal(RefuseNotJSON, "This is not a feedback response: it does not read as a response file.")
	}
	if f.Schema != PeerResponseSchema || f.Request == "" || f.Reviewer <= 0 || f.Secret == "" {
		return PeerResponseFile{}, peerRefusal(RefuseNotResponse, "This is not a feedback response saved from an AccountDesk form.")
	}
	if f.Answers == nil {
		f.Answers = []PeerAnswer{}
	}
	return f, nil
}

// PeerFileSize refuses a file of size bytes too large to be a response, so
// that it need not be read at all.
func PeerFileSize(size int64) error {
	if size > PeerResponseMaxBytes {
		return peerRefusal(RefuseTooLarge, "This file is too large to be a feedback response (over 1 MB); it was not read.")
	}
	return nil
}

// CheckPeerResponse decides whether a response read from a file is counted
// for req (the request the file names; nil when there is none): it must be
// for one of its reviewers, carry that reviewer's secret, come in before
// the due date and its grace, be the reviewer's first, and answer only the
// questions asked, rating on the scale, within the lengths.
func CheckPeerResponse(f PeerResponseFile, req *PeerRequest, today time.Time) (PeerResponse, error) {
	if req == nil || req.Token != f.Request {
		return PeerResponse{}, peerRefusal(RefuseOtherRequest, "This response is for a feedback request that is not in this workspace.")
	}
	var who *PeerReviewer
	for i := range req.Reviewers {
		if req.Reviewers[i].ID == f.Reviewer {
			who = &req.Reviewers[i]
		}
	}
	if who == nil {
		return PeerResponse{}, peerRefusal(RefuseUnknownReviewer, "This response is from someone who was not asked in this request.")
	}
	if subtle.ConstantTimeCompare([]byte(who.Secret), []byte(f.Secret)) != 1 {
		return PeerResponse{}, peerRefusal(RefuseWrongSecret, "This response does not carry %s's key: it was changed or made by hand.", who.Name)
	}
	if due, err := time.Parse(time.DateOnly, req.Due); err == nil && today.Format(time.DateOnly) > due.AddDate(0, 0, PeerGraceDays).Format(time.DateOnly) {
		return PeerResponse{}, peerRefusal(RefuseExpired, "This response came in more than %d days after the due date (%s), so it is no longer counted.", PeerGraceDays, req.Due)
	}
	if who.AnsweredOn != "" {
		return PeerResponse{}, peerRefusal(RefuseAlreadyCounted, "%s's response was already counted on %s.", who.Name, who.AnsweredOn)
	}
	questions := map[string]PeerQuestion{}
	for _, q := range req.Questions {
		questions[q.Key] = q
	}
	seen := map[string]bool{}
	out := PeerResponse{RequestID: req.ID, ReviewerID: who.ID, Answers: []PeerAnswer{}, Received: today.Format(time.DateOnly)}
	for _, a := range f.Answers {
		q, ok := questions[a.Key]
		if !ok || seen[a.Key] {
			return PeerResponse{}, peerRefusal(RefuseUnknownQuestion, "This response answers a question that was not asked.")
		}
		seen[a.Key] = true
		switch {
		case a.Rating != 0 && (q.Kind != QuestionRating || a.Rating < req.Scale.Min || a.Rating > req.Scale.Max):
			return PeerResponse{}, peerRefusal(RefuseOffScale, "A rating in this response is not on the scale from %d to %d.", req.Scale.Min, req.Scale.Max)
		case utf8.RuneCountInString(a.Comment) > PeerCommentMaxLen || !utf8.ValidString(a.Comment):
			return PeerResponse{}, peerRefusal(RefuseTooLong, "An answer in this response is longer than %d characters.", PeerCommentMaxLen)
		}
		if a.Rating == 0 && strings.TrimSpace(a.Comment) == "" {
			continue
		}
		out.Answers = append(out.Answers, a)
	}
	return out, nil
}

// PeerComment is a comment as shown beside a competency: by whom only when
// the request is attributed.
type PeerComment struct {
	Text         string `json:"text"`
	By           string `json:"by"` // "" when anonymous
	Relationship string `json:"relationship"`
	Rating       int    `json:"rating"` // the rating given with it (attributed only); 0 otherwise
}

// PeerQuestionResult is what the reviewers said to one question.
type PeerQuestionResult struct {
	Key        string        `json:"key"`
	Kind       string        `json:"kind"`
	Text       string        `json:"text"`
	Competency string        `json:"competency"`
	Mean       float64       `json:"mean"`  // of the ratings given, 2 decimals; 0 for none
	Count      int           `json:"count"` // ratings given
	Comments   []PeerComment `json:"comments"`
}

// PeerResults is one request's answers as shown beside the appraisal.
type PeerResults struct {
	RequestID int64  `json:"requestId"`
	Anonymous bool   `json:"anonymous"`
	Asked     int    `json:"asked"`
	Answered  int    `json:"answered"`
	Due       string `json:"due"`
	// Withheld is true for an anonymous request with fewer than
	// PeerAnonymousMin answers: nothing of them is shown.
	Withheld  bool                 `json:"withheld"`
	Questions []PeerQuestionResult `json:"questions"`
}

// ResultsOf puts a request's counted responses together as the person may
// see them. Attributed: each comment with its reviewer. Anonymous: only the
// mean and count per rating question and the comments without names, in an
// order that follows neither the reviewers nor the answers' arrival — and
// nothing at all until PeerAnonymousMin reviewers answered.
func ResultsOf(req PeerRequest, responses []PeerResponse) PeerResults {
	out := PeerResults{RequestID: req.ID, Anonymous: req.Anonymous, Asked: len(req.Reviewers), Answered: len(responses),
		Due: req.Due, Questions: []PeerQuestionResult{}}
	if req.Anonymous && len(responses) < PeerAnonymousMin {
		out.Withheld = true
		return out
	}
	reviewers := map[int64]PeerReviewer{}
	for _, v := range req.Reviewers {
		reviewers[v.ID] = v
	}
	for _, q := range req.Questions {
		r := PeerQuestionResult{Key: q.Key, Kind: q.Kind, Text: q.Text, Competency: q.Competency, Comments: []PeerComment{}}
		sum := 0
		for _, resp := range responses {
			for _, a := range resp.Answers {
				if a.Key != q.Key {
					continue
				}
				if a.Rating != 0 {
					sum += a.Rating
					r.Count++
				}
				if strings.TrimSpace(a.Comment) == "" {
					continue
				}
				c := PeerComment{Text: a.Comment}
				if !req.Anonymous {
					v := reviewers[resp.ReviewerID]
					c.By, c.Relationship, c.Rating = v.Name, v.Relationship, a.Rating
				}
				r.Comments = append(r.Comments, c)
			}
		}
		if r.Count > 0 {
			r.Mean = round2(float64(sum) / float64(r.Count))
		}
		if req.Anonymous {
			shuffleComments(req.Token, r.Comments)
		}
		out.Questions = append(out.Questions, r)
	}
	return out
}

// shuffleComments orders comments by a hash of the request's secret token
// and their text: an order no reader can tie to the reviewers, and the same
// in every export, so two exports cannot be compared to undo it.
func shuffleComments(token string, cs []PeerComment) {
	key := func(c PeerComment) string {
		h := sha256.Sum256([]byte(token + "\x00" + c.Text))
		return string(h[:])
	}
	for i := 1; i < len(cs); i++ {
		for j := i; j > 0 && key(cs[j]) < key(cs[j-1]); j-- {
			cs[j], cs[j-1] = cs[j-1], cs[j]
		}
	}
}

// PeerCollected is what happened to one response file.
type PeerCollected struct {
	File     string `json:"file"`
	Added    bool   `json:"added"`
	Reviewer string `json:"reviewer"` // whose response was added
	Reason   string `json:"reason"`   // why it was refused, in plain words
	Code     string `json:"code"`     // the refusal's reason (Refuse…)
}

// PeerEmail is the ready email text that goes with one reviewer's form.
type PeerEmail struct {
	ReviewerID int64  `json:"reviewerId"`
	Reviewer   string `json:"reviewer"`
	To         string `json:"to"`
	Form       string `json:"form"` // the form's file name
	Subject    string `json:"subject"`
	Body       string `json:"body"`
}

// PeerFile is a response file to collect, as dropped or read from a folder.
type PeerFile struct {
	Name string `json:"name"`
	Text string `json:"text"`
}

// PeerFeedbackService keeps feedback requests and their responses.
type PeerFeedbackService interface {
	// CreatePeerRequest saves a new request with a secret per reviewer.
	// Returns EINVALID, ENOTFOUND (person or cycle).
	CreatePeerRequest(ctx context.Context, r PeerRequest, now time.Time) (PeerRequest, error)
	// PeerRequest returns one request with its reviewers' secrets and
	// statuses. Returns ENOTFOUND.
	PeerRequest(ctx context.Context, id int64, today time.Time) (PeerRequest, error)
	// PeerRequests lists a person's requests, newest first.
	PeerRequests(ctx context.Context, personID int64, today time.Time) ([]PeerRequest, error)
	// MarkPeerSent records where a request's forms went.
	MarkPeerSent(ctx context.Context, id int64, where string, files map[int64]string) error
	// AddPeerResponse checks a response file and counts it, in one
	// transaction. Returns EINVALID with a Refuse… field when refused.
	AddPeerResponse(ctx context.Context, data []byte, today time.Time) (PeerReviewer, error)
	// PeerResponses returns a request's counted responses.
	PeerResponses(ctx context.Context, requestID int64) ([]PeerResponse, error)
	// PeerResults returns what the person may see of each of their
	// requests in a cycle (ResultsOf), oldest first.
	PeerResults(ctx context.Context, personID, cycleID int64, today time.Time) ([]PeerResults, error)
	// DeletePeerRequest removes a request and its responses. Returns ENOTFOUND.
	DeletePeerRequest(ctx context.Context, id int64) error
}

// CollectPeerResponses adds each file on its own: one refused file does not
// keep the others out, and a refused file changes nothing.
func CollectPeerResponses(ctx context.Context, svc PeerFeedbackService, files []PeerFile, today time.Time) ([]PeerCollected, error) {
	out := make([]PeerCollected, 0, len(files))
	for _, f := range files {
		c := PeerCollected{File: f.Name}
		who, err := svc.AddPeerResponse(ctx, []byte(f.Text), today)
		switch {
		case err == nil:
			c.Added, c.Reviewer = true, who.Name
		case ErrorCode(err) == EINVALID || ErrorCode(err) == ENOTFOUND:
			c.Reason, c.Code = ErrorMessage(err), ErrorField(err)
		default:
			return out, err
		}
		out = append(out, c)
	}
	return out, nil
}

// decodeStrict reads one JSON value into v, refusing fields v does not
// have and anything after the value.
func decodeStrict(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return errors.New("more after the response")
	}
	return nil
}
