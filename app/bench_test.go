package app

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"accountdesk/backend/sqlite/sqlitetest"
)

// BenchmarkUIReads measures every read the screens make on a generated
// 5 000-account workspace, three ways, each as p50 and p95 of single calls:
//
//   - sqlite: the data the screen needs, fetched by hand-written SQL on a
//     plain database/sql connection (rows scanned, nothing else);
//   - inproc: the bound method called the way the desktop window calls it
//     (method table, JSON arguments in, result encoded to JSON);
//   - http:   the same call through the HTTP mode (token, loopback server).
//
// The ratio inproc/sqlite and http/sqlite is the figure (target ≤ 3×); the
// table is in docs/performance.md.
//
//	go test -tags webkit2_41,sqlite_fts5 -run '^$' -bench UIReads -benchtime 200x ./app/
func BenchmarkUIReads(b *testing.B) {
	ctx := context.Background()
	path := benchWorkspace(b)
	s, err := openSession(ctx, Env{}, path, false)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	table, err := methodTable(apis(func() context.Context { return ctx }, s, "bench"))
	if err != nil {
		b.Fatal(err)
	}
	srv, err := newServer(func() context.Context { return ctx }, s, Env{Assets: fstest.MapFS{}}, "bench-token")
	if err != nil {
		b.Fatal(err)
	}
	hs := httptest.NewServer(srv)
	defer hs.Close()
	raw, err := sql.Open("sqlite3", "file:"+path+"?mode=ro&_query_only=on")
	if err != nil {
		b.Fatal(err)
	}
	defer raw.Close()

	var planID int64
	if err := raw.QueryRow(`SELECT id FROM plans WHERE account_id = 1 ORDER BY version DESC LIMIT 1`).Scan(&planID); err != nil {
		b.Fatal(err)
	}
	since := time.Now().AddDate(-1, 0, 0).Format("2006-01")
	reads := []struct {
		name, method string
		args         []any
		direct       []sqlQuery
	}{
		// The fixed cost of a call, whatever it reads: the app's version
		// (no data), beside the smallest statement SQLite can run.
		{"call floor", "WorkspaceAPI.AppVersion", nil, []sqlQuery{{`SELECT 1`, nil}}},
		{"account list", "AccountsAPI.List", []any{map[string]any{}}, []sqlQuery{{`SELECT a.id, a.name, a.industry, a.tier, a.status, a.health, a.renewal_date,
			COALESCE(SUM(m.revenue_minor), 0), COALESCE(SUM(m.cost_minor), 0), COALESCE(SUM(m.writeoff_minor), 0),
			(SELECT MAX(q.date) FROM qbrs q WHERE q.account_id = a.id),
			(SELECT p.revenue_target_minor FROM plans p WHERE p.account_id = a.id ORDER BY p.period DESC, p.version DESC LIMIT 1)
			FROM accounts a LEFT JOIN account_months m ON m.account_id = a.id AND m.month >= ? GROUP BY a.id ORDER BY a.name`, []any{since}}}},
		{"dashboard", "DashboardAPI.Portfolio", nil, []sqlQuery{
			{`SELECT month, SUM(revenue_minor), SUM(cost_minor), SUM(writeoff_minor) FROM account_months WHERE month >= ? GROUP BY month`, []any{since}},
			{`SELECT account_id, MAX(date) FROM qbrs GROUP BY account_id`, nil},
			{`SELECT r.title, r.likelihood * r.impact, a.name FROM plan_risks r JOIN plans p ON p.id = r.plan_id JOIN accounts a ON a.id = p.account_id WHERE r.likelihood * r.impact >= 15`, nil},
			{`SELECT x.title, x.due, a.name FROM plan_actions x JOIN plans p ON p.id = x.plan_id JOIN accounts a ON a.id = p.account_id WHERE x.status NOT IN ('done', 'cancelled') AND x.due < ?`, []any{time.Now().Format(time.DateOnly)}},
		}},
		{"account", "AccountsAPI.Get", []any{1}, []sqlQuery{{`SELECT * FROM accounts WHERE id = 1`, nil}}},
		{"stakeholders", "StakeholdersAPI.List", []any{1}, []sqlQuery{{`SELECT * FROM stakeholders WHERE account_id = 1 ORDER BY name`, nil}}},
		{"P&L", "FinancialsAPI.Get", []any{1}, []sqlQuery{ // months, with the retainer hours and the plan's target they are read against
			{`SELECT * FROM accounts WHERE id = 1`, nil},
			{`SELECT revenue_target_minor FROM plans WHERE account_id = 1 AND status != 'archived' ORDER BY period DESC, version DESC LIMIT 1`, nil},
			{`SELECT * FROM account_months WHERE account_id = 1 ORDER BY month`, nil},
		}},
		{"QBRs", "QBRsAPI.List", []any{1}, []sqlQuery{{`SELECT * FROM qbrs WHERE account_id = 1 ORDER BY date DESC`, nil}}},
		{"plan versions", "PlansAPI.List", []any{1}, []sqlQuery{{`SELECT id, period, version, status FROM plans WHERE account_id = 1 ORDER BY period, version`, nil}}},
		{"plan", "PlansAPI.Get", []any{planID}, []sqlQuery{
			{`SELECT * FROM plans WHERE id = ?`, []any{planID}},
			{`SELECT * FROM plan_objectives WHERE plan_id = ?`, []any{planID}},
			{`SELECT * FROM plan_opportunities WHERE plan_id = ?`, []any{planID}},
			{`SELECT c.opportunity_key, d.name FROM whitespace_cells c JOIN account_divisions d ON d.id = c.division_id WHERE d.account_id = 1 AND c.opportunity_key != ''`, nil},
			{`SELECT * FROM plan_risks WHERE plan_id = ?`, []any{planID}},
			{`SELECT * FROM plan_actions WHERE plan_id = ?`, []any{planID}},
		}},
		{"search", "SearchAPI.Find", []any{"brand"}, []sqlQuery{{`SELECT rowid, snippet(search_fts, -1, '', '', '…', 8) FROM search_fts WHERE search_fts MATCH ? ORDER BY rank LIMIT 50`, []any{`"brand"*`}}}},
		{"team", "TeamAPI.Overview", nil, []sqlQuery{
			{`SELECT * FROM people ORDER BY name`, nil},
			{`SELECT al.*, a.name FROM allocations al JOIN accounts a ON a.id = al.account_id`, nil},
		}},
		{"onboarding list", "OnboardingAPI.List", nil, []sqlQuery{{`SELECT o.*, p.name, (SELECT COUNT(*) FROM onboarding_tasks t WHERE t.onboarding_id = o.id AND t.state = 'done') FROM onboardings o JOIN people p ON p.id = o.person_id`, nil}}},
		{"review cycles", "AppraisalsAPI.Cycles", nil, []sqlQuery{{`SELECT c.*, (SELECT COUNT(*) FROM appraisals a WHERE a.cycle_id = c.id) FROM cycles c ORDER BY c.period_to DESC`, nil}}},
		{"export history", "ExportsAPI.Runs", nil, []sqlQuery{{`SELECT * FROM export_runs ORDER BY id DESC LIMIT 100`, nil}}},
	}
	for _, r := range reads {
		m, ok := table[r.method]
		if !ok {
			b.Fatalf("no bound method %s", r.method)
		}
		body, _ := json.Marshal(r.args)
		if r.args == nil {
			body = []byte("[]")
		}
		b.Run(r.name+"/sqlite", func(b *testing.B) {
			measure(b, func() error {
				for _, q := range r.direct {
					if err := q.run(raw); err != nil {
						return err
					}
				}
				return nil
			})
		})
		b.Run(r.name+"/inproc", func(b *testing.B) {
			measure(b, func() error {
				res, err := m.call(body)
				if err != nil {
					return err
				}
				_, err = json.Marshal(res)
				return err
			})
		})
		b.Run(r.name+"/http", func(b *testing.B) {
			url := hs.URL + "/api/" + strings.Replace(r.method, ".", "/", 1)
			measure(b, func() error {
				req, _ := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
				req.Header.Set(tokenHeader, "bench-token")
				req.Header.Set("Content-Type", "application/json")
				res, err := http.DefaultClient.Do(req)
				if err != nil {
					return err
				}
				defer res.Body.Close()
				if _, err := io.Copy(io.Discard, res.Body); err != nil {
					return err
				}
				if res.StatusCode != http.StatusOK {
					return fmt.Errorf("%s: %s", r.method, res.Status)
				}
				return nil
			})
		})
	}
}

type sqlQuery struct {
	q    string
	args []any
}

// run executes the query and scans every column of every row.
func (q sqlQuery) run(db *sql.DB) error {
	rows, err := db.Query(q.q, q.args...)
	if err != nil {
		return fmt.Errorf("%s: %w", q.q, err)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	vals := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			return err
		}
	}
	return rows.Err()
}

// measure runs fn b.N times and reports the 50th and 95th percentile.
func measure(b *testing.B, fn func() error) {
	b.Helper()
	if err := fn(); err != nil { // warm-up, and fail early
		b.Fatal(err)
	}
	d := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for b.Loop() {
		start := time.Now()
		if err := fn(); err != nil {
			b.Fatal(err)
		}
		d = append(d, time.Since(start))
	}
	b.StopTimer()
	sort.Slice(d, func(i, j int) bool { return d[i] < d[j] })
	if n := len(d); n > 0 {
		b.ReportMetric(float64(d[n/2])/float64(time.Millisecond), "p50-ms")
		b.ReportMetric(float64(d[n*95/100])/float64(time.Millisecond), "p95-ms")
	}
}

// benchWorkspace copies the generated 5 000-account workspace (dated today)
// into a temporary folder.
func benchWorkspace(b *testing.B) string {
	b.Helper()
	y, m, d := time.Now().Date()
	return sqlitetest.GeneratedWorkspace(b, 5000, time.Date(y, m, d, 0, 0, 0, 0, time.UTC))
}
