package sqlite

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"accountdesk/backend"

	sqlite3 "github.com/mattn/go-sqlite3"
)

// Peer feedback requests, their reviewers and the responses counted.

const peerRequestColumns = `r.id, r.token, r.person_id, p.name, r.cycle_id, c.name, r.scale, r.questions, r.due, r.anonymous, r.created_at, r.sent_to`

const peerRequestFrom = ` FROM peer_requests r JOIN people p ON p.id = r.person_id JOIN cycles c ON c.id = r.cycle_id `

func scanPeerRequest(row interface{ Scan(...any) error }) (backend.PeerRequest, error) {
	var r backend.PeerRequest
	var scale, questions string
	if err := row.Scan(&r.ID, &r.Token, &r.PersonID, &r.PersonName, &r.CycleID, &r.CycleName, &scale, &questions,
		&r.Due, &r.Anonymous, &r.Created, &r.Sent); err != nil {
		return r, err
	}
	if err := json.Unmarshal([]byte(scale), &r.Scale); err != nil {
		return r, fmt.Errorf("peer request %d scale: %w", r.ID, err)
	}
	if err := json.Unmarshal([]byte(questions), &r.Questions); err != nil {
		return r, fmt.Errorf("peer request %d questions: %w", r.ID, err)
	}
	return r, nil
}

// withReviewers fills in the request's reviewers, with their secrets and
// where each stands on today.
func withReviewers(ctx context.Context, tx *sql.Tx, r *backend.PeerRequest, today time.Time) error {
	r.Reviewers = []backend.PeerReviewer{}
	err := each(ctx, tx, `SELECT v.id, v.name, v.email, v.relationship, v.secret, v.form_file, COALESCE(s.received, '')
		FROM peer_reviewers v LEFT JOIN peer_responses s ON s.reviewer_id = v.id
		WHERE v.request_id = ? ORDER BY v.position`, r.ID, func(rows *sql.Rows) error {
		var v backend.PeerReviewer
		err := rows.Scan(&v.ID, &v.Name, &v.Email, &v.Relationship, &v.Secret, &v.FormFile, &v.AnsweredOn)
		v.Status = backend.ReviewerStatus(v.AnsweredOn, r.Due, today)
		r.Reviewers = append(r.Reviewers, v)
		return err
	})
	if err != nil {
		return fmt.Errorf("peer reviewers: %w", err)
	}
	return nil
}

func findPeerRequest(ctx context.Context, tx *sql.Tx, where string, arg any, today time.Time) (backend.PeerRequest, error) {
	r, err := scanPeerRequest(tx.QueryRowContext(ctx, `SELECT `+peerRequestColumns+peerRequestFrom+`WHERE `+where, arg))
	if errors.Is(err, sql.ErrNoRows) {
		return r, backend.Errorf(backend.ENOTFOUND, "That feedback request no longer exists.")
	} else if err != nil {
		return r, fmt.Errorf("find peer request: %w", err)
	}
	return r, withReviewers(ctx, tx, &r, today)
}

func randomToken() (string, error) {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", fmt.Errorf("peer request token: %w", err)
	}
	return hex.EncodeToString(b[:]), nil
}

// CreatePeerRequest saves a new request, its questions as asked and the
// cycle's scale, with a random token and a random secret per reviewer.
// Returns EINVALID, ENOTFOUND (person or cycle).
func (d *DB) CreatePeerRequest(ctx context.Context, r backend.PeerRequest, now time.Time) (backend.PeerRequest, error) {
	var out backend.PeerRequest
	err := d.write(ctx, func(tx *sql.Tx) error {
		cycle, err := findCycle(ctx, tx, r.CycleID)
		if err != nil {
			return err
		}
		r.Scale = cycle.Scale
		if r.Questions == nil {
			r.Questions = backend.DefaultPeerQuestions(cycle.Competencies)
		}
		r.Normalize()
		if err := r.Validate(); err != nil {
			return err
		}
		if r.Token, err = randomToken(); err != nil {
			return err
		}
		scale, _ := json.Marshal(r.Scale)
		questions, _ := json.Marshal(r.Questions)
		res, err := tx.ExecContext(ctx, `INSERT INTO peer_requests (token, person_id, cycle_id, scale, questions, due, anonymous, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, r.Token, r.PersonID, r.CycleID, string(scale), string(questions), r.Due, r.Anonymous,
			now.UTC().Format(time.RFC3339))
		var se sqlite3.Error
		if errors.As(err, &se) && se.ExtendedCode == sqlite3.ErrConstraintForeignKey {
			return backend.Errorf(backend.ENOTFOUND, "That person no longer exists.")
		} else if err != nil {
			return fmt.Errorf("create peer request: %w", err)
		}
		id, err := res.LastInsertId()
		if err != nil {
			return fmt.Errorf("create peer request: %w", err)
		}
		for i, v := range r.Reviewers {
			secret, err := backend.NewSecret()
			if err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO peer_reviewers (request_id, position, name, email, relationship, secret)
				VALUES (?, ?, ?, ?, ?, ?)`, id, i, v.Name, v.Email, v.Relationship, secret); err != nil {
				return fmt.Errorf("create peer reviewer: %w", err)
			}
		}
		out, err = findPeerRequest(ctx, tx, `r.id = ?`, id, now)
		return err
	})
	return out, err
}

// PeerRequest returns one request with its reviewers. Returns ENOTFOUND.
func (d *DB) PeerRequest(ctx context.Context, id int64, today time.Time) (backend.PeerRequest, error) {
	var out backend.PeerRequest
	err := d.read(ctx, func(tx *sql.Tx) (err error) {
		out, err = findPeerRequest(ctx, tx, `r.id = ?`, id, today)
		return err
	})
	return out, err
}

// PeerRequests lists a person's requests, newest first.
func (d *DB) PeerRequests(ctx context.Context, personID int64, today time.Time) ([]backend.PeerRequest, error) {
	out := []backend.PeerRequest{}
	err := d.read(ctx, func(tx *sql.Tx) error {
		err := each(ctx, tx, `SELECT `+peerRequestColumns+peerRequestFrom+`WHERE r.person_id = ? ORDER BY r.created_at DESC, r.id DESC`,
			personID, func(rows *sql.Rows) error {
				r, err := scanPeerRequest(rows)
				out = append(out, r)
				return err
			})
		if err != nil {
			return fmt.Errorf("peer requests: %w", err)
		}
		for i := range out {
			if err := withReviewers(ctx, tx, &out[i], today); err != nil {
				return err
			}
		}
		return nil
	})
	return out, err
}

// MarkPeerSent records where the request's forms went and each reviewer's
// form file. Returns ENOTFOUND.
func (d *DB) MarkPeerSent(ctx context.Context, id int64, where string, files map[int64]string) error {
	return d.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE peer_requests SET sent_to = ? WHERE id = ?`, where, id)
		if err != nil {
			return fmt.Errorf("mark peer request sent: %w", err)
		}
		if k, _ := res.RowsAffected(); k == 0 {
			return backend.Errorf(backend.ENOTFOUND, "That feedback request no longer exists.")
		}
		for reviewer, name := range files {
			if _, err := tx.ExecContext(ctx, `UPDATE peer_reviewers SET form_file = ? WHERE id = ? AND request_id = ?`, name, reviewer, id); err != nil {
				return fmt.Errorf("mark peer form: %w", err)
			}
		}
		return nil
	})
}

// AddPeerResponse reads a response file, checks it against the request it
// names (backend.CheckPeerResponse) and counts it, all in one transaction:
// a refused file changes nothing. Returns the reviewer whose response was
// counted; EINVALID with a backend.Refuse… field when refused.
func (d *DB) AddPeerResponse(ctx context.Context, data []byte, today time.Time) (backend.PeerReviewer, error) {
	f, err := backend.ReadPeerResponse(data)
	if err != nil {
		return backend.PeerReviewer{}, err
	}
	var who backend.PeerReviewer
	err = d.write(ctx, func(tx *sql.Tx) error {
		var req *backend.PeerRequest
		r, err := findPeerRequest(ctx, tx, `r.token = ?`, f.Request, today)
		switch {
		case err == nil:
			req = &r
		case backend.ErrorCode(err) != backend.ENOTFOUND:
			return err
		}
		resp, err := backend.CheckPeerResponse(f, req, today)
		if err != nil {
			return err
		}
		answers, _ := json.Marshal(resp.Answers)
		sum := sha256.Sum256(data)
		if _, err := tx.ExecContext(ctx, `INSERT INTO peer_responses (reviewer_id, answers, received, file_sha256) VALUES (?, ?, ?, ?)`,
			resp.ReviewerID, string(answers), resp.Received, hex.EncodeToString(sum[:])); err != nil {
			return fmt.Errorf("add peer response: %w", err)
		}
		for _, v := range r.Reviewers {
			if v.ID == resp.ReviewerID {
				who = v
				who.Status, who.AnsweredOn = backend.ReviewerAnswered, resp.Received
			}
		}
		return nil
	})
	return who, err
}

// PeerResponses returns a request's counted responses, in the order they
// were counted.
func (d *DB) PeerResponses(ctx context.Context, requestID int64) ([]backend.PeerResponse, error) {
	out := []backend.PeerResponse{}
	err := d.read(ctx, func(tx *sql.Tx) (err error) {
		out, err = peerResponses(ctx, tx, requestID)
		return err
	})
	return out, err
}

func peerResponses(ctx context.Context, tx *sql.Tx, requestID int64) ([]backend.PeerResponse, error) {
	out := []backend.PeerResponse{}
	err := each(ctx, tx, `SELECT s.reviewer_id, s.answers, s.received FROM peer_responses s
		JOIN peer_reviewers v ON v.id = s.reviewer_id WHERE v.request_id = ? ORDER BY s.rowid`, requestID,
		func(rows *sql.Rows) error {
			resp := backend.PeerResponse{RequestID: requestID}
			var answers string
			if err := rows.Scan(&resp.ReviewerID, &answers, &resp.Received); err != nil {
				return err
			}
			out = append(out, resp)
			return json.Unmarshal([]byte(answers), &out[len(out)-1].Answers)
		})
	if err != nil {
		return nil, fmt.Errorf("peer responses: %w", err)
	}
	return out, nil
}

// PeerResults returns what the person may see of each of their requests in
// a cycle (backend.ResultsOf), oldest request first.
func (d *DB) PeerResults(ctx context.Context, personID, cycleID int64, today time.Time) ([]backend.PeerResults, error) {
	out := []backend.PeerResults{}
	err := d.read(ctx, func(tx *sql.Tx) error {
		var ids []int64
		err := eachRow(ctx, tx, `SELECT id FROM peer_requests WHERE person_id = ? AND cycle_id = ? ORDER BY id`, []any{personID, cycleID},
			func(rows *sql.Rows) error {
				var id int64
				err := rows.Scan(&id)
				ids = append(ids, id)
				return err
			})
		if err != nil {
			return fmt.Errorf("peer results: %w", err)
		}
		for _, id := range ids {
			r, err := findPeerRequest(ctx, tx, `r.id = ?`, id, today)
			if err != nil {
				return err
			}
			resp, err := peerResponses(ctx, tx, id)
			if err != nil {
				return err
			}
			out = append(out, backend.ResultsOf(r, resp))
		}
		return nil
	})
	return out, err
}

// DeletePeerRequest removes a request with its reviewers and responses.
// Returns ENOTFOUND.
func (d *DB) DeletePeerRequest(ctx context.Context, id int64) error {
	return d.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `DELETE FROM peer_requests WHERE id = ?`, id)
		if err != nil {
			return fmt.Errorf("delete peer request: %w", err)
		}
		if k, _ := res.RowsAffected(); k == 0 {
			return backend.Errorf(backend.ENOTFOUND, "That feedback request no longer exists.")
		}
		return nil
	})
}
