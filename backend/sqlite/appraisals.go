package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"accountdesk/backend"

	sqlite3 "github.com/mattn/go-sqlite3"
)

var _ backend.AppraisalService = (*DB)(nil)

// appraisalBody is the stored JSON of an appraisal's ratings and text.
type appraisalBody struct {
	Competencies     []backend.Rating     `json:"competencies"`
	Goals            []backend.Goal       `json:"goals"`
	OverrideScore    float64              `json:"overrideScore"`
	OverrideReason   string               `json:"overrideReason"`
	Potential        string               `json:"potential"`
	Strengths        string               `json:"strengths"`
	DevelopmentAreas string               `json:"developmentAreas"`
	DevelopmentPlan  []backend.DevAction  `json:"developmentPlan"`
	Compensation     backend.Compensation `json:"compensation"`
}

// Cycles returns every review cycle, newest period first, with counts by
// state: two queries whatever the number of cycles.
func (d *DB) Cycles(ctx context.Context) ([]backend.Cycle, error) {
	out := []backend.Cycle{}
	err := d.read(ctx, func(tx *sql.Tx) error {
		at := map[int64]int{}
		err := each(ctx, tx, `SELECT `+cycleColumns+` FROM cycles WHERE id > ? ORDER BY period_to DESC, id DESC`, 0,
			func(r *sql.Rows) error {
				c, err := scanCycle(r)
				at[c.ID] = len(out)
				out = append(out, c)
				return err
			})
		if err != nil {
			return err
		}
		return each(ctx, tx, `SELECT cycle_id, status, COUNT(*) FROM appraisals WHERE cycle_id > ? GROUP BY cycle_id, status`, 0,
			func(r *sql.Rows) error {
				var id int64
				var s string
				var n int
				err := r.Scan(&id, &s, &n)
				if i, ok := at[id]; ok {
					out[i].ByState[s] = n
				}
				return err
			})
	})
	return out, err
}

const cycleColumns = `id, name, type, period_from, period_to, due, status, closed_reason, scale, competencies`

// scanCycle reads one row of cycleColumns; ByState is empty, not nil.
func scanCycle(r interface{ Scan(...any) error }) (backend.Cycle, error) {
	var c backend.Cycle
	var scale, comps string
	if err := r.Scan(&c.ID, &c.Name, &c.Type, &c.PeriodFrom, &c.PeriodTo, &c.Due, &c.Status, &c.ClosedReason, &scale, &comps); err != nil {
		return c, err
	}
	if err := json.Unmarshal([]byte(scale), &c.Scale); err != nil {
		return c, fmt.Errorf("cycle %d scale: %w", c.ID, err)
	}
	if err := json.Unmarshal([]byte(comps), &c.Competencies); err != nil {
		return c, fmt.Errorf("cycle %d competencies: %w", c.ID, err)
	}
	c.ByState = map[string]int{}
	return c, nil
}

func findCycle(ctx context.Context, tx *sql.Tx, id int64) (backend.Cycle, error) {
	c, err := scanCycle(tx.QueryRowContext(ctx, `SELECT `+cycleColumns+` FROM cycles WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return c, backend.Errorf(backend.ENOTFOUND, "That review cycle no longer exists.")
	} else if err != nil {
		return c, fmt.Errorf("find cycle: %w", err)
	}
	err = each(ctx, tx, `SELECT status, COUNT(*) FROM appraisals WHERE cycle_id = ? GROUP BY status`, id, func(r *sql.Rows) error {
		var s string
		var n int
		err := r.Scan(&s, &n)
		c.ByState[s] = n
		return err
	})
	return c, err
}

// SaveCycle creates (ID 0) or updates a cycle. Its scale and competencies can
// change only while it is a draft. Returns EINVALID, ENOTFOUND, ELOCKED.
func (d *DB) SaveCycle(ctx context.Context, c backend.Cycle) (backend.Cycle, error) {
	if err := c.Validate(); err != nil {
		return backend.Cycle{}, err
	}
	scale, _ := json.Marshal(c.Scale)
	comps, _ := json.Marshal(c.Competencies)
	var out backend.Cycle
	err := d.write(ctx, func(tx *sql.Tx) error {
		id := c.ID
		if id == 0 {
			res, err := tx.ExecContext(ctx, `INSERT INTO cycles (name, type, period_from, period_to, due, status, scale, competencies, created_at)
				VALUES (?, ?, ?, ?, ?, 'draft', ?, ?, ?)`, c.Name, c.Type, c.PeriodFrom, c.PeriodTo, c.Due, string(scale), string(comps), d.stamp())
			if err != nil {
				return fmt.Errorf("add cycle: %w", err)
			}
			if id, err = res.LastInsertId(); err != nil {
				return err
			}
		} else {
			old, err := findCycle(ctx, tx, id)
			if err != nil {
				return err
			}
			if old.Status == backend.CycleClosed {
				return backend.Errorf(backend.ELOCKED, "This cycle is closed.")
			}
			if old.Status != backend.CycleDraft {
				scale, _ = json.Marshal(old.Scale)
				comps, _ = json.Marshal(old.Competencies)
			}
			if _, err := tx.ExecContext(ctx, `UPDATE cycles SET name = ?, type = ?, period_from = ?, period_to = ?, due = ?, scale = ?, competencies = ?
				WHERE id = ?`, c.Name, c.Type, c.PeriodFrom, c.PeriodTo, c.Due, string(scale), string(comps), id); err != nil {
				return fmt.Errorf("save cycle: %w", err)
			}
			if old.Status == backend.CycleDraft {
				if err := resyncAppraisals(ctx, tx, id, c); err != nil {
					return err
				}
			}
		}
		var err error
		out, err = findCycle(ctx, tx, id)
		return err
	})
	return out, err
}

// resyncAppraisals gives the appraisals of a draft cycle its current
// competencies and scale: ratings of competencies that stay are kept (with
// the new weight), new ones start unrated, removed ones go, and a rating the
// new scale no longer has is cleared. Changed appraisals get a new version,
// so an editor open on the old list cannot save over it.
func resyncAppraisals(ctx context.Context, tx *sql.Tx, cycleID int64, c backend.Cycle) error {
	type row struct {
		id   int64
		body appraisalBody
	}
	var rows []row
	err := each(ctx, tx, `SELECT id, body FROM appraisals WHERE cycle_id = ?`, cycleID, func(r *sql.Rows) error {
		var x row
		var raw string
		if err := r.Scan(&x.id, &raw); err != nil {
			return err
		}
		if err := json.Unmarshal([]byte(raw), &x.body); err != nil {
			return fmt.Errorf("appraisal %d body: %w", x.id, err)
		}
		rows = append(rows, x)
		return nil
	})
	if err != nil {
		return err
	}
	inScale := func(v int) int {
		if v < c.Scale.Min || v > c.Scale.Max {
			return 0
		}
		return v
	}
	for _, x := range rows {
		had := map[string]backend.Rating{}
		for _, r := range x.body.Competencies {
			had[r.Key] = r
		}
		next := make([]backend.Rating, 0, len(c.Competencies))
		for _, k := range c.Competencies {
			r, ok := had[k.Key]
			if !ok {
				r = backend.Rating{Key: k.Key}
			}
			r.Weight, r.Self, r.Manager = k.Weight, inScale(r.Self), inScale(r.Manager)
			next = append(next, r)
		}
		for i := range x.body.Goals {
			x.body.Goals[i].Self, x.body.Goals[i].Manager = inScale(x.body.Goals[i].Self), inScale(x.body.Goals[i].Manager)
		}
		x.body.Competencies = next
		raw, err := json.Marshal(x.body)
		if err != nil {
			return fmt.Errorf("appraisal %d body: %w", x.id, err)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE appraisals SET body = ?, version = version + 1 WHERE id = ? AND body != ?`, string(raw), x.id, string(raw)); err != nil {
			return fmt.Errorf("resync appraisal %d: %w", x.id, err)
		}
	}
	return nil
}

// SetCycleStatus moves a cycle draft → open → calibration → closed. A cycle
// with unfinished appraisals closes only with a reason. Returns EINVALID, ENOTFOUND.
func (d *DB) SetCycleStatus(ctx context.Context, id int64, status, reason string) (backend.Cycle, error) {
	var out backend.Cycle
	err := d.write(ctx, func(tx *sql.Tx) error {
		c, err := findCycle(ctx, tx, id)
		if err != nil {
			return err
		}
		next := map[string]string{backend.CycleDraft: backend.CycleOpen, backend.CycleOpen: backend.CycleCalibration, backend.CycleCalibration: backend.CycleClosed}
		if next[c.Status] != status {
			return backend.Invalid("status", "A cycle that is %s cannot become %s.", c.Status, status)
		}
		reason = strings.TrimSpace(reason)
		if status == backend.CycleClosed {
			unfinished := 0
			for s, n := range c.ByState {
				if !backend.Locked(s) {
					unfinished += n
				}
			}
			if unfinished > 0 && reason == "" {
				return backend.Invalid("reason", "%d appraisal(s) are not finalized; say why the cycle closes anyway.", unfinished)
			}
		}
		if _, err := tx.ExecContext(ctx, `UPDATE cycles SET status = ?, closed_reason = ? WHERE id = ?`, status, reason, id); err != nil {
			return fmt.Errorf("cycle status: %w", err)
		}
		out, err = findCycle(ctx, tx, id)
		return err
	})
	return out, err
}

// AddParticipants creates an appraisal for each person in the cycle, with
// goals seeded from their last appraisal's next-period goals and development
// plan. People already in the cycle are skipped. Returns ENOTFOUND, ELOCKED.
func (d *DB) AddParticipants(ctx context.Context, cycleID int64, personIDs []int64) ([]backend.AppraisalSummary, error) {
	err := d.write(ctx, func(tx *sql.Tx) error {
		c, err := findCycle(ctx, tx, cycleID)
		if err != nil {
			return err
		}
		if c.Status == backend.CycleClosed {
			return backend.Errorf(backend.ELOCKED, "This cycle is closed.")
		}
		for _, pid := range personIDs {
			body := appraisalBody{DevelopmentPlan: []backend.DevAction{}, Compensation: backend.Compensation{Kind: backend.CompNone}}
			for _, k := range c.Competencies {
				body.Competencies = append(body.Competencies, backend.Rating{Key: k.Key, Weight: k.Weight})
			}
			body.Goals, err = seedGoals(ctx, tx, pid)
			if err != nil {
				return err
			}
			raw, _ := json.Marshal(body)
			_, err := tx.ExecContext(ctx, `INSERT INTO appraisals (cycle_id, person_id, status, body) VALUES (?, ?, 'draft', ?)`, cycleID, pid, string(raw))
			var se sqlite3.Error
			if errors.As(err, &se) && se.ExtendedCode == sqlite3.ErrConstraintUnique {
				continue
			} else if errors.As(err, &se) && se.Code == sqlite3.ErrConstraint {
				return backend.Invalid("personIds", "Someone chosen is no longer on the roster.")
			} else if err != nil {
				return fmt.Errorf("add participant: %w", err)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return d.CycleAppraisals(ctx, cycleID)
}

// seedGoals carries the last appraisal's next-period goals and development
// plan into a new appraisal as goals.
func seedGoals(ctx context.Context, tx *sql.Tx, personID int64) ([]backend.Goal, error) {
	goals := []backend.Goal{}
	var raw string
	err := tx.QueryRowContext(ctx, `SELECT a.body FROM appraisals a JOIN cycles c ON c.id = a.cycle_id
		WHERE a.person_id = ? ORDER BY c.period_to DESC LIMIT 1`, personID).Scan(&raw)
	if errors.Is(err, sql.ErrNoRows) {
		return goals, nil
	} else if err != nil {
		return nil, fmt.Errorf("last appraisal: %w", err)
	}
	var last appraisalBody
	if err := json.Unmarshal([]byte(raw), &last); err != nil {
		return nil, err
	}
	for _, g := range last.Goals {
		if g.NextPeriod {
			goals = append(goals, backend.Goal{Title: g.Title, Rating: backend.Rating{Key: g.Key, Weight: g.Weight}})
		}
	}
	for i, p := range last.DevelopmentPlan {
		goals = append(goals, backend.Goal{Title: "Development: " + p.Action, Rating: backend.Rating{Key: fmt.Sprintf("dev-%d", i), Weight: 5}})
	}
	return goals, nil
}

// CycleAppraisals lists a cycle's participants with state and score.
func (d *DB) CycleAppraisals(ctx context.Context, cycleID int64) ([]backend.AppraisalSummary, error) {
	var out []backend.AppraisalSummary
	err := d.read(ctx, func(tx *sql.Tx) error {
		var err error
		out, err = appraisalSummaries(ctx, tx, `SELECT a.id FROM appraisals a JOIN people p ON p.id = a.person_id
			WHERE a.cycle_id = ? ORDER BY p.name`, cycleID)
		return err
	})
	return out, err
}

// appraisalSummaries loads the appraisals query selects and sums each up,
// with the override in place of the computed rating when there is one.
func appraisalSummaries(ctx context.Context, tx *sql.Tx, query string, arg any) ([]backend.AppraisalSummary, error) {
	list, err := ids(ctx, tx, query, arg)
	if err != nil {
		return nil, err
	}
	out := []backend.AppraisalSummary{}
	for _, id := range list {
		a, err := findAppraisal(ctx, tx, id)
		if err != nil {
			return nil, err
		}
		s := backend.AppraisalSummary{ID: a.ID, PersonID: a.PersonID, PersonName: a.PersonName, CycleName: a.CycleName,
			ManagerName: a.ManagerName, Status: a.Status, Score: a.Overall.Score, Overridden: a.OverrideScore != 0, Potential: a.Potential}
		if s.Overridden {
			s.Score = a.OverrideScore
		}
		s.Performance = backend.PerformanceBand(s.Score, a.Scale)
		if err := tx.QueryRowContext(ctx, `SELECT role FROM people WHERE id = ?`, a.PersonID).Scan(&s.Role); err != nil {
			return nil, fmt.Errorf("appraisal role: %w", err)
		}
		out = append(out, s)
	}
	return out, nil
}

// Appraisal returns one appraisal with its computed overall rating. Returns ENOTFOUND.
func (d *DB) Appraisal(ctx context.Context, id int64) (backend.Appraisal, error) {
	var a backend.Appraisal
	err := d.read(ctx, func(tx *sql.Tx) error {
		var err error
		a, err = findAppraisal(ctx, tx, id)
		return err
	})
	return a, err
}

func findAppraisal(ctx context.Context, tx *sql.Tx, id int64) (backend.Appraisal, error) {
	var a backend.Appraisal
	var body, scale string
	var evidence sql.NullString
	err := tx.QueryRowContext(ctx, `SELECT a.id, a.cycle_id, c.name, a.person_id, p.name, COALESCE(m.name, ''), a.status, c.scale,
		a.body, a.private_notes, a.ack_date, a.ack_comment, a.evidence, a.version
		FROM appraisals a JOIN cycles c ON c.id = a.cycle_id JOIN people p ON p.id = a.person_id
		LEFT JOIN people m ON m.id = p.reports_to WHERE a.id = ?`, id).Scan(&a.ID, &a.CycleID, &a.CycleName, &a.PersonID, &a.PersonName,
		&a.ManagerName, &a.Status, &scale, &body, &a.PrivateNotes, &a.AckDate, &a.AckComment, &evidence, &a.Version)
	if errors.Is(err, sql.ErrNoRows) {
		return a, backend.Errorf(backend.ENOTFOUND, "That appraisal no longer exists.")
	} else if err != nil {
		return a, fmt.Errorf("find appraisal: %w", err)
	}
	if err := json.Unmarshal([]byte(scale), &a.Scale); err != nil {
		return a, err
	}
	var b appraisalBody
	if err := json.Unmarshal([]byte(body), &b); err != nil {
		return a, err
	}
	a.Competencies, a.Goals, a.DevelopmentPlan = b.Competencies, b.Goals, b.DevelopmentPlan
	a.OverrideScore, a.OverrideReason, a.Strengths, a.DevelopmentAreas, a.Compensation = b.OverrideScore, b.OverrideReason, b.Strengths, b.DevelopmentAreas, b.Compensation
	a.Potential = b.Potential
	if a.Goals == nil {
		a.Goals = []backend.Goal{}
	}
	if a.DevelopmentPlan == nil {
		a.DevelopmentPlan = []backend.DevAction{}
	}
	if evidence.Valid {
		a.Evidence = &backend.Evidence{}
		if err := json.Unmarshal([]byte(evidence.String), a.Evidence); err != nil {
			return a, err
		}
	}
	a.Overall = backend.OverallRating(a.Items(), a.Scale)
	return a, nil
}

// SaveAppraisal saves ratings and text. Returns EINVALID (also for ratings
// the stage does not open: backend.CheckStageEdits), ENOTFOUND, ELOCKED
// (finalized: reopen first), ECONFLICT (changed elsewhere).
func (d *DB) SaveAppraisal(ctx context.Context, a backend.Appraisal) (backend.Appraisal, error) {
	var out backend.Appraisal
	err := d.write(ctx, func(tx *sql.Tx) error {
		old, err := findAppraisal(ctx, tx, a.ID)
		if err != nil {
			return err
		}
		if backend.Locked(old.Status) {
			return backend.Errorf(backend.ELOCKED, "This appraisal is finalized and locked. Reopen it, with a reason, to change it.")
		}
		if old.Version != a.Version {
			return backend.Errorf(backend.ECONFLICT, "This appraisal was changed elsewhere since you opened it. Reload to see the latest.")
		}
		a.Scale = old.Scale
		if err := a.Validate(); err != nil {
			return err
		}
		if err := backend.CheckStageEdits(old, a); err != nil {
			return err
		}
		body, _ := json.Marshal(appraisalBody{Competencies: a.Competencies, Goals: a.Goals, OverrideScore: a.OverrideScore,
			OverrideReason: a.OverrideReason, Potential: a.Potential, Strengths: a.Strengths, DevelopmentAreas: a.DevelopmentAreas,
			DevelopmentPlan: a.DevelopmentPlan, Compensation: a.Compensation})
		if _, err := tx.ExecContext(ctx, `UPDATE appraisals SET body = ?, private_notes = ?, version = version + 1 WHERE id = ?`,
			string(body), a.PrivateNotes, a.ID); err != nil {
			return fmt.Errorf("save appraisal: %w", err)
		}
		if err := audit(ctx, tx, a.ID, d.stamp(), "saved", changedFields(old, a)); err != nil {
			return err
		}
		out, err = findAppraisal(ctx, tx, a.ID)
		return err
	})
	return out, err
}

// changedFields names what changed, never the content: the audit trail is
// itself kept free of appraisal text.
func changedFields(old, now backend.Appraisal) string {
	var f []string
	add := func(changed bool, name string) {
		if changed {
			f = append(f, name)
		}
	}
	j := func(v any) string { b, _ := json.Marshal(v); return string(b) }
	add(j(old.Competencies) != j(now.Competencies), "competency ratings")
	add(j(old.Goals) != j(now.Goals), "goals")
	add(old.OverrideScore != now.OverrideScore || old.OverrideReason != now.OverrideReason, "overall override")
	add(old.Potential != now.Potential, "potential")
	add(old.Strengths != now.Strengths, "strengths")
	add(old.DevelopmentAreas != now.DevelopmentAreas, "development areas")
	add(j(old.DevelopmentPlan) != j(now.DevelopmentPlan), "development plan")
	add(j(old.Compensation) != j(now.Compensation), "compensation")
	add(old.PrivateNotes != now.PrivateNotes, "private notes")
	if len(f) == 0 {
		return "no changes"
	}
	return strings.Join(f, ", ")
}

func audit(ctx context.Context, tx *sql.Tx, id int64, at, action, detail string) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO appraisal_audit (appraisal_id, at, action, detail) VALUES (?, ?, ?, ?)`, id, at, action, detail)
	if err != nil {
		return fmt.Errorf("audit: %w", err)
	}
	return nil
}

// MoveAppraisal moves an appraisal along its workflow. Finalizing freezes the
// evidence into it. Returns EINVALID (a move the workflow refuses; nothing
// changes), ENOTFOUND.
func (d *DB) MoveAppraisal(ctx context.Context, id int64, to string, today time.Time) (backend.Appraisal, error) {
	var out backend.Appraisal
	err := d.write(ctx, func(tx *sql.Tx) error {
		a, err := findAppraisal(ctx, tx, id)
		if err != nil {
			return err
		}
		if err := backend.CheckTransition(a.Status, to, a.Overall); err != nil {
			return err
		}
		if to == backend.ApprFinalized {
			c, err := findCycle(ctx, tx, a.CycleID)
			if err != nil {
				return err
			}
			ev, err := evidence(ctx, tx, a.PersonID, c.PeriodFrom, c.PeriodTo)
			if err != nil {
				return err
			}
			raw, _ := json.Marshal(ev)
			if _, err := tx.ExecContext(ctx, `UPDATE appraisals SET evidence = ? WHERE id = ?`, string(raw), id); err != nil {
				return err
			}
		}
		if to == backend.ApprAcknowledged {
			if _, err := tx.ExecContext(ctx, `UPDATE appraisals SET ack_date = ? WHERE id = ? AND ack_date = ''`, today.Format(time.DateOnly), id); err != nil {
				return err
			}
		}
		if _, err := tx.ExecContext(ctx, `UPDATE appraisals SET status = ?, version = version + 1 WHERE id = ?`, to, id); err != nil {
			return fmt.Errorf("move appraisal: %w", err)
		}
		if err := audit(ctx, tx, id, d.stamp(), "moved", a.Status+" → "+to); err != nil {
			return err
		}
		out, err = findAppraisal(ctx, tx, id)
		return err
	})
	return out, err
}

// AcknowledgeAppraisal records the employee's acknowledgement of a finalized
// appraisal, with their comment. Returns EINVALID, ENOTFOUND.
func (d *DB) AcknowledgeAppraisal(ctx context.Context, id int64, comment string, today time.Time) (backend.Appraisal, error) {
	if len(comment) > 20000 {
		return backend.Appraisal{}, backend.Invalid("ackComment", "The comment can be at most 20,000 characters.")
	}
	var out backend.Appraisal
	err := d.write(ctx, func(tx *sql.Tx) error {
		a, err := findAppraisal(ctx, tx, id)
		if err != nil {
			return err
		}
		if err := backend.CheckTransition(a.Status, backend.ApprAcknowledged, a.Overall); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE appraisals SET status = 'acknowledged', ack_date = ?, ack_comment = ?, version = version + 1
			WHERE id = ?`, today.Format(time.DateOnly), comment, id); err != nil {
			return fmt.Errorf("acknowledge: %w", err)
		}
		if err := audit(ctx, tx, id, d.stamp(), "acknowledged", "by the employee"); err != nil {
			return err
		}
		out, err = findAppraisal(ctx, tx, id)
		return err
	})
	return out, err
}

// ReopenAppraisal unlocks a finalized appraisal back into calibration. The
// reason is required and kept in the audit trail; the frozen evidence is
// dropped so it is taken again at the next finalize. Returns EINVALID, ENOTFOUND.
func (d *DB) ReopenAppraisal(ctx context.Context, id int64, reason string) (backend.Appraisal, error) {
	reason = strings.TrimSpace(reason)
	var out backend.Appraisal
	err := d.write(ctx, func(tx *sql.Tx) error {
		a, err := findAppraisal(ctx, tx, id)
		if err != nil {
			return err
		}
		if !backend.Locked(a.Status) {
			return backend.Invalid("status", "Only a finalized appraisal needs reopening; this one can be edited.")
		}
		if reason == "" {
			return backend.Invalid("reason", "Say why the appraisal is reopened.")
		}
		if _, err := tx.ExecContext(ctx, `UPDATE appraisals SET status = 'calibration', evidence = NULL, ack_date = '', ack_comment = '',
			version = version + 1 WHERE id = ?`, id); err != nil {
			return fmt.Errorf("reopen: %w", err)
		}
		// The reason is the director's own words about the process, kept
		// beside the record (not in any log).
		if err := audit(ctx, tx, id, d.stamp(), "reopened", reason); err != nil {
			return err
		}
		out, err = findAppraisal(ctx, tx, id)
		return err
	})
	return out, err
}

// AppraisalAudit returns an appraisal's audit trail, oldest first.
func (d *DB) AppraisalAudit(ctx context.Context, id int64) ([]backend.AuditEntry, error) {
	out := []backend.AuditEntry{}
	err := d.read(ctx, func(tx *sql.Tx) error {
		return each(ctx, tx, `SELECT at, action, detail FROM appraisal_audit WHERE appraisal_id = ? ORDER BY id`, id, func(r *sql.Rows) error {
			var e backend.AuditEntry
			err := r.Scan(&e.At, &e.Action, &e.Detail)
			out = append(out, e)
			return err
		})
	})
	return out, err
}

// PersonAppraisals returns a person's appraisals across cycles, oldest first, for the history and trend.
func (d *DB) PersonAppraisals(ctx context.Context, personID int64) ([]backend.AppraisalSummary, error) {
	var out []backend.AppraisalSummary
	err := d.read(ctx, func(tx *sql.Tx) error {
		var err error
		out, err = appraisalSummaries(ctx, tx, `SELECT a.id FROM appraisals a JOIN cycles c ON c.id = a.cycle_id
			WHERE a.person_id = ? ORDER BY c.period_to`, personID)
		return err
	})
	return out, err
}

// Evidence computes what the accounts a person was allocated to did in the period.
func (d *DB) Evidence(ctx context.Context, personID int64, from, to string) (backend.Evidence, error) {
	var ev backend.Evidence
	err := d.read(ctx, func(tx *sql.Tx) error {
		var err error
		ev, err = evidence(ctx, tx, personID, from, to)
		return err
	})
	return ev, err
}

func evidence(ctx context.Context, tx *sql.Tx, personID int64, from, to string) (backend.Evidence, error) {
	ev := backend.Evidence{From: from, To: to, Accounts: []backend.AccountEvidence{}}
	f, t, err := backend.EvidencePeriod(from, to)
	if err != nil {
		return ev, err
	}
	allocs, err := allocations(ctx, tx, personID, 0)
	if err != nil {
		return ev, err
	}
	priorFrom, priorTo := backend.PriorPeriod(f, t)
	for _, a := range backend.EvidenceAccounts(f, t, allocs) {
		facts, err := evidenceFacts(ctx, tx, a.AccountID, f, t, priorFrom, priorTo)
		if err != nil {
			return ev, err
		}
		ev.Accounts = append(ev.Accounts, backend.EvidenceOf(f, t, a, facts))
	}
	return ev, nil
}

// evidenceFacts reads an account's rows for a review period and its prior one.
func evidenceFacts(ctx context.Context, tx *sql.Tx, accountID int64, f, t, priorFrom, priorTo time.Time) (backend.EvidenceFacts, error) {
	var x backend.EvidenceFacts
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE(SUM(revenue_minor), 0), COALESCE(SUM(cost_minor), 0), COALESCE(SUM(writeoff_minor), 0)
		FROM account_months WHERE account_id = ? AND month BETWEEN ? AND ?`, accountID, f.Format("2006-01"), t.Format("2006-01")).
		Scan(&x.RevenueMinor, &x.CostMinor, &x.WriteOffMinor); err != nil {
		return x, fmt.Errorf("evidence revenue: %w", err)
	}
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE(SUM(revenue_minor), 0) FROM account_months WHERE account_id = ? AND month BETWEEN ? AND ?`,
		accountID, priorFrom.Format("2006-01"), priorTo.Format("2006-01")).Scan(&x.PriorRevenueMinor); err != nil {
		return x, fmt.Errorf("evidence prior revenue: %w", err)
	}
	// The current plan's target and objectives, the plan found once.
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(p.revenue_target_minor), 0),
		COUNT(o.plan_id) FILTER (WHERE o.status = 'achieved'), COUNT(o.plan_id)
		FROM plans p LEFT JOIN plan_objectives o ON o.plan_id = p.id WHERE p.id = (`+currentPlanID+`)`, accountID).
		Scan(&x.AnnualTargetMinor, &x.ObjectivesAchieved, &x.ObjectivesTotal); err != nil {
		return x, fmt.Errorf("evidence plan: %w", err)
	}
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM qbrs WHERE account_id = ? AND date BETWEEN ? AND ?`,
		accountID, f.Format(time.DateOnly), t.Format(time.DateOnly)).Scan(&x.QBRsHeld); err != nil {
		return x, fmt.Errorf("evidence QBRs: %w", err)
	}
	x.HealthChanges = []backend.HealthChange{}
	err := eachRow(ctx, tx, `SELECT health, reason, changed_at FROM account_health_history
		WHERE account_id = ? AND substr(changed_at, 1, 10) BETWEEN ? AND ? ORDER BY changed_at`,
		[]any{accountID, f.Format(time.DateOnly), t.Format(time.DateOnly)}, func(r *sql.Rows) error {
			var h backend.HealthChange
			err := r.Scan(&h.Health, &h.Reason, &h.ChangedAt)
			x.HealthChanges = append(x.HealthChanges, h)
			return err
		})
	if err != nil {
		return x, fmt.Errorf("evidence health: %w", err)
	}
	return x, nil
}
