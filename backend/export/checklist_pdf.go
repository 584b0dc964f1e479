package export

import (
	"fmt"

	"accountdesk/backend"
)

var categoryLabels = map[string]string{
	backend.CatBeforeDayOne:    "Before day one",
	backend.CatIntroMeetings:   "Intro meetings & inductions",
	backend.CatClientKnowledge: "Client knowledge",
	backend.CatAgencyProcesses: "Agency processes & tools",
	backend.CatCompliance:      "Compliance",
	backend.CatCheckIns:        "30/60/90 check-ins",
}

// ChecklistFileName is the file an onboarding checklist is saved as.
func ChecklistFileName(o backend.Onboarding) string {
	return "onboarding-" + Slug(o.PersonName) + "-" + o.StartDate + ".pdf"
}

// ChecklistPDF renders an onboarding checklist to hand to the new hire: the
// tasks by category with a tick box, owner, due date and state.
func ChecklistPDF(o backend.Onboarding, lh Letterhead, generated string) ([]byte, error) {
	p := newPDF("Onboarding: "+o.PersonName, generated)
	p.by(lh.Director, lh.Locale)
	sub := "Onboarding · starts " + p.date(o.StartDate)
	if o.BuddyName != "" {
		sub += " · buddy " + o.BuddyName
	}
	if o.ManagerName != "" {
		sub += " · manager " + o.ManagerName
	}
	p.heading(o.PersonName, sub+agencySuffix(lh.Agency))
	p.para(fmt.Sprintf("%d of %d required tasks done (%.0f%%).", o.Progress.Done, o.Progress.Required, o.Progress.Percent))
	// One set of column widths for every category, so the columns line up
	// from one table to the next.
	byCat := map[string][][]string{}
	var all [][]string
	for _, t := range o.Tasks {
		box := "[  ]"
		switch t.State {
		case backend.TaskDone:
			box = "[x]"
		case backend.TaskSkipped:
			box = "[–]"
		}
		title := t.Title
		if t.Optional {
			title += " (optional)"
		}
		state := Words(t.State)
		if t.Overdue {
			state = "overdue"
		}
		row := []string{box, title, orDash(t.OwnerName), p.date(t.Due), state}
		byCat[t.Category] = append(byCat[t.Category], row)
		all = append(all, row)
	}
	header := []string{"", "Task", "Owner", "Due", "State"}
	cols := make([]column, len(header))
	for i, h := range header {
		cols[i].title = h
	}
	p.autoWidths(cols, all)
	widths := make([]float64, len(cols))
	for i, c := range cols {
		widths[i] = c.width
	}
	for _, cat := range backend.Categories() {
		if len(byCat[cat]) == 0 {
			continue
		}
		p.section(categoryLabels[cat])
		p.table(header, widths, byCat[cat], nil)
	}
	return p.bytes()
}
