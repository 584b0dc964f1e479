package sqlite

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"accountdesk/backend"

	sqlite3 "github.com/mattn/go-sqlite3"
)

var _ backend.PlanService = (*DB)(nil)

// planBody is the plan's free text and short lists, stored as one JSON value.
type planBody struct {
	ExecutiveSummary string   `json:"executiveSummary"`
	Vision           string   `json:"vision"`
	Priorities       []string `json:"priorities"`
	Strengths        []string `json:"strengths"`
	Weaknesses       []string `json:"weaknesses"`
	Opportunities    []string `json:"opportunities"`
	Threats          []string `json:"threats"`
	Competitors      []string `json:"competitors"`
}

// Plans lists every version of every plan of an account, newest first.
func (d *DB) Plans(ctx context.Context, accountID int64) ([]backend.PlanVersion, error) {
	out := []backend.PlanVersion{}
	err := d.read(ctx, func(tx *sql.Tx) error {
		if _, err := findAccount(ctx, tx, accountID); err != nil {
			return err
		}
		rows, err := tx.QueryContext(ctx, `SELECT id, period, version, status, approved_at, updated_at FROM plans
			WHERE account_id = ? ORDER BY period DESC, version DESC`, accountID)
		if err != nil {
			return fmt.Errorf("plans: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var v backend.PlanVersion
			if err := rows.Scan(&v.ID, &v.Period, &v.Version, &v.Status, &v.ApprovedAt, &v.UpdatedAt); err != nil {
				return err
			}
			out = append(out, v)
		}
		return rows.Err()
	})
	return out, err
}

// Plan returns one plan version with its items. Returns ENOTFOUND.
func (d *DB) Plan(ctx context.Context, id int64) (backend.Plan, error) {
	var p backend.Plan
	err := d.read(ctx, func(tx *sql.Tx) error {
		var err error
		p, err = findPlan(ctx, tx, id)
		return err
	})
	return p, err
}

func findPlan(ctx context.Context, tx *sql.Tx, id int64) (backend.Plan, error) {
	var p backend.Plan
	var body string
	err := tx.QueryRowContext(ctx, `SELECT p.id, p.account_id, a.name, p.period, p.version, p.status, p.body,
		p.revenue_target_minor, p.growth_target_pct, p.approved_at, p.updated_at, p.row_version,
		p.plan_type, COALESCE(p.template_id, 0), COALESCE(p.template_version, 0)
		FROM plans p JOIN accounts a ON a.id = p.account_id WHERE p.id = ?`, id).Scan(
		&p.ID, &p.AccountID, &p.AccountName, &p.Period, &p.Version, &p.Status, &body,
		&p.RevenueTargetMinor, &p.GrowthTargetPct, &p.ApprovedAt, &p.UpdatedAt, &p.RowVersion,
		&p.PlanType, &p.TemplateID, &p.TemplateVersion)
	if errors.Is(err, sql.ErrNoRows) {
		return p, backend.Errorf(backend.ENOTFOUND, "That plan no longer exists.")
	} else if err != nil {
		return p, fmt.Errorf("find plan %d: %w", id, err)
	}
	if err := readPlanBody([]byte(body), &p); err != nil {
		return p, err
	}
	if err := loadPlanItems(ctx, tx, &p); err != nil {
		return p, err
	}
	p.PipelineStats = backend.PipelineOf(p.Opps, p.RevenueTargetMinor)
	counted := retentionCounted()
	if p.TemplateID != 0 {
		t, err := findPlanTemplate(ctx, tx, p.TemplateID, p.TemplateVersion)
		if err != nil {
			return p, err
		}
		counted = t.Counted()
	}
	p.Completeness = backend.CompletenessOf(backend.FactsOf(p), counted)
	return p, nil
}

// readPlanBody sets a plan's free text and short lists from its stored body.
func readPlanBody(body []byte, p *backend.Plan) error {
	var b planBody
	if err := json.Unmarshal(body, &b); err != nil {
		return fmt.Errorf("plan %d body: %w", p.ID, err)
	}
	p.ExecutiveSummary, p.Vision = b.ExecutiveSummary, b.Vision
	p.Priorities, p.Strengths, p.Weaknesses = nonNil(b.Priorities), nonNil(b.Strengths), nonNil(b.Weaknesses)
	p.Opportunities, p.Threats, p.Competitors = nonNil(b.Opportunities), nonNil(b.Threats), nonNil(b.Competitors)
	return nil
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func loadPlanItems(ctx context.Context, tx *sql.Tx, p *backend.Plan) error {
	p.Objectives, p.Opps, p.Risks, p.Actions = []backend.Objective{}, []backend.Opportunity{}, []backend.Risk{}, []backend.Action{}
	err := each(ctx, tx, `SELECT key, title, kpi, unit, baseline, target, current, cadence, due, owner, COALESCE(owner_id, 0), status
		FROM plan_objectives WHERE plan_id = ? ORDER BY position`, p.ID, func(r *sql.Rows) error {
		var o backend.Objective
		err := r.Scan(&o.Key, &o.Title, &o.KPI, &o.Unit, &o.Baseline, &o.Target, &o.Current, &o.Cadence, &o.Due, &o.Owner, &o.OwnerID, &o.Status)
		p.Objectives = append(p.Objectives, o)
		return err
	})
	if err != nil {
		return err
	}
	err = each(ctx, tx, `SELECT key, title, service_line, type, value_minor, probability, stage, expected_close
		FROM plan_opportunities WHERE plan_id = ? ORDER BY position`, p.ID, func(r *sql.Rows) error {
		var o backend.Opportunity
		err := r.Scan(&o.Key, &o.Title, &o.ServiceLine, &o.Type, &o.ValueMinor, &o.Probability, &o.Stage, &o.ExpectedClose)
		p.Opps = append(p.Opps, o)
		return err
	})
	if err != nil {
		return err
	}
	if err := fillWhitespaceOrigins(ctx, tx, p); err != nil {
		return err
	}
	err = each(ctx, tx, `SELECT key, title, category, likelihood, impact, mitigation, owner, COALESCE(owner_id, 0), status
		FROM plan_risks WHERE plan_id = ? ORDER BY position`, p.ID, func(r *sql.Rows) error {
		var k backend.Risk
		err := r.Scan(&k.Key, &k.Title, &k.Category, &k.Likelihood, &k.Impact, &k.Mitigation, &k.Owner, &k.OwnerID, &k.Status)
		p.Risks = append(p.Risks, k)
		return err
	})
	if err != nil {
		return err
	}
	return each(ctx, tx, `SELECT key, title, owner, COALESCE(owner_id, 0), due, status, objective_key FROM plan_actions WHERE plan_id = ? ORDER BY position`,
		p.ID, func(r *sql.Rows) error {
			var a backend.Action
			err := r.Scan(&a.Key, &a.Title, &a.Owner, &a.OwnerID, &a.Due, &a.Status, &a.ObjectiveKey)
			p.Actions = append(p.Actions, a)
			return err
		})
}

// ids returns the first column of every row of query: the ids to load next.
func ids(ctx context.Context, tx *sql.Tx, query string, arg any) ([]int64, error) {
	var out []int64
	err := each(ctx, tx, query, arg, func(r *sql.Rows) error {
		var id int64
		err := r.Scan(&id)
		out = append(out, id)
		return err
	})
	return out, err
}

// each runs query and calls fn for every row.
func each(ctx context.Context, tx *sql.Tx, query string, arg any, fn func(*sql.Rows) error) error {
	return eachRow(ctx, tx, query, []any{arg}, fn)
}

// eachRow is each with any number of arguments.
func eachRow(ctx context.Context, tx *sql.Tx, query string, args []any, fn func(*sql.Rows) error) error {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return fmt.Errorf("query: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// CreatePlan starts version 1 of a plan for a period. Returns EINVALID,
// ENOTFOUND (account), ECONFLICT (a plan for that period exists).
func (d *DB) CreatePlan(ctx context.Context, accountID int64, period string) (backend.Plan, error) {
	return d.StartPlan(ctx, accountID, period, 0)
}

// StartPlan is CreatePlan from the latest version of a template (0: the
// built-in retention template), whose type the plan takes. Returns EINVALID,
// ENOTFOUND (account or template), ECONFLICT (a plan for that period exists).
func (d *DB) StartPlan(ctx context.Context, accountID int64, period string, templateID int64) (backend.Plan, error) {
	p := backend.Plan{AccountID: accountID, Period: period, Version: 1, Status: backend.PlanDraft}
	p.Normalize()
	if err := p.Validate(); err != nil {
		return backend.Plan{}, err
	}
	var out backend.Plan
	err := d.write(ctx, func(tx *sql.Tx) error {
		if _, err := findAccount(ctx, tx, accountID); err != nil {
			return err
		}
		t, err := templateFor(ctx, tx, templateID)
		if err != nil {
			return err
		}
		p.PlanType, p.TemplateID, p.TemplateVersion = t.Type, t.ID, t.Version
		id, err := insertPlan(ctx, tx, p, d.stamp())
		if err != nil {
			return err
		}
		out, err = findPlan(ctx, tx, id)
		return err
	})
	return out, err
}

func insertPlan(ctx context.Context, tx *sql.Tx, p backend.Plan, now string) (int64, error) {
	res, err := tx.ExecContext(ctx, `INSERT INTO plans (account_id, period, version, status, body, revenue_target_minor,
		growth_target_pct, plan_type, template_id, template_version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		p.AccountID, p.Period, p.Version, p.Status, mustBody(p), p.RevenueTargetMinor, p.GrowthTargetPct,
		defaultType(p.PlanType), nullID(p.TemplateID), nullVersion(p.TemplateVersion), now, now)
	var se sqlite3.Error
	if errors.As(err, &se) && se.ExtendedCode == sqlite3.ErrConstraintUnique {
		return 0, &backend.Error{Code: backend.ECONFLICT, Field: "period", Message: "This account already has a plan for that period."}
	} else if err != nil {
		return 0, fmt.Errorf("insert plan: %w", err)
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, err
	}
	return id, writePlanItems(ctx, tx, id, p)
}

func mustBody(p backend.Plan) string {
	b, _ := json.Marshal(planBody{ExecutiveSummary: p.ExecutiveSummary, Vision: p.Vision, Priorities: p.Priorities,
		Strengths: p.Strengths, Weaknesses: p.Weaknesses, Opportunities: p.Opportunities, Threats: p.Threats, Competitors: p.Competitors})
	return string(b)
}

// SavePlan saves a draft or in-review plan and all its items in one
// transaction. Returns EINVALID, ENOTFOUND, ELOCKED, ECONFLICT.
func (d *DB) SavePlan(ctx context.Context, p backend.Plan) (backend.Plan, error) {
	p.Normalize()
	assignKeys(&p)
	if err := p.Validate(); err != nil {
		return backend.Plan{}, err
	}
	var out backend.Plan
	err := d.write(ctx, func(tx *sql.Tx) error {
		old, err := findPlan(ctx, tx, p.ID)
		if err != nil {
			return err
		}
		if old.Status == backend.PlanApproved || old.Status == backend.PlanArchived {
			return backend.Errorf(backend.ELOCKED, "Version %d is %s and cannot change. Start a new version to edit it.", old.Version, old.Status)
		}
		if old.RowVersion != p.RowVersion {
			return backend.Errorf(backend.ECONFLICT, "This plan was changed elsewhere since you opened it. Reload to see the latest.")
		}
		if p.Period != old.Period {
			return backend.Invalid("period", "The period of a plan cannot change; start a plan for the new period.")
		}
		_, err = tx.ExecContext(ctx, `UPDATE plans SET body = ?, revenue_target_minor = ?, growth_target_pct = ?,
			row_version = row_version + 1, updated_at = ? WHERE id = ?`,
			mustBody(p), p.RevenueTargetMinor, p.GrowthTargetPct, d.stamp(), p.ID)
		if err != nil {
			return fmt.Errorf("save plan: %w", err)
		}
		for _, table := range []string{"plan_objectives", "plan_opportunities", "plan_risks", "plan_actions"} {
			if _, err := tx.ExecContext(ctx, `DELETE FROM `+table+` WHERE plan_id = ?`, p.ID); err != nil {
				return fmt.Errorf("clear %s: %w", table, err)
			}
		}
		if err := writePlanItems(ctx, tx, p.ID, p); err != nil {
			return err
		}
		out, err = findPlan(ctx, tx, p.ID)
		return err
	})
	return out, err
}

// assignKeys gives new items a stable key so versions can be compared.
func assignKeys(p *backend.Plan) {
	for i := range p.Objectives {
		p.Objectives[i].Key = keyOr(p.Objectives[i].Key)
	}
	for i := range p.Opps {
		p.Opps[i].Key = keyOr(p.Opps[i].Key)
	}
	for i := range p.Risks {
		p.Risks[i].Key = keyOr(p.Risks[i].Key)
	}
	for i := range p.Actions {
		p.Actions[i].Key = keyOr(p.Actions[i].Key)
	}
}

func keyOr(k string) string {
	if k != "" {
		return k
	}
	b := make([]byte, 8)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

func writePlanItems(ctx context.Context, tx *sql.Tx, id int64, p backend.Plan) error {
	if err := resolveOwners(ctx, tx, &p); err != nil {
		return err
	}
	for i, o := range p.Objectives {
		if _, err := tx.ExecContext(ctx, `INSERT INTO plan_objectives (plan_id, position, key, title, kpi, unit, baseline, target,
			current, cadence, due, owner, owner_id, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			id, i, o.Key, o.Title, o.KPI, o.Unit, o.Baseline, o.Target, o.Current, o.Cadence, o.Due, o.Owner, nullID(o.OwnerID), o.Status); err != nil {
			return fmt.Errorf("save objective: %w", err)
		}
	}
	for i, o := range p.Opps {
		if _, err := tx.ExecContext(ctx, `INSERT INTO plan_opportunities (plan_id, position, key, title, service_line, type,
			value_minor, probability, stage, expected_close) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			id, i, o.Key, o.Title, o.ServiceLine, o.Type, o.ValueMinor, o.Probability, o.Stage, o.ExpectedClose); err != nil {
			return fmt.Errorf("save opportunity: %w", err)
		}
	}
	for i, r := range p.Risks {
		if _, err := tx.ExecContext(ctx, `INSERT INTO plan_risks (plan_id, position, key, title, category, likelihood, impact,
			mitigation, owner, owner_id, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			id, i, r.Key, r.Title, r.Category, r.Likelihood, r.Impact, r.Mitigation, r.Owner, nullID(r.OwnerID), r.Status); err != nil {
			return fmt.Errorf("save risk: %w", err)
		}
	}
	for i, a := range p.Actions {
		if _, err := tx.ExecContext(ctx, `INSERT INTO plan_actions (plan_id, position, key, title, owner, owner_id, due, status, objective_key)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, id, i, a.Key, a.Title, a.Owner, nullID(a.OwnerID), a.Due, a.Status, a.ObjectiveKey); err != nil {
			return fmt.Errorf("save action: %w", err)
		}
	}
	return nil
}

// SetPlanStatus moves a plan through its workflow. Approving archives the
// previously approved version of the same period. Returns EINVALID for a
// transition the workflow does not allow, ENOTFOUND.
func (d *DB) SetPlanStatus(ctx context.Context, id int64, status string) (backend.Plan, error) {
	var out backend.Plan
	err := d.write(ctx, func(tx *sql.Tx) error {
		p, err := findPlan(ctx, tx, id)
		if err != nil {
			return err
		}
		if !backend.CanTransition(p.Status, status) {
			return backend.Invalid("status", "A plan that is %s cannot become %s.", wordsOf(p.Status), wordsOf(status))
		}
		now := d.stamp()
		approvedAt := p.ApprovedAt
		if status == backend.PlanApproved {
			approvedAt = now
			if _, err := tx.ExecContext(ctx, `UPDATE plans SET status = 'archived', updated_at = ?
				WHERE account_id = ? AND period = ? AND status = 'approved' AND id != ?`, now, p.AccountID, p.Period, id); err != nil {
				return fmt.Errorf("archive older versions: %w", err)
			}
		}
		// The status is not content: row_version (which guards edits of the
		// content) stays, so an editor open on the plan keeps saving.
		if _, err := tx.ExecContext(ctx, `UPDATE plans SET status = ?, approved_at = ?, updated_at = ?
			WHERE id = ?`, status, approvedAt, now, id); err != nil {
			return fmt.Errorf("plan status: %w", err)
		}
		out, err = findPlan(ctx, tx, id)
		return err
	})
	return out, err
}

func wordsOf(s string) string {
	switch s {
	case backend.PlanInReview:
		return "in review"
	}
	return s
}

// NewPlanVersion copies an approved (or archived) plan into the next draft
// version, keeping item keys so versions can be compared. Returns ECONFLICT
// when a draft or later version already exists, EINVALID for a plan that is
// still a draft.
func (d *DB) NewPlanVersion(ctx context.Context, id int64) (backend.Plan, error) {
	var out backend.Plan
	err := d.write(ctx, func(tx *sql.Tx) error {
		p, err := findPlan(ctx, tx, id)
		if err != nil {
			return err
		}
		if p.Status == backend.PlanDraft || p.Status == backend.PlanInReview {
			return backend.Errorf(backend.EINVALID, "This version can still be edited; no new version is needed.")
		}
		var latest int
		if err := tx.QueryRowContext(ctx, `SELECT MAX(version) FROM plans WHERE account_id = ? AND period = ?`,
			p.AccountID, p.Period).Scan(&latest); err != nil {
			return fmt.Errorf("latest version: %w", err)
		}
		if latest != p.Version {
			return backend.Errorf(backend.ECONFLICT, "Version %d of this plan already exists; edit that one.", latest)
		}
		p.Version, p.Status, p.ApprovedAt = latest+1, backend.PlanDraft, ""
		newID, err := insertPlan(ctx, tx, p, d.stamp())
		if err != nil {
			return err
		}
		out, err = findPlan(ctx, tx, newID)
		return err
	})
	return out, err
}

// SetPlanTemplate switches a draft plan to the latest version of another
// template, and so to that template's type. The plan's content stays; its
// row version too (the type is not what the editor edits). Returns ENOTFOUND,
// ELOCKED (not a draft).
func (d *DB) SetPlanTemplate(ctx context.Context, id, templateID int64) (backend.Plan, error) {
	var out backend.Plan
	err := d.write(ctx, func(tx *sql.Tx) error {
		p, err := findPlan(ctx, tx, id)
		if err != nil {
			return err
		}
		if p.Status != backend.PlanDraft {
			return backend.Errorf(backend.ELOCKED, "The plan's type can change only while it is a draft; this version is %s.", wordsOf(p.Status))
		}
		t, err := findPlanTemplate(ctx, tx, templateID, 0)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE plans SET plan_type = ?, template_id = ?, template_version = ?, updated_at = ? WHERE id = ?`,
			t.Type, t.ID, t.Version, d.stamp(), id); err != nil {
			return fmt.Errorf("plan template: %w", err)
		}
		out, err = findPlan(ctx, tx, id)
		return err
	})
	return out, err
}

func defaultType(t string) string {
	if t == "" {
		return backend.PlanRetention
	}
	return t
}

func nullVersion(v int) any {
	if v == 0 {
		return nil
	}
	return v
}

// ComparePlans lists what changed from plan a to plan b. Returns ENOTFOUND.
func (d *DB) ComparePlans(ctx context.Context, a, b int64) ([]backend.Change, error) {
	var out []backend.Change
	err := d.read(ctx, func(tx *sql.Tx) error {
		pa, err := findPlan(ctx, tx, a)
		if err != nil {
			return err
		}
		pb, err := findPlan(ctx, tx, b)
		if err != nil {
			return err
		}
		if pa.AccountID != pb.AccountID {
			return backend.Errorf(backend.EINVALID, "Only versions of the same account's plan can be compared.")
		}
		out = backend.DiffPlans(pa, pb)
		return nil
	})
	if out == nil {
		out = []backend.Change{}
	}
	return out, err
}

// resolveOwners links owners to team members: an owner id must be on the
// roster (its name then becomes the owner text); a typed name that matches
// someone on the roster, ignoring case, is linked to them; any other name
// stays as text.
func resolveOwners(ctx context.Context, tx *sql.Tx, p *backend.Plan) error {
	byID := map[int64]string{}
	byName := map[string]int64{}
	err := each(ctx, tx, `SELECT id, name FROM people WHERE id > ? ORDER BY id DESC`, 0, func(r *sql.Rows) error {
		var id int64
		var name string
		err := r.Scan(&id, &name)
		byID[id] = name
		byName[strings.ToLower(strings.TrimSpace(name))] = id // lowest id wins on a shared name
		return err
	})
	if err != nil {
		return err
	}
	resolve := func(field string, owner *string, id *int64) error {
		if *id != 0 {
			name, ok := byID[*id]
			if !ok {
				return backend.Invalid(field, "The owner chosen is no longer on the roster.")
			}
			*owner = name
			return nil
		}
		*owner = strings.TrimSpace(*owner)
		if match, ok := byName[strings.ToLower(*owner)]; ok {
			*id, *owner = match, byID[match]
		}
		return nil
	}
	for i := range p.Objectives {
		if err := resolve("objectives."+strconv.Itoa(i)+".ownerId", &p.Objectives[i].Owner, &p.Objectives[i].OwnerID); err != nil {
			return err
		}
	}
	for i := range p.Risks {
		if err := resolve("risks."+strconv.Itoa(i)+".ownerId", &p.Risks[i].Owner, &p.Risks[i].OwnerID); err != nil {
			return err
		}
	}
	for i := range p.Actions {
		if err := resolve("actions."+strconv.Itoa(i)+".ownerId", &p.Actions[i].Owner, &p.Actions[i].OwnerID); err != nil {
			return err
		}
	}
	return nil
}

func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}
