import { NativeSelect, NumberInput, SimpleGrid, TagsInput, Textarea, TextInput } from '@mantine/core';
import { backend } from '../../../../wailsjs/go/models';
import { DateField } from '@/components/ui/date-field';
import { personStatuses, type PersonForm } from '../types/person-schema';

type Errors = Partial<Record<keyof PersonForm, string>>;

/** A person's fields, for "Add person" and the person's page. */
export function PersonFields({
  value,
  errors,
  roles,
  people,
  onChange,
  onBlur,
  onBadDate = () => undefined,
}: {
  value: PersonForm;
  errors: Errors;
  roles: string[];
  people: backend.Person[];
  onChange: <K extends keyof PersonForm>(k: K, v: PersonForm[K], immediate?: boolean) => void;
  onBlur?: () => void;
  /** A date the browser could not read (30 February), or null once it can. */
  onBadDate?: (field: 'startDate' | 'endDate', message: string | null) => void;
}) {
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label="Name"
          required
          value={value.name}
          onChange={(e) => onChange('name', e.currentTarget.value)}
          onBlur={onBlur}
          error={errors.name}
          data-autofocus
        />
        <TextInput
          label="Email"
          value={value.email}
          onChange={(e) => onChange('email', e.currentTarget.value)}
          onBlur={onBlur}
          error={errors.email}
        />
        <NativeSelect
          label="Role"
          data={['', ...roles].map((r) => ({ value: r, label: r || 'Choose a role' }))}
          value={value.role}
          onChange={(e) => onChange('role', e.currentTarget.value, true)}
          error={errors.role}
        />
        <NativeSelect
          label="Reports to"
          data={[
            { value: '0', label: 'Nobody' },
            ...people.map((p) => ({ value: String(p.id), label: `${p.name} (${p.role})` })),
          ]}
          value={String(value.reportsTo)}
          onChange={(e) => onChange('reportsTo', Number(e.currentTarget.value), true)}
          error={errors.reportsTo}
        />
        <DateField
          label="Start date"
          value={value.startDate}
          onChange={(v) => onChange('startDate', v, true)}
          onBadInput={(m) => onBadDate('startDate', m)}
          error={errors.startDate}
        />
        <DateField
          label="End date"
          value={value.endDate}
          onChange={(v) => onChange('endDate', v, true)}
          onBadInput={(m) => onBadDate('endDate', m)}
          error={errors.endDate}
        />
        <NativeSelect
          label="Status"
          data={personStatuses}
          value={value.status}
          onChange={(e) => onChange('status', e.currentTarget.value as PersonForm['status'], true)}
        />
        <TextInput
          label="Location"
          value={value.location}
          onChange={(e) => onChange('location', e.currentTarget.value)}
          onBlur={onBlur}
        />
        <NumberInput
          label="Capacity (hours per week)"
          hideControls
          value={Number.isFinite(value.capacityHoursPerWeek) ? value.capacityHoursPerWeek : ''}
          onChange={(v) => onChange('capacityHoursPerWeek', typeof v === 'number' ? v : Number.NaN)}
          onBlur={onBlur}
          error={errors.capacityHoursPerWeek}
        />
        <TagsInput label="Skills" value={value.skills} onChange={(v) => onChange('skills', v, true)} />
      </SimpleGrid>
      <Textarea
        label="Notes"
        autosize
        minRows={2}
        value={value.notes}
        onChange={(e) => onChange('notes', e.currentTarget.value)}
        onBlur={onBlur}
      />
    </>
  );
}
