package app

import (
	"context"
	"encoding/json"
	"strings"
	"sync/atomic"
	"time"

	"github.com/wailsapp/wails/v2/pkg/runtime"
)

// The events the window and its front end use to save before closing; the
// front end's lib/save-registry.ts answers flushEvent with flushedEvent.
const (
	flushEvent   = "accountdesk:flush"
	flushedEvent = "accountdesk:flushed"
	// flushWait bounds how long closing waits for the front end's answer.
	flushWait = 6 * time.Second
)

// flushReport is the front end's answer: what it could not save.
type flushReport struct {
	Unsaved []string `json:"unsaved"`
}

// closeGuard keeps the window open until the front end has saved what was
// typed last. The first close asks the front end and is held back; once it
// answers that all is saved (or the user chooses to quit anyway) the window
// is closed again, and that close goes through. Nothing here blocks the
// window's own thread: on some platforms OnBeforeClose runs on it.
type closeGuard struct {
	ask     func(ctx context.Context, wait time.Duration) (flushReport, bool)
	confirm func(ctx context.Context, unsaved []string, answered bool) bool
	quit    func(ctx context.Context)
	wait    time.Duration

	closing atomic.Bool // the next close goes through
	asking  atomic.Bool
}

// beforeClose reports whether the close is to be held back.
func (g *closeGuard) beforeClose(ctx context.Context) bool {
	if g.closing.Load() {
		return false
	}
	if !g.asking.CompareAndSwap(false, true) {
		return true // already asking: the answer will close the window
	}
	go func() {
		defer g.asking.Store(false)
		report, answered := g.ask(ctx, g.wait)
		if (!answered || len(report.Unsaved) > 0) && !g.confirm(ctx, report.Unsaved, answered) {
			return
		}
		g.closing.Store(true)
		g.quit(ctx)
	}()
	return true
}

// askFrontEnd asks the front end to save everything pending and waits at
// most wait for its answer.
func askFrontEnd(ctx context.Context, wait time.Duration) (flushReport, bool) {
	got := make(chan flushReport, 1)
	cancel := runtime.EventsOnce(ctx, flushedEvent, func(data ...any) {
		var r flushReport
		if len(data) > 0 {
			raw, _ := json.Marshal(data[0])
			_ = json.Unmarshal(raw, &r)
		}
		select {
		case got <- r:
		default:
		}
	})
	defer cancel()
	runtime.EventsEmit(ctx, flushEvent)
	timer := time.NewTimer(wait)
	defer timer.Stop()
	select {
	case r := <-got:
		return r, true
	case <-timer.C:
		return flushReport{}, false
	}
}

// confirmQuit warns that something could not be saved and asks whether to
// quit anyway; keeping the window open is the default.
func confirmQuit(ctx context.Context, unsaved []string, answered bool) bool {
	msg := "AccountDesk could not confirm that your last changes were saved. If you quit now they may be lost."
	if answered {
		msg = "These changes could not be saved: " + strings.Join(unsaved, ", ") + ". If you quit now they will be lost."
	}
	answer, err := runtime.MessageDialog(ctx, runtime.MessageDialogOptions{
		Type:          runtime.QuestionDialog,
		Title:         "Quit without saving?",
		Message:       msg,
		Buttons:       []string{"Quit anyway", "Keep working"},
		DefaultButton: "Keep working", CancelButton: "Keep working",
	})
	return err == nil && (answer == "Quit anyway" || answer == "Yes")
}
