package backend

import (
	"context"
	"strconv"
	"strings"
	"time"
)

// Onboarding task categories, in the order a checklist shows them.
const (
	CatBeforeDayOne    = "before_day_one"
	CatIntroMeetings   = "intro_meetings"
	CatClientKnowledge = "client_knowledge"
	CatAgencyProcesses = "agency_processes"
	CatCompliance      = "compliance"
	CatCheckIns        = "check_ins"
)

// Categories lists the task categories in display order.
func Categories() []string {
	return []string{CatBeforeDayOne, CatIntroMeetings, CatClientKnowledge, CatAgencyProcesses, CatCompliance, CatCheckIns}
}

// Task owners: a role in the onboarding, or a named person.
const (
	OwnerNewHire    = "new_hire"
	OwnerManager    = "manager"
	OwnerBuddy      = "buddy"
	OwnerOperations = "operations"
	OwnerIT         = "it"
	OwnerPerson     = "person"
)

// TemplateTask is one task of an onboarding template.
type TemplateTask struct {
	// Key names the task within its template, so an editor can tell tasks
	// apart when they are reordered (the store gives one to a task without).
	Key           string `json:"key"`
	Title         string `json:"title"`
	Description   string `json:"description"`
	Category      string `json:"category"`
	OwnerKind     string `json:"ownerKind"`
	OwnerPersonID int64  `json:"ownerPersonId"` // when OwnerKind is "person"
	OffsetDays    int    `json:"offsetDays"`    // from the start date; negative before day one
	Optional      bool   `json:"optional"`
}

// Template is a reusable onboarding checklist.
type Template struct {
	ID          int64          `json:"id"`
	Name        string         `json:"name"`
	ForRole     string         `json:"forRole"`
	Description string         `json:"description"`
	Archived    bool           `json:"archived"`
	BuiltIn     bool           `json:"builtIn"`
	Tasks       []TemplateTask `json:"tasks"`
	Version     int64          `json:"version"`
}

// Validate normalises t and returns an invalid error naming the first wrong field.
func (t *Template) Validate() error {
	t.Name = strings.TrimSpace(t.Name)
	if t.Name == "" {
		return Invalid("name", "Give the template a name.")
	}
	if len(t.Tasks) > TemplateMaxTasks {
		return Invalid("tasks", "A template can have at most 500 tasks.")
	}
	for i := range t.Tasks {
		k := &t.Tasks[i]
		f := "tasks." + strconv.Itoa(i) + "."
		k.Title = strings.TrimSpace(k.Title)
		k.OwnerKind = defaultTo(k.OwnerKind, OwnerNewHire)
		switch {
		case k.Title == "":
			return Invalid(f+"title", "Give each task a title.")
		case !oneOf(k.Category, Categories()...):
			return Invalid(f+"category", "Choose a category.")
		case !oneOf(k.OwnerKind, OwnerNewHire, OwnerManager, OwnerBuddy, OwnerOperations, OwnerIT, OwnerPerson):
			return Invalid(f+"ownerKind", "Choose who owns the task.")
		case k.OwnerKind == OwnerPerson && k.OwnerPersonID == 0:
			return Invalid(f+"ownerPersonId", "Choose the person who owns the task.")
		case k.OffsetDays < OffsetMinDays || k.OffsetDays > OffsetMaxDays:
			return Invalid(f+"offsetDays", "Due days run from 90 days before the start to 365 days after.")
		}
	}
	return nil
}

// DueDate is when a task with offset is due for someone starting on start.
// With skipWeekends the offset counts working days and a weekend start moves
// to the next Monday; without it the offset counts calendar days.
func DueDate(start time.Time, offset int, skipWeekends bool) time.Time {
	if !skipWeekends {
		return start.AddDate(0, 0, offset)
	}
	d := start
	for isWeekend(d) {
		d = d.AddDate(0, 0, 1)
	}
	step := 1
	if offset < 0 {
		step, offset = -1, -offset
	}
	for offset > 0 {
		d = d.AddDate(0, 0, step)
		if !isWeekend(d) {
			offset--
		}
	}
	return d
}

func isWeekend(d time.Time) bool { return d.Weekday() == time.Saturday || d.Weekday() == time.Sunday }

// Onboarding statuses and task states.
const (
	OnboardingInProgress = "in_progress"
	OnboardingCompleted  = "completed"
	OnboardingClosed     = "closed"

	TaskOpen    = "open"
	TaskDone    = "done"
	TaskSkipped = "skipped"
)

// OnboardingTask is one task of a started checklist.
type OnboardingTask struct {
	ID            int64  `json:"id"`
	Title         string `json:"title"`
	Description   string `json:"description"`
	Category      string `json:"category"`
	OwnerKind     string `json:"ownerKind"`
	OwnerPersonID int64  `json:"ownerPersonId"` // resolved: the new hire, manager, buddy or named person
	OwnerName     string `json:"ownerName"`
	Due           string `json:"due"`
	DueByHand     bool   `json:"dueByHand"` // set by the user, not from the template's offset
	Optional      bool   `json:"optional"`
	State         string `json:"state"`
	DoneBy        string `json:"doneBy"`
	DoneAt        string `json:"doneAt"`
	Notes         string `json:"notes"`
	AccountID     int64  `json:"accountId"` // client-knowledge tasks generated from an allocation
	Overdue       bool   `json:"overdue"`
}

// Onboarding is a new team member's checklist.
type Onboarding struct {
	ID           int64            `json:"id"`
	PersonID     int64            `json:"personId"`
	PersonName   string           `json:"personName"`
	TemplateName string           `json:"templateName"`
	StartDate    string           `json:"startDate"`
	BuddyID      int64            `json:"buddyId"`
	BuddyName    string           `json:"buddyName"`
	ManagerName  string           `json:"managerName"`
	SkipWeekends bool             `json:"skipWeekends"`
	Status       string           `json:"status"`
	ClosedReason string           `json:"closedReason"`
	Tasks        []OnboardingTask `json:"tasks"`
	Progress     Progress         `json:"progress"`
}

// Progress counts required tasks; optional tasks never hold a checklist back.
type Progress struct {
	Required int     `json:"required"`
	Done     int     `json:"done"`
	Percent  float64 `json:"percent"`
	Overdue  int     `json:"overdue"`
}

// ProgressOf computes progress and marks overdue tasks as of today.
func ProgressOf(tasks []OnboardingTask, today time.Time) Progress {
	var p Progress
	iso := today.Format(time.DateOnly)
	for i := range tasks {
		t := &tasks[i]
		t.Overdue = t.State == TaskOpen && t.Due != "" && t.Due < iso
		if t.Overdue {
			p.Overdue++
		}
		if t.Optional {
			continue
		}
		p.Required++
		if t.State == TaskDone {
			p.Done++
		}
	}
	if p.Required == 0 {
		p.Percent = 100
	} else {
		p.Percent = float64(p.Done) * 100 / float64(p.Required)
	}
	return p
}

// AccountTasks are the client-knowledge tasks added for each account the new
// hire is allocated to, due relative to the later of the start date and the
// allocation's start.
func AccountTasks(accountName string) []TemplateTask {
	return []TemplateTask{
		{Title: "Read the account plan for " + accountName, Category: CatClientKnowledge, OwnerKind: OwnerNewHire, OffsetDays: 3,
			Description: "Objectives, pipeline, risks and the stakeholder map: ask the account lead what is not written down."},
		{Title: "Meet the key stakeholders of " + accountName, Category: CatClientKnowledge, OwnerKind: OwnerManager, OffsetDays: 10,
			Description: "Introduce the new hire to the decision makers and champions, in person where possible."},
		{Title: "Review open jobs for " + accountName, Category: CatClientKnowledge, OwnerKind: OwnerBuddy, OffsetDays: 5,
			Description: "Walk through the status report: every open job, its next step and its milestone."},
	}
}

// TaskUpdate changes one task's state or notes.
type TaskUpdate struct {
	TaskID int64  `json:"taskId"`
	State  string `json:"state"`
	Notes  string `json:"notes"`
	By     string `json:"by"` // who ticked it, as the user names themselves
}

// OnboardingSummary is one row of the onboardings list.
type OnboardingSummary struct {
	ID         int64    `json:"id"`
	PersonID   int64    `json:"personId"`
	PersonName string   `json:"personName"`
	StartDate  string   `json:"startDate"`
	Status     string   `json:"status"`
	Progress   Progress `json:"progress"`
}

// OnboardingService keeps templates and checklists.
type OnboardingService interface {
	// Templates returns every template, archived last.
	Templates(ctx context.Context) ([]Template, error)
	// SaveTemplate creates (ID 0) or updates a template; checklists already
	// started never change. Returns EINVALID, ENOTFOUND, ECONFLICT.
	SaveTemplate(ctx context.Context, t Template) (Template, error)
	// CopyTemplate saves a copy named "Copy of …". Returns ENOTFOUND.
	CopyTemplate(ctx context.Context, id int64) (Template, error)
	// StartOnboarding copies a template's tasks into a dated checklist for a
	// person, adds client-knowledge tasks for their allocations; today is the
	// day it is made, and no task is due before it (ScheduledDue). Returns
	// EINVALID, ENOTFOUND, ECONFLICT (one is already in progress).
	StartOnboarding(ctx context.Context, personID, templateID int64, start string, buddyID int64, today time.Time) (Onboarding, error)
	// Onboardings lists every onboarding, in progress first.
	Onboardings(ctx context.Context, today time.Time) ([]OnboardingSummary, error)
	// Onboarding returns one checklist with progress as of today. Returns ENOTFOUND.
	Onboarding(ctx context.Context, id int64, today time.Time) (Onboarding, error)
	// UpdateTask changes a task; the onboarding completes when every required
	// task is done. Returns EINVALID (only optional tasks can be skipped), ENOTFOUND.
	UpdateTask(ctx context.Context, u TaskUpdate, today time.Time) (Onboarding, error)
	// SetStartDate moves an onboarding in progress to a new start date; every
	// open task's due date moves with it (Reschedule), all in one write.
	// Returns EINVALID, ENOTFOUND, ELOCKED (finished).
	SetStartDate(ctx context.Context, id int64, start string, today time.Time) (Onboarding, error)
	// SetTaskDue sets one task's due date by hand. Returns EINVALID,
	// ENOTFOUND, ELOCKED (finished).
	SetTaskDue(ctx context.Context, taskID int64, due string, today time.Time) (Onboarding, error)
	// CloseOnboarding ends an unfinished onboarding with a reason. Returns EINVALID, ENOTFOUND.
	CloseOnboarding(ctx context.Context, id int64, reason string, today time.Time) (Onboarding, error)
}
