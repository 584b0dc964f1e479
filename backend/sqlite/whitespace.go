package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"accountdesk/backend"

	sqlite3 "github.com/mattn/go-sqlite3"
)

var _ backend.WhitespaceService = (*DB)(nil)

// ServiceLines lists the workspace's service lines in order, retired included.
func (d *DB) ServiceLines(ctx context.Context) ([]backend.ServiceLine, error) {
	var out []backend.ServiceLine
	err := d.read(ctx, func(tx *sql.Tx) error {
		var err error
		out, err = serviceLines(ctx, tx)
		return err
	})
	return out, err
}

func serviceLines(ctx context.Context, tx *sql.Tx) ([]backend.ServiceLine, error) {
	out := []backend.ServiceLine{}
	err := each(ctx, tx, `SELECT id, name, retired FROM service_lines WHERE id > ? ORDER BY position, id`, 0, func(r *sql.Rows) error {
		var l backend.ServiceLine
		err := r.Scan(&l.ID, &l.Name, &l.Retired)
		out = append(out, l)
		return err
	})
	return out, err
}

// SaveServiceLines replaces the list: lines with an id are renamed, moved
// and retired or brought back, lines without one are added, and a line left
// out is deleted when no cell uses it. Returns EINVALID, ENOTFOUND (an id
// that is not a line), ECONFLICT (a line left out still has cells).
func (d *DB) SaveServiceLines(ctx context.Context, lines []backend.ServiceLine) ([]backend.ServiceLine, error) {
	for i := range lines {
		lines[i].Name = strings.TrimSpace(lines[i].Name)
	}
	if err := backend.ValidateServiceLines(lines); err != nil {
		return nil, err
	}
	var out []backend.ServiceLine
	err := d.write(ctx, func(tx *sql.Tx) error {
		old, err := serviceLines(ctx, tx)
		if err != nil {
			return err
		}
		kept := map[int64]bool{}
		for _, l := range lines {
			kept[l.ID] = l.ID != 0
		}
		for _, l := range old {
			if kept[l.ID] {
				continue
			}
			var cells int
			if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM whitespace_cells WHERE service_line_id = ?`, l.ID).Scan(&cells); err != nil {
				return fmt.Errorf("service line cells: %w", err)
			}
			if cells > 0 {
				return backend.Errorf(backend.ECONFLICT, "%s is used in %d grid cells, so it cannot be removed. Retire it instead: its cells stay and it is not offered for new ones.", l.Name, cells)
			}
			if _, err := tx.ExecContext(ctx, `DELETE FROM service_lines WHERE id = ?`, l.ID); err != nil {
				return fmt.Errorf("remove service line: %w", err)
			}
		}
		// Names move through a placeholder first so a swap of two names
		// never meets the unique index half-way.
		if _, err := tx.ExecContext(ctx, `UPDATE service_lines SET name = '~' || id || '~' || name`); err != nil {
			return fmt.Errorf("service lines: %w", err)
		}
		for i, l := range lines {
			if l.ID == 0 {
				_, err = tx.ExecContext(ctx, `INSERT INTO service_lines (name, position, retired) VALUES (?, ?, ?)`, l.Name, i, l.Retired)
			} else {
				var res sql.Result
				res, err = tx.ExecContext(ctx, `UPDATE service_lines SET name = ?, position = ?, retired = ? WHERE id = ?`, l.Name, i, l.Retired, l.ID)
				if n, _ := rowsAffected(res, err); err == nil && n == 0 {
					return backend.Errorf(backend.ENOTFOUND, "A service line in the list no longer exists. Reload and try again.")
				}
			}
			var se sqlite3.Error
			if errors.As(err, &se) && se.ExtendedCode == sqlite3.ErrConstraintUnique {
				return backend.Invalid(fmt.Sprintf("lines.%d.name", i), "There is already a service line called %s.", l.Name)
			} else if err != nil {
				return fmt.Errorf("save service line: %w", err)
			}
		}
		out, err = serviceLines(ctx, tx)
		return err
	})
	return out, err
}

func rowsAffected(res sql.Result, err error) (int64, error) {
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}

// WhitespaceGrid returns an account's grid. Returns ENOTFOUND.
func (d *DB) WhitespaceGrid(ctx context.Context, accountID int64) (backend.Grid, error) {
	var g backend.Grid
	err := d.read(ctx, func(tx *sql.Tx) error {
		var err error
		g, err = loadGrid(ctx, tx, accountID)
		return err
	})
	return g, err
}

func loadGrid(ctx context.Context, tx *sql.Tx, accountID int64) (backend.Grid, error) {
	g := backend.Grid{AccountID: accountID, Lines: []backend.ServiceLine{}, Divisions: []backend.Division{}, Cells: []backend.Cell{}}
	if _, err := findAccount(ctx, tx, accountID); err != nil {
		return g, err
	}
	err := each(ctx, tx, `SELECT id, name FROM account_divisions WHERE account_id = ? ORDER BY position, id`, accountID, func(r *sql.Rows) error {
		dv := backend.Division{AccountID: accountID}
		err := r.Scan(&dv.ID, &dv.Name)
		g.Divisions = append(g.Divisions, dv)
		return err
	})
	if err != nil {
		return g, err
	}
	used := map[int64]bool{}
	err = each(ctx, tx, `SELECT c.division_id, c.service_line_id, c.status, c.value_minor, c.competitor, c.opportunity_key
		FROM whitespace_cells c JOIN account_divisions d ON d.id = c.division_id WHERE d.account_id = ?
		ORDER BY d.position, d.id, c.service_line_id`, accountID, func(r *sql.Rows) error {
		var c backend.Cell
		err := r.Scan(&c.DivisionID, &c.ServiceLineID, &c.Status, &c.ValueMinor, &c.Competitor, &c.OpportunityKey)
		used[c.ServiceLineID] = true
		g.Cells = append(g.Cells, c)
		return err
	})
	if err != nil {
		return g, err
	}
	all, err := serviceLines(ctx, tx)
	if err != nil {
		return g, err
	}
	for _, l := range all {
		if !l.Retired || used[l.ID] {
			g.Lines = append(g.Lines, l)
		}
	}
	opps, err := linkedOpportunities(ctx, tx, accountID)
	if err != nil {
		return g, err
	}
	for i := range g.Cells {
		if o, ok := opps[g.Cells[i].OpportunityKey]; ok {
			g.Cells[i].Opportunity = &o
		}
	}
	g.Summary = backend.SummarizeGrid(g.Lines, g.Cells)
	return g, nil
}

// linkedOpportunities finds, for each opportunity key an account's cells
// link to, that opportunity in the latest plan version holding it.
func linkedOpportunities(ctx context.Context, tx *sql.Tx, accountID int64) (map[string]backend.CellOpportunity, error) {
	out := map[string]backend.CellOpportunity{}
	err := eachRow(ctx, tx, `SELECT o.key, o.title, o.stage, o.value_minor, p.id, p.period, p.version
		FROM plan_opportunities o JOIN plans p ON p.id = o.plan_id
		WHERE p.account_id = ?1 AND o.key IN (SELECT c.opportunity_key FROM whitespace_cells c
			JOIN account_divisions d ON d.id = c.division_id WHERE d.account_id = ?1 AND c.opportunity_key != '')
		ORDER BY p.period DESC, p.version DESC`, []any{accountID}, func(r *sql.Rows) error {
		var o backend.CellOpportunity
		if err := r.Scan(&o.Key, &o.Title, &o.Stage, &o.ValueMinor, &o.PlanID, &o.Period, &o.Version); err != nil {
			return err
		}
		if _, seen := out[o.Key]; !seen {
			out[o.Key] = o
		}
		return nil
	})
	return out, err
}

// fillWhitespaceOrigins names, on each of a plan's opportunities made from a
// grid cell, the cell it came from.
func fillWhitespaceOrigins(ctx context.Context, tx *sql.Tx, p *backend.Plan) error {
	if len(p.Opps) == 0 {
		return nil
	}
	from := map[string]string{}
	err := each(ctx, tx, `SELECT c.opportunity_key, l.name, d.name FROM whitespace_cells c
		JOIN account_divisions d ON d.id = c.division_id JOIN service_lines l ON l.id = c.service_line_id
		WHERE d.account_id = ? AND c.opportunity_key != '' ORDER BY d.position, d.id, l.position`, p.AccountID, func(r *sql.Rows) error {
		var key, line, division string
		err := r.Scan(&key, &line, &division)
		if _, seen := from[key]; !seen {
			from[key] = line + " for " + division
		}
		return err
	})
	for i := range p.Opps {
		p.Opps[i].FromWhitespace = from[p.Opps[i].Key]
	}
	return err
}

// SaveDivision adds (ID 0) or renames a division. Returns EINVALID,
// ENOTFOUND, ECONFLICT (the account already has a division of that name).
func (d *DB) SaveDivision(ctx context.Context, dv backend.Division) (backend.Grid, error) {
	dv.Name = strings.TrimSpace(dv.Name)
	if err := dv.Validate(); err != nil {
		return backend.Grid{}, err
	}
	var g backend.Grid
	err := d.write(ctx, func(tx *sql.Tx) error {
		var err error
		if dv.ID == 0 {
			if _, err := findAccount(ctx, tx, dv.AccountID); err != nil {
				return err
			}
			var n int
			if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM account_divisions WHERE account_id = ?`, dv.AccountID).Scan(&n); err != nil {
				return fmt.Errorf("count divisions: %w", err)
			}
			if n >= backend.DivisionsMax {
				return backend.Invalid("name", "An account can have at most %d divisions or brands.", backend.DivisionsMax)
			}
			_, err = tx.ExecContext(ctx, `INSERT INTO account_divisions (account_id, name, position)
				VALUES (?1, ?2, (SELECT COALESCE(MAX(position) + 1, 0) FROM account_divisions WHERE account_id = ?1))`, dv.AccountID, dv.Name)
		} else {
			if err := tx.QueryRowContext(ctx, `SELECT account_id FROM account_divisions WHERE id = ?`, dv.ID).Scan(&dv.AccountID); errors.Is(err, sql.ErrNoRows) {
				return backend.Errorf(backend.ENOTFOUND, "That division no longer exists.")
			} else if err != nil {
				return fmt.Errorf("find division: %w", err)
			}
			_, err = tx.ExecContext(ctx, `UPDATE account_divisions SET name = ? WHERE id = ?`, dv.Name, dv.ID)
		}
		var se sqlite3.Error
		if errors.As(err, &se) && se.ExtendedCode == sqlite3.ErrConstraintUnique {
			return backend.Errorf(backend.ECONFLICT, "This account already has a division called %s.", dv.Name)
		} else if err != nil {
			return fmt.Errorf("save division: %w", err)
		}
		g, err = loadGrid(ctx, tx, dv.AccountID)
		return err
	})
	return g, err
}

// RemoveDivision removes a division and its cells; opportunities made from
// them stay in the plans. Returns ENOTFOUND.
func (d *DB) RemoveDivision(ctx context.Context, id int64) (backend.Grid, error) {
	var g backend.Grid
	err := d.write(ctx, func(tx *sql.Tx) error {
		var accountID int64
		if err := tx.QueryRowContext(ctx, `DELETE FROM account_divisions WHERE id = ? RETURNING account_id`, id).Scan(&accountID); errors.Is(err, sql.ErrNoRows) {
			return backend.Errorf(backend.ENOTFOUND, "That division no longer exists.")
		} else if err != nil {
			return fmt.Errorf("remove division: %w", err)
		}
		var err error
		g, err = loadGrid(ctx, tx, accountID)
		return err
	})
	return g, err
}

// findCellPlace returns the account of a division and the service line, and
// the cell there (Status "" when empty). Returns ENOTFOUND.
func findCellPlace(ctx context.Context, tx *sql.Tx, divisionID, lineID int64) (accountID int64, division string, line backend.ServiceLine, c backend.Cell, err error) {
	err = tx.QueryRowContext(ctx, `SELECT account_id, name FROM account_divisions WHERE id = ?`, divisionID).Scan(&accountID, &division)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, "", line, c, backend.Errorf(backend.ENOTFOUND, "That division no longer exists.")
	} else if err != nil {
		return 0, "", line, c, fmt.Errorf("find division: %w", err)
	}
	err = tx.QueryRowContext(ctx, `SELECT id, name, retired FROM service_lines WHERE id = ?`, lineID).Scan(&line.ID, &line.Name, &line.Retired)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, "", line, c, backend.Errorf(backend.ENOTFOUND, "That service line no longer exists.")
	} else if err != nil {
		return 0, "", line, c, fmt.Errorf("find service line: %w", err)
	}
	c = backend.Cell{DivisionID: divisionID, ServiceLineID: lineID}
	err = tx.QueryRowContext(ctx, `SELECT status, value_minor, competitor, opportunity_key FROM whitespace_cells
		WHERE division_id = ? AND service_line_id = ?`, divisionID, lineID).Scan(&c.Status, &c.ValueMinor, &c.Competitor, &c.OpportunityKey)
	if errors.Is(err, sql.ErrNoRows) {
		err = nil
	}
	if err != nil {
		err = fmt.Errorf("find cell: %w", err)
	}
	return accountID, division, line, c, err
}

// SaveCell sets a cell, or empties it when its status is "". The link to an
// opportunity is kept (only MakeOpportunity sets it). Returns EINVALID (also
// for a new cell on a retired line), ENOTFOUND.
func (d *DB) SaveCell(ctx context.Context, c backend.Cell) (backend.Grid, error) {
	c.Normalize()
	if err := c.Validate(); err != nil {
		return backend.Grid{}, err
	}
	var g backend.Grid
	err := d.write(ctx, func(tx *sql.Tx) error {
		accountID, _, line, old, err := findCellPlace(ctx, tx, c.DivisionID, c.ServiceLineID)
		if err != nil {
			return err
		}
		switch {
		case c.Status == "":
			_, err = tx.ExecContext(ctx, `DELETE FROM whitespace_cells WHERE division_id = ? AND service_line_id = ?`, c.DivisionID, c.ServiceLineID)
		case old.Status == "" && line.Retired:
			return backend.Invalid("serviceLineId", "%s is retired and takes no new cells. Bring it back in Settings to use it again.", line.Name)
		default:
			_, err = tx.ExecContext(ctx, `INSERT INTO whitespace_cells (division_id, service_line_id, status, value_minor, competitor, opportunity_key)
				VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (division_id, service_line_id) DO UPDATE SET
				status = excluded.status, value_minor = excluded.value_minor, competitor = excluded.competitor`,
				c.DivisionID, c.ServiceLineID, c.Status, c.ValueMinor, c.Competitor, old.OpportunityKey)
		}
		if err != nil {
			return fmt.Errorf("save cell: %w", err)
		}
		g, err = loadGrid(ctx, tx, accountID)
		return err
	})
	return g, err
}

// MakeOpportunity turns a potential cell into an opportunity of the
// account's current plan (its latest version, which must be a draft or in
// review) and links the cell to it, in one transaction. Returns EINVALID
// (not potential, no plan), ELOCKED (plan approved), ECONFLICT (already an
// opportunity of that plan), ENOTFOUND.
func (d *DB) MakeOpportunity(ctx context.Context, divisionID, serviceLineID int64) (backend.Grid, error) {
	var g backend.Grid
	err := d.write(ctx, func(tx *sql.Tx) error {
		accountID, division, line, c, err := findCellPlace(ctx, tx, divisionID, serviceLineID)
		if err != nil {
			return err
		}
		current, err := currentPlanVersion(ctx, tx, accountID)
		if err != nil {
			return err
		}
		if err := backend.CanMakeOpportunity(c, current); err != nil {
			return err
		}
		if c.OpportunityKey != "" {
			var title string
			err := tx.QueryRowContext(ctx, `SELECT title FROM plan_opportunities WHERE plan_id = ? AND key = ?`, current.ID, c.OpportunityKey).Scan(&title)
			if err == nil {
				return backend.Errorf(backend.ECONFLICT, "This cell is already the opportunity %q in the %s plan.", title, current.Period)
			} else if !errors.Is(err, sql.ErrNoRows) {
				return fmt.Errorf("linked opportunity: %w", err)
			}
		}
		o := backend.OpportunityFromCell(line.Name, division, c)
		o.Key = keyOr("")
		if _, err := tx.ExecContext(ctx, `INSERT INTO plan_opportunities (plan_id, position, key, title, service_line, type,
			value_minor, probability, stage, expected_close)
			VALUES (?1, (SELECT COALESCE(MAX(position) + 1, 0) FROM plan_opportunities WHERE plan_id = ?1), ?2, ?3, ?4, ?5, ?6, ?7, ?8, '')`,
			current.ID, o.Key, o.Title, o.ServiceLine, o.Type, o.ValueMinor, o.Probability, o.Stage); err != nil {
			return fmt.Errorf("add opportunity: %w", err)
		}
		// The plan's content changed: an editor open on it must reload
		// rather than save over the new opportunity.
		if _, err := tx.ExecContext(ctx, `UPDATE plans SET row_version = row_version + 1, updated_at = ? WHERE id = ?`, d.stamp(), current.ID); err != nil {
			return fmt.Errorf("plan version: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE whitespace_cells SET opportunity_key = ? WHERE division_id = ? AND service_line_id = ?`,
			o.Key, divisionID, serviceLineID); err != nil {
			return fmt.Errorf("link cell: %w", err)
		}
		g, err = loadGrid(ctx, tx, accountID)
		return err
	})
	return g, err
}

// currentPlanVersion is the latest version of the account's latest period;
// nil when the account has no plan.
func currentPlanVersion(ctx context.Context, tx *sql.Tx, accountID int64) (*backend.PlanVersion, error) {
	var v backend.PlanVersion
	err := tx.QueryRowContext(ctx, `SELECT id, period, version, status, approved_at, updated_at FROM plans
		WHERE account_id = ? ORDER BY period DESC, version DESC LIMIT 1`, accountID).Scan(&v.ID, &v.Period, &v.Version, &v.Status, &v.ApprovedAt, &v.UpdatedAt)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	} else if err != nil {
		return nil, fmt.Errorf("current plan: %w", err)
	}
	return &v, nil
}

// UntappedByServiceLine sums untapped potential per service line across
// accounts (backend.UntappedByLine).
func (d *DB) UntappedByServiceLine(ctx context.Context) ([]backend.UntappedLine, error) {
	out := []backend.UntappedLine{}
	err := d.read(ctx, func(tx *sql.Tx) error {
		won := map[string]bool{} // account id + key of opportunities won in their latest plan holding them
		seen := map[string]bool{}
		err := eachRow(ctx, tx, `SELECT p.account_id, o.key, o.stage FROM plan_opportunities o JOIN plans p ON p.id = o.plan_id
			WHERE o.key IN (SELECT opportunity_key FROM whitespace_cells WHERE status = 'potential' AND opportunity_key != '')
			ORDER BY p.account_id, p.period DESC, p.version DESC`, nil, func(r *sql.Rows) error {
			var account int64
			var key, stage string
			if err := r.Scan(&account, &key, &stage); err != nil {
				return err
			}
			k := fmt.Sprint(account, "/", key)
			if !seen[k] {
				seen[k], won[k] = true, stage == backend.StageWon
			}
			return nil
		})
		if err != nil {
			return err
		}
		var cells []backend.AccountCell
		err = eachRow(ctx, tx, `SELECT l.name, d.account_id, c.value_minor, c.opportunity_key FROM whitespace_cells c
			JOIN account_divisions d ON d.id = c.division_id JOIN service_lines l ON l.id = c.service_line_id
			WHERE c.status = 'potential'`, nil, func(r *sql.Rows) error {
			x := backend.AccountCell{Cell: backend.Cell{Status: backend.CellPotential}}
			if err := r.Scan(&x.ServiceLine, &x.AccountID, &x.ValueMinor, &x.OpportunityKey); err != nil {
				return err
			}
			if won[fmt.Sprint(x.AccountID, "/", x.OpportunityKey)] {
				x.Opportunity = &backend.CellOpportunity{Key: x.OpportunityKey, Stage: backend.StageWon}
			}
			cells = append(cells, x)
			return nil
		})
		out = backend.UntappedByLine(cells)
		return err
	})
	return out, err
}
