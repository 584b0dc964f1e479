package app

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"accountdesk/backend"
	"accountdesk/backend/export"
)

// PeerFeedbackAPI asks reviewers for feedback about a person without a
// server: it writes a form per reviewer, and counts the response files they
// send back. As confidential as appraisals: every method waits behind the
// appraisals passphrase, and no answer is ever logged.
type PeerFeedbackAPI struct {
	base
	lock *appraisalsLock
}

func peerLocked[T any](a *PeerFeedbackAPI, f func(ctx context.Context) (T, error)) (T, error) {
	ctx := a.ctx()
	if err := a.lock.guard(ctx, a.db); err != nil {
		var zero T
		return zero, err
	}
	return f(ctx)
}

// PeerSent is where a request's forms went and the email text for each
// reviewer.
type PeerSent struct {
	Where   string              `json:"where"`
	Files   []string            `json:"files"`
	Emails  []backend.PeerEmail `json:"emails"`
	Request backend.PeerRequest `json:"request"`
}

// DefaultQuestions are a cycle's competencies as rating questions, what a
// new request asks unless the director changes it. Returns ENOTFOUND.
func (a *PeerFeedbackAPI) DefaultQuestions(cycleID int64) ([]backend.PeerQuestion, error) {
	return peerLocked(a, func(ctx context.Context) ([]backend.PeerQuestion, error) {
		cycles, err := a.db.Cycles(ctx)
		if err != nil {
			return nil, err
		}
		i := slices.IndexFunc(cycles, func(c backend.Cycle) bool { return c.ID == cycleID })
		if i < 0 {
			return nil, backend.Errorf(backend.ENOTFOUND, "That review cycle no longer exists.")
		}
		return backend.DefaultPeerQuestions(cycles[i].Competencies), nil
	})
}

// Requests lists a person's feedback requests, newest first, with where
// each reviewer stands.
func (a *PeerFeedbackAPI) Requests(personID int64) ([]backend.PeerRequest, error) {
	return peerLocked(a, func(ctx context.Context) ([]backend.PeerRequest, error) {
		return a.db.PeerRequests(ctx, personID, today())
	})
}

// Ask saves a request and writes its forms, one per reviewer, to the target
// (a folder or a WebDAV share), all of them or none. Returns EINVALID,
// ENOTFOUND, EUNAVAILABLE (the share). A request whose forms could not be
// written is not kept.
func (a *PeerFeedbackAPI) Ask(r backend.PeerRequest, target ExportTarget) (PeerSent, error) {
	return peerLocked(a, func(ctx context.Context) (PeerSent, error) {
		dest, err := target.open(nil)
		if err != nil {
			return PeerSent{}, err
		}
		if dir, ok := dest.(export.Folder); ok {
			if st, err := os.Stat(string(dir)); err != nil || !st.IsDir() {
				return PeerSent{}, backend.Invalid("destination", "That folder does not exist.")
			}
		}
		req, err := a.db.CreatePeerRequest(ctx, r, time.Now())
		if err != nil {
			return PeerSent{}, err
		}
		sent, err := a.send(ctx, req, dest)
		if err != nil {
			_ = a.db.DeletePeerRequest(ctx, req.ID)
			return PeerSent{}, err
		}
		return sent, nil
	})
}

// Resend writes a request's forms again (the same secrets), for a share
// that lost them. Returns ENOTFOUND, EUNAVAILABLE.
func (a *PeerFeedbackAPI) Resend(id int64, target ExportTarget) (PeerSent, error) {
	return peerLocked(a, func(ctx context.Context) (PeerSent, error) {
		dest, err := target.open(nil)
		if err != nil {
			return PeerSent{}, err
		}
		req, err := a.db.PeerRequest(ctx, id, today())
		if err != nil {
			return PeerSent{}, err
		}
		return a.send(ctx, req, dest)
	})
}

func (a *PeerFeedbackAPI) send(ctx context.Context, req backend.PeerRequest, dest export.Destination) (PeerSent, error) {
	settings, err := a.db.Settings(ctx)
	if err != nil {
		return PeerSent{}, err
	}
	files, emails, err := export.PeerForms(req, settings.DirectorName)
	if err != nil {
		return PeerSent{}, err
	}
	if _, err := export.Write(ctx, dest, files, export.WriteOptions{}); err != nil {
		return PeerSent{}, err
	}
	names := map[int64]string{}
	out := PeerSent{Where: dest.String(), Emails: emails, Files: []string{}}
	for i, f := range files {
		names[emails[i].ReviewerID] = f.Name
		out.Files = append(out.Files, f.Name)
	}
	if err := a.db.MarkPeerSent(ctx, req.ID, dest.String(), names); err != nil {
		return PeerSent{}, err
	}
	if out.Request, err = a.db.PeerRequest(ctx, req.ID, today()); err != nil {
		return PeerSent{}, err
	}
	return out, nil
}

// Emails returns the email text for each reviewer of a request again.
// Returns ENOTFOUND.
func (a *PeerFeedbackAPI) Emails(id int64) ([]backend.PeerEmail, error) {
	return peerLocked(a, func(ctx context.Context) ([]backend.PeerEmail, error) {
		req, err := a.db.PeerRequest(ctx, id, today())
		if err != nil {
			return nil, err
		}
		settings, err := a.db.Settings(ctx)
		if err != nil {
			return nil, err
		}
		_, emails, err := export.PeerForms(req, settings.DirectorName)
		return emails, err
	})
}

// Collect checks each response file dropped or chosen and counts it, or
// says in plain words why not; each file on its own, so one refused file
// keeps no other out and changes nothing.
func (a *PeerFeedbackAPI) Collect(files []backend.PeerFile) ([]backend.PeerCollected, error) {
	return peerLocked(a, func(ctx context.Context) ([]backend.PeerCollected, error) {
		return backend.CollectPeerResponses(ctx, a.db, files, today())
	})
}

// CollectFolder reads every response file (.json) in a folder on this
// computer and collects them as Collect does. A file over 1 MB is refused
// without being read. Returns EINVALID (folder).
func (a *PeerFeedbackAPI) CollectFolder(folder string) ([]backend.PeerCollected, error) {
	return peerLocked(a, func(ctx context.Context) ([]backend.PeerCollected, error) {
		folder = strings.TrimSpace(folder)
		if strings.HasPrefix(folder, "http://") || strings.HasPrefix(folder, "https://") {
			return nil, backend.Invalid("folder", "Reading responses works from a folder on this computer (a synced or mounted share too), not a web address.")
		}
		entries, err := os.ReadDir(folder)
		if folder == "" || err != nil {
			return nil, backend.Invalid("folder", "That folder does not exist or cannot be read.")
		}
		var files []backend.PeerFile
		var big []backend.PeerCollected
		for _, e := range entries {
			if e.IsDir() || !strings.EqualFold(filepath.Ext(e.Name()), ".json") || export.IsTempName(e.Name()) {
				continue
			}
			info, err := e.Info()
			if err != nil {
				continue
			}
			if err := backend.PeerFileSize(info.Size()); err != nil {
				big = append(big, backend.PeerCollected{File: e.Name(), Reason: backend.ErrorMessage(err), Code: backend.ErrorField(err)})
				continue
			}
			data, err := os.ReadFile(filepath.Join(folder, e.Name()))
			if err != nil {
				return nil, fmt.Errorf("read response %s: %w", e.Name(), err)
			}
			files = append(files, backend.PeerFile{Name: e.Name(), Text: string(data)})
		}
		out, err := backend.CollectPeerResponses(ctx, a.db, files, today())
		return append(out, big...), err
	})
}

// Results returns, for each of a person's requests in a cycle, what the
// person may see of the answers: anonymous answers only as averages and
// unnamed comments, and only once three reviewers answered.
func (a *PeerFeedbackAPI) Results(personID, cycleID int64) ([]backend.PeerResults, error) {
	return peerLocked(a, func(ctx context.Context) ([]backend.PeerResults, error) {
		return a.db.PeerResults(ctx, personID, cycleID, today())
	})
}

// Delete removes a request with its responses. Returns ENOTFOUND.
func (a *PeerFeedbackAPI) Delete(id int64) error {
	_, err := peerLocked(a, func(ctx context.Context) (struct{}, error) { return struct{}{}, a.db.DeletePeerRequest(ctx, id) })
	return err
}
