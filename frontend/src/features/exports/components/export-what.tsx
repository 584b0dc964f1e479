import { Checkbox, MultiSelect, SegmentedControl, Stack } from '@mantine/core';
import type { ExportWhat } from '../types/exports-schema';

/** Plan summaries (of every account or some), the portfolio summary and the calendar. */
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
      <Checkbox
        label="Calendar (ICS)"
        description={
          'Your QBRs, renewals, plan actions and onboarding tasks in one calendar file, with the same name every time: subscribe to it from Outlook or Google Calendar.' +
          (value.calendar && !value.plans && !value.portfolio
            ? ' Only the calendar is written; the formats below are for summaries.'
            : '')
        }
        checked={value.calendar}
        onChange={(e) => onChange({ ...value, calendar: e.currentTarget.checked })}
      />
    </Stack>
  );
}
