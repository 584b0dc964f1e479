package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"accountdesk/backend"

	sqlite3 "github.com/mattn/go-sqlite3"
)

var _ backend.DraftService = (*DB)(nil)

// draftTables maps a kind to its table and key column: fixed names, never input.
var draftTables = map[backend.DraftKind]struct{ table, key, missing string }{
	backend.DraftAccount:   {"account_drafts", "account_id", "That account no longer exists."},
	backend.DraftPlan:      {"plan_drafts", "plan_id", "That plan no longer exists."},
	backend.DraftAppraisal: {"appraisal_drafts", "appraisal_id", "That appraisal no longer exists."},
	backend.DraftOneOnOne:  {"one_on_one_drafts", "one_on_one_id", "That 1:1 no longer exists."},
	backend.DraftPerson:    {"person_drafts", "person_id", "That person is no longer on the roster."},
	backend.DraftSettings:  {"settings_drafts", "workspace_id", "The settings are kept once per workspace."},
	backend.DraftTemplate:  {"template_drafts", "template_id", "That template no longer exists."},
	backend.DraftCycle:     {"cycle_drafts", "cycle_id", "That review cycle no longer exists."},
}

func draftTable(kind backend.DraftKind) (struct{ table, key, missing string }, error) {
	t, ok := draftTables[kind]
	if !ok {
		return t, backend.Invalid("kind", "Drafts are kept for accounts, plans, appraisals, 1:1s, people, settings, onboarding templates and review cycles only.")
	}
	return t, nil
}

// Draft returns the record's draft, or a zero Draft when it has none.
// Returns EINVALID (unknown kind).
func (d *DB) Draft(ctx context.Context, kind backend.DraftKind, id int64) (backend.Draft, error) {
	t, err := draftTable(kind)
	if err != nil {
		return backend.Draft{}, err
	}
	var out backend.Draft
	err = d.read(ctx, func(tx *sql.Tx) error {
		err := tx.QueryRowContext(ctx, `SELECT body, base_version, saved_at FROM `+t.table+` WHERE `+t.key+` = ?`, id).
			Scan(&out.Body, &out.BaseVersion, &out.SavedAt)
		if errors.Is(err, sql.ErrNoRows) {
			return nil
		} else if err != nil {
			return fmt.Errorf("read %s draft: %w", kind, err)
		}
		return nil
	})
	return out, err
}

// KeepDraft stores dr as the record's only draft. Returns EINVALID,
// ENOTFOUND (no such record).
func (d *DB) KeepDraft(ctx context.Context, kind backend.DraftKind, id int64, dr backend.Draft) (backend.Draft, error) {
	t, err := draftTable(kind)
	if err != nil {
		return backend.Draft{}, err
	}
	if err := dr.Validate(); err != nil {
		return backend.Draft{}, err
	}
	dr.SavedAt = d.stamp()
	err = d.write(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO `+t.table+` (`+t.key+`, body, base_version, saved_at) VALUES (?, ?, ?, ?)
			ON CONFLICT (`+t.key+`) DO UPDATE SET body = excluded.body, base_version = excluded.base_version, saved_at = excluded.saved_at`,
			id, dr.Body, dr.BaseVersion, dr.SavedAt)
		var se sqlite3.Error
		if errors.As(err, &se) && se.ExtendedCode == sqlite3.ErrConstraintForeignKey {
			return backend.Errorf(backend.ENOTFOUND, "%s", t.missing)
		} else if err != nil {
			return fmt.Errorf("keep %s draft: %w", kind, err)
		}
		return nil
	})
	if err != nil {
		return backend.Draft{}, err
	}
	return dr, nil
}

// DiscardDraft removes the record's draft, if any. Returns EINVALID (unknown kind).
func (d *DB) DiscardDraft(ctx context.Context, kind backend.DraftKind, id int64) error {
	t, err := draftTable(kind)
	if err != nil {
		return err
	}
	return d.write(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `DELETE FROM `+t.table+` WHERE `+t.key+` = ?`, id); err != nil {
			return fmt.Errorf("discard %s draft: %w", kind, err)
		}
		return nil
	})
}
