import { Alert, Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { localToday } from '@/lib/dates';
import { toAppError } from '@/lib/errors';
import { useRoster, useStartOnboarding, useTemplates } from '../api/onboarding';
import { startOnboardingSchema, suggestedStart, type StartOnboardingForm } from '../types/onboarding-schema';

/** "Start onboarding": the new team member, a template, the start date and a buddy. */
export function StartOnboardingDialog({ onClose }: { onClose: () => void }) {
  const people = useRoster();
  const templates = useTemplates();
  const start = useStartOnboarding();
  const navigate = useNavigate();
  // start is null until the user types one: until then it follows the person chosen.
  const [v, setV] = useState<{ personId: string; templateId: string; start: string | null; buddyId: string }>(
    { personId: '', templateId: '', start: null, buddyId: '0' },
  );
  const [errors, setErrors] = useState<Partial<Record<keyof StartOnboardingForm | 'form', string>>>({});
  const tpl = v.templateId || String(templates.data?.find((t) => !t.archived)?.id ?? '');
  const person = people.data?.find((p) => String(p.id) === v.personId);
  const startDate = v.start ?? suggestedStart(person, localToday());
  const submit = () => {
    const parsed = startOnboardingSchema.safeParse({
      personId: Number(v.personId),
      templateId: Number(tpl),
      start: startDate,
      buddyId: Number(v.buddyId),
    });
    if (!parsed.success) {
      const out: typeof errors = {};
      for (const i of parsed.error.issues) out[i.path[0] as keyof StartOnboardingForm] ??= i.message;
      return setErrors(out);
    }
    setErrors({});
    start.mutate(parsed.data, {
      onSuccess: (o) => {
        onClose();
        void navigate(`/onboarding/${o.id}`);
      },
      onError: (e) => {
        const err = toAppError(e);
        setErrors({ [(err.field as keyof StartOnboardingForm) || 'form']: err.message });
      },
    });
  };
  const options = (people.data ?? []).map((p) => ({ value: String(p.id), label: `${p.name} (${p.role})` }));
  return (
    <Modal opened onClose={onClose} title="Start onboarding">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
        noValidate
      >
        <Stack>
          <NativeSelect
            label="New team member"
            data={[{ value: '', label: 'Choose a person' }, ...options]}
            value={v.personId}
            onChange={(e) => setV({ ...v, personId: e.currentTarget.value })}
            error={errors.personId}
            data-autofocus
          />
          <NativeSelect
            label="Template"
            data={(templates.data ?? [])
              .filter((t) => !t.archived)
              .map((t) => ({ value: String(t.id), label: t.name }))}
            value={tpl}
            onChange={(e) => setV({ ...v, templateId: e.currentTarget.value })}
            error={errors.templateId}
          />
          <TextInput
            type="date"
            label="Start date"
            description={
              v.start === null && person?.startDate
                ? `${person.name}'s start date on the roster.`
                : 'Due dates count from it.'
            }
            value={startDate}
            onChange={(e) => setV({ ...v, start: e.currentTarget.value })}
            error={errors.start}
          />
          <NativeSelect
            label="Buddy"
            data={[{ value: '0', label: 'No buddy yet' }, ...options.filter((o) => o.value !== v.personId)]}
            value={v.buddyId}
            onChange={(e) => setV({ ...v, buddyId: e.currentTarget.value })}
            error={errors.buddyId}
          />
          {errors.form && (
            <Alert color="red" role="alert">
              {errors.form}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={start.isPending}>
              Start
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
