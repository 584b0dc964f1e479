package demo

import (
	"context"
	"fmt"
	"strings"

	"accountdesk/backend"
)

// team writes the director's team: a realistic hierarchy, allocations that
// leave one person over-allocated and one key account without a backup, and
// a new Account Executive starting next week. Larger demos repeat the pod
// structure so every account is staffed.
// maxPods caps the generated team at about 300 people (eight a pod).
const maxPods = 38

func (g *gen) team(ctx context.Context, s Store, accounts []backend.Account) error {
	type seed struct {
		name, role, location string
		manager              int // index into the people written so far; -1 for none
		capacity             float64
		startInDays          int
		status               string
	}
	pod := []seed{
		{"Morgan Ellis", "Account Director", "London", -1, 40, -2200, backend.PersonActive},
		{"Priya Raman", "Account Supervisor", "London", 0, 40, -1500, backend.PersonActive},
		{"Tom Becker", "Account Supervisor", "Manchester", 0, 40, -1300, backend.PersonLeaving},
		{"Aisha Khan", "Account Manager", "London", 1, 40, -900, backend.PersonActive},
		{"Lukas Novak", "Account Manager", "Remote", 2, 32, -700, backend.PersonActive},
		{"Sofia García", "Senior Account Executive", "London", 3, 40, -500, backend.PersonActive},
		{"Kwame Mensah", "Account Coordinator", "London", 3, 24, -300, backend.PersonActive},
		{"Hannah Lindqvist", "Account Executive", "London", 3, 40, 7, backend.PersonOnboarding},
	}
	// A pod of eight staffs twelve accounts. A large generated agency has
	// about 300 people (38 pods): each pod then looks after more accounts,
	// each with a smaller share of everyone's time.
	perPod := 12
	if len(accounts) > 12*maxPods {
		perPod = (len(accounts) + maxPods - 1) / maxPods
	}
	pods := max(1, (len(accounts)+perPod-1)/perPod)
	for k := range pods {
		var ids []int64
		for _, p := range pod {
			person := backend.Person{Name: p.name, Role: p.role, Location: p.location, CapacityHoursPerWeek: p.capacity,
				StartDate: g.day(p.startInDays), Status: p.status, Skills: []string{"Client service", "Budgets"}}
			if pods > 1 {
				person.Name = fmt.Sprintf("%s %d", p.name, k+1)
			}
			person.Email = emailFor(person.Name)
			if p.status == backend.PersonLeaving {
				person.EndDate = g.day(45)
			}
			if p.manager >= 0 {
				person.ReportsTo = ids[p.manager]
			}
			saved, err := s.SavePerson(ctx, person)
			if err != nil {
				return err
			}
			ids = append(ids, saved.ID)
			if k == 0 && len(ids) == 1 {
				g.director = saved.Name // the first pod's Account Director uses the workspace
			}
		}
		first := k * perPod
		if first >= len(accounts) {
			break
		}
		mine := accounts[first:min(first+perPod, len(accounts))]
		if err := g.allocate(ctx, s, ids, mine); err != nil {
			return err
		}
		if k == 0 {
			if err := g.onboard(ctx, s, ids[7], ids[5]); err != nil {
				return err
			}
			if err := g.appraisals(ctx, s, ids); err != nil {
				return fmt.Errorf("demo appraisals: %w", err)
			}
		}
	}
	return nil
}

// onboard starts the new executive's checklist from the built-in template,
// with the paperwork done and one pre-boarding task left overdue.
func (g *gen) onboard(ctx context.Context, s Store, hire, buddy int64) error {
	templates, err := s.Templates(ctx)
	if err != nil || len(templates) == 0 {
		return fmt.Errorf("built-in template: %w", err)
	}
	// Made two weeks ago, so the pre-boarding tasks due since are late.
	o, err := s.StartOnboarding(ctx, hire, templates[0].ID, g.day(7), buddy, g.today.AddDate(0, 0, -14))
	if err != nil {
		return err
	}
	for _, k := range o.Tasks {
		if k.Category == backend.CatBeforeDayOne && k.Due < g.day(0) && k.Title != "Add to the org chart, mailing lists and team page" {
			if _, err := s.UpdateTask(ctx, backend.TaskUpdate{TaskID: k.ID, State: backend.TaskDone, By: "Morgan Ellis"}, g.today); err != nil {
				return err
			}
		}
	}
	return nil
}

// allocate staffs up to twelve accounts with one pod: a lead and a backup on
// each, leaving the second account without a backup and the first manager
// over-allocated.
func (g *gen) allocate(ctx context.Context, s Store, ids []int64, accounts []backend.Account) error {
	start := g.day(-200)
	// Twelve accounts a pod: 20% lead, 10% backup. More accounts: the same
	// total time, spread thinner.
	leadPct := max(1, 20*12/float64(max(12, len(accounts))))
	backupPct := max(1, 10*12/float64(max(12, len(accounts))))
	for j, a := range accounts {
		lead := ids[1+j%4]       // supervisors and managers lead
		backup := ids[4+(j+1)%3] // managers and executives back up
		allocs := []backend.Allocation{{PersonID: lead, AccountID: a.ID, Percent: leadPct, Role: backend.AccountLead, StartDate: start}}
		if j != 1 {
			allocs = append(allocs, backend.Allocation{PersonID: backup, AccountID: a.ID, Percent: backupPct, Role: backend.AccountBackup, StartDate: start})
		}
		if j == 0 {
			// The director is hands-on with the biggest client…
			allocs = append(allocs, backend.Allocation{PersonID: ids[0], AccountID: a.ID, Percent: 30, Role: backend.AccountSupport, StartDate: start})
			// …and the first manager carries too much of it.
			allocs = append(allocs, backend.Allocation{PersonID: ids[3], AccountID: a.ID, Percent: 60, Role: backend.AccountSupport, StartDate: start})
		}
		if j == 2 {
			// A pitch that may land next month, pencilled in.
			allocs = append(allocs, backend.Allocation{PersonID: ids[5], AccountID: a.ID, Percent: 30, Role: backend.AccountSupport, StartDate: g.day(30), Tentative: true})
		}
		if j == 3 {
			// The new executive joins an account from their first day.
			allocs = append(allocs, backend.Allocation{PersonID: ids[7], AccountID: a.ID, Percent: 50, Role: backend.AccountSupport, StartDate: g.day(7)})
		}
		for _, x := range allocs {
			if _, err := s.SaveAllocation(ctx, x); err != nil {
				return err
			}
		}
	}
	return nil
}

// emailFor makes first.last@brightline.example from a name, in plain ASCII.
func emailFor(name string) string {
	local := strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			return r
		case r == ' ':
			return '.'
		case r == 'í':
			return 'i'
		case r == 'á':
			return 'a'
		case r == 'é':
			return 'e'
		}
		return -1
	}, strings.ToLower(name))
	return local + "@brightline.example"
}
