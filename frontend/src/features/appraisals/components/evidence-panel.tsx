import { Paper, Stack, Text, Title } from '@mantine/core';
import type { backend } from '../../../../wailsjs/go/models';
import { formatMoney, formatPercent, words } from '@/lib/format';
import { useCurrency, useEvidence } from '../api/appraisals';

/**
 * What the accounts the person worked on did in the review period: worked
 * out now while the appraisal is open, frozen when it is finalized.
 */
export function EvidencePanel({ appraisal, cycle }: { appraisal: backend.Appraisal; cycle?: backend.Cycle }) {
  const live = useEvidence(
    appraisal.evidence ? 0 : appraisal.personId,
    cycle?.periodFrom ?? '',
    cycle?.periodTo ?? '',
  );
  const ev = appraisal.evidence ?? live.data;
  const currency = useCurrency();
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Evidence from the accounts">
      <Title order={2} fz="md">
        Evidence from the accounts
      </Title>
      <Text size="xs" c="dimmed" mb="xs">
        {appraisal.evidence
          ? 'Frozen when the appraisal was finalized.'
          : 'Worked out now from the accounts this person was allocated to in the period.'}
      </Text>
      {!ev || ev.accounts.length === 0 ? (
        <Text size="sm" c="dimmed">
          No allocations in the review period.
        </Text>
      ) : (
        <Stack gap="xs">
          {ev.accounts.map((a) => (
            <div key={a.accountId}>
              <Text size="sm" fw={600}>
                {a.accountName}{' '}
                <Text span size="xs" c="dimmed">
                  {words(a.role)}, {formatPercent(a.shareOfPeriodPct)} of the period
                </Text>
              </Text>
              <Text size="xs">
                Revenue {formatMoney(a.revenueMinor, currency)}
                {a.targetMinor ? ` against ${formatMoney(a.targetMinor, currency)} target` : ''} · growth{' '}
                {formatPercent(a.growthPct)} · margin {formatPercent(a.marginPct)} · write-offs{' '}
                {formatMoney(a.writeOffMinor, currency)} · objectives achieved {a.objectivesAchieved} of{' '}
                {a.objectivesTotal} · QBRs held {a.qbrsHeld}
              </Text>
            </div>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
