package app

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"sync"
	"sync/atomic"

	"accountdesk/backend"
	"accountdesk/backend/tabular"
)

// The import screen sends the chosen file's bytes to Go in pieces (the same
// way in the window and the browser, whose calls are capped at 8 MB), and
// the file is kept in memory for this session under a token until it is
// imported or discarded. Previews and imports run in the background; the
// screen polls their progress and may cancel them, which changes nothing.

// maxImportBytes bounds one file: a year of an agency's time entries is a
// few megabytes.
const maxImportBytes = 64 << 20

// keepStaged is how many chosen files are kept at once; choosing more
// forgets the oldest.
const keepStaged = 4

// keepImportJobs is how many finished previews and imports are remembered.
const keepImportJobs = 10

type stagedFile struct {
	token string
	name  string
	size  int64
	data  []byte
	rows  int // data rows, counted when the file was opened
}

// complete reports whether every byte announced has arrived.
func (f *stagedFile) complete() bool { return int64(len(f.data)) == f.size }

// open reads the staged bytes as a table.
func (f *stagedFile) open() (*tabular.Table, error) {
	t, err := tabular.OpenReader(f.name, bytes.NewReader(f.data), f.size, tabular.Options{})
	if err != nil {
		return nil, stagedProblem(f.name, err)
	}
	return t, nil
}

func (f *stagedFile) sha256() string {
	sum := sha256.Sum256(f.data)
	return hex.EncodeToString(sum[:])
}

// stagedProblem says in words why a chosen file cannot be read.
func stagedProblem(name string, err error) error {
	if backend.ErrorCode(err) != backend.EINTERNAL {
		return backend.Invalid("file", "%s: %s", name, backend.ErrorMessage(err))
	}
	return backend.Errorf(backend.EUNAVAILABLE, "%s cannot be read.", name)
}

// stagedFiles are the files chosen in this session, oldest first.
type stagedFiles struct {
	mu    sync.Mutex
	files []*stagedFile
}

func (s *stagedFiles) add(name string, size int64) (string, error) {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	// Room for the announced size, up to one call's worth: what arrives grows it.
	f := &stagedFile{token: hex.EncodeToString(b), name: name, size: size, data: make([]byte, 0, min(size, 8<<20))}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.files = append(s.files, f)
	if len(s.files) > keepStaged {
		s.files = s.files[len(s.files)-keepStaged:]
	}
	return f.token, nil
}

// with runs fn on the staged file under the lock; ENOTFOUND when the token
// is unknown (the file was imported, discarded or forgotten).
func (s *stagedFiles) with(token string, fn func(f *stagedFile) error) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, f := range s.files {
		if f.token == token {
			return fn(f)
		}
	}
	return backend.Errorf(backend.ENOTFOUND, "That file is no longer open for import; choose it again.")
}

// get returns a complete staged file. Its bytes never change once complete,
// so they are read without the lock.
func (s *stagedFiles) get(token string) (*stagedFile, error) {
	var out *stagedFile
	err := s.with(token, func(f *stagedFile) error {
		if !f.complete() {
			return backend.Errorf(backend.ECONFLICT, "%s has not arrived completely; choose it again.", f.name)
		}
		out = f
		return nil
	})
	return out, err
}

func (s *stagedFiles) remove(token string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, f := range s.files {
		if f.token == token {
			s.files = append(s.files[:i], s.files[i+1:]...)
			return
		}
	}
}

// ImportProgress is one preview's or import's state for the progress bar.
type ImportProgress struct {
	ID     int64                 `json:"id"`
	DryRun bool                  `json:"dryRun"` // a preview: nothing is changed
	State  string                `json:"state"`  // running, done, failed, cancelled
	Done   int                   `json:"done"`   // rows read so far
	Total  int                   `json:"total"`  // rows in the file
	Result *backend.ImportResult `json:"result,omitempty"`
	Error  *backend.Error        `json:"error,omitempty"`
}

type importJob struct {
	cancel context.CancelFunc
	read   *atomic.Int64
	p      ImportProgress
}

// importJobs are this session's previews and imports, newest last.
type importJobs struct {
	mu   sync.Mutex
	next int64
	jobs []*importJob
}

func (j *importJobs) add(cancel context.CancelFunc, total int, dryRun bool) (int64, *atomic.Int64) {
	j.mu.Lock()
	defer j.mu.Unlock()
	j.next++
	read := &atomic.Int64{}
	j.jobs = append(j.jobs, &importJob{cancel: cancel, read: read,
		p: ImportProgress{ID: j.next, DryRun: dryRun, State: "running", Total: total}})
	if len(j.jobs) > keepImportJobs {
		j.jobs = j.jobs[len(j.jobs)-keepImportJobs:]
	}
	return j.next, read
}

func (j *importJobs) finish(id int64, res *backend.ImportResult, err error, cancelled bool) {
	j.mu.Lock()
	defer j.mu.Unlock()
	for _, job := range j.jobs {
		if job.p.ID != id {
			continue
		}
		switch {
		case err == nil:
			job.p.State, job.p.Result = "done", res
		case cancelled:
			job.p.State, job.p.Error = "cancelled", backend.Public(err)
		default:
			job.p.State, job.p.Error = "failed", backend.Public(err)
		}
	}
}

func (j *importJobs) get(id int64) (ImportProgress, context.CancelFunc, bool) {
	j.mu.Lock()
	defer j.mu.Unlock()
	for _, job := range j.jobs {
		if job.p.ID == id {
			p := job.p
			if p.State == "running" {
				p.Done = min(int(job.read.Load()), p.Total)
			} else if p.State == "done" {
				p.Done = p.Total
			}
			return p, job.cancel, true
		}
	}
	return ImportProgress{}, nil, false
}

// countedRows counts the rows an import has read, for its progress bar.
type countedRows struct {
	rows backend.ImportRows
	read *atomic.Int64
}

func (c countedRows) Next() (backend.ImportRow, error) {
	row, err := c.rows.Next()
	if err == nil {
		c.read.Add(1)
	}
	return row, err
}

// countRows reads a table to its end: how many data rows it has, or why it
// cannot be read.
func countRows(t *tabular.Table) (int, error) {
	n := 0
	for {
		_, err := t.Next()
		if errors.Is(err, io.EOF) {
			return n, nil
		}
		if err != nil {
			return n, err
		}
		n++
	}
}
