package sqlite_test

import (
	"context"
	"errors"
	"reflect"
	"slices"
	"strconv"
	"testing"
	"time"

	"accountdesk/backend"
	"accountdesk/backend/sqlite"
)

func templateOfType(t *testing.T, db *sqlite.DB, typ string) backend.PlanTemplate {
	t.Helper()
	all, err := db.PlanTemplates(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, tpl := range all {
		if tpl.Type == typ && tpl.BuiltIn {
			return tpl
		}
	}
	t.Fatalf("no built-in %s template in %+v", typ, all)
	return backend.PlanTemplate{}
}

func errCode(err error) string {
	var e *backend.Error
	if errors.As(err, &e) {
		return e.Code
	}
	return ""
}

func TestPlanTemplates(t *testing.T) {
	ctx := context.Background()

	t.Run("OK a new workspace has the three built-in templates, as written in Go", func(t *testing.T) {
		db := MustOpenDB(t)
		all, err := db.PlanTemplates(ctx)
		if err != nil {
			t.Fatal(err)
		}
		want := backend.BuiltInPlanTemplates()
		if len(all) != len(want) {
			t.Fatalf("templates = %d, want %d", len(all), len(want))
		}
		for i, w := range want {
			w.Normalize()
			got := all[i]
			if got.Type != w.Type || got.Name != w.Name || got.Version != 1 || !got.BuiltIn ||
				!reflect.DeepEqual(got.Sections, w.Sections) || !reflect.DeepEqual(got.Objectives, w.Objectives) {
				t.Errorf("template %d = %+v, want %+v", i, got, w)
			}
		}
	})

	t.Run("OK reopening seeds nothing twice", func(t *testing.T) {
		db := MustOpenDB(t)
		path := db.Path()
		_ = db.Close()
		db = MustOpenDBAt(t, path)
		all, _ := db.PlanTemplates(ctx)
		if len(all) != 3 {
			t.Errorf("after reopening: %d templates, want 3", len(all))
		}
	})

	t.Run("OK an expansion plan starts from the expansion template", func(t *testing.T) {
		db := MustOpenDB(t)
		a := mustCreateAccount(t, db, backend.Account{Name: "Contoso"})
		exp := templateOfType(t, db, backend.PlanExpansion)
		p, err := db.StartPlan(ctx, a.ID, "FY2027", exp.ID)
		if err != nil {
			t.Fatal(err)
		}
		if p.PlanType != backend.PlanExpansion || p.TemplateID != exp.ID || p.TemplateVersion != 1 {
			t.Errorf("plan type %q, template %d v%d; want expansion, %d v1", p.PlanType, p.TemplateID, p.TemplateVersion, exp.ID)
		}
		if p.Completeness.Pct != 0 || len(p.Completeness.Missing) != len(exp.Counted()) {
			t.Errorf("a new plan's completeness = %+v, want 0 with every counted section missing", p.Completeness)
		}
	})

	t.Run("OK CreatePlan starts a retention plan", func(t *testing.T) {
		db := MustOpenDB(t)
		a := mustCreateAccount(t, db, backend.Account{Name: "Contoso"})
		p, err := db.CreatePlan(ctx, a.ID, "FY2027")
		if err != nil {
			t.Fatal(err)
		}
		if p.PlanType != backend.PlanRetention || p.TemplateID != templateOfType(t, db, backend.PlanRetention).ID {
			t.Errorf("plan = %q template %d, want retention", p.PlanType, p.TemplateID)
		}
	})

	t.Run("ErrStartFromAMissingTemplateIsNotFoundAndMakesNoPlan", func(t *testing.T) {
		db := MustOpenDB(t)
		a := mustCreateAccount(t, db, backend.Account{Name: "Contoso"})
		_, err := db.StartPlan(ctx, a.ID, "FY2027", 999)
		if errCode(err) != backend.ENOTFOUND {
			t.Fatalf("err = %v, want not found", err)
		}
		if plans, _ := db.Plans(ctx, a.ID); len(plans) != 0 {
			t.Errorf("plans = %+v, want none", plans)
		}
	})

	t.Run("OK editing a template makes a new version; the old plan keeps its questions, a new plan gets the new ones", func(t *testing.T) {
		db := MustOpenDB(t)
		a := mustCreateAccount(t, db, backend.Account{Name: "Contoso"})
		b := mustCreateAccount(t, db, backend.Account{Name: "Fabrikam"})
		exp := templateOfType(t, db, backend.PlanExpansion)
		old, err := db.StartPlan(ctx, a.ID, "FY2027", exp.ID)
		if err != nil {
			t.Fatal(err)
		}
		oldQuestions := exp.Section(backend.SectionObjectives).Questions

		edit := exp
		edit.Sections = slices.Clone(exp.Sections)
		for i := range edit.Sections {
			if edit.Sections[i].Key == backend.SectionObjectives {
				edit.Sections[i].Questions = []string{"Which brand do we win next?"}
			}
			if edit.Sections[i].Key == backend.SectionVision {
				edit.Sections[i].Counts = true
			}
		}
		saved, err := db.SavePlanTemplate(ctx, edit)
		if err != nil {
			t.Fatal(err)
		}
		if saved.Version != 2 || saved.ID != exp.ID {
			t.Fatalf("saved = template %d v%d, want %d v2", saved.ID, saved.Version, exp.ID)
		}

		again, _ := db.Plan(ctx, old.ID)
		if again.TemplateVersion != 1 {
			t.Errorf("the existing plan moved to version %d, want it to keep 1", again.TemplateVersion)
		}
		v1, err := db.PlanTemplate(ctx, again.TemplateID, again.TemplateVersion)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(v1.Section(backend.SectionObjectives).Questions, oldQuestions) {
			t.Errorf("version 1's questions = %q, want unchanged %q", v1.Section(backend.SectionObjectives).Questions, oldQuestions)
		}
		if !reflect.DeepEqual(again.Completeness, old.Completeness) {
			t.Errorf("the old plan's completeness changed with the template: %+v → %+v", old.Completeness, again.Completeness)
		}

		fresh, err := db.StartPlan(ctx, b.ID, "FY2027", exp.ID)
		if err != nil {
			t.Fatal(err)
		}
		if fresh.TemplateVersion != 2 {
			t.Errorf("a new plan got version %d, want 2", fresh.TemplateVersion)
		}
		v2, _ := db.PlanTemplate(ctx, fresh.TemplateID, fresh.TemplateVersion)
		if q := v2.Section(backend.SectionObjectives).Questions; len(q) != 1 || q[0] != "Which brand do we win next?" {
			t.Errorf("version 2's questions = %q", q)
		}
		if len(fresh.Completeness.Missing) != len(old.Completeness.Missing)+1 {
			t.Errorf("the new plan counts %d missing, want one more than the old plan's %d (vision counts now)",
				len(fresh.Completeness.Missing), len(old.Completeness.Missing))
		}
		list, _ := db.PlanTemplates(ctx)
		if len(list) != 3 {
			t.Errorf("templates listed = %d, want 3 (latest versions only)", len(list))
		}
	})

	t.Run("ErrStaleTemplateSaveIsConflictAndChangesNothing", func(t *testing.T) {
		db := MustOpenDB(t)
		ret := templateOfType(t, db, backend.PlanRetention)
		if _, err := db.SavePlanTemplate(ctx, ret); err != nil {
			t.Fatal(err)
		}
		ret.Description = "stale"
		if _, err := db.SavePlanTemplate(ctx, ret); errCode(err) != backend.ECONFLICT {
			t.Fatalf("err = %v, want conflict", err)
		}
		latest, _ := db.PlanTemplate(ctx, ret.ID, 0)
		if latest.Version != 2 || latest.Description == "stale" {
			t.Errorf("latest = v%d %q, want v2 unchanged", latest.Version, latest.Description)
		}
	})

	t.Run("ErrInvalidTemplateSaveChangesNothing", func(t *testing.T) {
		db := MustOpenDB(t)
		ret := templateOfType(t, db, backend.PlanRetention)
		ret.Name = " "
		if _, err := db.SavePlanTemplate(ctx, ret); errCode(err) != backend.EINVALID {
			t.Fatalf("err = %v, want invalid", err)
		}
		if latest, _ := db.PlanTemplate(ctx, ret.ID, 0); latest.Version != 1 || latest.Name != "Retention" {
			t.Errorf("latest = v%d %q", latest.Version, latest.Name)
		}
	})

	t.Run("OK the type of a template stays when saved", func(t *testing.T) {
		db := MustOpenDB(t)
		ret := templateOfType(t, db, backend.PlanRetention)
		ret.Type = backend.PlanAcquisition
		saved, err := db.SavePlanTemplate(ctx, ret)
		if err != nil || saved.Type != backend.PlanRetention {
			t.Errorf("saved type = %q (%v), want retention", saved.Type, err)
		}
	})

	t.Run("OK a copy is a new template of the same type that plans start from", func(t *testing.T) {
		db := MustOpenDB(t)
		a := mustCreateAccount(t, db, backend.Account{Name: "Contoso"})
		acq := templateOfType(t, db, backend.PlanAcquisition)
		cp, err := db.CopyPlanTemplate(ctx, acq.ID, "  Pitch to a new division ")
		if err != nil {
			t.Fatal(err)
		}
		if cp.ID == acq.ID || cp.Type != backend.PlanAcquisition || cp.Version != 1 || cp.BuiltIn || cp.Name != "Pitch to a new division" {
			t.Errorf("copy = %+v", cp)
		}
		if !reflect.DeepEqual(cp.Sections, acq.Sections) || !reflect.DeepEqual(cp.Objectives, acq.Objectives) {
			t.Error("the copy's questions and suggestions differ from the original's")
		}
		p, err := db.StartPlan(ctx, a.ID, "FY2027", cp.ID)
		if err != nil || p.TemplateID != cp.ID || p.PlanType != backend.PlanAcquisition {
			t.Errorf("plan from the copy = %d %q (%v)", p.TemplateID, p.PlanType, err)
		}
		if _, err := db.CopyPlanTemplate(ctx, acq.ID, "acquisition"); errCode(err) != backend.ECONFLICT {
			t.Errorf("copy under a taken name (any case): %v, want conflict", err)
		}
		if all, _ := db.PlanTemplates(ctx); len(all) != 4 {
			t.Errorf("templates = %d, want 4", len(all))
		}
	})

	t.Run("OK a draft's type changes with its template; content and row version stay", func(t *testing.T) {
		db := MustOpenDB(t)
		p := draftPlan(t, db)
		exp := templateOfType(t, db, backend.PlanExpansion)
		got, err := db.SetPlanTemplate(ctx, p.ID, exp.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.PlanType != backend.PlanExpansion || got.TemplateID != exp.ID || got.RowVersion != p.RowVersion ||
			got.ExecutiveSummary != p.ExecutiveSummary || len(got.Objectives) != 1 {
			t.Errorf("after the switch: %q template %d row %d (was %d), summary %q", got.PlanType, got.TemplateID, got.RowVersion, p.RowVersion, got.ExecutiveSummary)
		}
		// The editor, open on the plan, keeps saving.
		p.Vision = "Lead agency"
		if _, err := db.SavePlan(ctx, p); err != nil {
			t.Errorf("a save after the switch: %v", err)
		}
	})

	t.Run("ErrTypeOfAPlanInReviewIsLocked", func(t *testing.T) {
		db := MustOpenDB(t)
		p := draftPlan(t, db)
		if _, err := db.SetPlanStatus(ctx, p.ID, backend.PlanInReview); err != nil {
			t.Fatal(err)
		}
		_, err := db.SetPlanTemplate(ctx, p.ID, templateOfType(t, db, backend.PlanExpansion).ID)
		if errCode(err) != backend.ELOCKED {
			t.Fatalf("err = %v, want locked", err)
		}
		if got, _ := db.Plan(ctx, p.ID); got.PlanType != backend.PlanRetention {
			t.Errorf("type = %q, want retention kept", got.PlanType)
		}
	})

	t.Run("OK a new version of an approved plan keeps its type and template version", func(t *testing.T) {
		db := MustOpenDB(t)
		a := mustCreateAccount(t, db, backend.Account{Name: "Contoso"})
		exp := templateOfType(t, db, backend.PlanExpansion)
		p, _ := db.StartPlan(ctx, a.ID, "FY2027", exp.ID)
		if _, err := db.SetPlanStatus(ctx, p.ID, backend.PlanApproved); err != nil {
			t.Fatal(err)
		}
		if _, err := db.SavePlanTemplate(ctx, exp); err != nil {
			t.Fatal(err)
		}
		next, err := db.NewPlanVersion(ctx, p.ID)
		if err != nil {
			t.Fatal(err)
		}
		if next.PlanType != backend.PlanExpansion || next.TemplateVersion != 1 {
			t.Errorf("next version: %q v%d, want expansion v1", next.PlanType, next.TemplateVersion)
		}
	})
}

// TestListCompletenessAgreesWithPlan: the accounts list reads completeness
// from the columns of every latest plan; the plan, from the whole plan. They
// give the same figure for plans that differ in every fact the score reads,
// and the list filters by it.
func TestListCompletenessAgreesWithPlan(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	today := time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC)
	exp := templateOfType(t, db, backend.PlanExpansion)
	edits := []func(p *backend.Plan){
		func(p *backend.Plan) {},
		func(p *backend.Plan) { p.ExecutiveSummary, p.Priorities = "Grow", []string{"Social"} },
		func(p *backend.Plan) {
			p.ExecutiveSummary, p.Vision, p.Competitors, p.RevenueTargetMinor = "Grow", "Lead", []string{"Rival"}, 10_00
			p.Strengths, p.Threats = []string{"Creative"}, []string{"Review"}
			p.Objectives = []backend.Objective{
				{Title: "NPS", KPI: "NPS", Baseline: 1, Target: 2}, {Title: "Flat", KPI: "Revenue", Baseline: 3, Target: 3},
				{Title: "No KPI", Baseline: 1, Target: 2}, {Title: "Gone", Status: backend.ObjCancelled},
			}
			p.Opps = []backend.Opportunity{{Title: "CRM"}}
			p.Risks = []backend.Risk{
				{Title: "Owned", Owner: "Client CFO", Likelihood: 2, Impact: 2}, {Title: "Unowned", Likelihood: 2, Impact: 2},
				{Title: "Closed", Status: "closed", Likelihood: 2, Impact: 2},
			}
			p.Actions = []backend.Action{{Title: "Dated", Due: "2027-01-01"}, {Title: "Undated", Status: "in_progress"}, {Title: "Done", Status: "done"}}
		},
		func(p *backend.Plan) { *p = fullPlanFor(*p) },
	}
	var ids []int64
	for i, edit := range edits {
		a := mustCreateAccount(t, db, backend.Account{Name: "Account " + string(rune('A'+i))})
		typ := int64(0)
		if i%2 == 1 {
			typ = exp.ID
		}
		p, err := db.StartPlan(ctx, a.ID, "FY2027", typ)
		if err != nil {
			t.Fatal(err)
		}
		edit(&p)
		if _, err := db.SavePlan(ctx, p); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, a.ID)
	}
	bare := mustCreateAccount(t, db, backend.Account{Name: "Account without a plan"})

	for _, fresh := range []bool{false, true} { // rows refreshed after the writes, and loaded whole
		if fresh {
			_ = db.Close()
			db = MustOpenDBAt(t, db.Path())
		}
		list, err := db.ListAccounts(ctx, backend.AccountFilter{}, today)
		if err != nil {
			t.Fatal(err)
		}
		seen := map[int]bool{}
		for _, row := range list {
			if row.ID == bare.ID {
				if row.Completeness != 0 || row.PlanType != "" {
					t.Errorf("no plan: completeness %d, type %q", row.Completeness, row.PlanType)
				}
				continue
			}
			versions, _ := db.Plans(ctx, row.ID)
			p, _ := db.Plan(ctx, versions[0].ID)
			if row.Completeness != p.Completeness.Pct || row.PlanType != p.PlanType {
				t.Errorf("%s (loaded whole %v): list says %d%% %s, plan says %d%% %s (missing %q)", row.Name, fresh,
					row.Completeness, row.PlanType, p.Completeness.Pct, p.PlanType, p.Completeness.Missing)
			}
			seen[row.Completeness] = true
		}
		if len(seen) < 3 {
			t.Errorf("the plans scored only %v: the test plans must differ", seen)
		}
		below, _ := db.ListAccounts(ctx, backend.AccountFilter{CompletenessBelow: 50}, today)
		for _, row := range below {
			if row.Completeness >= 50 {
				t.Errorf("below 50 %% lists %s at %d%%", row.Name, row.Completeness)
			}
		}
		if !slices.ContainsFunc(below, func(r backend.AccountSummary) bool { return r.ID == bare.ID }) ||
			slices.ContainsFunc(below, func(r backend.AccountSummary) bool { return r.ID == ids[3] }) {
			t.Errorf("below 50 %% = %d rows: want the account without a plan in, the complete one out", len(below))
		}
	}
}

// fullPlanFor fills every section of p.
func fullPlanFor(p backend.Plan) backend.Plan {
	p.ExecutiveSummary, p.Vision, p.RevenueTargetMinor = "Grow", "Lead agency", 500_000_00
	p.Priorities, p.Competitors = []string{"Renewal"}, []string{"Rival"}
	p.Strengths, p.Weaknesses, p.Opportunities, p.Threats = []string{"a"}, []string{"b"}, []string{"c"}, []string{"d"}
	p.Objectives = []backend.Objective{{Title: "NPS", KPI: "NPS", Baseline: 30, Target: 45}}
	p.Opps = []backend.Opportunity{{Title: "CRM"}}
	p.Risks = []backend.Risk{{Title: "Budget", Owner: "Dana", Likelihood: 2, Impact: 2}}
	p.Actions = []backend.Action{{Title: "QBR", Due: "2027-01-10"}}
	return p
}

// TestMigrationMakesEveryPlanARetentionPlan: plans made before plans had
// types become retention plans on the built-in retention template's first
// version, from every schema version that had plans.
func TestMigrationMakesEveryPlanARetentionPlan(t *testing.T) {
	ctx := context.Background()
	for from := int64(2); from < 21; from++ { // 21 gave plans their types
		t.Run("OK from version "+strconv.FormatInt(from, 10), func(t *testing.T) {
			path := workspaceAtVersion(t, from,
				`INSERT INTO accounts (id, name, tier, status, health, contract_type, created_at, updated_at) VALUES (1, 'Acme', 'key', 'active', 'green', 'retainer', 'x', 'x')`,
				`INSERT INTO plans (id, account_id, period, version, status, body, created_at, updated_at) VALUES (1, 1, 'FY2027', 1, 'approved', '{"executiveSummary":"Keep Acme"}', 'x', 'x')`,
			)
			db := MustOpenDBAt(t, path)
			p, err := db.Plan(ctx, 1)
			if err != nil {
				t.Fatal(err)
			}
			ret := templateOfType(t, db, backend.PlanRetention)
			if p.PlanType != backend.PlanRetention || p.TemplateID != ret.ID || p.TemplateVersion != 1 {
				t.Errorf("plan = %q template %d v%d, want retention %d v1", p.PlanType, p.TemplateID, p.TemplateVersion, ret.ID)
			}
			if p.Completeness.Pct == 0 || p.Completeness.Pct == 100 {
				t.Errorf("completeness = %+v, want the summary counted and the rest missing", p.Completeness)
			}
		})
	}
}
