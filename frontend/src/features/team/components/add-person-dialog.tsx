import { Button, Group, Modal, Stack } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { backend } from '../../../../wailsjs/go/models';
import { localToday } from '@/lib/dates';
import { toAppError } from '@/lib/errors';
import { usePeople, useRoles, useSavePerson } from '../api/team';
import { personSchema, type PersonForm } from '../types/person-schema';
import { PersonFields } from './person-form';

const emptyPerson = (): PersonForm => ({
  name: '',
  email: '',
  role: '',
  reportsTo: 0,
  startDate: localToday(),
  endDate: '',
  status: 'active',
  location: '',
  capacityHoursPerWeek: 40,
  skills: [],
  notes: '',
});

/** "Add person": the new person's fields; saving opens their page. */
export function AddPersonDialog({ onClose }: { onClose: () => void }) {
  const [form, setForm] = useState<PersonForm>(emptyPerson);
  const [errors, setErrors] = useState<Partial<Record<keyof PersonForm, string>>>({});
  const roles = useRoles();
  const people = usePeople();
  const save = useSavePerson();
  const navigate = useNavigate();
  const submit = () => {
    const parsed = personSchema.safeParse(form);
    if (!parsed.success) {
      const e: Partial<Record<keyof PersonForm, string>> = {};
      for (const i of parsed.error.issues) e[i.path[0] as keyof PersonForm] ??= i.message;
      return setErrors(e);
    }
    save.mutate(backend.Person.createFrom({ ...parsed.data, id: 0, version: 0 }), {
      onSuccess: (p) => {
        onClose();
        void navigate(`/team/${p.id}`);
      },
      onError: (e) => {
        const err = toAppError(e);
        setErrors({ [(err.field as keyof PersonForm) ?? 'name']: err.message });
      },
    });
  };
  return (
    <Modal opened onClose={onClose} title="Add person" size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
        noValidate
      >
        <Stack>
          <PersonFields
            value={form}
            errors={errors}
            roles={roles.data ?? []}
            people={people.data ?? []}
            onChange={(k, v) => setForm((f) => ({ ...f, [k]: v }))}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              Add person
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
