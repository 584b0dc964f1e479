package app

import (
	"context"
	"testing"
	"time"
)

// fakeWindow drives a closeGuard the way Wails does: every close calls
// beforeClose, and quit closes again.
type fakeWindow struct {
	g       *closeGuard
	asked   chan struct{}
	answer  chan flushReport // nil report with ok=false: no answer
	confirm chan bool
	closed  chan struct{}
	warned  []string
}

func newFakeWindow() *fakeWindow {
	w := &fakeWindow{asked: make(chan struct{}, 4), answer: make(chan flushReport), confirm: make(chan bool, 1), closed: make(chan struct{}, 1)}
	w.g = &closeGuard{
		ask: func(context.Context, time.Duration) (flushReport, bool) {
			w.asked <- struct{}{}
			r, ok := <-w.answer
			return r, ok
		},
		confirm: func(_ context.Context, unsaved []string, answered bool) bool {
			w.warned = append(unsaved, map[bool]string{true: "answered", false: "no answer"}[answered])
			return <-w.confirm
		},
		quit: func(ctx context.Context) {
			if !w.g.beforeClose(ctx) {
				w.closed <- struct{}{}
			}
		},
	}
	return w
}

func TestCloseGuard(t *testing.T) {
	ctx := context.Background()

	t.Run("OK the window closes once the front end has saved everything", func(t *testing.T) {
		w := newFakeWindow()
		if !w.g.beforeClose(ctx) {
			t.Fatal("the first close must wait for the front end")
		}
		<-w.asked
		w.answer <- flushReport{}
		<-w.closed
		if w.warned != nil {
			t.Fatalf("warned with nothing unsaved: %v", w.warned)
		}
	})

	t.Run("OK a second close while asking does not ask again", func(t *testing.T) {
		w := newFakeWindow()
		w.g.beforeClose(ctx)
		<-w.asked
		if !w.g.beforeClose(ctx) {
			t.Fatal("a close while asking must be held back too")
		}
		w.answer <- flushReport{}
		<-w.closed
		if len(w.asked) != 0 {
			t.Fatal("asked the front end twice")
		}
	})

	t.Run("ErrUnsaved keeps the window open when the user keeps working", func(t *testing.T) {
		w := newFakeWindow()
		w.g.beforeClose(ctx)
		<-w.asked
		w.confirm <- false
		w.answer <- flushReport{Unsaved: []string{"Plan FY2027"}}
		// The guard is ready for the next close, which asks again.
		for w.g.asking.Load() {
			time.Sleep(time.Millisecond)
		}
		if w.g.closing.Load() || len(w.closed) != 0 {
			t.Fatal("the window closed although the user chose to keep working")
		}
		if len(w.warned) != 2 || w.warned[0] != "Plan FY2027" || w.warned[1] != "answered" {
			t.Fatalf("warning named %v", w.warned)
		}
		w.g.beforeClose(ctx)
		<-w.asked
		w.answer <- flushReport{}
		<-w.closed
	})

	t.Run("ErrUnsaved closes when the user quits anyway", func(t *testing.T) {
		w := newFakeWindow()
		w.g.beforeClose(ctx)
		<-w.asked
		w.confirm <- true
		w.answer <- flushReport{Unsaved: []string{"Ana’s appraisal"}}
		<-w.closed
	})

	t.Run("ErrNoAnswer warns before closing", func(t *testing.T) {
		w := newFakeWindow()
		w.g.beforeClose(ctx)
		<-w.asked
		w.confirm <- true
		close(w.answer)
		<-w.closed
		if len(w.warned) != 1 || w.warned[0] != "no answer" {
			t.Fatalf("warning = %v, want the no-answer one", w.warned)
		}
	})
}
