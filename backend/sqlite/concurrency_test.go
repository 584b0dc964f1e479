package sqlite_test

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"accountdesk/backend"
)

// TestConcurrentEditors: two handles on one workspace (two windows, or the
// desktop app and the browser mode) with many readers and writers for a
// bounded time: never "database is locked", and no update is lost — a stale
// save is a conflict, retried after reading again.
func TestConcurrentEditors(t *testing.T) {
	ctx := context.Background()
	a := MustOpenDB(t)
	b := MustOpenDBAt(t, a.Path())
	acct := mustCreateAccount(t, a, backend.Account{Name: "Shared"})

	var increments, conflicts atomic.Int64
	var wg sync.WaitGroup
	deadline := time.Now().Add(800 * time.Millisecond)
	fail := make(chan error, 64)
	for w := range 6 {
		db := a
		if w%2 == 1 {
			db = b
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; time.Now().Before(deadline); i++ {
				// Read-modify-write of one account: the counter is the retainer hours.
				for {
					cur, err := db.Account(ctx, acct.ID)
					if err != nil {
						fail <- err
						return
					}
					cur.RetainerHoursPerMonth++
					if _, err = db.UpdateAccount(ctx, cur); err == nil {
						increments.Add(1)
						break
					} else if backend.ErrorCode(err) == backend.ECONFLICT {
						conflicts.Add(1)
						continue
					} else {
						fail <- fmt.Errorf("update: %w", err)
						return
					}
				}
				if _, err := db.CreateAccount(ctx, backend.Account{Name: fmt.Sprintf("w%d-%d", w, i)}); err != nil {
					fail <- fmt.Errorf("create: %w", err)
					return
				}
			}
		}()
	}
	for r := range 6 {
		db := a
		if r%2 == 1 {
			db = b
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			for time.Now().Before(deadline) {
				if _, err := db.ListAccounts(ctx, backend.AccountFilter{}, today); err != nil {
					fail <- fmt.Errorf("list: %w", err)
					return
				}
				if _, err := db.Portfolio(ctx, today); err != nil {
					fail <- fmt.Errorf("dashboard: %w", err)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(fail)
	for err := range fail {
		t.Fatal(err) // "database is locked" would land here
	}
	final, _ := b.Account(ctx, acct.ID)
	if int64(final.RetainerHoursPerMonth) != increments.Load() {
		t.Fatalf("counter = %v after %d successful increments: an update was lost", final.RetainerHoursPerMonth, increments.Load())
	}
	if increments.Load() < 20 {
		t.Fatalf("only %d increments: the test did not exercise contention", increments.Load())
	}
	t.Logf("%d increments, %d conflicts retried", increments.Load(), conflicts.Load())
}
