import { Button, Group, Modal, Stack, Tabs, Textarea } from '@mantine/core';
import { IconPlus, IconSettings } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { backend } from '../../../../wailsjs/go/models';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { PageHeader } from '@/components/ui/page-header';
import { localToday } from '@/lib/dates';
import { toAppError } from '@/lib/errors';
import { usePeople, useRoles, useSavePerson, useSaveRoles, useTeamOverview } from '../api/team';
import { Heatmap } from '../components/heatmap';
import { OrgChart } from '../components/org-chart';
import { PersonFields } from '../components/person-form';
import { TeamWarnings } from '../components/team-warnings';
import { RosterTable } from '../components/roster-table';
import { personSchema, type PersonForm } from '../types/person-schema';
import { useScreenTiming } from '@/lib/screen-timing';

export function TeamRoute() {
  const overview = useTeamOverview();
  useScreenTiming('team', overview.data ? overview.dataUpdatedAt : 0);
  const [params, setParams] = useSearchParams();
  const [adding, setAdding] = useState(false);
  const [editingRoles, setEditingRoles] = useState(false);
  const header = (
    <PageHeader
      title="Team"
      description="Who reports to whom, who works on which account, and who has too much on."
      actions={
        <>
          <Button
            variant="default"
            leftSection={<IconSettings size={16} />}
            onClick={() => setEditingRoles(true)}
          >
            Edit roles
          </Button>
          <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
            Add person
          </Button>
        </>
      }
    />
  );
  const modals = (
    <>
      {adding && <AddPerson onClose={() => setAdding(false)} />}
      {editingRoles && <EditRoles onClose={() => setEditingRoles(false)} />}
    </>
  );
  if (overview.isPending)
    return (
      <>
        {header}
        <LoadingState />
      </>
    );
  if (overview.isError)
    return (
      <>
        {header}
        <ErrorState error={overview.error} onRetry={() => void overview.refetch()} />
      </>
    );
  const o = overview.data;
  if (o.roster.length === 0)
    return (
      <>
        {header}
        {modals}
        <EmptyState
          title="No one on the team yet"
          action={
            <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
              Add person
            </Button>
          }
        >
          Add your account managers, executives and coordinators, then allocate them to accounts.
        </EmptyState>
      </>
    );
  return (
    <>
      {header}
      {modals}
      <TeamWarnings overview={o} />
      <Tabs
        keepMounted={false}
        value={params.get('view') ?? 'roster'}
        onChange={(v) => setParams({ view: v ?? 'roster' }, { replace: true })}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="roster">Roster</Tabs.Tab>
          <Tabs.Tab value="org">Org chart</Tabs.Tab>
          <Tabs.Tab value="capacity">Capacity</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="roster">
          <RosterTable roster={o.roster} />
        </Tabs.Panel>
        <Tabs.Panel value="org">
          <OrgChart roster={o.roster} />
        </Tabs.Panel>
        <Tabs.Panel value="capacity">
          <Heatmap heatmap={o.heatmap} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

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

function AddPerson({ onClose }: { onClose: () => void }) {
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

function EditRoles({ onClose }: { onClose: () => void }) {
  const roles = useRoles();
  const save = useSaveRoles();
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState('');
  const value = text ?? (roles.data ?? []).join('\n');
  return (
    <Modal opened onClose={onClose} title="Roles">
      <Stack>
        <Textarea
          label="Roles, one per line, most senior first"
          autosize
          minRows={7}
          value={value}
          onChange={(e) => setText(e.currentTarget.value)}
          error={error || undefined}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            loading={save.isPending}
            onClick={() =>
              save.mutate(value.split('\n'), {
                onSuccess: onClose,
                onError: (e) => setError(toAppError(e).message),
              })
            }
          >
            Save roles
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
