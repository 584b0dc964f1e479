package demo

import (
	"context"
	"fmt"

	"accountdesk/backend"
)

// appraisals writes last year's closed cycle and this year's open one, with
// one appraisal in every state.
func (g *gen) appraisals(ctx context.Context, s Store, people []int64) error {
	year := g.today.Year()
	states := []string{backend.ApprDraft, backend.ApprSelfReview, backend.ApprManagerReview, backend.ApprCalibration, backend.ApprFinalized, backend.ApprAcknowledged}
	path := []string{backend.ApprSelfReview, backend.ApprManagerReview, backend.ApprCalibration, backend.ApprFinalized, backend.ApprAcknowledged}

	last, err := s.SaveCycle(ctx, backend.Cycle{Name: fmt.Sprintf("Annual review %d", year-1), Type: backend.CycleAnnual,
		PeriodFrom: fmt.Sprintf("%d-01-01", year-1), PeriodTo: fmt.Sprintf("%d-12-31", year-1), Due: fmt.Sprintf("%d-01-31", year)})
	if err != nil {
		return err
	}
	open, err := s.SaveCycle(ctx, backend.Cycle{Name: fmt.Sprintf("Annual review %d", year), Type: backend.CycleAnnual,
		PeriodFrom: fmt.Sprintf("%d-01-01", year), PeriodTo: fmt.Sprintf("%d-12-31", year), Due: g.day(21)})
	if err != nil {
		return err
	}
	for _, c := range []struct {
		cycle  backend.Cycle
		people []int64
		target func(i int) string
	}{
		{last, people[1:6], func(int) string { return backend.ApprAcknowledged }},
		{open, people[1:7], func(i int) string { return states[i] }},
	} {
		list, err := s.AddParticipants(ctx, c.cycle.ID, c.people)
		if err != nil {
			return err
		}
		for i, sum := range list {
			a, err := s.Appraisal(ctx, sum.ID)
			if err != nil {
				return err
			}
			for k := range a.Competencies {
				a.Competencies[k].Self = 3 + (i+k)%3
				if c.target(i) != backend.ApprDraft && c.target(i) != backend.ApprSelfReview {
					a.Competencies[k].Manager = 2 + (i+k*2)%4
				}
			}
			if len(a.Goals) == 0 { // the open cycle's goals come from last year's
				a.Goals = append(a.Goals, backend.Goal{Title: "Lead one QBR end to end", NextPeriod: true,
					Rating: backend.Rating{Key: fmt.Sprintf("qbr-%d", i), Weight: 20, Self: 4}})
			}
			if c.target(i) != backend.ApprDraft && c.target(i) != backend.ApprSelfReview {
				for k := range a.Goals {
					a.Goals[k].Manager = 3 + i%3
				}
			}
			a.Potential = []string{"medium", "high", "low"}[i%3]
			a.Strengths = "Trusted by the client team; reliable under pressure."
			a.DevelopmentAreas = "Commercial confidence: estimates and fee conversations."
			a.DevelopmentPlan = []backend.DevAction{{Action: "Shadow the director in two fee negotiations", Support: "Director", Due: g.day(90)}}
			if a, err = s.SaveAppraisal(ctx, a); err != nil {
				return err
			}
			for _, to := range path {
				if stateIndex(states, a.Status) >= stateIndex(states, c.target(i)) {
					break
				}
				if a, err = s.MoveAppraisal(ctx, a.ID, to, g.today); err != nil {
					return fmt.Errorf("demo appraisal to %s: %w", to, err)
				}
			}
		}
	}
	for _, st := range []string{backend.CycleOpen, backend.CycleCalibration, backend.CycleClosed} {
		if _, err := s.SetCycleStatus(ctx, last.ID, st, ""); err != nil {
			return err
		}
	}
	_, err = s.SetCycleStatus(ctx, open.ID, backend.CycleOpen, "")
	return err
}

func stateIndex(states []string, s string) int {
	for i, x := range states {
		if x == s {
			return i
		}
	}
	return -1
}
