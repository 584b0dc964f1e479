import { Anchor, Breadcrumbs, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { backend } from '../../../../wailsjs/go/models';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { toAppError } from '@/lib/errors';
import { words } from '@/lib/format';
import { useAutosave } from '@/lib/use-autosave';
import { usePeople, useRoles, useSavePerson, useTeamOverview } from '../api/team';
import { AllocationsPanel } from '../components/allocations-panel';
import { FeedbackNotes } from '../components/feedback-notes';
import { OneOnOnesPanel } from '../components/one-on-ones-panel';
import { PersonDetails } from '../components/person-details';
import { LoggedHours } from '../components/logged-hours';
import { PersonRecords } from '../components/person-records';
import { UtilizationBar } from '../components/utilization-bar';
import { overWhen } from '../types/over';
import { personSchema, type PersonForm } from '../types/person-schema';

export function PersonRoute() {
  const id = Number(useParams().personId);
  const people = usePeople();
  if (people.isPending) return <LoadingState />;
  if (people.isError) return <ErrorState error={people.error} onRetry={() => void people.refetch()} />;
  const person = people.data.find((p) => p.id === id);
  if (!person)
    return <ErrorState error={{ code: 'not_found', message: 'That person is no longer on the roster.' }} />;
  return <PersonPage key={person.id} person={person} people={people.data} />;
}

type Errors = Partial<Record<keyof PersonForm, string>>;

/** The person's details form: each valid change saved shortly after typing stops, invalid ones held. */
function usePersonForm(person: backend.Person) {
  const save = useSavePerson();
  const [form, setForm] = useState<PersonForm>({ ...person, status: person.status as PersonForm['status'] });
  const [errors, setErrors] = useState<Errors>({});
  const [version, setVersion] = useState(person.version);
  const autosave = useAutosave<PersonForm>(async (value) => {
    try {
      const saved = await save.mutateAsync(backend.Person.createFrom({ ...value, id: person.id, version }));
      setVersion(saved.version);
      setErrors({});
    } catch (e) {
      const err = toAppError(e);
      setErrors({ [(err.field as keyof PersonForm) || 'name']: err.message });
      throw e;
    }
  }, 700);
  // The record changed elsewhere (renamed in Settings, or the list was stale
  // when this page opened) while nothing here waits to be saved: show it, and
  // base the next save on it, instead of writing the older copy back.
  const idle = autosave.state === 'idle' || autosave.state === 'saved';
  useEffect(() => {
    if (idle && person.version > version) {
      setForm({ ...person, status: person.status as PersonForm['status'] });
      setVersion(person.version);
    }
  }, [idle, person, version]);
  const change = <K extends keyof PersonForm>(k: K, v: PersonForm[K], immediate = false) => {
    const next = { ...form, [k]: v };
    setForm(next);
    const parsed = personSchema.safeParse(next);
    if (!parsed.success) {
      const e: Errors = {};
      for (const i of parsed.error.issues) e[i.path[0] as keyof PersonForm] ??= i.message;
      setErrors(e);
      autosave.hold();
      return;
    }
    setErrors({});
    autosave.schedule(parsed.data);
    if (immediate) void autosave.flush();
  };
  return { form, errors, change, saveState: autosave.state, flush: () => void autosave.flush() };
}

function PersonPage({ person, people }: { person: backend.Person; people: backend.Person[] }) {
  const roles = useRoles();
  const overview = useTeamOverview();
  const { form, errors, change, saveState, flush } = usePersonForm(person);
  const row = overview.data?.roster.find((r) => r.id === person.id);
  return (
    <>
      <Breadcrumbs mb="xs" fz="sm">
        <Anchor component={Link} to="/team">
          Team
        </Anchor>
        <Text size="sm">{person.name}</Text>
      </Breadcrumbs>
      <Group justify="space-between" mb="md">
        <div>
          <Title order={1} fz={26}>
            {form.name || person.name}
          </Title>
          <Text c="dimmed" size="sm">
            {form.role} · {words(form.status)}
            {person.you && ' · You'}
          </Text>
        </div>
        {row && (
          <UtilizationBar
            confirmed={row.thisMonth.confirmed}
            tentative={row.thisMonth.tentative}
            later={row.over.length ? overWhen(row.over, row.thisMonth.from.slice(0, 7)) : undefined}
          />
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="lg">
        <PersonDetails
          person={person}
          form={form}
          errors={errors}
          roles={roles.data ?? []}
          people={people}
          saveState={saveState}
          onChange={change}
          onBlur={flush}
        />
        <Stack>
          <AllocationsPanel
            person={{
              ...person,
              capacityHoursPerWeek: Number.isFinite(form.capacityHoursPerWeek)
                ? form.capacityHoursPerWeek
                : person.capacityHoursPerWeek,
            }}
            row={row}
          />
          <LoggedHours personId={person.id} />
          <PersonRecords personId={person.id} />
        </Stack>
      </SimpleGrid>
      {!person.you && (
        <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="lg" mt="lg">
          <OneOnOnesPanel person={person} />
          <FeedbackNotes person={person} />
        </SimpleGrid>
      )}
    </>
  );
}
