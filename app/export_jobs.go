package app

import (
	"context"
	"errors"
	"sync"

	"accountdesk/backend"
	"accountdesk/backend/export"
)

// An export started from the Exports screen runs in the background; the
// screen polls its progress (the same way in the window and the browser) and
// may cancel it. A cancelled or failed export leaves no file behind.

// ExportProgress is one export's state for the progress bar.
type ExportProgress struct {
	ID    int64              `json:"id"`
	State string             `json:"state"` // preparing, writing, done, failed, cancelled
	Done  int                `json:"done"`  // files written
	Total int                `json:"total"` // files to write; 0 while preparing
	Files []ExportFileStatus `json:"files"`
	Run   *backend.ExportRun `json:"run,omitempty"`   // when finished (done, failed, cancelled)
	Error *backend.Error     `json:"error,omitempty"` // when failed or cancelled
}

// ExportFileStatus is one file of an export: waiting, written, or removed
// again (when the export failed or was cancelled after writing it).
type ExportFileStatus struct {
	Name   string `json:"name"`
	Status string `json:"status"`
}

type exportJob struct {
	cancel context.CancelFunc
	p      ExportProgress
}

// exportJobs are this process's background exports, newest last.
type exportJobs struct {
	mu   sync.Mutex
	next int64
	jobs []*exportJob
}

const keepExportJobs = 20

func (j *exportJobs) add(cancel context.CancelFunc) int64 {
	j.mu.Lock()
	defer j.mu.Unlock()
	j.next++
	j.jobs = append(j.jobs, &exportJob{cancel: cancel, p: ExportProgress{ID: j.next, State: "preparing", Files: []ExportFileStatus{}}})
	if len(j.jobs) > keepExportJobs {
		j.jobs = j.jobs[len(j.jobs)-keepExportJobs:]
	}
	return j.next
}

func (j *exportJobs) update(id int64, f func(p *ExportProgress)) {
	j.mu.Lock()
	defer j.mu.Unlock()
	for _, job := range j.jobs {
		if job.p.ID == id {
			f(&job.p)
		}
	}
}

func (j *exportJobs) get(id int64) (ExportProgress, context.CancelFunc, bool) {
	j.mu.Lock()
	defer j.mu.Unlock()
	for _, job := range j.jobs {
		if job.p.ID == id {
			p := job.p
			p.Files = append([]ExportFileStatus{}, job.p.Files...) // never null in JSON
			return p, job.cancel, true
		}
	}
	return ExportProgress{}, nil, false
}

// jobProgress adapts runExport's callbacks to a job.
type jobProgress struct {
	jobs *exportJobs
	id   int64
}

func (p jobProgress) Rendered(names []string) {
	p.jobs.update(p.id, func(x *ExportProgress) {
		x.State, x.Total = "writing", len(names)
		for _, n := range names {
			x.Files = append(x.Files, ExportFileStatus{Name: n, Status: "waiting"})
		}
	})
}

func (p jobProgress) Wrote(done, _ int, name string) {
	p.jobs.update(p.id, func(x *ExportProgress) {
		x.Done = done
		for i := range x.Files {
			if x.Files[i].Name == name {
				x.Files[i].Status = "written"
			}
		}
	})
}

// Start begins an export in the background and returns its progress; poll
// Progress with its id, and Cancel to stop it.
func (a *ExportsAPI) Start(target ExportTarget, req export.Request) (ExportProgress, error) {
	dest, err := a.exportTo(target, req)
	if err != nil {
		return ExportProgress{}, err
	}
	if err := export.Validate(&req); err != nil {
		return ExportProgress{}, err
	}
	ctx, cancel := context.WithCancel(a.ctx())
	id := a.jobs.add(cancel)
	go func() {
		defer cancel()
		run, err := runExport(ctx, a.session, dest, req, jobProgress{jobs: a.jobs, id: id})
		a.jobs.update(id, func(x *ExportProgress) {
			x.Run = &run
			switch {
			case err == nil:
				x.State = "done"
			case errors.Is(ctx.Err(), context.Canceled):
				x.State, x.Error = "cancelled", backend.Public(err)
			default:
				x.State, x.Error = "failed", backend.Public(err)
			}
			if err != nil { // Write removed what it had written, or says what is left
				x.Done = 0
				for i := range x.Files {
					switch {
					case leftBehind(run.LeftBehind, x.Files[i].Name):
						x.Files[i].Status = "left"
					case x.Files[i].Status == "written":
						x.Files[i].Status = "removed"
					}
				}
			}
		})
	}()
	p, _, _ := a.jobs.get(id)
	return p, nil
}

// Progress returns an export's progress.
func (a *ExportsAPI) Progress(id int64) (ExportProgress, error) {
	p, _, ok := a.jobs.get(id)
	if !ok {
		return ExportProgress{}, backend.Errorf(backend.ENOTFOUND, "That export is no longer known; see the export history.")
	}
	return p, nil
}

// Cancel stops a running export; what it had written is removed.
func (a *ExportsAPI) Cancel(id int64) (ExportProgress, error) {
	p, cancel, ok := a.jobs.get(id)
	if !ok {
		return ExportProgress{}, backend.Errorf(backend.ENOTFOUND, "That export is no longer known; see the export history.")
	}
	cancel()
	return p, nil
}

// leftBehind reports whether a failed run left the file, or its temporary
// upload, at the destination.
func leftBehind(left []string, name string) bool {
	for _, l := range left {
		if l == name || export.FinalName(l) == name {
			return true
		}
	}
	return false
}
