package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"accountdesk/backend"

	sqlite3 "github.com/mattn/go-sqlite3"
)

var _ backend.PlanTemplateService = (*DB)(nil)

// templateBody is what one version of a plan template holds, as one JSON value.
type templateBody struct {
	Description string                       `json:"description"`
	Sections    []backend.TemplateSection    `json:"sections"`
	Objectives  []backend.SuggestedObjective `json:"objectives"`
}

// seedPlanTemplates writes the built-in template of each plan type that the
// workspace lacks, as version 1, and gives every plan without a template (one
// made before plans had types) the built-in retention template's version 1.
// One transaction; on a workspace that has them all it only reads.
func seedPlanTemplates(ctx context.Context, db *sql.DB, now string) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("seed plan templates: %w", err)
	}
	defer func() { _ = tx.Rollback() }()
	wrote := false
	for _, t := range backend.BuiltInPlanTemplates() {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM plan_templates WHERE built_in = 1 AND type = ?`, t.Type).Scan(&n); err != nil {
			return fmt.Errorf("seed plan templates: %w", err)
		}
		if n > 0 {
			continue
		}
		t.Normalize()
		name := t.Name
		// A copy someone named like the built-in keeps its name; the built-in gives way.
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM plan_templates WHERE name = ?`, name).Scan(&n); err != nil {
			return fmt.Errorf("seed plan templates: %w", err)
		} else if n > 0 {
			name += " (built in)"
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO plan_templates (name, type, built_in, created_at) VALUES (?, ?, 1, ?)`, name, t.Type, now)
		if err != nil {
			return fmt.Errorf("seed plan templates: %w", err)
		}
		id, err := res.LastInsertId()
		if err != nil {
			return err
		}
		if err := insertTemplateVersion(ctx, tx, id, 1, t, now); err != nil {
			return err
		}
		wrote = true
	}
	if !wrote {
		return nil
	}
	if _, err := tx.ExecContext(ctx, `UPDATE plans SET plan_type = 'retention', template_version = 1,
		template_id = (SELECT id FROM plan_templates WHERE built_in = 1 AND type = 'retention')
		WHERE template_id IS NULL`); err != nil {
		return fmt.Errorf("give plans the retention template: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("seed plan templates: %w", err)
	}
	return nil
}

func insertTemplateVersion(ctx context.Context, tx *sql.Tx, id int64, version int, t backend.PlanTemplate, now string) error {
	body, err := json.Marshal(templateBody{Description: t.Description, Sections: t.Sections, Objectives: t.Objectives})
	if err != nil {
		return fmt.Errorf("template body: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO plan_template_versions (template_id, version, body, saved_at) VALUES (?, ?, ?, ?)`,
		id, version, string(body), now); err != nil {
		return fmt.Errorf("save template version: %w", err)
	}
	return nil
}

const templateVersionQuery = `SELECT t.id, t.name, t.type, t.built_in, v.version, v.body, v.saved_at
	FROM plan_templates t JOIN plan_template_versions v ON v.template_id = t.id`

func scanPlanTemplate(row interface{ Scan(...any) error }) (backend.PlanTemplate, error) {
	var t backend.PlanTemplate
	var body string
	if err := row.Scan(&t.ID, &t.Name, &t.Type, &t.BuiltIn, &t.Version, &body, &t.SavedAt); err != nil {
		return t, err
	}
	var b templateBody
	if err := json.Unmarshal([]byte(body), &b); err != nil {
		return t, fmt.Errorf("template body: %w", err)
	}
	t.Description, t.Sections, t.Objectives = b.Description, b.Sections, b.Objectives
	if t.Sections == nil {
		t.Sections = []backend.TemplateSection{}
	}
	if t.Objectives == nil {
		t.Objectives = []backend.SuggestedObjective{}
	}
	for i := range t.Sections {
		if t.Sections[i].Questions == nil {
			t.Sections[i].Questions = []string{}
		}
	}
	return t, nil
}

// PlanTemplates lists the latest version of every template: built-in first,
// then by type and name.
func (d *DB) PlanTemplates(ctx context.Context) ([]backend.PlanTemplate, error) {
	out := []backend.PlanTemplate{}
	err := d.read(ctx, func(tx *sql.Tx) error {
		return eachRow(ctx, tx, templateVersionQuery+`
			WHERE v.version = (SELECT MAX(version) FROM plan_template_versions WHERE template_id = t.id)
			ORDER BY t.built_in DESC, CASE t.type WHEN 'retention' THEN 0 WHEN 'expansion' THEN 1 ELSE 2 END, t.name`, nil,
			func(r *sql.Rows) error {
				t, err := scanPlanTemplate(r)
				out = append(out, t)
				return err
			})
	})
	return out, err
}

// PlanTemplate returns one version of a template (0: its latest). Returns ENOTFOUND.
func (d *DB) PlanTemplate(ctx context.Context, id int64, version int) (backend.PlanTemplate, error) {
	var t backend.PlanTemplate
	err := d.read(ctx, func(tx *sql.Tx) error {
		var err error
		t, err = findPlanTemplate(ctx, tx, id, version)
		return err
	})
	return t, err
}

// findPlanTemplate reads one version of a template, its latest for version 0.
func findPlanTemplate(ctx context.Context, tx *sql.Tx, id int64, version int) (backend.PlanTemplate, error) {
	q, args := templateVersionQuery+` WHERE t.id = ? AND v.version = ?`, []any{id, version}
	if version == 0 {
		q, args = templateVersionQuery+` WHERE t.id = ? ORDER BY v.version DESC LIMIT 1`, []any{id}
	}
	t, err := scanPlanTemplate(tx.QueryRowContext(ctx, q, args...))
	if errors.Is(err, sql.ErrNoRows) {
		return t, backend.Errorf(backend.ENOTFOUND, "That plan template no longer exists.")
	} else if err != nil {
		return t, fmt.Errorf("find plan template %d: %w", id, err)
	}
	return t, nil
}

// SavePlanTemplate saves t as the next version of its template (its name
// too; its type stays). Returns EINVALID, ENOTFOUND, ECONFLICT (t.Version is
// not the latest, or the name is taken).
func (d *DB) SavePlanTemplate(ctx context.Context, t backend.PlanTemplate) (backend.PlanTemplate, error) {
	t.Normalize()
	var out backend.PlanTemplate
	err := d.write(ctx, func(tx *sql.Tx) error {
		old, err := findPlanTemplate(ctx, tx, t.ID, 0)
		if err != nil {
			return err
		}
		t.Type, t.BuiltIn = old.Type, old.BuiltIn
		if err := t.Validate(); err != nil {
			return err
		}
		if t.Version != old.Version {
			return backend.Errorf(backend.ECONFLICT, "This template was saved elsewhere since you opened it. Reload to see the latest version.")
		}
		if _, err := tx.ExecContext(ctx, `UPDATE plan_templates SET name = ? WHERE id = ?`, t.Name, t.ID); err != nil {
			return templateNameTaken(err, t.Name)
		}
		if err := insertTemplateVersion(ctx, tx, t.ID, old.Version+1, t, d.stamp()); err != nil {
			return err
		}
		out, err = findPlanTemplate(ctx, tx, t.ID, 0)
		return err
	})
	return out, err
}

// CopyPlanTemplate makes a new template, of the same type, from the latest
// version of template id. Returns EINVALID, ENOTFOUND, ECONFLICT (name taken).
func (d *DB) CopyPlanTemplate(ctx context.Context, id int64, name string) (backend.PlanTemplate, error) {
	var out backend.PlanTemplate
	err := d.write(ctx, func(tx *sql.Tx) error {
		t, err := findPlanTemplate(ctx, tx, id, 0)
		if err != nil {
			return err
		}
		t.Name, t.BuiltIn = name, false
		t.Normalize()
		if err := t.Validate(); err != nil {
			return err
		}
		now := d.stamp()
		res, err := tx.ExecContext(ctx, `INSERT INTO plan_templates (name, type, built_in, created_at) VALUES (?, ?, 0, ?)`, t.Name, t.Type, now)
		if err != nil {
			return templateNameTaken(err, t.Name)
		}
		newID, err := res.LastInsertId()
		if err != nil {
			return err
		}
		if err := insertTemplateVersion(ctx, tx, newID, 1, t, now); err != nil {
			return err
		}
		out, err = findPlanTemplate(ctx, tx, newID, 0)
		return err
	})
	return out, err
}

func templateNameTaken(err error, name string) error {
	var se sqlite3.Error
	if errors.As(err, &se) && se.ExtendedCode == sqlite3.ErrConstraintUnique {
		return &backend.Error{Code: backend.ECONFLICT, Field: "name", Message: fmt.Sprintf("A template named %q already exists; choose another name.", name)}
	}
	return fmt.Errorf("save template: %w", err)
}

// templateFor returns the latest version of template id, or of the built-in
// retention template for 0.
func templateFor(ctx context.Context, tx *sql.Tx, id int64) (backend.PlanTemplate, error) {
	if id == 0 {
		err := tx.QueryRowContext(ctx, `SELECT id FROM plan_templates WHERE built_in = 1 AND type = ? ORDER BY id LIMIT 1`,
			backend.PlanRetention).Scan(&id)
		if err != nil {
			return backend.PlanTemplate{}, fmt.Errorf("built-in retention template: %w", err)
		}
	}
	return findPlanTemplate(ctx, tx, id, 0)
}

// countedSections returns, by template id and version, the sections each
// version counts towards completeness: every version, for the accounts list.
func countedSections(ctx context.Context, tx *sql.Tx) (map[templateRef][]string, error) {
	out := map[templateRef][]string{}
	err := eachRow(ctx, tx, `SELECT template_id, version, body FROM plan_template_versions`, nil, func(r *sql.Rows) error {
		var ref templateRef
		var body string
		if err := r.Scan(&ref.id, &ref.version, &body); err != nil {
			return err
		}
		var b templateBody
		if err := json.Unmarshal([]byte(body), &b); err != nil {
			return fmt.Errorf("template body: %w", err)
		}
		out[ref] = backend.PlanTemplate{Sections: b.Sections}.Counted()
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("template sections: %w", err)
	}
	return out, nil
}

// templateRef names one version of a template.
type templateRef struct {
	id      int64
	version int
}

// retentionCounted is what a plan without a template counts: the built-in
// retention template's sections (only a plan whose template is gone has none).
func retentionCounted() []string { return backend.BuiltInPlanTemplates()[0].Counted() }
