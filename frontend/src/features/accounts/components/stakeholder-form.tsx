import { Button, Drawer, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { RelationsFields, blankRelations } from './relations-fields';
import { useState } from 'react';
import { words } from '@/lib/format';
import { backend } from '../../../../wailsjs/go/models';
import { toAppError } from '@/lib/errors';
import { useRelationshipMap, useSaveWithRelations } from '../api/relationships';
import { relationsSchema, type RelationsForm } from '../types/relations-schema';
import { fieldErrors } from '../types/account-schema';
import { relationships, roles, sentiments } from '../types/labels';
import { stakeholderSchema, type StakeholderForm as Checked } from '../types/stakeholder-schema';

const opts = (v: string[]) => v.map((x) => ({ value: x, label: words(x) }));

/** Adding or editing one stakeholder, in a drawer; checked as Go checks before it is sent. */
export function StakeholderForm({
  value,
  onClose,
}: {
  value: backend.Stakeholder | null;
  onClose: () => void;
}) {
  const [s, setS] = useState<backend.Stakeholder | null>(value);
  const map = useRelationshipMap(value?.accountId ?? 0);
  const stored = map.data?.relations.find((r) => r.stakeholderId === value?.id && value.id !== 0);
  const [edited, setRel] = useState<backend.Relations | null>(null);
  const rel = edited ?? stored ?? blankRelations(value?.id ?? 0);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useSaveWithRelations();
  if (!value || !s) return null;
  const set = (patch: Partial<backend.Stakeholder>) => setS({ ...s, ...patch });
  const submit = () => {
    const checked = stakeholderSchema.safeParse(s);
    const checkedRel = relationsSchema.safeParse(rel);
    if (!checked.success || !checkedRel.success)
      return setErrors({ ...fieldErrors<Checked>(checked), ...fieldErrors<RelationsForm>(checkedRel) });
    save.mutate(
      { stakeholder: s, relations: rel },
      {
        onSuccess: onClose,
        onError: (e) => {
          const err = toAppError(e);
          setErrors({ [err.field ?? 'name']: err.message });
        },
      },
    );
  };
  return (
    <Drawer
      opened
      onClose={onClose}
      position="right"
      title={value.id ? `Edit ${value.name}` : 'Add stakeholder'}
      size="md"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
        noValidate
      >
        <Stack>
          <TextInput
            label="Name"
            required
            value={s.name}
            onChange={(e) => set({ name: e.currentTarget.value })}
            error={errors.name}
            data-autofocus
          />
          <TextInput
            label="Job title"
            value={s.title}
            onChange={(e) => set({ title: e.currentTarget.value })}
          />
          <SimpleGrid cols={2}>
            <TextInput
              label="Email"
              value={s.email}
              onChange={(e) => set({ email: e.currentTarget.value })}
              error={errors.email}
            />
            <TextInput
              label="Phone"
              value={s.phone}
              onChange={(e) => set({ phone: e.currentTarget.value })}
            />
            <NativeSelect
              label="Role"
              data={opts(roles)}
              value={s.role}
              onChange={(e) => set({ role: e.currentTarget.value })}
            />
            <NativeSelect
              label="Influence"
              data={['1', '2', '3', '4', '5']}
              value={String(s.influence)}
              onChange={(e) => set({ influence: Number(e.currentTarget.value) })}
            />
            <NativeSelect
              label="Sentiment"
              data={opts(sentiments)}
              value={s.sentiment}
              onChange={(e) => set({ sentiment: e.currentTarget.value })}
            />
            <TextInput
              type="date"
              label="Last contact"
              value={s.lastContact}
              onChange={(e) => set({ lastContact: e.currentTarget.value })}
            />
            <NativeSelect
              label="Relationship now"
              data={opts(relationships)}
              value={s.relationshipNow}
              onChange={(e) => set({ relationshipNow: e.currentTarget.value })}
            />
            <NativeSelect
              label="Relationship target"
              data={opts(relationships)}
              value={s.relationshipTarget}
              onChange={(e) => set({ relationshipTarget: e.currentTarget.value })}
            />
          </SimpleGrid>
          <RelationsFields
            self={s}
            people={map.data?.people ?? []}
            value={rel}
            onChange={setRel}
            errors={errors}
          />
          <Textarea
            label="Notes"
            autosize
            minRows={3}
            value={s.notes}
            onChange={(e) => set({ notes: e.currentTarget.value })}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              Save stakeholder
            </Button>
          </Group>
        </Stack>
      </form>
    </Drawer>
  );
}
