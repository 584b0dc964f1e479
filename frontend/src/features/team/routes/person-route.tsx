import { Anchor, Breadcrumbs, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { backend } from '../../../../wailsjs/go/models';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { words } from '@/lib/format';
import { notifyUndo } from '@/lib/notify';
import { useDraftEditor, type KeptDraft } from '@/lib/use-draft-editor';
import {
  discardPersonDraft,
  keepPersonDraft,
  savePerson,
  usePeople,
  usePersonDraft,
  useRoles,
  useTeamOverview,
} from '../api/team';
import { AllocationsPanel } from '../components/allocations-panel';
import { FeedbackNotes } from '../components/feedback-notes';
import { OneOnOnesPanel } from '../components/one-on-ones-panel';
import { PersonDetails } from '../components/person-details';
import { LoggedHours } from '../components/logged-hours';
import { PersonRecords } from '../components/person-records';
import { UtilizationBar } from '../components/utilization-bar';
import { overWhen } from '../types/over';
import { personProblemPath, personUnchanged, splitPerson, type PersonForm } from '../types/person-schema';

export function PersonRoute() {
  const id = Number(useParams().personId);
  const people = usePeople();
  const draft = usePersonDraft(id);
  if (people.isPending || draft.isPending) return <LoadingState />;
  if (people.isError) return <ErrorState error={people.error} onRetry={() => void people.refetch()} />;
  const person = people.data.find((p) => p.id === id);
  if (!person)
    return <ErrorState error={{ code: 'not_found', message: 'That person is no longer on the roster.' }} />;
  if (draft.isError) return <ErrorState error={draft.error} onRetry={() => void draft.refetch()} />;
  return <PersonPage key={person.id} person={person} people={people.data} draft={draft.data} />;
}

/**
 * The person's details form (lib/use-draft-editor): each valid change is
 * saved shortly after typing stops; a field that is not valid yet keeps its
 * saved value in what is sent and is kept, as typed, in the person's draft.
 */
function usePersonForm(person: backend.Person, draft: KeptDraft) {
  const qc = useQueryClient();
  // Dates the browser could not read (30 February), by field.
  const [bad, setBad] = useState<ReadonlyMap<string, string>>(new Map());
  const ed = useDraftEditor<backend.Person>({
    label: `${person.name}: details`,
    memoryKey: `person:${person.id}`,
    record: person,
    draft,
    readOnly: false,
    version: (p) => p.version,
    withVersion: (p, version) => backend.Person.createFrom({ ...p, version }),
    parse: (body) =>
      backend.Person.createFrom({
        ...person,
        ...(JSON.parse(body) as object),
        id: person.id,
        you: person.you,
      }),
    split: (cur, base, extra) => splitPerson(cur, base, new Map([...bad, ...extra])),
    unchanged: personUnchanged,
    save: (p) => savePerson(qc, p),
    adopt: (cur, saved) => backend.Person.createFrom({ ...cur, version: saved.version }),
    keep: (d) => keepPersonDraft(qc, person.id, d),
    discard: () => discardPersonDraft(qc, person.id),
    problemPath: (err) => personProblemPath(err.field),
  });
  const form: PersonForm = { ...ed.value, status: ed.value.status as PersonForm['status'] };
  const errors = Object.fromEntries(ed.loud.map((p) => [p.path, p.message])) as Partial<
    Record<keyof PersonForm, string>
  >;
  const change = <K extends keyof PersonForm>(k: K, v: PersonForm[K], immediate = false) => {
    ed.change(backend.Person.createFrom({ ...ed.value, [k]: v }));
    if (immediate) void ed.flush();
  };
  const discard = () => {
    const before = ed.discardDraft();
    setBad(new Map());
    notifyUndo('The draft was discarded.', () => ed.change(before));
  };
  const badDate = (field: string, message: string | null) =>
    setBad((cur) => {
      const next = new Map(cur);
      if (message) next.set(field, message);
      else next.delete(field);
      return next;
    });
  return { form, errors, change, ed, discard, badDate, flush: () => void ed.flush() };
}

function PersonPage({
  person,
  people,
  draft,
}: {
  person: backend.Person;
  people: backend.Person[];
  draft: KeptDraft;
}) {
  const roles = useRoles();
  const overview = useTeamOverview();
  const { form, errors, change, ed, discard, badDate, flush } = usePersonForm(person, draft);
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
          state={ed.state}
          error={ed.error}
          loud={ed.loud}
          older={!!ed.older}
          onUseOlder={ed.useOlderDraft}
          onDiscard={discard}
          onChange={change}
          onBlur={flush}
          onBadDate={badDate}
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
