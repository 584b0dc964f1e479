package backend_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"accountdesk/backend"
	"accountdesk/backend/vault"
)

var update = flag.Bool("update", false, "rewrite frontend/src/lib/limits.json from backend.Limits()")

const limitsFile = "../frontend/src/lib/limits.json"

// The front end's forms read their limits from limits.json; it must be what
// Go enforces, byte for byte.
func TestLimitsFile(t *testing.T) {
	want, err := json.MarshalIndent(backend.Limits(), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	want = append(want, '\n')
	if *update {
		if err := os.WriteFile(limitsFile, want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := os.ReadFile(limitsFile)
	if err != nil || !bytes.Equal(got, want) {
		t.Fatalf("%s is stale (%v): run go test ./backend -run TestLimitsFile -update", limitsFile, err)
	}
}

// probe is a valid value of one form and its Validate; prefix is the path of
// the form's fields inside the value (a plan's "opportunities." for the
// opportunity form). aliases names the field an error reports when it is
// not the field itself.
type probe struct {
	valid    func(field string) any
	validate func(v any) error
	prefix   string
	aliases  map[string]string
}

var meeting = time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC)

func probes() map[string]probe {
	plan := func(string) any {
		return &backend.Plan{
			Period: "FY2027",
			Opps:   []backend.Opportunity{{Title: "Retainer", Type: "upsell", Stage: backend.StageIdentified, Probability: 50}},
			Risks:  []backend.Risk{{Title: "Budget cut", Category: "budget", Likelihood: 3, Impact: 3, Status: "open"}},
		}
	}
	planValidate := func(v any) error { return v.(*backend.Plan).Validate() }
	return map[string]probe{
		"account": {
			valid: func(string) any {
				return &backend.Account{Name: "Acme", Tier: backend.TierKey, Status: backend.StatusActive,
					Health: backend.HealthGreen, ContractType: backend.ContractRetainer}
			},
			validate: func(v any) error { return v.(*backend.Account).Validate() },
		},
		"plan":        {valid: plan, validate: planValidate, aliases: map[string]string{"vision": "executiveSummary"}},
		"opportunity": {valid: plan, validate: planValidate, prefix: "opportunities."},
		"risk":        {valid: plan, validate: planValidate, prefix: "risks."},
		"qbr": {
			valid:    func(string) any { return &backend.QBR{Date: "2026-03-10", Format: backend.QBRRemote} },
			validate: func(v any) error { return v.(*backend.QBR).Validate() },
		},
		"stakeholder": {
			valid:    func(string) any { return &backend.Stakeholder{Name: "Dana", Influence: 3} },
			validate: func(v any) error { return v.(*backend.Stakeholder).Validate() },
		},
		"job": {
			valid:    func(string) any { return &backend.Job{Number: "J-1", Name: "Launch", Status: backend.JobBriefed} },
			validate: func(v any) error { return v.(*backend.Job).Validate() },
		},
		"contactReport": {
			valid: func(string) any {
				return &backend.ContactReport{MeetingAt: meeting.Format(time.RFC3339), Decisions: "Go ahead."}
			},
			validate: func(v any) error { return v.(*backend.ContactReport).Validate(meeting.Add(time.Hour)) },
			aliases:  map[string]string{"attendees": "decisions", "budget": "decisions", "nextSteps": "decisions"},
		},
		"financialMonth": {
			valid:    func(string) any { return &backend.MonthFigures{Month: "2026-03"} },
			validate: func(v any) error { return v.(*backend.MonthFigures).Validate() },
		},
		"person": {
			valid: func(string) any {
				return &backend.Person{Name: "Sam", Role: "Account manager", Status: backend.PersonActive,
					StartDate: "2024-01-01", CapacityHoursPerWeek: 40}
			},
			validate: func(v any) error { return v.(*backend.Person).Validate() },
		},
		"allocation": {
			valid: func(string) any {
				return &backend.Allocation{PersonID: 1, AccountID: 1, Percent: 50, StartDate: "2026-01-01"}
			},
			validate: func(v any) error { return v.(*backend.Allocation).Validate() },
		},
		"onboardingTemplate": {
			valid: func(string) any {
				return &backend.Template{Name: "Starter", Tasks: []backend.TemplateTask{{Title: "Laptop", Category: backend.CatBeforeDayOne}}}
			},
			validate: func(v any) error { return v.(*backend.Template).Validate() },
		},
		"planTemplate": {
			valid: func(string) any {
				t := backend.BuiltInPlanTemplates()[1]
				t.Normalize()
				return &t
			},
			validate: func(v any) error { return v.(*backend.PlanTemplate).Validate() },
		},
		"cycle": {
			valid: func(string) any {
				return &backend.Cycle{Name: "Annual 2026", PeriodFrom: "2026-01-01", PeriodTo: "2026-12-31",
					Scale: backend.Scale{Min: 1, Max: 5}, Competencies: []backend.Competency{{Key: "craft", Name: "Craft", Weight: 1}}}
			},
			validate: func(v any) error { return v.(*backend.Cycle).Validate() },
			aliases:  map[string]string{"scale.min": "scale", "scale.max": "scale"},
		},
		"appraisal": {
			valid: func(field string) any {
				a := &backend.Appraisal{Scale: backend.Scale{Min: 1, Max: 5},
					Goals: []backend.Goal{{Title: "Grow Acme", Rating: backend.Rating{Key: "g1", Weight: 1}}}}
				switch field {
				case "compensation.meritPct":
					a.Compensation = backend.Compensation{Kind: backend.CompMerit, MeritPct: 3, Justification: "Strong year."}
				case "compensation.bonusMinor":
					a.Compensation = backend.Compensation{Kind: backend.CompBonus, BonusMinor: 1, Justification: "Strong year."}
				}
				return a
			},
			validate: func(v any) error { return v.(*backend.Appraisal).Validate() },
		},
		"settings": {
			valid:    func(string) any { s := backend.DefaultSettings(); return &s },
			validate: func(v any) error { return v.(*backend.Settings).Validate() },
		},
		"oneOnOne": {
			valid: func(string) any {
				return &backend.OneOnOne{Date: "2026-03-10",
					Points:  []backend.TalkingPoint{{Text: "Pitch", Side: backend.SideReport}},
					Actions: []backend.OneOnOneAction{{Text: "Book course", Owner: backend.SideDirector}}}
			},
			validate: func(v any) error { return v.(*backend.OneOnOne).Validate() },
		},
		"feedbackNote": {
			valid: func(string) any {
				return &backend.FeedbackNote{Kind: backend.NotePraise, Text: "Great pitch", Date: "2026-03-10"}
			},
			validate: func(v any) error { return v.(*backend.FeedbackNote).Validate() },
		},
		"peerRequest": {
			valid: func(string) any {
				return &backend.PeerRequest{PersonID: 1, CycleID: 1, Due: "2026-06-30", Scale: backend.DefaultScale(),
					Reviewers: []backend.PeerReviewer{{Name: "Ben", Relationship: backend.RelPeer}},
					Questions: []backend.PeerQuestion{{Kind: backend.QuestionText, Text: "What should she keep doing?"}}}
			},
			// As the store does: free questions are numbered before they are checked.
			validate: func(v any) error { r := v.(*backend.PeerRequest); r.Normalize(); return r.Validate() },
		},
		"whitespaceCell": {
			valid:    func(string) any { return &backend.Cell{Status: backend.CellCompetitor, Competitor: "Kite & Co"} },
			validate: func(v any) error { return v.(*backend.Cell).Validate() },
		},
		"serviceLine": {
			valid:    func(string) any { return &backend.ServiceLine{Name: "Social"} },
			validate: func(v any) error { return v.(*backend.ServiceLine).Validate() },
		},
		"division": {
			valid:    func(string) any { return &backend.Division{Name: "Consumer"} },
			validate: func(v any) error { return v.(*backend.Division).Validate() },
		},
		"passphrase": {
			valid:    func(string) any { return &passphrase{Passphrase: "correct horse battery"} },
			validate: func(v any) error { return vault.CheckPassphrase(v.(*passphrase).Passphrase) },
		},
		"exportPlace": {
			valid:    func(string) any { return &backend.ExportPlace{Name: "Team share", Destination: "/tmp/share"} },
			validate: func(v any) error { return v.(*backend.ExportPlace).Validate() },
			aliases:  map[string]string{"name": "placeName", "user": "destination"},
		},
	}
}

// Every limit in the table is the bound its Validate enforces: a value at
// the bound is accepted, one just past it is refused with an invalid error
// on that field.
func TestLimitsAreEnforced(t *testing.T) {
	ps := probes()
	for form, fields := range backend.Limits().Forms {
		p, ok := ps[form]
		if !ok {
			t.Errorf("form %q has limits but no probe in this test: add one", form)
			continue
		}
		for field, lim := range fields {
			t.Run(form+"/"+field, func(t *testing.T) {
				for _, c := range cases(lim) {
					v := p.valid(field)
					if err := p.validate(p.valid(field)); err != nil {
						t.Fatalf("the probe's valid value is refused: %v", err)
					}
					set(t, v, p.prefix+field, c.value)
					err := p.validate(v)
					switch {
					case c.ok && err != nil:
						t.Errorf("%s = %v is refused: %v", field, c.label, err)
					case !c.ok && err == nil:
						t.Errorf("%s = %v is accepted; the table says it is out of bounds", field, c.label)
					case !c.ok:
						var e *backend.Error
						want := p.prefix + field
						if a, ok := p.aliases[field]; ok {
							want = a
						}
						if !errors.As(err, &e) || e.Code != backend.EINVALID || index.ReplaceAllString(e.Field, ".") != want {
							t.Errorf("%s = %v: got %v, want an invalid error on %s", field, c.label, err, want)
						}
					}
				}
			})
		}
	}
	for form := range ps {
		if _, ok := backend.Limits().Forms[form]; !ok {
			t.Errorf("probe %q has no form in the table", form)
		}
	}
}

var index = regexp.MustCompile(`\.\d+\.`)

// passphrase is what the Settings screen sends to set the appraisals passphrase.
type passphrase struct {
	Passphrase string `json:"passphrase"`
}

type limitCase struct {
	label string
	value any // float64 for a number, string for a text, int for a list's length
	ok    bool
}

func cases(l backend.Limit) []limitCase {
	var cs []limitCase
	add := func(v float64, ok bool) { cs = append(cs, limitCase{fmt.Sprint(v), v, ok}) }
	if l.Min != nil {
		add(*l.Min, true)
		below := *l.Min - 1
		if below == 0 { // 0 often means "not set" and takes a default
			below = -1
		}
		add(below, false)
	}
	if l.Above != nil {
		add(*l.Above, false)
		add(*l.Above+1, true)
	}
	if l.Max != nil {
		add(*l.Max, true)
		add(*l.Max+1, false)
	}
	text := func(label, s string, ok bool) { cs = append(cs, limitCase{label, s, ok}) }
	if n := l.MinLength; n > 0 {
		text(fmt.Sprintf("%d letters", n), strings.Repeat("a", n), true)
		text(fmt.Sprintf("%d letters", n-1), strings.Repeat("a", n-1), false)
	}
	if n := l.MaxLength; n > 0 {
		text(fmt.Sprintf("%d letters", n), strings.Repeat("a", n), true)
		text(fmt.Sprintf("%d letters", n+1), strings.Repeat("a", n+1), false)
		// Characters or bytes, as the table says: é is one character, two bytes.
		if l.Bytes {
			text(fmt.Sprintf("%d é", n/2), strings.Repeat("é", n/2), true)
			text(fmt.Sprintf("%d é", n/2+1), strings.Repeat("é", n/2+1), false)
		} else if l.Pattern == "" {
			text(fmt.Sprintf("%d é", n), strings.Repeat("é", n), true)
		}
	}
	if n := l.MaxItems; n > 0 {
		cs = append(cs, limitCase{fmt.Sprintf("%d items", n), n, true}, limitCase{fmt.Sprintf("%d items", n+1), n + 1, false})
	}
	return cs
}

// set writes value into the field at a JSON path such as "goals.weight"
// (lists: their first item); numbers are converted to the field's kind, an
// int makes a list of that many copies of its first item.
func set(t *testing.T, v any, path string, value any) {
	t.Helper()
	f := reflect.ValueOf(v).Elem()
	for name := range strings.SplitSeq(path, ".") {
		if f.Kind() == reflect.Slice {
			f = f.Index(0)
		}
		f = byJSONName(f, name)
		if !f.IsValid() {
			t.Fatalf("no field %q in %T", path, v)
		}
	}
	switch x := value.(type) {
	case float64:
		switch {
		case f.CanInt():
			f.SetInt(int64(x))
		case f.CanFloat():
			f.SetFloat(x)
		default:
			t.Fatalf("%s is not a number", path)
		}
	case string:
		if f.Kind() != reflect.String {
			t.Fatalf("%s is not a text", path)
		}
		f.SetString(x)
	case int:
		if f.Kind() != reflect.Slice {
			t.Fatalf("%s is not a list", path)
		}
		s := reflect.MakeSlice(f.Type(), x, x)
		for i := range x {
			s.Index(i).Set(f.Index(0))
		}
		f.Set(s)
	}
}

func byJSONName(s reflect.Value, name string) reflect.Value {
	for i := range s.NumField() {
		sf := s.Type().Field(i)
		if sf.Anonymous {
			if f := byJSONName(s.Field(i), name); f.IsValid() {
				return f
			}
			continue
		}
		if tag, _, _ := strings.Cut(sf.Tag.Get("json"), ","); tag == name {
			return s.Field(i)
		}
	}
	return reflect.Value{}
}

// The rules the UI shows come from Go's constants.
func TestLimitRules(t *testing.T) {
	r := backend.Limits().Rules
	if r.HighRiskScore != backend.HighRiskScore || r.ContactReportDeadlineHours != 48 {
		t.Errorf("rules = %+v", r)
	}
}
