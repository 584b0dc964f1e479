package sqlite

import (
	"context"
	"database/sql"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"accountdesk/backend"

	"github.com/mattn/go-sqlite3"
)

// openInternal opens a new workspace for the tests below.
func openInternal(t *testing.T) *DB {
	t.Helper()
	d, err := Open(context.Background(), filepath.Join(t.TempDir(), "workspace.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = d.Close() })
	return d
}

// schemaTables lists every table of the migrated schema (virtual tables and
// their shadow tables included), as a new migration would add one.
func schemaTables(t *testing.T, d *DB) []string {
	t.Helper()
	var tables []string
	err := d.read(context.Background(), func(tx *sql.Tx) error {
		return eachRow(context.Background(), tx, `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\_%' ESCAPE '\' ORDER BY name`, nil,
			func(rows *sql.Rows) error {
				var name string
				err := rows.Scan(&name)
				tables = append(tables, name)
				return err
			})
	})
	if err != nil || len(tables) == 0 {
		t.Fatalf("tables: %v %v", tables, err)
	}
	return tables
}

// TestEveryTableIsClassified: a table added to the schema must be placed in
// accountsChangedBy — either with the accounts its rows belong to, or among
// those nothing cached is derived from. Until then its changes reload every
// account (correct, but slow at 5 000 accounts), so this test fails. A name
// the schema no longer has must leave the list too.
func TestEveryTableIsClassified(t *testing.T) {
	d := openInternal(t)
	tables := schemaTables(t, d)
	for _, table := range tables {
		if _, ok := accountsChangedBy(table); !ok {
			t.Errorf("table %s is not classified: add it to accountsChangedBy (changes.go)", table)
		}
	}
	for _, table := range []string{"accounts", "account_months", "plans", "qbrs", "plan_risks", "plan_actions", "plan_opportunities", "settings"} {
		if !slices.Contains(tables, table) {
			t.Errorf("accountsChangedBy names %s, which the schema no longer has", table)
		}
	}
}

// TestPortfolioRowsReadOnlyWatchedTables: every table the cached figures are
// read from must be one whose changes the write connection records, or a
// change to it would leave the list and the Dashboard stale. SQLite's
// authorizer reports each table a statement reads while it is prepared.
func TestPortfolioRowsReadOnlyWatchedTables(t *testing.T) {
	d := openInternal(t)
	ctx := context.Background()
	var mu sync.Mutex
	read := map[string]bool{}
	drv := &sqlite3.SQLiteDriver{ConnectHook: func(c *sqlite3.SQLiteConn) error {
		c.RegisterAuthorizer(func(op int, table, _, _ string) int {
			if op == sqlite3.SQLITE_READ && table != "" {
				mu.Lock()
				read[table] = true
				mu.Unlock()
			}
			return sqlite3.SQLITE_OK
		})
		return nil
	}}
	db := sql.OpenDB(connector{drv: drv, dsn: dsn(d.Path(), true)})
	defer db.Close()
	for _, ids := range [][]int64{nil, {1, 2}} {
		tx, err := db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		if _, _, _, err := loadPortfolioRows(ctx, tx, ids, time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC)); err != nil {
			t.Fatal(err)
		}
		_ = tx.Rollback()
	}
	if !read["account_months"] || !read["plans"] {
		t.Fatalf("the authorizer saw too little: %v", read)
	}
	for table := range read {
		if expr, ok := accountsChangedBy(table); !ok || expr == "" {
			t.Errorf("loadPortfolioRows reads %s, whose changes do not reach the cache: give it an expression in accountsChangedBy", table)
		}
	}
}

// TestWritesReportTheAccountsTheyChange: what a transaction changed is
// recorded by SQLite, whatever the statement: the accounts whose portfolio
// rows it changes, every account for the settings, none for a table nothing
// cached is read from, and nothing for a transaction rolled back.
func TestWritesReportTheAccountsTheyChange(t *testing.T) {
	d := openInternal(t)
	ctx := context.Background()
	var a, b backend.Account
	var planA, planB backend.Plan
	for _, x := range []struct {
		into *backend.Account
		plan *backend.Plan
		name string
	}{{&a, &planA, "Acme"}, {&b, &planB, "Bolt"}} {
		var err error
		*x.into, err = d.CreateAccount(ctx, backend.Account{Name: x.name, Tier: "key", Status: "active", Health: backend.HealthGreen, ContractType: "retainer"})
		if err != nil {
			t.Fatal(err)
		}
		if *x.plan, err = d.CreatePlan(ctx, x.into.ID, "FY2027"); err != nil {
			t.Fatal(err)
		}
		x.plan.Risks = []backend.Risk{{Title: "Budget", Category: "budget", Likelihood: 5, Impact: 5, Status: "open"}}
		x.plan.Actions = []backend.Action{{Title: "Call", Due: "2026-01-05", Status: "open"}}
		if *x.plan, err = d.SavePlan(ctx, *x.plan); err != nil {
			t.Fatal(err)
		}
		if err := d.SaveMonths(ctx, x.into.ID, []backend.MonthFigures{{Month: "2026-10", RevenueMinor: 100}}); err != nil {
			t.Fatal(err)
		}
	}
	cases := []struct {
		name string
		sql  string
		args []any
		want []int64
	}{
		{"account details", `UPDATE accounts SET health = 'red' WHERE id = ?`, []any{a.ID}, []int64{a.ID}},
		{"figures, a table without rowids", `INSERT INTO account_months (account_id, month, revenue_minor) VALUES (?, '2026-11', 5)`, []any{b.ID}, []int64{b.ID}},
		{"figures upserted", `INSERT INTO account_months (account_id, month, revenue_minor) VALUES (?, '2026-10', 5)
			ON CONFLICT (account_id, month) DO UPDATE SET revenue_minor = excluded.revenue_minor`, []any{a.ID}, []int64{a.ID}},
		{"a plan's risk, through its plan", `UPDATE plan_risks SET impact = 1 WHERE plan_id = ?`, []any{planB.ID}, []int64{b.ID}},
		{"a plan deleted, its items by cascade", `DELETE FROM plans WHERE id = ?`, []any{planA.ID}, []int64{a.ID}},
		{"every plan's actions, no WHERE", `DELETE FROM plan_actions`, nil, []int64{a.ID, b.ID}},
		{"an account deleted, its rows by cascade", `DELETE FROM accounts WHERE id = ?`, []any{b.ID}, []int64{b.ID}},
		{"the settings every account depends on", `INSERT INTO settings (key, value, updated_at) VALUES (?, '{}', '') ON CONFLICT (key) DO UPDATE SET value = excluded.value`, []any{keySettings}, []int64{everyAccount}},
		{"window state", `INSERT INTO settings (key, value, updated_at) VALUES (?, '{}', '') ON CONFLICT (key) DO UPDATE SET value = excluded.value`, []any{keyWindowState}, nil},
		{"a stakeholder", `INSERT INTO stakeholders (account_id, name, role, influence, sentiment, relationship_now, relationship_target)
			VALUES (?, 'Ana', 'champion', 3, 'supporter', 'warm', 'warm')`, []any{a.ID}, nil},
		// Objectives are not on the Dashboard, but the list's completeness counts them.
		{"a plan objective (completeness)", `INSERT INTO plan_objectives (plan_id, position, key, title, cadence, status) VALUES (?, 9, 'k', 'Grow', 'monthly', 'on_track')`, []any{planB.ID}, []int64{b.ID}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tx, err := d.rw.BeginTx(ctx, nil)
			if err != nil {
				t.Fatal(err)
			}
			defer func() { _ = tx.Rollback() }()
			if _, err := tx.ExecContext(ctx, c.sql, c.args...); err != nil {
				t.Fatal(err)
			}
			got, err := takeChanges(ctx, tx)
			if err != nil {
				t.Fatal(err)
			}
			slices.Sort(got)
			if !slices.Equal(got, c.want) {
				t.Errorf("changed accounts %v, want %v", got, c.want)
			}
		})
	}
	t.Run("a rolled back transaction records nothing", func(t *testing.T) {
		tx, err := d.rw.BeginTx(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE accounts SET health = 'red'`); err != nil {
			t.Fatal(err)
		}
		_ = tx.Rollback()
		tx, err = d.rw.BeginTx(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer func() { _ = tx.Rollback() }()
		if got, err := takeChanges(ctx, tx); err != nil || len(got) != 0 {
			t.Errorf("after a rollback: %v %v", got, err)
		}
	})
}
