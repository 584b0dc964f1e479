package sqlite_test

import (
	"bufio"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"accountdesk/backend"
	"accountdesk/backend/sqlite"
)

const crashEnv = "ACCOUNTDESK_CRASH_CHILD"

// TestMain lets this test binary also act as the child of TestCrashSafety.
func TestMain(m *testing.M) {
	if path := os.Getenv(crashEnv); path != "" {
		crashChild(path, os.Getenv(crashEnv+"_ROUND"))
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// crashChild writes as fast as it can across accounts, figures, stakeholders
// and plans, and acknowledges each write on stdout only after it committed.
func crashChild(path, round string) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		fmt.Println("error", err)
		return
	}
	out := bufio.NewWriter(os.Stdout)
	for i := 0; ; i++ {
		name := fmt.Sprintf("crash-%s-%05d", round, i)
		a, err := db.CreateAccount(ctx, backend.Account{Name: name})
		if err != nil {
			fmt.Fprintln(out, "error", err)
			out.Flush()
			return
		}
		switch i % 3 {
		case 0:
			err = db.SaveMonths(ctx, a.ID, []backend.MonthFigures{{Month: "2026-10", RevenueMinor: int64(i)}, {Month: "2026-11", RevenueMinor: int64(i)}})
		case 1:
			_, err = db.SaveStakeholder(ctx, backend.Stakeholder{AccountID: a.ID, Name: "Person " + name})
		case 2:
			var p backend.Plan
			if p, err = db.CreatePlan(ctx, a.ID, "FY2027"); err == nil {
				p.Objectives = []backend.Objective{{Title: "Objective " + name}}
				_, err = db.SavePlan(ctx, p)
			}
		}
		if err != nil {
			fmt.Fprintln(out, "error", err)
			out.Flush()
			return
		}
		fmt.Fprintln(out, "ack", name)
		out.Flush()
	}
}

// TestCrashSafety kills a writing process at random moments: every write it
// acknowledged must be there afterwards, and the workspace must pass check.
func TestCrashSafety(t *testing.T) {
	if testing.Short() {
		t.Skip("kills child processes")
	}
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "workspace.db")
	seed := time.Now().UnixNano()
	rng := rand.New(rand.NewPCG(uint64(seed), 7))
	t.Logf("seed %d", seed)
	total := 0
	for round := 0; round < 5 || total < 1000; round++ {
		if round > 20 {
			t.Fatalf("only %d acknowledged writes after %d rounds", total, round)
		}
		cmd := exec.Command(os.Args[0], "-test.run", "^$")
		cmd.Env = append(os.Environ(), crashEnv+"="+path, fmt.Sprintf("%s_ROUND=%d", crashEnv, round))
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		acked := make(chan string, 100000)
		done := make(chan struct{})
		go func() {
			defer close(done)
			sc := bufio.NewScanner(stdout)
			for sc.Scan() {
				line := sc.Text()
				if name, ok := strings.CutPrefix(line, "ack "); ok {
					acked <- name
				} else if strings.HasPrefix(line, "error") {
					t.Errorf("child: %s", line)
				}
			}
		}()
		time.Sleep(time.Duration(150+rng.IntN(350)) * time.Millisecond)
		_ = cmd.Process.Signal(syscall.SIGKILL)
		_ = cmd.Wait()
		<-done
		close(acked)

		db, err := sqlite.Open(ctx, path)
		if err != nil {
			t.Fatalf("round %d: the workspace does not open after a kill: %v", round, err)
		}
		report, err := db.Check(ctx)
		if err != nil || !report.OK() {
			t.Fatalf("round %d: check after a kill: %+v %v", round, report, err)
		}
		have := map[string]int64{}
		list, err := db.ListAccounts(ctx, backend.AccountFilter{Search: fmt.Sprintf("crash-%d-", round)}, today)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range list {
			have[a.Name] = a.ID
		}
		n := 0
		for name := range acked {
			n++
			id, ok := have[name]
			if !ok {
				t.Fatalf("round %d: %s was acknowledged but is missing after the kill", round, name)
			}
			if err := checkCrashWrite(ctx, db, id, name); err != nil {
				t.Fatalf("round %d: %s: %v", round, name, err)
			}
		}
		db.Close()
		total += n
		t.Logf("round %d: %d acknowledged writes, all present", round, n)
	}
	t.Logf("%d acknowledged writes over the rounds", total)
}

// checkCrashWrite checks the second half of an acknowledged write is there too.
func checkCrashWrite(ctx context.Context, db *sqlite.DB, id int64, name string) error {
	var i int
	if _, err := fmt.Sscanf(name[strings.LastIndex(name, "-")+1:], "%d", &i); err != nil {
		return err
	}
	switch i % 3 {
	case 0:
		f, err := db.Financials(ctx, id, today)
		if err != nil || len(f.Months) != 2 {
			return fmt.Errorf("monthly figures missing: %v %v", f.Months, err)
		}
	case 1:
		s, err := db.Stakeholders(ctx, id)
		if err != nil || len(s) != 1 {
			return fmt.Errorf("stakeholder missing: %v", err)
		}
	case 2:
		versions, err := db.Plans(ctx, id)
		if err != nil || len(versions) != 1 {
			return fmt.Errorf("plan missing: %v", err)
		}
		p, err := db.Plan(ctx, versions[0].ID)
		if err != nil || len(p.Objectives) != 1 {
			return fmt.Errorf("plan objective missing: %v", err)
		}
	}
	return nil
}
