package backend_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"accountdesk/backend"
)

// TestBuiltInPlanTemplates: one template per plan type, each valid as it is,
// with guiding questions and suggested objectives, and counting sections.
func TestBuiltInPlanTemplates(t *testing.T) {
	seen := map[string]bool{}
	for _, tpl := range backend.BuiltInPlanTemplates() {
		t.Run(tpl.Name, func(t *testing.T) {
			seen[tpl.Type] = true
			tpl.Normalize()
			if err := tpl.Validate(); err != nil {
				t.Fatalf("built-in template invalid: %v", err)
			}
			if !tpl.BuiltIn || tpl.Version != 1 {
				t.Errorf("built in %v, version %d; want built in, version 1", tpl.BuiltIn, tpl.Version)
			}
			questions := 0
			for _, s := range tpl.Sections {
				questions += len(s.Questions)
			}
			if questions < 8 || len(tpl.Objectives) < 3 || len(tpl.Counted()) < 5 {
				t.Errorf("%d questions, %d suggested objectives, %d counted sections: too thin to guide a director",
					questions, len(tpl.Objectives), len(tpl.Counted()))
			}
		})
	}
	for _, ty := range backend.PlanTypes {
		if !seen[ty] {
			t.Errorf("no built-in template for %s plans", ty)
		}
	}
	retention := backend.BuiltInPlanTemplates()[0]
	if q := retention.Section(backend.SectionObjectives).Questions; !strings.Contains(strings.Join(q, " "), "review the agency") {
		t.Errorf("retention objectives' questions = %q, want the issue's example", q)
	}
}

func TestPlanTemplateNormalize(t *testing.T) {
	tpl := backend.PlanTemplate{
		Name: "  Growth push ", Type: backend.PlanExpansion,
		Sections: []backend.TemplateSection{
			{Key: backend.SectionRisks, Questions: []string{" Who blocks? ", ""}, Counts: true},
			{Key: backend.SectionWhitespace, Questions: []string{"Which lines?"}, Counts: true},
			{Key: backend.SectionRisks, Questions: []string{"What slips?"}},
		},
		Objectives: []backend.SuggestedObjective{{Title: " Grow ", KPI: "Revenue"}, {}},
	}
	tpl.Normalize()
	if tpl.Name != "Growth push" {
		t.Errorf("name = %q", tpl.Name)
	}
	if len(tpl.Sections) != len(backend.PlanSections) || tpl.Sections[0].Key != backend.SectionSummary {
		t.Fatalf("sections = %+v, want one per section in the editor's order", tpl.Sections)
	}
	risks := tpl.Section(backend.SectionRisks)
	if strings.Join(risks.Questions, "|") != "Who blocks?|What slips?" || !risks.Counts {
		t.Errorf("risks = %+v, want the two entries merged, trimmed and counting", risks)
	}
	if tpl.Section(backend.SectionWhitespace).Counts {
		t.Error("the whitespace grid cannot count towards completeness")
	}
	if len(tpl.Objectives) != 1 || tpl.Objectives[0].Title != "Grow" || tpl.Objectives[0].Cadence != "quarterly" {
		t.Errorf("objectives = %+v, want the empty one dropped and a cadence", tpl.Objectives)
	}
}

func TestPlanTemplateValidate(t *testing.T) {
	valid := func() backend.PlanTemplate {
		tpl := backend.BuiltInPlanTemplates()[1]
		tpl.Normalize()
		return tpl
	}
	scenarios := []struct {
		name  string
		edit  func(*backend.PlanTemplate)
		field string // "" for valid
	}{
		{"OK built-in expansion", func(*backend.PlanTemplate) {}, ""},
		{"ErrNoName", func(t *backend.PlanTemplate) { t.Name = "" }, "name"},
		{"ErrLongName", func(t *backend.PlanTemplate) { t.Name = strings.Repeat("n", backend.NameMaxLen+1) }, "name"},
		{"ErrType", func(t *backend.PlanTemplate) { t.Type = "growth" }, "type"},
		{"ErrUnknownSection", func(t *backend.PlanTemplate) {
			t.Sections = append(t.Sections, backend.TemplateSection{Key: "budget"})
		}, "sections.11.key"},
		{"ErrNothingCounts", func(t *backend.PlanTemplate) {
			for i := range t.Sections {
				t.Sections[i].Counts = false
			}
		}, "sections"},
		{"ErrTooManyQuestions", func(t *backend.PlanTemplate) {
			t.Sections[0].Questions = make([]string, backend.TemplateQuestionsPerSection+1)
		}, "sections.0.questions"},
		{"ErrLongQuestion", func(t *backend.PlanTemplate) {
			t.Sections[2].Questions = []string{strings.Repeat("q", backend.TemplateQuestionMaxLen+1)}
		}, "sections.2.questions"},
		{"ErrSuggestionWithoutTitle", func(t *backend.PlanTemplate) { t.Objectives[1].Title = "" }, "objectives.1.title"},
		{"ErrSuggestionCadence", func(t *backend.PlanTemplate) { t.Objectives[0].Cadence = "weekly" }, "objectives.0.cadence"},
		{"ErrTooManySuggestions", func(t *backend.PlanTemplate) {
			t.Objectives = make([]backend.SuggestedObjective, backend.TemplateSuggestionsMax+1)
		}, "objectives"},
	}
	for _, s := range scenarios {
		t.Run(s.name, func(t *testing.T) {
			tpl := valid()
			s.edit(&tpl)
			err := tpl.Validate()
			var e *backend.Error
			switch {
			case s.field == "" && err != nil:
				t.Fatalf("want valid, got %v", err)
			case s.field != "" && (!errors.As(err, &e) || e.Code != backend.EINVALID || e.Field != s.field):
				t.Fatalf("err = %v, want invalid on %s", err, s.field)
			case s.field != "" && (e.Message == "" || strings.ContainsAny(e.Message, "%{}")):
				t.Errorf("message %q is not plain words", e.Message)
			}
		})
	}
}

// FuzzPlanTemplateValidate: whatever a template editor sends, Normalize and
// Validate never panic, and a template Validate accepts stays accepted and
// unchanged by a second Normalize.
func FuzzPlanTemplateValidate(f *testing.F) {
	for _, tpl := range backend.BuiltInPlanTemplates() {
		b, _ := json.Marshal(tpl)
		f.Add(b)
	}
	f.Add([]byte(`{"name":"x","type":"retention","sections":[{"key":"risks","counts":true,"questions":[" ",""]},{"key":"risks"}]}`))
	f.Add([]byte(`{"name":"x","type":"acquisition","sections":[{"key":"whitespace","counts":true}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var tpl backend.PlanTemplate
		if json.Unmarshal(data, &tpl) != nil {
			return
		}
		tpl.Normalize()
		if tpl.Validate() != nil {
			return
		}
		before, _ := json.Marshal(tpl)
		tpl.Normalize()
		after, _ := json.Marshal(tpl)
		if string(before) != string(after) {
			t.Fatalf("Normalize is not stable:\n%s\n%s", before, after)
		}
		if err := tpl.Validate(); err != nil {
			t.Fatalf("valid, normalized again, now %v", err)
		}
	})
}
