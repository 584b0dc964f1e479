package sqlite

import (
	"database/sql"
	"errors"
	"fmt"
	"strconv"

	"accountdesk/backend"
	"accountdesk/backend/importer"
)

// currentPlan is the plan whose pipeline an account's opportunities go to.
type currentPlan struct {
	id, accountID int64
	period        string
	version       int
	status        string
	opps          []backend.Opportunity
	touched       bool
}

// planOf loads the account's current plan: the latest version of the latest
// period that is not archived (backend.CurrentPlan); nil for none.
func (r *importRun) planOf(accountID int64) (*currentPlan, error) {
	if p, ok := r.plans[accountID]; ok {
		return p, nil
	}
	p := &currentPlan{accountID: accountID}
	err := r.tx.QueryRowContext(r.ctx, `SELECT id, period, version, status FROM plans WHERE id = (`+currentPlanID+`)`,
		accountID).Scan(&p.id, &p.period, &p.version, &p.status)
	if errors.Is(err, sql.ErrNoRows) {
		r.plans[accountID] = nil
		return nil, nil
	} else if err != nil {
		return nil, fmt.Errorf("current plan: %w", err)
	}
	err = each(r.ctx, r.tx, `SELECT key, title, service_line, type, value_minor, probability, stage, expected_close
		FROM plan_opportunities WHERE plan_id = ? ORDER BY position`, p.id, func(rows *sql.Rows) error {
		var o backend.Opportunity
		err := rows.Scan(&o.Key, &o.Title, &o.ServiceLine, &o.Type, &o.ValueMinor, &o.Probability, &o.Stage, &o.ExpectedClose)
		p.opps = append(p.opps, o)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("pipeline: %w", err)
	}
	r.plans[accountID] = p
	return p, nil
}

func (r *importRun) opportunityRow(row importer.Row) (backend.ImportRowResult, error) {
	if row.Deleted() {
		return skipped(row, row.Get("name"), "deleted in "+backend.SourceName(r.b.Source)), nil
	}
	v, fail := importer.ReadOpportunity(row)
	if fail != nil {
		return failed(row, row.Get("name"), fail), nil
	}
	accountID, why := r.findAccount(row.Account())
	if accountID == 0 {
		return skipped(row, v.Name, why), nil
	}
	account := r.byID[accountID].Name
	record := v.Name + " for " + account
	ext := row.ExternalID()
	key := fmt.Sprintf("opp:%d:%s", accountID, importer.NormalPerson(v.Name))
	if ext != "" {
		key = "id:" + ext
	}
	if out, dup := r.duplicate(row, key, record); dup {
		return out, nil
	}
	p, err := r.planOf(accountID)
	if err != nil {
		return backend.ImportRowResult{}, err
	}
	if p == nil {
		if p, err = r.startPlan(accountID, account); err != nil {
			return backend.ImportRowResult{}, err
		}
	}
	switch {
	case p.status == backend.PlanApproved:
		return skipped(row, record, fmt.Sprintf("the current plan of “%s” (%s, version %d) is approved; start its next version to import its pipeline", account, p.period, p.version)), nil
	}
	i, err := r.linkedOpportunity(p, accountID, ext)
	if err != nil {
		return backend.ImportRowResult{}, err
	}
	if i < 0 {
		i = importer.MatchOpportunity(p.opps, v.Name)
	}
	if i < 0 {
		o, fail := importer.NewOpportunity(row, v)
		if fail != nil {
			return failed(row, record, fail), nil
		}
		o.Key = newKey()
		if _, err := r.tx.ExecContext(r.ctx, `INSERT INTO plan_opportunities (plan_id, position, key, title, service_line, type,
			value_minor, probability, stage, expected_close)
			VALUES (?, (SELECT COALESCE(MAX(position), -1) + 1 FROM plan_opportunities WHERE plan_id = ?), ?, ?, ?, ?, ?, ?, ?, ?)`,
			p.id, p.id, o.Key, o.Title, o.ServiceLine, o.Type, o.ValueMinor, o.Probability, o.Stage, o.ExpectedClose); err != nil {
			return backend.ImportRowResult{}, fmt.Errorf("import opportunity: %w", err)
		}
		p.opps = append(p.opps, o)
		if err := r.touchPlan(p); err != nil {
			return backend.ImportRowResult{}, err
		}
		if err := r.link(backend.ImportOpportunities, ext, accountID, nil, o.Key); err != nil {
			return backend.ImportRowResult{}, err
		}
		return done(row, backend.RowCreate, record, nil), r.journal("opportunity", "created", accountID, p.id, o.Key, record,
			importer.OpportunityDiff(backend.Opportunity{}, o))
	}
	old := p.opps[i]
	o, changes, fail := importer.UpdatedOpportunity(row, old, v)
	if fail != nil {
		return failed(row, record, fail), nil
	}
	if err := r.link(backend.ImportOpportunities, ext, accountID, nil, o.Key); err != nil {
		return backend.ImportRowResult{}, err
	}
	if len(changes) == 0 {
		return done(row, backend.RowUnchanged, record, nil), nil
	}
	if err := updateOpportunity(r, p.id, o); err != nil {
		return backend.ImportRowResult{}, err
	}
	p.opps[i] = o
	if err := r.touchPlan(p); err != nil {
		return backend.ImportRowResult{}, err
	}
	return done(row, backend.RowUpdate, record, changes), r.journal("opportunity", "updated", accountID, p.id, o.Key, record, changes)
}

func updateOpportunity(r *importRun, planID int64, o backend.Opportunity) error {
	_, err := r.tx.ExecContext(r.ctx, `UPDATE plan_opportunities SET title = ?, type = ?, value_minor = ?, probability = ?, stage = ?,
		expected_close = ? WHERE plan_id = ? AND key = ?`, o.Title, o.Type, o.ValueMinor, o.Probability, o.Stage, o.ExpectedClose, planID, o.Key)
	if err != nil {
		return fmt.Errorf("import opportunity: %w", err)
	}
	return nil
}

// touchPlan marks a plan changed once per import, so a plan open in a
// window is reloaded before it is saved over the import.
// startPlan starts this fiscal year's plan (a draft, version 1) for an
// account that has none, so its pipeline has somewhere to go; the batch's
// undo removes it again while nothing else was added to it.
func (r *importRun) startPlan(accountID int64, account string) (*currentPlan, error) {
	plan := backend.Plan{AccountID: accountID, Period: r.fiscal, Version: 1, Status: backend.PlanDraft}
	plan.Normalize()
	id, err := insertPlan(r.ctx, r.tx, plan, r.now)
	if err != nil {
		return nil, fmt.Errorf("start plan: %w", err)
	}
	p := &currentPlan{id: id, accountID: accountID, period: plan.Period, version: 1, status: plan.Status, touched: true}
	r.plans[accountID] = p
	return p, r.journal("plan", "created", accountID, id, "", fmt.Sprintf("the %s plan of “%s”", plan.Period, account), nil)
}

func (r *importRun) touchPlan(p *currentPlan) error {
	if p.touched {
		return nil
	}
	p.touched = true
	if _, err := r.tx.ExecContext(r.ctx, `UPDATE plans SET row_version = row_version + 1, updated_at = ? WHERE id = ?`, r.now, p.id); err != nil {
		return fmt.Errorf("touch plan: %w", err)
	}
	return nil
}

// linkedOpportunity finds the opportunity of p the source's id stands for.
func (r *importRun) linkedOpportunity(p *currentPlan, accountID int64, ext string) (int, error) {
	if ext == "" {
		return -1, nil
	}
	var key string
	err := r.tx.QueryRowContext(r.ctx, `SELECT item_key FROM import_links WHERE source = ? AND kind = ? AND external_id = ? AND account_id = ?`,
		r.b.Source, backend.ImportOpportunities, ext, accountID).Scan(&key)
	if errors.Is(err, sql.ErrNoRows) {
		return -1, nil
	} else if err != nil {
		return -1, fmt.Errorf("opportunity link: %w", err)
	}
	for i, o := range p.opps {
		if o.Key == key {
			return i, nil
		}
	}
	return -1, nil
}

// Figures and hours.

func (r *importRun) month(accountID int64, month string) (backend.MonthFigures, bool, error) {
	m := backend.MonthFigures{Month: month}
	err := r.tx.QueryRowContext(r.ctx, `SELECT revenue_minor, cost_minor, writeoff_minor, hours_used FROM account_months
		WHERE account_id = ? AND month = ?`, accountID, month).Scan(&m.RevenueMinor, &m.CostMinor, &m.WriteOffMinor, &m.HoursUsed)
	if errors.Is(err, sql.ErrNoRows) {
		return m, false, nil
	}
	return m, err == nil, err
}

func (r *importRun) saveMonth(accountID int64, m backend.MonthFigures) error {
	_, err := r.tx.ExecContext(r.ctx, `INSERT INTO account_months (account_id, month, revenue_minor, cost_minor, writeoff_minor, hours_used)
		VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (account_id, month) DO UPDATE SET revenue_minor = excluded.revenue_minor,
		cost_minor = excluded.cost_minor, writeoff_minor = excluded.writeoff_minor, hours_used = excluded.hours_used`,
		accountID, m.Month, m.RevenueMinor, m.CostMinor, m.WriteOffMinor, m.HoursUsed)
	if err != nil {
		return fmt.Errorf("import month: %w", err)
	}
	return nil
}

func (r *importRun) figuresRow(row importer.Row) (backend.ImportRowResult, error) {
	v, fail := importer.ReadMonth(row, backend.ImportFigures)
	if fail != nil {
		return failed(row, row.Account().String(), fail), nil
	}
	accountID, why := r.findAccount(v.Account)
	if accountID == 0 {
		return skipped(row, v.Account.String(), why), nil
	}
	record := r.byID[accountID].Name + " " + v.Month
	if out, dup := r.duplicate(row, fmt.Sprintf("month:%d:%s", accountID, v.Month), record); dup {
		return out, nil
	}
	return r.applyMonth(row, backend.ImportFigures, accountID, record, v, 0)
}

func (r *importRun) applyMonth(row importer.Row, kind string, accountID int64, record string, v importer.MonthValues, total float64) (backend.ImportRowResult, error) {
	old, exists, err := r.month(accountID, v.Month)
	if err != nil {
		return backend.ImportRowResult{}, fmt.Errorf("month: %w", err)
	}
	m, changes, fail := importer.UpdatedMonth(row, kind, old, v, total)
	if fail != nil {
		return failed(row, record, fail), nil
	}
	if exists && len(changes) == 0 {
		return done(row, backend.RowUnchanged, record, nil), nil
	}
	if err := r.saveMonth(accountID, m); err != nil {
		return backend.ImportRowResult{}, err
	}
	if !exists {
		return done(row, backend.RowCreate, record, nil), r.journal("month", "created", accountID, 0, v.Month, record,
			importer.MonthDiff(backend.MonthFigures{}, m))
	}
	return done(row, backend.RowUpdate, record, changes), r.journal("month", "updated", accountID, 0, v.Month, record, changes)
}

// wideRow imports each month column of a one-column-per-month row: figures
// month by month, hours into the month's total. Its results are added here.
func (r *importRun) wideRow(row importer.Row) (backend.ImportRowResult, error) {
	var months []importer.MonthValues
	for _, w := range r.wide { // every cell is read first: a row fails whole
		v, ok, fail := importer.ReadWide(row, r.b.Kind, w)
		if fail != nil {
			return failed(row, row.Account().String(), fail), nil
		}
		if ok {
			months = append(months, v)
		}
	}
	if len(months) == 0 {
		return backend.ImportRowResult{}, nil
	}
	accountID, why := r.findAccount(months[0].Account)
	if accountID == 0 {
		return skipped(row, months[0].Account.String(), why), nil
	}
	for _, v := range months {
		if r.b.Kind == backend.ImportHours {
			r.countHours(row, accountID, v)
			continue
		}
		record := r.byID[accountID].Name + " " + v.Month
		if out, dup := r.duplicate(row, fmt.Sprintf("month:%d:%s", accountID, v.Month), record); dup {
			r.add(out)
			continue
		}
		out, err := r.applyMonth(row, backend.ImportFigures, accountID, record, v, 0)
		if err != nil {
			return backend.ImportRowResult{}, err
		}
		r.add(out)
	}
	return backend.ImportRowResult{}, nil
}

// hoursTotals add an hours file's entries up per account and month: the
// file's total becomes the month's hours used. Entries that name someone on
// the team are also added up per person, account and month (person_hours).
type hoursTotals struct {
	order []hoursKey
	sums  map[hoursKey]*hoursSum

	team        *importer.People
	byPerson    map[personHoursKey]float64
	personOrder []personHoursKey
	names       map[int64]string
	notOnTeam   map[string]bool
}

type personHoursKey struct {
	person, account int64
	month           string
}

type hoursKey struct {
	account int64
	month   string
}

type hoursSum struct {
	row   importer.Row
	v     importer.MonthValues
	total float64
}

func newHoursTotals() *hoursTotals {
	return &hoursTotals{sums: map[hoursKey]*hoursSum{}, team: importer.NewPeople(), byPerson: map[personHoursKey]float64{},
		names: map[int64]string{}, notOnTeam: map[string]bool{}}
}

// loadTeam indexes the roster for matching who logged each entry.
func (r *importRun) loadTeam() error {
	return eachRow(r.ctx, r.tx, `SELECT id, name, email FROM people ORDER BY id`, nil, func(rows *sql.Rows) error {
		var id int64
		var name, email string
		if err := rows.Scan(&id, &name, &email); err != nil {
			return fmt.Errorf("load team: %w", err)
		}
		r.hours.team.Add(id, name, email)
		r.hours.names[id] = name
		return nil
	})
}

// hoursRow counts an entry into its month; the month's result comes at the end.
func (r *importRun) hoursRow(row importer.Row) (backend.ImportRowResult, error) {
	if ref := row.Account(); ref.Name == "" && ref.ExternalID == "" {
		return skipped(row, "", "no client on this entry (internal time)"), nil
	}
	v, fail := importer.ReadMonth(row, backend.ImportHours)
	if fail != nil {
		return failed(row, row.Account().String(), fail), nil
	}
	accountID, why := r.findAccount(v.Account)
	if accountID == 0 {
		return skipped(row, v.Account.String(), why), nil
	}
	r.countHours(row, accountID, v)
	return backend.ImportRowResult{}, nil
}

func (r *importRun) countHours(row importer.Row, accountID int64, v importer.MonthValues) {
	k := hoursKey{accountID, v.Month}
	s, ok := r.hours.sums[k]
	if !ok {
		s = &hoursSum{row: row, v: v}
		r.hours.sums[k] = s
		r.hours.order = append(r.hours.order, k)
	}
	s.total += v.Hours()
	ref := row.Person()
	if ref.Name == "" && ref.Email == "" {
		return
	}
	person := r.hours.team.Find(ref)
	if person == 0 {
		who := ref.Name
		if who == "" {
			who = ref.Email
		}
		if !r.hours.notOnTeam[who] {
			r.hours.notOnTeam[who] = true
			r.res.PeopleNotOnTeam = append(r.res.PeopleNotOnTeam, who)
		}
		return
	}
	pk := personHoursKey{person, accountID, v.Month}
	if _, ok := r.hours.byPerson[pk]; !ok {
		r.hours.personOrder = append(r.hours.personOrder, pk)
	}
	r.hours.byPerson[pk] += v.Hours()
}

func (r *importRun) flushHours() error {
	for _, k := range r.hours.order {
		s := r.hours.sums[k]
		out, err := r.applyMonth(s.row, backend.ImportHours, k.account, r.byID[k.account].Name+" "+k.month, s.v, importer.HoursTotal(s.total))
		if err != nil {
			return err
		}
		r.add(out)
	}
	for _, k := range r.hours.personOrder {
		if err := r.savePersonHours(k, importer.HoursTotal(r.hours.byPerson[k])); err != nil {
			return err
		}
	}
	return nil
}

// savePersonHours sets what a person logged on an account in a month to the
// file's total, journalled for Undo; the same total again writes nothing.
func (r *importRun) savePersonHours(k personHoursKey, total float64) error {
	var old float64
	err := r.tx.QueryRowContext(r.ctx, `SELECT hours FROM person_hours WHERE person_id = ? AND account_id = ? AND month = ?`,
		k.person, k.account, k.month).Scan(&old)
	exists := err == nil
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("person hours: %w", err)
	}
	if exists && old == total {
		return nil
	}
	if _, err := r.tx.ExecContext(r.ctx, `INSERT INTO person_hours (person_id, account_id, month, hours) VALUES (?, ?, ?, ?)
		ON CONFLICT (person_id, account_id, month) DO UPDATE SET hours = excluded.hours`, k.person, k.account, k.month, total); err != nil {
		return fmt.Errorf("person hours: %w", err)
	}
	r.res.PeopleHours++
	label := r.hours.names[k.person] + " on " + r.byID[k.account].Name + " " + k.month
	change := []backend.FieldChange{{Field: "hours", Old: "", New: hoursText(total)}}
	if !exists {
		return r.journal("person_hours", "created", k.account, k.person, k.month, label, change)
	}
	change[0].Old = hoursText(old)
	return r.journal("person_hours", "updated", k.account, k.person, k.month, label, change)
}

func hoursText(h float64) string { return strconv.FormatFloat(h, 'f', -1, 64) }
