package backend

// NewAETemplate is the built-in "New Account Executive" template: what an AE
// must learn in an agency, from intro meetings with every department to the
// paperwork (status reports, contact reports, job starts) and 30/60/90-day
// check-ins with the director.
func NewAETemplate() Template {
	t := func(cat, owner string, offset int, title, desc string) TemplateTask {
		return TemplateTask{Title: title, Description: desc, Category: cat, OwnerKind: owner, OffsetDays: offset}
	}
	opt := func(k TemplateTask) TemplateTask { k.Optional = true; return k }
	return Template{
		Name: "New Account Executive", ForRole: "Account Executive", BuiltIn: true,
		Description: "Everything a new Account Executive needs in their first 90 days: the people, the clients, the agency's processes and tools.",
		Tasks: []TemplateTask{
			t(CatBeforeDayOne, OwnerOperations, -10, "Send the contract and new-starter forms", "Contract, payroll and emergency-contact forms back before day one."),
			t(CatBeforeDayOne, OwnerOperations, -7, "Add to the org chart, mailing lists and team page", ""),
			t(CatBeforeDayOne, OwnerIT, -5, "Laptop, email and accounts ready", "Laptop imaged, email, calendar, chat, timesheet and project tool accounts created."),
			t(CatBeforeDayOne, OwnerManager, -3, "Send the welcome email and first-week plan", "Start time, who to ask for, the first week's meetings."),
			t(CatBeforeDayOne, OwnerManager, -2, "Choose and brief a buddy", "A peer who answers the small questions for the first three months."),
			t(CatBeforeDayOne, OwnerOperations, -1, "Desk, pass and building access", ""),
			t(CatIntroMeetings, OwnerManager, 0, "Welcome and team introductions", "Meet the account team; walk through the accounts the new hire will work on."),
			t(CatIntroMeetings, OwnerBuddy, 0, "Office tour and lunch with the buddy", ""),
			t(CatIntroMeetings, OwnerNewHire, 2, "Intro meeting with the creative department", "How creative reviews work, what a good brief looks like, turnaround times."),
			t(CatIntroMeetings, OwnerNewHire, 3, "Intro meeting with strategy / planning", "How insights and strategy feed the brief; the planning calendar."),
			t(CatIntroMeetings, OwnerNewHire, 4, "Intro meeting with media", "Media plans, buying cycles and how media and creative timings fit together."),
			t(CatIntroMeetings, OwnerNewHire, 5, "Intro meeting with project management / traffic", "Job bags, schedules, resourcing requests."),
			t(CatIntroMeetings, OwnerNewHire, 6, "Intro meeting with finance", "Estimates, purchase orders, billing, write-offs and how they hurt margin."),
			t(CatAgencyProcesses, OwnerManager, 3, "Learn the weekly status report", "How jobs, next steps and milestones are reported to the client every week."),
			t(CatAgencyProcesses, OwnerManager, 4, "Learn the contact report", "Every client meeting gets a contact report within 48 hours: attendees, decisions, budget, next steps."),
			t(CatAgencyProcesses, OwnerBuddy, 5, "Open a job: the job-start (project initiation) process", "Job number, brief, estimate approval and scheduling before any work starts."),
			t(CatAgencyProcesses, OwnerManager, 8, "Estimating and budgets", "Build an estimate from rate cards; track hours against the retainer; flag over-servicing early."),
			t(CatAgencyProcesses, OwnerBuddy, 2, "Tools and systems walkthrough", "Timesheets, project tool, file storage, AccountDesk."),
			t(CatClientKnowledge, OwnerNewHire, 7, "Read the client backgrounders", "Each client's business, market, competitors, brand guidelines and the last year's work."),
			t(CatCompliance, OwnerNewHire, 5, "Complete data protection training", ""),
			t(CatCompliance, OwnerNewHire, 5, "Read and sign the code of conduct", ""),
			opt(t(CatCompliance, OwnerNewHire, 20, "Optional: presentation skills workshop", "")),
			t(CatCheckIns, OwnerManager, 30, "30-day check-in with the director", "What is going well, what is unclear, goals for the next month."),
			t(CatCheckIns, OwnerManager, 60, "60-day check-in with the director", "Client feedback so far; first independent responsibilities."),
			t(CatCheckIns, OwnerManager, 90, "90-day review with the director", "End of probation: agree goals for the first appraisal."),
		},
	}
}
