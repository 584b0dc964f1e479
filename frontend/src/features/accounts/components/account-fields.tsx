import { Checkbox, NumberInput, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import type { AccountForm } from '../types/account-schema';
import { contractTypes, healths, statuses, tiers } from '../types/labels';

type Errors = Partial<Record<keyof AccountForm, string>>;

/** The account's fields, used by the new-account form and the Overview tab. */
export function AccountFields({
  value,
  errors,
  onChange,
  onBlur,
}: {
  value: AccountForm;
  errors: Errors;
  onChange: <K extends keyof AccountForm>(key: K, v: AccountForm[K], immediate?: boolean) => void;
  onBlur?: () => void;
}) {
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="Account name" required value={value.name} onChange={(e) => onChange('name', e.currentTarget.value)} onBlur={onBlur} error={errors.name} data-autofocus />
        <TextInput label="Industry" value={value.industry} onChange={(e) => onChange('industry', e.currentTarget.value)} onBlur={onBlur} error={errors.industry} />
        <Select label="Tier" data={tiers} allowDeselect={false} value={value.tier} onChange={(v) => v && onChange('tier', v as AccountForm['tier'], true)} />
        <Select label="Status" data={statuses} allowDeselect={false} value={value.status} onChange={(v) => v && onChange('status', v as AccountForm['status'], true)} />
        <Select label="Health" data={healths} allowDeselect={false} value={value.health} onChange={(v) => v && onChange('health', v as AccountForm['health'], true)} />
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
        <Select label="Contract type" data={contractTypes} allowDeselect={false} value={value.contractType} onChange={(v) => v && onChange('contractType', v as AccountForm['contractType'], true)} />
        <NumberInput
          label="Retainer hours per month"
          min={0}
          hideControls
          value={Number.isFinite(value.retainerHoursPerMonth) ? value.retainerHoursPerMonth : ''}
          onChange={(v) => onChange('retainerHoursPerMonth', typeof v === 'number' ? v : Number.NaN)}
          onBlur={onBlur}
          error={errors.retainerHoursPerMonth}
        />
        <TextInput type="date" label="Contract start" value={value.contractStart} onChange={(e) => onChange('contractStart', e.currentTarget.value, true)} error={errors.contractStart} />
        <TextInput type="date" label="Renewal date" value={value.renewalDate} onChange={(e) => onChange('renewalDate', e.currentTarget.value, true)} error={errors.renewalDate} />
      </SimpleGrid>
      <Checkbox label="Agency of record" checked={value.agencyOfRecord} onChange={(e) => onChange('agencyOfRecord', e.currentTarget.checked, true)} />
      <Textarea label="Notes" autosize minRows={2} maxRows={8} value={value.notes} onChange={(e) => onChange('notes', e.currentTarget.value)} onBlur={onBlur} error={errors.notes} />
    </>
  );
}
