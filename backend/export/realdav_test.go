package export_test

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"accountdesk/backend"
	"accountdesk/backend/demo"
	"accountdesk/backend/export"
	"accountdesk/backend/export/davtest"
	"accountdesk/backend/sqlite"
)

// TestRealServersKilledMidExport: a share that goes away in the middle of
// an export, against Apache mod_dav and rclone's WebDAV server as real
// processes. Nothing is moved into place unless every file was uploaded;
// whatever is left on the share is named in the error and the run history
// (which agree with the share), and removed the next time the share is
// reached.
func TestRealServersKilledMidExport(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	for _, kind := range davtest.Kinds {
		for _, c := range []struct {
			name string
			at   func(r *http.Request, puts *int) davtest.Step
		}{
			{"between upload and move", func(r *http.Request, _ *int) davtest.Step {
				if r.Method == "MOVE" {
					return davtest.KillBefore
				}
				return davtest.Pass
			}},
			{"mid-upload", func(r *http.Request, puts *int) davtest.Step {
				if r.Method == http.MethodPut {
					if *puts++; *puts == 4 {
						return davtest.KillMidBody
					}
				}
				return davtest.Pass
			}},
		} {
			t.Run(kind+"/Err killed "+c.name, func(t *testing.T) {
				srv := davtest.Start(t, kind)
				gate := davtest.NewGate(t, srv)
				db := demoDB(t)
				dest, err := export.NewDestination(gate.URL(), davtest.User, davtest.Password, &http.Client{Timeout: 10 * time.Second})
				if err != nil {
					t.Fatal(err)
				}
				// Last week's export is on the share.
				req := export.Request{Formats: []string{"pdf", "md", "json"}}
				before, err := export.Run(ctx, db, dest, req, export.RunOptions{Now: now})
				if err != nil {
					t.Fatal(err)
				}
				lastWeek := srv.Files()
				if len(lastWeek) != len(before.Files) || len(lastWeek) != 36 {
					t.Fatalf("share holds %d files, the run wrote %d", len(lastWeek), len(before.Files))
				}
				stamp := modTimes(t, srv.Root)

				puts := 0
				gate.Decide(func(r *http.Request) davtest.Step { return c.at(r, &puts) })
				run, err := export.Run(ctx, db, dest, req, export.RunOptions{Now: now.Add(7 * 24 * time.Hour)})
				if err == nil || run.OK {
					t.Fatal("the export must fail when the share goes away")
				}
				msg := backend.ErrorMessage(err)
				if !strings.Contains(msg, "cannot be reached") {
					t.Errorf("message %q does not say the share went away", msg)
				}
				// Last week's files are untouched: nothing was moved into place.
				if changed := changedFiles(t, srv.Root, stamp); len(changed) > 0 {
					t.Errorf("files moved into place although the export failed: %v", changed)
				}
				// What the share holds beyond them is named in the message and the history.
				runs, _ := db.ExportRuns(ctx, 1)
				if runs[0].OK || runs[0].Message != msg || len(runs[0].Files) != 0 {
					t.Errorf("history %+v does not agree with the run", runs[0])
				}
				extra := without(srv.Files(), lastWeek)
				if len(extra) == 0 && c.name == "between upload and move" {
					t.Fatalf("the uploads before the move must still be on the share (its server is gone)")
				}
				for _, n := range extra {
					if !export.IsTempName(n) {
						t.Errorf("%s on the share is not a temporary upload", n)
					}
					if !slices.Contains(runs[0].LeftBehind, n) {
						t.Errorf("%s is on the share but not in the history's left-behind list %v", n, runs[0].LeftBehind)
					}
				}
				if len(runs[0].LeftBehind) > 0 && !strings.Contains(msg, "could not be removed") {
					t.Errorf("message %q does not say what was left", msg)
				}
				if len(runs[0].LeftBehind) <= 5 {
					for _, n := range runs[0].LeftBehind {
						if !strings.Contains(msg, n) {
							t.Errorf("message %q does not name %s", msg, n)
						}
					}
				}

				// The share comes back: the next export removes what was left.
				gate.Revive()
				if _, err := export.Run(ctx, db, dest, req, export.RunOptions{Now: now.Add(8 * 24 * time.Hour)}); err != nil {
					t.Fatal(err)
				}
				after := srv.Files()
				sort.Strings(after)
				sort.Strings(lastWeek)
				if strings.Join(after, ",") != strings.Join(lastWeek, ",") {
					t.Errorf("after the next export the share holds %v, want exactly %v", without(after, lastWeek), lastWeek)
				}
				if left, _ := db.ExportLeftovers(ctx, dest.String()); len(left) != 0 {
					t.Errorf("still remembered as left behind: %v", left)
				}
			})
		}
	}
}

// TestRealServersLogins: a wrong password costs one failed login per run,
// and a refusal says what the server said.
func TestRealServersLogins(t *testing.T) {
	ctx := context.Background()
	for _, kind := range davtest.Kinds {
		t.Run(kind+"/ErrWrongPasswordOneLogin", func(t *testing.T) {
			srv := davtest.Start(t, kind)
			gate := davtest.NewGate(t, srv)
			db := demoDB(t)
			dest, _ := export.NewDestination(gate.URL(), davtest.User, "wrong", nil)
			_, err := export.Run(ctx, db, dest, export.Request{Formats: []string{"md", "json"}}, export.RunOptions{Now: now})
			if !strings.Contains(backend.ErrorMessage(err), "refused the user name or password (401") {
				t.Fatalf("err = %v", err)
			}
			if n := gate.Statuses()[http.StatusUnauthorized]; n != 1 {
				t.Errorf("%d failed logins for one run (requests %v), want 1", n, gate.Methods())
			}
			if files := srv.Files(); len(files) != 0 {
				t.Errorf("share holds %v", files)
			}
		})
	}
	t.Run("apache/Err403SaysWhatTheServerSaid", func(t *testing.T) {
		srv := davtest.Start(t, "apache")
		db := demoDB(t)
		dest, _ := export.NewDestination("http://"+srv.Addr+"/readonly/", davtest.User, davtest.Password, nil)
		_, err := export.Run(ctx, db, dest, export.Request{Portfolio: true, Formats: []string{"json"}}, export.RunOptions{Now: now})
		msg := backend.ErrorMessage(err)
		if strings.Contains(msg, "password") || !strings.Contains(msg, "403 Forbidden") || !strings.Contains(msg, "You don't have permission") {
			t.Fatalf("message = %q", msg)
		}
	})
}

// TestManyDirectorsOneShare: 50 directors' workspaces export their portfolio
// at the same moment (the README's Monday cron job) into one shared folder
// and one WebDAV share of each kind; each exports last week's too. The
// roll-up shows all 50, each with their latest summary, and totals that are
// the sum of theirs.
func TestManyDirectorsOneShare(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	const directors = 50
	dbs := make([]*sqlite.DB, directors)
	var wantAccounts int
	var wantRevenue int64
	// Each its own workspace (a copy of one file would share its id).
	var wg sync.WaitGroup
	for i := range dbs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "workspace.db"))
			if err != nil {
				t.Error(err)
				return
			}
			t.Cleanup(func() { db.Close() })
			db.SetClock(func() time.Time { return now })
			if err := demo.Populate(ctx, db, demo.Options{Accounts: 3, Today: now}); err != nil {
				t.Error(err)
				return
			}
			s, _ := db.Settings(ctx)
			s.DirectorName = fmt.Sprintf("Director %02d", i)
			if i%10 == 0 {
				s.DirectorName = "Alex Kim" // names repeat across an agency; workspaces do not
			}
			if _, err := db.UpdateSettings(ctx, s); err != nil {
				t.Error(err)
			}
			dbs[i] = db
		}()
	}
	wg.Wait()
	if t.Failed() {
		t.FailNow()
	}
	for _, db := range dbs {
		p, err := export.BuildPortfolio(ctx, db, now)
		if err != nil {
			t.Fatal(err)
		}
		wantAccounts += p.Totals.AccountCount
		wantRevenue += p.Totals.RevenueYTDMinor
	}
	places := map[string]func(t *testing.T) (export.Destination, export.Shelf){
		"folder": func(t *testing.T) (export.Destination, export.Shelf) {
			d, _ := export.NewDestination(t.TempDir(), "", "", nil)
			return d, d.(export.Shelf)
		},
	}
	for _, kind := range davtest.Kinds {
		places[kind] = func(t *testing.T) (export.Destination, export.Shelf) {
			srv := davtest.Start(t, kind)
			d, _ := export.NewDestination(srv.URL(), davtest.User, davtest.Password, nil)
			return d, d.(export.Shelf)
		}
	}
	for name, place := range places {
		t.Run("OK "+name, func(t *testing.T) {
			_, shelf := place(t)
			var wg sync.WaitGroup
			errs := make([]error, directors)
			for i, db := range dbs {
				wg.Add(1)
				go func() {
					defer wg.Done()
					d := destFor(t, shelf)
					for _, at := range []time.Time{now.Add(-7 * 24 * time.Hour), now} { // last week's, then this week's
						if _, err := export.Run(ctx, db, d, export.Request{Portfolio: true, Formats: []string{"json", "md"}}, export.RunOptions{Now: at}); err != nil {
							errs[i] = fmt.Errorf("director %d: %w", i, err)
							return
						}
					}
				}()
			}
			wg.Wait()
			for _, err := range errs {
				if err != nil {
					t.Error(backend.ErrorMessage(err), err)
				}
			}
			start := time.Now()
			r, err := export.BuildRollupFrom(ctx, shelf)
			t.Logf("roll-up of %d directors from %s: %v", directors, name, time.Since(start))
			if err != nil {
				t.Fatal(err)
			}
			if len(r.Directors) != directors || len(r.Skipped) != 0 {
				t.Fatalf("roll-up shows %d directors (skipped %v), want %d", len(r.Directors), r.Skipped, directors)
			}
			for _, d := range r.Directors {
				if !strings.HasSuffix(d.File, now.Format(time.DateOnly)+".json") {
					t.Errorf("%s: %s is not their latest summary", d.Director, d.File)
				}
			}
			if len(r.Totals) != 1 || r.Totals[0].Directors != directors || r.Totals[0].Accounts != wantAccounts || r.Totals[0].RevenueYTDMinor != wantRevenue {
				t.Errorf("totals %+v, want %d directors, %d accounts, revenue %d", r.Totals, directors, wantAccounts, wantRevenue)
			}
		})
	}
}

// destFor opens a second handle on the same place, as each director's own
// AccountDesk would.
func destFor(t *testing.T, shelf export.Shelf) export.Destination {
	where := shelf.String()
	user, pass := "", ""
	if strings.HasPrefix(where, "http") {
		user, pass = davtest.User, davtest.Password
	}
	d, err := export.NewDestination(where, user, pass, nil)
	if err != nil {
		t.Error(err)
	}
	return d
}

func modTimes(t *testing.T, dir string) map[string]time.Time {
	t.Helper()
	out := map[string]time.Time{}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if info, err := e.Info(); err == nil {
			out[e.Name()] = info.ModTime()
		}
	}
	return out
}

// changedFiles lists the files of before whose content was replaced or removed.
func changedFiles(t *testing.T, dir string, before map[string]time.Time) []string {
	t.Helper()
	now := modTimes(t, dir)
	var out []string
	for n, at := range before {
		if got, ok := now[n]; !ok || !got.Equal(at) {
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return out
}

func without(list, drop []string) []string {
	var out []string
	for _, x := range list {
		if !slices.Contains(drop, x) {
			out = append(out, x)
		}
	}
	return out
}
