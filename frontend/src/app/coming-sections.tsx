import { ComingSoon } from '@/components/ui/coming-soon';

// Sections whose screens are on their way. Each says what it will do.

export function AppraisalsComingSoon() {
  return (
    <ComingSoon
      title="Appraisals"
      description="Review cycles for your team, kept confidential on this computer."
      features={[
        'Run review cycles with self review, manager review and calibration',
        'Rate competencies and goals on a scale, with the overall rating worked out and explained',
        'Lock the final version; reopen only with a reason, and every change is recorded',
        'See evidence from the accounts each person worked on: revenue growth, write-offs, client goals met',
        'Agree a development plan and a compensation recommendation',
      ]}
    />
  );
}

export function OnboardingComingSoon() {
  return (
    <ComingSoon
      title="Onboarding"
      description="Checklists that get every new Account Executive up to speed."
      features={[
        'Start a checklist from a template: intro meetings, client knowledge, agency processes, 30/60/90-day check-ins',
        'Give every task an owner and a due day counted from the start date',
        'Add client-knowledge tasks for each account the new hire works on',
        'Follow progress and overdue tasks, and print the checklist for the new hire',
      ]}
    />
  );
}
