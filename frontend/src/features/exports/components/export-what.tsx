import { Checkbox, MultiSelect, SegmentedControl, Stack } from '@mantine/core';

/** What one export run writes: plan summaries (of every account or some), the portfolio summary, or both. */
export interface ExportWhat {
  plans: boolean;
  which: 'all' | 'some';
  chosen: string[];
  portfolio: boolean;
}

export const defaultWhat: ExportWhat = { plans: true, which: 'all', chosen: [], portfolio: false };

/** The request fields for a choice (the portfolio alone, plans alone, or both in one run). */
export function requestFor(w: ExportWhat): { portfolio: boolean; withPlans: boolean; accountIds: number[] } {
  return {
    portfolio: w.portfolio,
    withPlans: w.portfolio && w.plans,
    accountIds: w.plans && w.which === 'some' ? w.chosen.map(Number) : [],
  };
}

/** Why a choice cannot be exported, or null. */
export function whatProblem(w: ExportWhat): string | null {
  if (!w.plans && !w.portfolio) return 'Choose plan summaries, the portfolio summary, or both.';
  if (w.plans && w.which === 'some' && w.chosen.length === 0) return 'Choose the accounts to export.';
  return null;
}

export function ExportWhatFields({
  value,
  onChange,
  accounts,
}: {
  value: ExportWhat;
  onChange: (w: ExportWhat) => void;
  accounts: { id: number; name: string }[];
}) {
  return (
    <Stack gap="xs">
      <Checkbox
        label="Plan summaries"
        description="One file per account and format."
        checked={value.plans}
        onChange={(e) => onChange({ ...value, plans: e.currentTarget.checked })}
      />
      {value.plans && (
        <Stack gap="xs" pl="xl">
          <SegmentedControl
            aria-label="Which accounts"
            value={value.which}
            onChange={(v) => onChange({ ...value, which: v })}
            data={[
              { value: 'all', label: 'Every account' },
              { value: 'some', label: 'Some accounts' },
            ]}
          />
          {value.which === 'some' && (
            <MultiSelect
              label="Accounts"
              searchable
              data={accounts.map((a) => ({ value: String(a.id), label: a.name }))}
              value={value.chosen}
              onChange={(chosen) => onChange({ ...value, chosen })}
            />
          )}
        </Stack>
      )}
      <Checkbox
        label="Portfolio summary"
        description="Your whole portfolio in one file per format, for the management roll-up."
        checked={value.portfolio}
        onChange={(e) => onChange({ ...value, portfolio: e.currentTarget.checked })}
      />
    </Stack>
  );
}
