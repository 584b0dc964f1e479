import { Checkbox, NativeSelect, NumberInput, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { DateField } from '@/components/ui/date-field';
import type { AccountForm } from '../types/account-schema';
import { contractTypes, healths, statuses, tiers } from '../types/labels';

type Errors = Partial<Record<keyof AccountForm, string>>;

/**
 * The account's fields, used by the new-account form and the Overview tab.
 * Short fixed lists are native selects: keyboard and screen-reader behaviour
 * of the platform, and far cheaper to draw than a searchable dropdown.
 */
export function AccountFields({
  value,
  errors,
  onChange,
  onBlur,
  onBadDate,
}: {
  value: AccountForm;
  errors: Errors;
  onChange: <K extends keyof AccountForm>(key: K, v: AccountForm[K], immediate?: boolean) => void;
  onBlur?: () => void;
  /** A date the browser could not read (30 February): its message, or null once it reads. */
  onBadDate: (field: 'contractStart' | 'renewalDate', message: string | null) => void;
}) {
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label="Account name"
          required
          value={value.name}
          onChange={(e) => onChange('name', e.currentTarget.value)}
          onBlur={onBlur}
          error={errors.name}
          data-autofocus
        />
        <TextInput
          label="Industry"
          value={value.industry}
          onChange={(e) => onChange('industry', e.currentTarget.value)}
          onBlur={onBlur}
          error={errors.industry}
        />
        <NativeSelect
          label="Tier"
          data={tiers}
          value={value.tier}
          onChange={(e) => onChange('tier', e.currentTarget.value as AccountForm['tier'], true)}
        />
        <NativeSelect
          label="Status"
          data={statuses}
          value={value.status}
          onChange={(e) => onChange('status', e.currentTarget.value as AccountForm['status'], true)}
        />
        <NativeSelect
          label="Health"
          data={healths}
          value={value.health}
          onChange={(e) => onChange('health', e.currentTarget.value as AccountForm['health'], true)}
        />
        {value.health !== 'green' ? (
          <TextInput
            label="Reason for health"
            placeholder="What is going wrong, in a line"
            value={value.healthReason}
            onChange={(e) => onChange('healthReason', e.currentTarget.value)}
            onBlur={onBlur}
            error={errors.healthReason}
          />
        ) : (
          <div />
        )}
        <NativeSelect
          label="Contract type"
          data={contractTypes}
          value={value.contractType}
          onChange={(e) =>
            onChange('contractType', e.currentTarget.value as AccountForm['contractType'], true)
          }
        />
        <NumberInput
          label="Retainer hours per month"
          // Out-of-range hours are refused with a message, never changed.
          clampBehavior="none"
          hideControls
          value={Number.isFinite(value.retainerHoursPerMonth) ? value.retainerHoursPerMonth : ''}
          onChange={(v) => onChange('retainerHoursPerMonth', typeof v === 'number' ? v : Number.NaN)}
          onBlur={onBlur}
          error={errors.retainerHoursPerMonth}
        />
        <DateField
          label="Contract start"
          value={value.contractStart}
          onChange={(v) => onChange('contractStart', v, true)}
          onBadInput={(m) => onBadDate('contractStart', m)}
          error={errors.contractStart}
        />
        <DateField
          label="Renewal date"
          value={value.renewalDate}
          onChange={(v) => onChange('renewalDate', v, true)}
          onBadInput={(m) => onBadDate('renewalDate', m)}
          error={errors.renewalDate}
        />
        <NumberInput
          label="Notice period (days)"
          description="How long before the renewal notice must be given; 0 if none."
          clampBehavior="none"
          allowDecimal={false}
          hideControls
          value={Number.isFinite(value.noticeDays) ? value.noticeDays : ''}
          onChange={(v) => onChange('noticeDays', typeof v === 'number' ? v : Number.NaN)}
          onBlur={onBlur}
          error={errors.noticeDays}
        />
      </SimpleGrid>
      <Checkbox
        label="Agency of record"
        checked={value.agencyOfRecord}
        onChange={(e) => onChange('agencyOfRecord', e.currentTarget.checked, true)}
      />
      <Textarea
        label="Notes"
        autosize
        minRows={2}
        maxRows={8}
        value={value.notes}
        onChange={(e) => onChange('notes', e.currentTarget.value)}
        onBlur={onBlur}
        error={errors.notes}
      />
    </>
  );
}
