import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { backend } from '../../../../wailsjs/go/models';
import { toAppError } from '@/lib/errors';
import { formatDate } from '@/lib/format';
import { notifySuccess } from '@/lib/notify';
import { useSaveQBR, useStakeholders } from '../api/account-parts';
import { fieldErrors } from '../types/account-schema';
import { qbrSchema, type QBRForm } from '../types/qbr-schema';

/** Recording a QBR (value.id 0) or editing one: the same form, the same rules. */
export function QBRFormModal({
  accountId,
  value,
  onClose,
}: {
  accountId: number;
  value: backend.QBR;
  onClose: () => void;
}) {
  const people = useStakeholders(accountId);
  const save = useSaveQBR();
  const [q, setQ] = useState<QBRForm>({
    date: value.date,
    format: value.format === 'remote' ? 'remote' : 'on_site',
    attendees: value.attendees.map((a) => a.stakeholderId),
    progress: value.progress,
    issues: value.issues,
    initiatives: value.initiatives,
    nextSteps: value.nextSteps,
  });
  const [errors, setErrors] = useState<Partial<Record<keyof QBRForm | 'form', string>>>({});
  const submit = () => {
    const parsed = qbrSchema.safeParse(q);
    if (!parsed.success) return setErrors(fieldErrors<QBRForm>(parsed));
    setErrors({});
    save.mutate(
      backend.QBR.createFrom({
        id: value.id,
        accountId,
        ...parsed.data,
        attendees: parsed.data.attendees.map((id) => ({ stakeholderId: id })),
      }),
      {
        onSuccess: () => {
          onClose();
          if (value.id) notifySuccess(`Saved the QBR of ${formatDate(parsed.data.date)}.`);
        },
        onError: (e) => {
          const err = toAppError(e);
          setErrors({ [(err.field as keyof QBRForm) || 'form']: err.message });
        },
      },
    );
  };
  const text = (
    key: 'progress' | 'issues' | 'initiatives' | 'nextSteps',
    label: string,
    description?: string,
  ) => (
    <Textarea
      label={label}
      description={description}
      autosize
      minRows={2}
      value={q[key]}
      onChange={(e) => setQ({ ...q, [key]: e.currentTarget.value })}
      error={errors[key]}
    />
  );
  return (
    <Modal
      opened
      onClose={onClose}
      title={value.id ? `Edit the QBR of ${formatDate(value.date)}` : 'Record a QBR'}
      size="lg"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
        noValidate
      >
        <Stack>
          <Group align="flex-start">
            <TextInput
              type="date"
              label="Date"
              value={q.date}
              onChange={(e) => setQ({ ...q, date: e.currentTarget.value })}
              error={errors.date}
              data-autofocus
            />
            <div>
              <Text size="sm" fw={500} mb={4} id="qbr-format">
                Format
              </Text>
              <SegmentedControl
                aria-labelledby="qbr-format"
                data={[
                  { value: 'on_site', label: 'On-site' },
                  { value: 'remote', label: 'Remote' },
                ]}
                value={q.format}
                onChange={(v) => setQ({ ...q, format: v })}
              />
            </div>
          </Group>
          <Checkbox.Group
            label="Attendees"
            value={q.attendees.map(String)}
            onChange={(v) => setQ({ ...q, attendees: v.map(Number) })}
            error={errors.attendees}
          >
            <Group mt={4}>
              {(people.data ?? []).map((s) => (
                <Checkbox
                  key={s.id}
                  value={String(s.id)}
                  label={`${s.name}${s.role === 'decision_maker' ? ' (decision maker)' : ''}`}
                />
              ))}
            </Group>
          </Checkbox.Group>
          {text('progress', 'Progress report')}
          {text('issues', 'Issues uncovered')}
          {text('initiatives', 'Initiatives proposed', 'Cross-sell and upsell ideas put to the client')}
          {text('nextSteps', 'Next steps')}
          {errors.form && (
            <Alert color="red" role="alert">
              {errors.form}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              Save QBR
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
