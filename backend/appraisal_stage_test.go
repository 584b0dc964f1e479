package backend_test

import (
	"testing"

	"accountdesk/backend"
)

func TestCheckStageEdits(t *testing.T) {
	base := func(status string) backend.Appraisal {
		return backend.Appraisal{Status: status,
			Competencies: []backend.Rating{{Key: "client", Self: 3, Manager: 0}, {Key: "craft", Self: 4}},
			Goals:        []backend.Goal{{Title: "Lead a QBR", Rating: backend.Rating{Key: "g1", Self: 2}}}}
	}
	type edit func(a *backend.Appraisal)
	manager := func(a *backend.Appraisal) { a.Competencies[0].Manager = 4 }
	managerComment := func(a *backend.Appraisal) { a.Goals[0].ManagerComment = "Good" }
	self := func(a *backend.Appraisal) { a.Competencies[1].Self = 5 }
	selfComment := func(a *backend.Appraisal) { a.Goals[0].SelfComment = "I led two" }
	text := func(a *backend.Appraisal) { a.Strengths = "Calm under pressure" }
	newGoal := func(a *backend.Appraisal) {
		a.Goals = append(a.Goals, backend.Goal{Title: "New", Rating: backend.Rating{Key: "g2", Manager: 3}})
	}
	for _, c := range []struct {
		status string
		name   string
		edit   edit
		field  string // "" = allowed
	}{
		{backend.ApprDraft, "manager rating", manager, ""},
		{backend.ApprDraft, "self rating", self, ""},
		{backend.ApprSelfReview, "self rating", self, ""},
		{backend.ApprSelfReview, "self comment", selfComment, ""},
		{backend.ApprSelfReview, "strengths", text, ""},
		{backend.ApprSelfReview, "manager rating", manager, "manager"},
		{backend.ApprSelfReview, "manager comment on a goal", managerComment, "manager"},
		{backend.ApprSelfReview, "a new goal rated by the manager", newGoal, "manager"},
		{backend.ApprManagerReview, "manager rating", manager, ""},
		{backend.ApprManagerReview, "manager comment", managerComment, ""},
		{backend.ApprManagerReview, "self rating", self, "self"},
		{backend.ApprManagerReview, "self comment", selfComment, "self"},
		{backend.ApprCalibration, "manager rating", manager, ""},
		{backend.ApprCalibration, "self rating", self, "self"},
	} {
		t.Run(c.status+"/"+c.name, func(t *testing.T) {
			old := base(c.status)
			next := base(c.status)
			c.edit(&next)
			err := backend.CheckStageEdits(old, next)
			if c.field == "" && err != nil {
				t.Fatalf("refused: %v", err)
			}
			if c.field != "" && (backend.ErrorCode(err) != backend.EINVALID || backend.ErrorField(err) != c.field) {
				t.Fatalf("err = %v, want invalid %q", err, c.field)
			}
		})
	}
	t.Run("unchanged is always fine", func(t *testing.T) {
		for _, st := range []string{backend.ApprDraft, backend.ApprSelfReview, backend.ApprManagerReview, backend.ApprCalibration} {
			if err := backend.CheckStageEdits(base(st), base(st)); err != nil {
				t.Errorf("%s: %v", st, err)
			}
		}
	})
}
