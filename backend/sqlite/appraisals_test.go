package sqlite_test

import (
	"context"
	"strings"
	"testing"

	"accountdesk/backend"
	"accountdesk/backend/sqlite"
)

// The appraisal story's steps, in order; newAppraisalStory performs every
// step up to the one asked for.
const (
	apprDrafted       = iota // Ana's appraisal written, still a draft
	apprInCalibration        // moved through self review and manager review to calibration
	apprFinalized            // rated in full and finalized, its evidence frozen
)

// appraisalStory is a workspace where Morgan appraises Ana, who leads Acme at
// 50% from July, in the annual review 2026.
type appraisalStory struct {
	db    *sqlite.DB
	ana   backend.Person
	cycle backend.Cycle
	a     backend.Appraisal
}

const apprSecret = "Struggled after the divorce; be gentle"

func newAppraisalStory(t *testing.T, upTo int) appraisalStory {
	t.Helper()
	ctx := context.Background()
	db := MustOpenDB(t)
	boss := mustPerson(t, db, backend.Person{Name: "Morgan", Role: "Account Director"})
	ana := mustPerson(t, db, backend.Person{Name: "Ana", Role: "Account Manager", ReportsTo: boss.ID})
	acme := mustCreateAccount(t, db, backend.Account{Name: "Acme"})
	if _, err := db.SaveAllocation(ctx, backend.Allocation{PersonID: ana.ID, AccountID: acme.ID, Percent: 50, Role: "lead", StartDate: "2026-07-01"}); err != nil {
		t.Fatal(err)
	}
	if err := db.SaveMonths(ctx, acme.ID, []backend.MonthFigures{
		{Month: "2025-09", RevenueMinor: 80_000_00},
		{Month: "2026-09", RevenueMinor: 100_000_00, CostMinor: 60_000_00, WriteOffMinor: 5_000_00},
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := db.SaveQBR(ctx, backend.QBR{AccountID: acme.ID, Date: "2026-10-05", Format: backend.QBRRemote}); err != nil {
		t.Fatal(err)
	}

	cycle, err := db.SaveCycle(ctx, backend.Cycle{Name: "Annual review 2026", PeriodFrom: "2026-01-01", PeriodTo: "2026-12-31", Due: "2027-01-31"})
	if err != nil {
		t.Fatal(err)
	}
	if len(cycle.Competencies) != 10 || cycle.Scale.Max != 5 {
		t.Fatalf("a new cycle gets the built-in competencies and 1–5 scale: %+v", cycle)
	}
	list, err := db.AddParticipants(ctx, cycle.ID, []int64{ana.ID, ana.ID})
	if err != nil || len(list) != 1 {
		t.Fatalf("participants = %+v %v", list, err)
	}
	a, _ := db.Appraisal(ctx, list[0].ID)
	a.Strengths = "Calm with difficult clients"
	a.PrivateNotes = apprSecret
	a.Goals = []backend.Goal{{Title: "Grow Acme by 10%", Rating: backend.Rating{Key: "g1", Weight: 20}, NextPeriod: true}}
	if a, err = db.SaveAppraisal(ctx, a); err != nil {
		t.Fatal(err)
	}
	s := appraisalStory{db: db, ana: ana, cycle: cycle, a: a}
	if upTo == apprDrafted {
		return s
	}

	for _, to := range []string{backend.ApprSelfReview, backend.ApprManagerReview, backend.ApprCalibration} {
		if s.a, err = db.MoveAppraisal(ctx, s.a.ID, to, today); err != nil {
			t.Fatalf("move to %s: %v", to, err)
		}
	}
	if upTo == apprInCalibration {
		return s
	}

	for i := range s.a.Competencies {
		s.a.Competencies[i].Manager = 4
	}
	s.a.Goals[0].Manager = 5
	if s.a, err = db.SaveAppraisal(ctx, s.a); err != nil {
		t.Fatal(err)
	}
	if s.a.Overall.Score != 4.17 || !s.a.Overall.Complete {
		t.Fatalf("overall = %+v, want (100×4 + 20×5) / 120 = 4.17", s.a.Overall)
	}
	if s.a, err = db.MoveAppraisal(ctx, s.a.ID, backend.ApprFinalized, today); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestAppraisals(t *testing.T) {
	ctx := context.Background()

	t.Run("ErrSkippingAStepChangesNothing", func(t *testing.T) {
		s := newAppraisalStory(t, apprDrafted)
		_, err := s.db.MoveAppraisal(ctx, s.a.ID, backend.ApprFinalized, today)
		if backend.ErrorField(err) != "status" {
			t.Fatalf("err = %v", err)
		}
		if got, _ := s.db.Appraisal(ctx, s.a.ID); got.Status != backend.ApprDraft {
			t.Fatalf("status = %s", got.Status)
		}
	})

	t.Run("ErrFinalizeIncomplete", func(t *testing.T) {
		s := newAppraisalStory(t, apprInCalibration)
		if _, err := s.db.MoveAppraisal(ctx, s.a.ID, backend.ApprFinalized, today); backend.ErrorField(err) != "status" {
			t.Fatalf("err = %v", err)
		}
	})

	t.Run("OK evidence is frozen at finalize", func(t *testing.T) {
		a := newAppraisalStory(t, apprFinalized).a
		if a.Evidence == nil || len(a.Evidence.Accounts) != 1 {
			t.Fatalf("evidence = %+v", a.Evidence)
		}
		e := a.Evidence.Accounts[0]
		if e.RevenueMinor != 100_000_00 || e.MarginPct != 35 || e.WriteOffMinor != 5_000_00 || e.QBRsHeld != 1 {
			t.Errorf("evidence figures = %+v", e)
		}
		if e.PriorRevenueMinor != 80_000_00 || e.GrowthPct != 25 {
			t.Errorf("growth against the prior period = %+v", e)
		}
		if e.ShareOfPeriodPct < 50 || e.ShareOfPeriodPct > 51 {
			t.Errorf("allocated from July: about half the year, got %v", e.ShareOfPeriodPct)
		}
	})

	t.Run("ErrFinalizedIsLocked", func(t *testing.T) {
		s := newAppraisalStory(t, apprFinalized)
		s.a.Strengths = "changed after the fact"
		if _, err := s.db.SaveAppraisal(ctx, s.a); backend.ErrorCode(err) != backend.ELOCKED {
			t.Fatalf("err = %v, want locked", err)
		}
	})

	t.Run("OK reopen needs a reason and is audited without appraisal text", func(t *testing.T) {
		s := newAppraisalStory(t, apprFinalized)
		if _, err := s.db.ReopenAppraisal(ctx, s.a.ID, " "); backend.ErrorField(err) != "reason" {
			t.Fatalf("err = %v", err)
		}
		reopened, err := s.db.ReopenAppraisal(ctx, s.a.ID, "Calibration moved the rating")
		if err != nil || reopened.Status != backend.ApprCalibration || reopened.Evidence != nil {
			t.Fatalf("reopened = %s %v", reopened.Status, err)
		}
		trail, _ := s.db.AppraisalAudit(ctx, s.a.ID)
		var all []string
		for _, e := range trail {
			all = append(all, e.Action+": "+e.Detail)
		}
		joined := strings.Join(all, "\n")
		if !strings.Contains(joined, "reopened: Calibration moved the rating") || !strings.Contains(joined, "calibration → finalized") {
			t.Fatalf("audit trail = %s", joined)
		}
		if strings.Contains(joined, apprSecret) || strings.Contains(joined, "Calm with difficult clients") {
			t.Fatalf("the audit trail names fields, never their content: %s", joined)
		}
	})

	t.Run("OK closing a cycle with unfinished appraisals needs a reason", func(t *testing.T) {
		s := newAppraisalStory(t, apprInCalibration) // Ana's appraisal is not finalized
		c, err := s.db.SetCycleStatus(ctx, s.cycle.ID, backend.CycleOpen, "")
		if err != nil {
			t.Fatal(err)
		}
		if c, err = s.db.SetCycleStatus(ctx, c.ID, backend.CycleCalibration, ""); err != nil {
			t.Fatal(err)
		}
		if _, err := s.db.SetCycleStatus(ctx, c.ID, backend.CycleClosed, ""); backend.ErrorField(err) != "reason" {
			t.Fatalf("err = %v", err)
		}
		if c, err = s.db.SetCycleStatus(ctx, c.ID, backend.CycleClosed, "Ana on leave until March"); err != nil || c.Status != backend.CycleClosed {
			t.Fatalf("close: %v", err)
		}
	})

	t.Run("OK next cycle's goals are seeded from next-period goals", func(t *testing.T) {
		s := newAppraisalStory(t, apprFinalized) // the goal was rated 5: the seeded copy starts unrated
		next, err := s.db.SaveCycle(ctx, backend.Cycle{Name: "Mid-year 2027", Type: backend.CycleMidYear, PeriodFrom: "2027-01-01", PeriodTo: "2027-06-30"})
		if err != nil {
			t.Fatal(err)
		}
		list, err := s.db.AddParticipants(ctx, next.ID, []int64{s.ana.ID})
		if err != nil {
			t.Fatal(err)
		}
		got, _ := s.db.Appraisal(ctx, list[0].ID)
		if len(got.Goals) != 1 || got.Goals[0].Title != "Grow Acme by 10%" || got.Goals[0].Manager != 0 {
			t.Fatalf("seeded goals = %+v", got.Goals)
		}
		history, _ := s.db.PersonAppraisals(ctx, s.ana.ID)
		if len(history) != 2 {
			t.Fatalf("history = %+v", history)
		}
	})
}

// A draft cycle's competencies and scale can be changed; its appraisals
// follow: kept ratings stay, removed competencies go, new ones start
// unrated, and ratings beyond a shorter scale are cleared. Once the cycle is
// open the template is fixed.
func TestCycleTemplateEdit(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	ana := mustPerson(t, db, backend.Person{Name: "Ana", Role: "Account Manager"})
	cycle, err := db.SaveCycle(ctx, backend.Cycle{Name: "Probation Ana", Type: backend.CycleProbation, PeriodFrom: "2026-06-01", PeriodTo: "2026-11-30"})
	if err != nil {
		t.Fatal(err)
	}
	list, err := db.AddParticipants(ctx, cycle.ID, []int64{ana.ID})
	if err != nil {
		t.Fatal(err)
	}
	a, _ := db.Appraisal(ctx, list[0].ID)
	first, second := cycle.Competencies[0].Key, cycle.Competencies[1].Key
	a.Competencies[0].Manager, a.Competencies[1].Manager = 5, 3
	if a, err = db.SaveAppraisal(ctx, a); err != nil {
		t.Fatal(err)
	}

	cycle.Competencies = []backend.Competency{
		{Key: first, Name: "Client care", Weight: 60},
		{Key: second, Name: "Planning", Weight: 40},
		{Key: "probation-fit", Name: "Fit with the team", Weight: 20},
	}
	cycle.Scale = backend.Scale{Min: 1, Max: 4, Labels: []string{"Not yet", "Nearly", "Yes", "Beyond"}}
	if cycle, err = db.SaveCycle(ctx, cycle); err != nil {
		t.Fatal(err)
	}
	got, _ := db.Appraisal(ctx, a.ID)
	if len(got.Competencies) != 3 || got.Scale.Max != 4 {
		t.Fatalf("appraisal after the edit: %d competencies, scale to %d", len(got.Competencies), got.Scale.Max)
	}
	if got.Competencies[0].Manager != 0 || got.Competencies[0].Weight != 60 {
		t.Errorf("a 5 on a 1–4 scale is cleared, the new weight used: %+v", got.Competencies[0])
	}
	if got.Competencies[1].Manager != 3 || got.Competencies[2].Key != "probation-fit" || got.Competencies[2].Manager != 0 {
		t.Errorf("kept rating and new competency: %+v", got.Competencies[1:])
	}
	if got.Version == a.Version {
		t.Error("the appraisal's version moves, so an editor open on the old list cannot save over it")
	}
	if _, err := db.SaveAppraisal(ctx, a); backend.ErrorCode(err) != backend.ECONFLICT {
		t.Fatalf("saving the old copy: %v, want conflict", err)
	}

	dup := cycle
	dup.Competencies = append([]backend.Competency{}, cycle.Competencies...)
	dup.Competencies[2].Key = first
	if _, err := db.SaveCycle(ctx, dup); backend.ErrorField(err) != "competencies.2.name" {
		t.Fatalf("two competencies with one key: %v", err)
	}

	if _, err := db.SetCycleStatus(ctx, cycle.ID, backend.CycleOpen, ""); err != nil {
		t.Fatal(err)
	}
	cycle.Competencies = cycle.Competencies[:1]
	saved, err := db.SaveCycle(ctx, cycle)
	if err != nil || len(saved.Competencies) != 3 {
		t.Fatalf("an open cycle keeps its competencies: %d %v", len(saved.Competencies), err)
	}
}
