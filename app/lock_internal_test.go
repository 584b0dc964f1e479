package app

import (
	"context"
	"testing"
	"time"

	"accountdesk/backend"
	"accountdesk/backend/sqlite/sqlitetest"
	"accountdesk/backend/vault"
)

// The Appraisals section locks itself again after lockIdle without use, and
// each use keeps it open for another period.
func TestAppraisalsLockIdle(t *testing.T) {
	ctx := context.Background()
	db := sqlitetest.Empty(t)
	sealed, err := vault.Seal("correct horse battery", 10)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.SetVault(ctx, sealed); err != nil {
		t.Fatal(err)
	}
	clock := time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC)
	l := &appraisalsLock{now: func() time.Time { return clock }}
	id, err := sealed.Open("correct horse battery")
	if err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		advance time.Duration
		open    bool
	}{
		{0, true},
		{lockIdle - time.Second, true}, // used just in time: open for another period
		{lockIdle - time.Second, true},
		{lockIdle + time.Second, false}, // idle too long
		{0, false},                      // stays locked
	}
	l.open(id)
	for i, s := range steps {
		clock = clock.Add(s.advance)
		err := l.guard(ctx, db)
		if (err == nil) != s.open {
			t.Fatalf("step %d: guard = %v, want open=%v", i, err, s.open)
		}
		if err != nil && (backend.ErrorCode(err) != backend.ELOCKED || backend.ErrorField(err) != "passphrase") {
			t.Fatalf("step %d: err = %v", i, err)
		}
	}
	if l.key().Identity != nil {
		t.Fatal("a locked section still hands out the key")
	}
}
