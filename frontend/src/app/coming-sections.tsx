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
