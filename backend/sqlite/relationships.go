package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"accountdesk/backend"
)

var _ backend.RelationshipService = (*DB)(nil)

// RelationshipMap returns an account's people (as Stakeholders orders
// them), each one's relations, and the warnings of backend.RelationshipWarnings
// against the current plan's actions. Returns ENOTFOUND.
func (d *DB) RelationshipMap(ctx context.Context, accountID int64) (backend.RelationshipMap, error) {
	out := backend.RelationshipMap{AccountID: accountID, People: []backend.Stakeholder{}, Relations: []backend.Relations{},
		Warnings: []backend.RelationshipWarning{}}
	err := d.read(ctx, func(tx *sql.Tx) error {
		if _, err := findAccount(ctx, tx, accountID); err != nil {
			return err
		}
		err := each(ctx, tx, `SELECT id, account_id, name, title, email, phone, role, influence, sentiment,
			relationship_now, relationship_target, last_contact, notes
			FROM stakeholders WHERE account_id = ? ORDER BY influence DESC, name`, accountID, func(rows *sql.Rows) error {
			s, err := scanStakeholder(rows)
			out.People = append(out.People, s)
			return err
		})
		if err != nil {
			return fmt.Errorf("relationship map: %w", err)
		}
		rels, err := accountRelations(ctx, tx, accountID)
		if err != nil {
			return err
		}
		for _, p := range out.People {
			r := rels[p.ID]
			r.StakeholderID = p.ID
			r.Normalize()
			out.Relations = append(out.Relations, r)
		}
		actions, err := currentActions(ctx, tx, accountID)
		if err != nil {
			return err
		}
		out.Warnings = backend.RelationshipWarnings(out.People, rels, actions)
		return nil
	})
	return out, err
}

// accountRelations reads every relation of an account's people, by person.
func accountRelations(ctx context.Context, tx *sql.Tx, accountID int64) (map[int64]backend.Relations, error) {
	rels := map[int64]backend.Relations{}
	err := each(ctx, tx, `SELECT r.stakeholder_id, COALESCE(r.reports_to, 0), COALESCE(r.owner_id, 0), r.has_left,
		COALESCE(r.replaced_by, 0) FROM stakeholder_relations r JOIN stakeholders s ON s.id = r.stakeholder_id
		WHERE s.account_id = ?`, accountID, func(rows *sql.Rows) error {
		var r backend.Relations
		if err := rows.Scan(&r.StakeholderID, &r.ReportsToID, &r.OwnerID, &r.Left, &r.ReplacedByID); err != nil {
			return err
		}
		rels[r.StakeholderID] = r
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("stakeholder relations: %w", err)
	}
	err = each(ctx, tx, `SELECT i.from_id, i.to_id, i.strength FROM stakeholder_influences i
		JOIN stakeholders s ON s.id = i.from_id WHERE s.account_id = ? ORDER BY i.from_id, i.to_id`, accountID,
		func(rows *sql.Rows) error {
			var from int64
			var in backend.Influence
			if err := rows.Scan(&from, &in.StakeholderID, &in.Strength); err != nil {
				return err
			}
			r := rels[from]
			r.StakeholderID = from
			r.Influences = append(r.Influences, in)
			rels[from] = r
			return nil
		})
	if err != nil {
		return nil, fmt.Errorf("stakeholder influences: %w", err)
	}
	return rels, nil
}

// currentActions reads the actions of the account's current plan; none
// without a plan.
func currentActions(ctx context.Context, tx *sql.Tx, accountID int64) ([]backend.Action, error) {
	var out []backend.Action
	err := each(ctx, tx, `SELECT title, status FROM plan_actions WHERE plan_id = (`+currentPlanID+`) ORDER BY position`, accountID,
		func(rows *sql.Rows) error {
			var a backend.Action
			err := rows.Scan(&a.Title, &a.Status)
			out = append(out, a)
			return err
		})
	if err != nil {
		return nil, fmt.Errorf("current plan actions: %w", err)
	}
	return out, nil
}

// SaveRelations replaces one stakeholder's relations in one transaction.
// Returns EINVALID (a link out of the account, to themselves, a loop, an
// owner not on the team), ENOTFOUND.
func (d *DB) SaveRelations(ctx context.Context, r backend.Relations) (backend.Relations, error) {
	err := d.write(ctx, func(tx *sql.Tx) error {
		var accountID int64
		err := tx.QueryRowContext(ctx, `SELECT account_id FROM stakeholders WHERE id = ?`, r.StakeholderID).Scan(&accountID)
		if errors.Is(err, sql.ErrNoRows) {
			return backend.Errorf(backend.ENOTFOUND, "That stakeholder no longer exists.")
		} else if err != nil {
			return fmt.Errorf("save relations: %w", err)
		}
		return saveRelations(ctx, tx, accountID, &r)
	})
	return r, err
}

// SaveStakeholderWithRelations saves a stakeholder and its relations in
// one transaction: a failure of either leaves both as they were. Returns
// EINVALID, ENOTFOUND.
func (d *DB) SaveStakeholderWithRelations(ctx context.Context, s backend.Stakeholder, r backend.Relations) (backend.StakeholderEntry, error) {
	if err := s.Validate(); err != nil {
		return backend.StakeholderEntry{}, err
	}
	err := d.write(ctx, func(tx *sql.Tx) error {
		if err := saveStakeholder(ctx, tx, &s); err != nil {
			return err
		}
		r.StakeholderID = s.ID
		return saveRelations(ctx, tx, s.AccountID, &r)
	})
	if err != nil {
		return backend.StakeholderEntry{}, err
	}
	return backend.StakeholderEntry{Stakeholder: s, Relations: r}, nil
}

// accountPeople reads what backend.Relations.Validate checks against.
func accountPeople(ctx context.Context, tx *sql.Tx, accountID int64) (backend.AccountPeople, error) {
	acc := backend.AccountPeople{Names: map[int64]string{}, ReportsTo: map[int64]int64{}}
	err := each(ctx, tx, `SELECT s.id, s.name, COALESCE(r.reports_to, 0) FROM stakeholders s
		LEFT JOIN stakeholder_relations r ON r.stakeholder_id = s.id WHERE s.account_id = ?`, accountID, func(rows *sql.Rows) error {
		var id, boss int64
		var name string
		if err := rows.Scan(&id, &name, &boss); err != nil {
			return err
		}
		acc.Names[id] = name
		if boss != 0 {
			acc.ReportsTo[id] = boss
		}
		return nil
	})
	if err != nil {
		return acc, fmt.Errorf("account people: %w", err)
	}
	return acc, nil
}

// saveRelations validates r against its account and replaces what is
// stored for the stakeholder, inside tx.
func saveRelations(ctx context.Context, tx *sql.Tx, accountID int64, r *backend.Relations) error {
	acc, err := accountPeople(ctx, tx, accountID)
	if err != nil {
		return err
	}
	if err := r.Validate(acc); err != nil {
		return err
	}
	if r.OwnerID != 0 {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM people WHERE id = ?`, r.OwnerID).Scan(&n); err != nil {
			return fmt.Errorf("relations owner: %w", err)
		}
		if n == 0 {
			return backend.Invalid("ownerId", "Choose the owner from your team; that person is no longer on it.")
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO stakeholder_relations (stakeholder_id, reports_to, owner_id, has_left, replaced_by)
		VALUES (?, ?, ?, ?, ?) ON CONFLICT (stakeholder_id) DO UPDATE SET reports_to = excluded.reports_to,
		owner_id = excluded.owner_id, has_left = excluded.has_left, replaced_by = excluded.replaced_by`,
		r.StakeholderID, nullID(r.ReportsToID), nullID(r.OwnerID), r.Left, nullID(r.ReplacedByID)); err != nil {
		return fmt.Errorf("save relations: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM stakeholder_influences WHERE from_id = ?`, r.StakeholderID); err != nil {
		return fmt.Errorf("save influences: %w", err)
	}
	for _, in := range r.Influences {
		if _, err := tx.ExecContext(ctx, `INSERT INTO stakeholder_influences (from_id, to_id, strength) VALUES (?, ?, ?)`,
			r.StakeholderID, in.StakeholderID, in.Strength); err != nil {
			return fmt.Errorf("save influence: %w", err)
		}
	}
	return nil
}

// setReportsTo sets only whom a stakeholder reports to (the contacts
// import's column), keeping the rest of its relations.
func setReportsTo(ctx context.Context, tx *sql.Tx, stakeholderID, boss int64) error {
	if _, err := tx.ExecContext(ctx, `INSERT INTO stakeholder_relations (stakeholder_id, reports_to) VALUES (?, ?)
		ON CONFLICT (stakeholder_id) DO UPDATE SET reports_to = excluded.reports_to`, stakeholderID, nullID(boss)); err != nil {
		return fmt.Errorf("set reports-to: %w", err)
	}
	return nil
}
