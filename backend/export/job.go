package export

import (
	"context"
	"errors"
	"strings"
	"time"

	"accountdesk/backend"

	"github.com/rs/zerolog"
)

// Store is what an export run reads and records in the workspace.
type Store interface {
	Source
	backend.ExportRunService
	// SaveExportSnapshots records the plan summaries a run has just written,
	// for "what changed since the last export" in the next one.
	SaveExportSnapshots(ctx context.Context, summaries map[int64][]byte) error
	// ExportLeftovers lists what earlier runs could not remove from a destination.
	ExportLeftovers(ctx context.Context, destination string) ([]string, error)
	// UpdateExportLeftovers forgets the names in gone and remembers those in left.
	UpdateExportLeftovers(ctx context.Context, destination string, gone, left []string) error
}

// Progress hears how a run goes: the files it will write, then each file
// uploaded.
type Progress interface {
	Rendered(names []string)
	Wrote(done, total int, name string)
}

// RunOptions are the optional parts of a run.
type RunOptions struct {
	Now      time.Time // the run's time; zero means now
	Progress Progress  // may be nil
	Log      zerolog.Logger
}

// Run is one export: it removes what earlier failed runs left at the
// destination, renders every file, writes them all or nothing, remembers
// what was written for the next run's "what changed", and records the run
// with its files and anything it could not remove. The recorded run is
// returned with the error, if any.
func Run(ctx context.Context, st Store, dest Destination, req Request, opt RunOptions) (backend.ExportRun, error) {
	now := opt.Now
	if now.IsZero() {
		now = time.Now()
	}
	where := dest.String()
	run := backend.ExportRun{Formats: strings.Join(req.Formats, ","), Destination: where, What: withCalendar(req, describe(ctx, st, req))}
	var files []File
	var written Written
	err := sweep(ctx, st, dest)
	if err == nil {
		files, err = Render(ctx, st, req, now)
	}
	if err == nil {
		if opt.Progress != nil {
			names := make([]string, len(files))
			for i, f := range files {
				names[i] = f.Name
			}
			opt.Progress.Rendered(names)
		}
		var tmps []string
		wo := WriteOptions{Staging: func(t []string) error {
			// Remembered first: if AccountDesk itself stops midway, the
			// next run to this place still removes them.
			tmps = t
			return st.UpdateExportLeftovers(ctx, where, nil, t)
		}}
		if opt.Progress != nil {
			wo.Progress = opt.Progress.Wrote
		}
		written, err = Write(ctx, dest, files, wo)
		var done []string
		for _, f := range written.Files {
			done = append(done, f.Name) // written now: no longer something to remove
		}
		if uerr := st.UpdateExportLeftovers(context.WithoutCancel(ctx), where, append(tmps, done...), written.Left); uerr != nil {
			backend.LogInternal(opt.Log, uerr, "remember export leftovers")
		}
	}
	if err != nil && errors.Is(err, context.Canceled) && backend.ErrorCode(err) == backend.EINTERNAL {
		err = backend.Errorf(backend.EUNAVAILABLE, "The export was cancelled; nothing was left behind.")
	}
	if err == nil {
		summaries := map[int64][]byte{}
		for _, f := range files {
			if f.AccountID != 0 {
				summaries[f.AccountID] = f.Summary
			}
		}
		if serr := st.SaveExportSnapshots(context.WithoutCancel(ctx), summaries); serr != nil {
			backend.LogInternal(opt.Log, serr, "save export snapshots")
		}
	}
	run.OK = err == nil
	if err != nil {
		run.Message = backend.ErrorMessage(err)
		backend.LogInternal(opt.Log, err, "export")
	}
	for _, f := range written.Files {
		run.Files = append(run.Files, backend.ExportRunFile{Name: f.Name, Bytes: f.Bytes, SHA256: f.SHA256})
	}
	run.LeftBehind = written.Left
	recorded, rerr := st.RecordExportRun(context.WithoutCancel(ctx), run)
	if rerr != nil {
		backend.LogInternal(opt.Log, rerr, "record export")
	}
	opt.Log.Info().Bool("ok", run.OK).Int("files", len(run.Files)).Int("left", len(run.LeftBehind)).Msg("export")
	if err != nil {
		return recorded, err
	}
	return recorded, rerr
}

// sweep removes what earlier runs left at dest. When the place still cannot
// be reached, or refuses the login, the run stops here with that error.
func sweep(ctx context.Context, st Store, dest Destination) error {
	left, err := st.ExportLeftovers(ctx, dest.String())
	if err != nil || len(left) == 0 {
		return err
	}
	gone, err := Sweep(ctx, dest, left)
	if uerr := st.UpdateExportLeftovers(context.WithoutCancel(ctx), dest.String(), gone, nil); uerr != nil && err == nil {
		err = uerr
	}
	return err
}

func describe(ctx context.Context, src Source, req Request) string {
	var plans string
	switch {
	case req.Portfolio && !req.WithPlans:
		return "portfolio"
	case len(req.AccountIDs) == 0:
		plans = "all accounts"
	default:
		var names []string
		for _, id := range req.AccountIDs {
			if a, err := src.Account(ctx, id); err == nil {
				names = append(names, a.Name)
			}
		}
		plans = strings.Join(names, ", ")
	}
	if req.Portfolio {
		return "portfolio and " + plans
	}
	return plans
}
