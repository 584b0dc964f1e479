package sqlite

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/mattn/go-sqlite3"
)

// What a write changed is not declared by the code that writes: SQLite
// reports it. The write connection carries temporary triggers (they live in
// that connection's temp schema, never in the workspace file) that record,
// for every row inserted, updated or deleted in a table the cache is derived
// from, the account whose portfolio row the change affects. They see what the
// statements did, however they were written: a cascade from a deleted
// account or plan, a change made by another trigger, a table without rowids
// (account_months), a DELETE without WHERE. write reads and clears the
// record inside the transaction, so a rolled-back write records nothing.

// everyAccount, as an account a change affects, means every account's
// portfolio row (a change to the settings they are all computed with).
// Account ids start at 1.
const everyAccount = 0

// changedAccountsTable is where the write connection's triggers record the
// accounts a transaction changed; temporary, one row per account.
const changedAccountsTable = "cache_changed_accounts"

// accountsChangedBy says which accounts' portfolio rows a change to one row
// of table affects, as an SQL expression over that row (written "$row." and
// read as NEW. or OLD.): an account id, everyAccount, or NULL for none. An
// empty expression means the table feeds nothing the cache holds (its
// changes cost no reloading). This is the one list to extend when a table is
// added to the schema (TestEveryTableIsClassified fails until it is): a
// table loadPortfolioRows reads needs an expression
// (TestPortfolioRowsReadOnlyWatchedTables). classified is false for a table
// not in the list, whose changes are then taken to affect every account.
func accountsChangedBy(table string) (expr string, classified bool) {
	switch table {
	case "accounts":
		return "$row.id", true
	case "account_months", "plans", "qbrs":
		return "$row.account_id", true
	case "plan_risks", "plan_actions", "plan_opportunities", "plan_objectives":
		return "(SELECT account_id FROM plans WHERE id = $row.plan_id)", true
	case "plan_template_versions":
		// Read for completeness, but a version is written once and never
		// changed: a plan takes one only by a write to plans.
		return "NULL", true
	case "settings": // the QBR threshold and the fiscal year's first month
		return fmt.Sprintf("CASE WHEN $row.key = '%s' THEN %d END", keySettings, everyAccount), true
	case "account_drafts", "account_health_history", "allocations", "appraisal_audit", "appraisal_drafts",
		"appraisals", "contact_reports", "cycle_drafts", "cycles", "export_leftovers", "export_runs", "export_snapshots", "feedback_notes",
		"goose_db_version", "import_batches", "import_changes", "import_failures", "import_links", "import_mappings",
		"jobs", "one_on_one_cadences", "one_on_one_drafts", "one_on_ones", "onboarding_tasks", "onboardings", "peer_requests", "peer_responses", "peer_reviewers", "people", "person_drafts", "person_hours", "plan_drafts",
		"plan_templates", "roles", "search_docs", "search_fts", "search_fts_config",
		"search_fts_data", "search_fts_docsize", "search_fts_idx", "settings_drafts", "stakeholders", "template_drafts", "templates", "workspace",
		"stakeholder_relations", "stakeholder_influences", "service_lines", "account_divisions", "whitespace_cells":
		return "", true
	}
	return strconv.Itoa(everyAccount), false
}

// changeTriggers returns the statements that make a connection record, in
// changedAccountsTable, the accounts its writes to tables change. The temp
// schema is kept in memory: on disk, the record's journal doubled the time of
// a one-month figures save (75 → 160 µs).
func changeTriggers(tables []string) []string {
	out := []string{`PRAGMA temp_store = MEMORY`, `CREATE TEMP TABLE IF NOT EXISTS ` + changedAccountsTable + ` (id INTEGER PRIMARY KEY)`}
	// One statement per row image; ON CONFLICT DO NOTHING (an upsert) and
	// not INSERT OR IGNORE, which the conflict clause of the statement that
	// fired the trigger would override.
	record := func(expr string) string {
		return `INSERT INTO ` + changedAccountsTable + ` SELECT id FROM (SELECT ` + expr + ` AS id) WHERE id IS NOT NULL ON CONFLICT DO NOTHING;`
	}
	for _, table := range tables {
		expr, _ := accountsChangedBy(table)
		if expr == "" {
			continue
		}
		newRow, oldRow := strings.ReplaceAll(expr, "$row.", "NEW."), strings.ReplaceAll(expr, "$row.", "OLD.")
		name := "cache_" + table
		on := `main."` + table + `"`
		out = append(out,
			`CREATE TEMP TRIGGER IF NOT EXISTS "`+name+`_insert" AFTER INSERT ON `+on+` BEGIN `+record(newRow)+` END`,
			`CREATE TEMP TRIGGER IF NOT EXISTS "`+name+`_update" AFTER UPDATE ON `+on+` BEGIN `+record(oldRow)+record(newRow)+` END`,
			`CREATE TEMP TRIGGER IF NOT EXISTS "`+name+`_delete" AFTER DELETE ON `+on+` BEGIN `+record(oldRow)+` END`)
	}
	return out
}

// watchChanges is the write connection's connect hook: it installs the
// triggers over every table of the (already migrated) workspace.
func watchChanges(conn *sqlite3.SQLiteConn) error {
	rows, err := conn.Query(`SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\_%' ESCAPE '\'`, nil)
	if err != nil {
		return fmt.Errorf("list tables: %w", err)
	}
	var tables []string
	for v := make([]driver.Value, 1); ; {
		err := rows.Next(v)
		if errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			_ = rows.Close()
			return fmt.Errorf("list tables: %w", err)
		}
		name, _ := v[0].(string)
		tables = append(tables, name)
	}
	if err := rows.Close(); err != nil {
		return fmt.Errorf("list tables: %w", err)
	}
	for _, stmt := range changeTriggers(tables) {
		if _, err := conn.Exec(stmt, nil); err != nil {
			return fmt.Errorf("watch changes: %w", err)
		}
	}
	return nil
}

// takeChanges returns and clears the accounts the transaction has changed so
// far (everyAccount among them for a change to all of them). The record is
// read first and cleared only when it holds something: a write to the temp
// schema in a transaction that changed nothing watched doubled its cost.
func takeChanges(ctx context.Context, tx *sql.Tx) ([]int64, error) {
	var ids []int64
	err := eachRow(ctx, tx, `SELECT id FROM temp.`+changedAccountsTable, nil, func(rows *sql.Rows) error {
		var id int64
		err := rows.Scan(&id)
		ids = append(ids, id)
		return err
	})
	if err == nil && len(ids) > 0 {
		_, err = tx.ExecContext(ctx, `DELETE FROM temp.`+changedAccountsTable)
	}
	if err != nil {
		return nil, fmt.Errorf("changed accounts: %w", err)
	}
	return ids, nil
}

// connector opens connections with drv: for the write pool, a driver whose
// connect hook is watchChanges.
type connector struct {
	drv *sqlite3.SQLiteDriver
	dsn string
}

func (c connector) Connect(context.Context) (driver.Conn, error) { return c.drv.Open(c.dsn) }
func (c connector) Driver() driver.Driver                        { return c.drv }
