import '@mantine/charts/styles.css';
import {
  ActionIcon,
  Alert,
  Anchor,
  Breadcrumbs,
  Button,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconPlus, IconTrash, IconX } from '@tabler/icons-react';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { backend } from '../../../../wailsjs/go/models';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { toAppError } from '@/lib/errors';
import { laterDate, localToday } from '@/lib/dates';
import { formatDate, words } from '@/lib/format';
import { notifySuccess, notifyUndo } from '@/lib/notify';
import { saveStateText, useAutosave } from '@/lib/use-autosave';
import {
  useAccountOptions,
  useAllocations,
  useCheckAllocation,
  usePersonAppraisals,
  usePersonOnboardings,
  useDeleteAllocation,
  useDeletePerson,
  usePeople,
  useRoles,
  useSaveAllocation,
  useSavePerson,
  useTeamOverview,
} from '../api/team';
import { PersonFields } from '../components/person-form';
import { UtilizationBar } from '../components/utilization-bar';
import warn from '../components/warn.module.css';
import { overPeakText, overWhen } from '../types/over';
import { personSchema, type PersonForm } from '../types/person-schema';
import { useAppraisalsLocked } from '@/lib/appraisals-lock';
import { LineChart } from '@mantine/charts';

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

function PersonPage({ person, people }: { person: backend.Person; people: backend.Person[] }) {
  const roles = useRoles();
  const overview = useTeamOverview();
  const save = useSavePerson();
  const [form, setForm] = useState<PersonForm>({ ...person, status: person.status as PersonForm['status'] });
  const [errors, setErrors] = useState<Partial<Record<keyof PersonForm, string>>>({});
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
      const e: Partial<Record<keyof PersonForm, string>> = {};
      for (const i of parsed.error.issues) e[i.path[0] as keyof PersonForm] ??= i.message;
      setErrors(e);
      autosave.hold();
      return;
    }
    setErrors({});
    autosave.schedule(parsed.data);
    if (immediate) void autosave.flush();
  };
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
        <Paper withBorder radius="md" p="lg">
          <Stack>
            <Group justify="space-between">
              <Title order={2} fz="md">
                Details
              </Title>
              <Text
                size="sm"
                role="status"
                c={autosave.state === 'invalid' || autosave.state === 'error' ? 'red' : 'dimmed'}
              >
                {saveStateText(autosave.state)}
              </Text>
            </Group>
            <PersonFields
              value={form}
              errors={errors}
              roles={roles.data ?? []}
              people={people.filter((p) => p.id !== person.id)}
              onChange={change}
              onBlur={() => void autosave.flush()}
            />
            {person.you ? (
              <Text size="sm" c="dimmed">
                This is you. The name here is the one on your exports and in Settings: change it in either
                place.
              </Text>
            ) : (
              <RemovePerson person={person} />
            )}
          </Stack>
        </Paper>
        <Stack>
          <Allocations
            person={{
              ...person,
              capacityHoursPerWeek: Number.isFinite(form.capacityHoursPerWeek)
                ? form.capacityHoursPerWeek
                : person.capacityHoursPerWeek,
            }}
            row={row}
          />
          <PersonRecords personId={person.id} />
        </Stack>
      </SimpleGrid>
    </>
  );
}

function Allocations({ person, row }: { person: backend.Person; row?: backend.RosterRow }) {
  const allocs = useAllocations(person.id, 0);
  const accounts = useAccountOptions();
  const save = useSaveAllocation();
  const del = useDeleteAllocation();
  const [error, setError] = useState('');
  // A new allocation starts today, or on the person's first day if that is later.
  const [draft, setDraft] = useState(() => ({
    accountId: '',
    percent: 20,
    role: 'support',
    startDate: laterDate(localToday(), person.startDate),
    tentative: false,
  }));
  const hours = (pct: number) => Math.round((pct * person.capacityHoursPerWeek) / 10) / 10;
  const update = (a: backend.Allocation, patch: Partial<backend.Allocation>) =>
    save.mutate(backend.Allocation.createFrom({ ...a, ...patch }), {
      onError: (e) => setError(toAppError(e).message),
    });
  const candidate = useMemo(
    () =>
      backend.Allocation.createFrom({
        id: 0,
        personId: person.id,
        accountId: Number(draft.accountId) || 0,
        percent: draft.percent,
        role: draft.role,
        startDate: draft.startDate,
        endDate: '',
        tentative: draft.tentative,
      }),
    [draft, person.id],
  );
  const [checked] = useDebouncedValue(candidate, 250);
  // Judged once an account is chosen, as the allocation is being made.
  const ready =
    checked.accountId > 0 &&
    checked.percent > 0 &&
    checked.percent <= 100 &&
    /^\d{4}-\d{2}-\d{2}$/.test(checked.startDate);
  const check = useCheckAllocation(ready ? checked : null);
  const add = () => {
    if (!draft.accountId) return setError('Choose an account.');
    if (!(draft.percent > 0 && draft.percent <= 100))
      return setError('An allocation is more than 0% and at most 100% of the person’s time.');
    save.mutate(candidate, {
      onSuccess: () => {
        setError('');
        setDraft((d) => ({ ...d, accountId: '' }));
      },
      onError: (e) => setError(toAppError(e).message),
    });
  };
  const remove = (a: backend.Allocation) =>
    del.mutate(a.id, {
      onSuccess: () =>
        notifyUndo(`Removed ${person.name} from ${a.accountName}.`, () =>
          save.mutate(backend.Allocation.createFrom({ ...a, id: 0 })),
        ),
    });
  const thisMonth = row?.thisMonth.from.slice(0, 7) ?? '';
  const preview = check.data;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Accounts and allocations">
      <Title order={2} fz="md" mb="xs">
        Accounts and allocations
      </Title>
      {row && row.over.length > 0 && (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle size={18} />}
          mb="sm"
          title={`Over 100% ${overWhen(row.over, thisMonth)}`}
        >
          {person.name}’s confirmed work comes to {overPeakText(row.over)} of their time. Lower a percentage,
          end an allocation sooner or mark one as tentative.
        </Alert>
      )}
      {allocs.isPending ? (
        <LoadingState />
      ) : allocs.isError ? (
        <ErrorState error={allocs.error} />
      ) : allocs.data.length === 0 ? (
        <Text size="sm" c="dimmed" mb="sm">
          Not allocated to any account yet.
        </Text>
      ) : (
        <Table verticalSpacing={4} fz="sm" aria-label="Allocations">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Account</Table.Th>
              <Table.Th>Role</Table.Th>
              <Table.Th>% of time</Table.Th>
              <Table.Th>Hours a week</Table.Th>
              <Table.Th>From</Table.Th>
              <Table.Th>To</Table.Th>
              <Table.Th>Tentative</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {allocs.data.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/accounts/${a.accountId}`} size="sm">
                    {a.accountName}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <NativeSelect
                    size="xs"
                    aria-label={`Role on ${a.accountName}`}
                    data={['lead', 'support', 'backup'].map((r) => ({ value: r, label: words(r) }))}
                    value={a.role}
                    onChange={(e) => update(a, { role: e.currentTarget.value })}
                  />
                </Table.Td>
                <Table.Td w={80}>
                  <NumberInput
                    size="xs"
                    hideControls
                    aria-label={`Percent on ${a.accountName}`}
                    defaultValue={a.percent}
                    onBlur={(e) => {
                      const v = Number(e.currentTarget.value);
                      if (v !== a.percent) update(a, { percent: v });
                    }}
                  />
                </Table.Td>
                <Table.Td>{hours(a.percent)}</Table.Td>
                <Table.Td w={130}>
                  <TextInput
                    size="xs"
                    type="date"
                    aria-label={`Start on ${a.accountName}`}
                    defaultValue={a.startDate}
                    onBlur={(e) =>
                      e.currentTarget.value !== a.startDate && update(a, { startDate: e.currentTarget.value })
                    }
                  />
                </Table.Td>
                <Table.Td w={130}>
                  <TextInput
                    size="xs"
                    type="date"
                    aria-label={`End on ${a.accountName}`}
                    defaultValue={a.endDate}
                    onBlur={(e) =>
                      e.currentTarget.value !== a.endDate && update(a, { endDate: e.currentTarget.value })
                    }
                  />
                </Table.Td>
                <Table.Td>
                  <Checkbox
                    aria-label={`Tentative on ${a.accountName}`}
                    checked={a.tentative}
                    onChange={(e) => update(a, { tentative: e.currentTarget.checked })}
                  />
                </Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={`Remove from ${a.accountName}`}
                    onClick={() => remove(a)}
                  >
                    <IconX size={14} />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group align="flex-end" gap="xs" mt="sm">
        <NativeSelect
          size="xs"
          label="Account"
          data={[
            { value: '', label: 'Choose an account' },
            ...(accounts.data ?? []).map((a) => ({ value: String(a.id), label: a.name })),
          ]}
          value={draft.accountId}
          onChange={(e) => setDraft({ ...draft, accountId: e.currentTarget.value })}
        />
        <NumberInput
          size="xs"
          label="% of time"
          hideControls
          w={80}
          value={draft.percent}
          onChange={(v) => setDraft({ ...draft, percent: typeof v === 'number' ? v : Number.NaN })}
        />
        <NativeSelect
          size="xs"
          label="Role on account"
          data={['lead', 'support', 'backup'].map((r) => ({ value: r, label: words(r) }))}
          value={draft.role}
          onChange={(e) => setDraft({ ...draft, role: e.currentTarget.value })}
        />
        <TextInput
          size="xs"
          type="date"
          label="From"
          value={draft.startDate}
          onChange={(e) => setDraft({ ...draft, startDate: e.currentTarget.value })}
        />
        <Checkbox
          size="xs"
          label="Tentative"
          checked={draft.tentative}
          onChange={(e) => setDraft({ ...draft, tentative: e.currentTarget.checked })}
          mb={6}
        />
        <Button size="xs" leftSection={<IconPlus size={14} />} onClick={add}>
          Allocate
        </Button>
      </Group>
      <AllocationPreview
        person={person}
        check={ready && draft.accountId ? preview : undefined}
        tentative={draft.tentative}
      />
      {error && (
        <Text size="xs" c="red" mt={4} role="alert">
          {error}
        </Text>
      )}
    </Paper>
  );
}

/** What the allocation being entered would do, said before it is saved. */
function AllocationPreview({
  person,
  check,
  tentative,
}: {
  person: backend.Person;
  check?: backend.AllocationCheck;
  tentative: boolean;
}) {
  const lines: string[] = [];
  if (check?.beforeStart)
    lines.push(`${person.name} starts on ${formatDate(check.personStart)}; the allocation counts from then.`);
  if (check && check.over.length > 0)
    lines.push(
      `${tentative ? 'If it is confirmed, this' : 'This'} takes ${person.name} above 100% of their time ${overWhen(check.over, '')}: ${overPeakText(check.over)}.`,
    );
  return (
    <div role="status" aria-live="polite">
      {lines.map((l) => (
        <Text key={l} size="xs" className={warn.warn} mt={4}>
          {l}
        </Text>
      ))}
    </div>
  );
}

function RemovePerson({ person }: { person: backend.Person }) {
  const [open, setOpen] = useState(false);
  const del = useDeletePerson();
  const navigate = useNavigate();
  return (
    <>
      <Group justify="flex-end">
        <Button
          variant="subtle"
          color="red"
          leftSection={<IconTrash size={14} />}
          onClick={() => setOpen(true)}
        >
          Remove from roster
        </Button>
      </Group>
      <Modal opened={open} onClose={() => setOpen(false)} title={`Remove ${person.name}?`}>
        <Stack>
          <Text size="sm">
            This removes {person.name} and their allocations; people who report to them will report to nobody.
            It cannot be undone. To keep their history, set their status to Left instead.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              Keep
            </Button>
            <Button
              color="red"
              loading={del.isPending}
              onClick={() =>
                del.mutate(person.id, {
                  onSuccess: () => {
                    notifySuccess(`${person.name} was removed.`);
                    void navigate('/team');
                  },
                })
              }
            >
              Remove
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

/** The overall rating across review cycles, oldest first; shown from two rated cycles on. */
function RatingTrend({ history }: { history: backend.AppraisalSummary[] }) {
  const rated = history
    .filter((a) => a.score > 0)
    .map((a) => ({ cycle: a.cycleName, rating: Number(a.score.toFixed(2)) }));
  if (rated.length < 2) return null;
  return (
    <div
      role="img"
      aria-label={`Overall rating by cycle: ${rated.map((r) => `${r.cycle} ${r.rating}`).join(', ')}`}
    >
      <Text size="xs" c="dimmed" mb={4}>
        Overall rating by cycle
      </Text>
      <LineChart
        h={140}
        data={rated}
        dataKey="cycle"
        series={[{ name: 'rating', label: 'Overall rating', color: 'indigo.6' }]}
        yAxisProps={{ domain: [1, 5], ticks: [1, 2, 3, 4, 5] }}
        curveType="linear"
        withDots
      />
    </div>
  );
}

/** Links to the person's onboarding checklists and appraisals, with the rating trend. */
function PersonRecords({ personId }: { personId: number }) {
  const onboardings = usePersonOnboardings(personId);
  const appraisals = usePersonAppraisals(personId);
  const locked = useAppraisalsLocked(appraisals.error);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Onboarding and appraisals">
      <Title order={2} fz="md" mb="xs">
        Onboarding and appraisals
      </Title>
      <Stack gap={6}>
        {(onboardings.data ?? []).map((o) => (
          <Group key={o.id} justify="space-between">
            <Anchor component={Link} to={`/onboarding/${o.id}`} size="sm">
              Onboarding from {o.startDate}
            </Anchor>
            <Text size="xs" c={o.progress.overdue ? 'red' : 'dimmed'}>
              {Math.round(o.progress.percent)}% done
              {o.progress.overdue ? `, ${o.progress.overdue} overdue` : ''} · {words(o.status)}
            </Text>
          </Group>
        ))}
        {(locked ? [] : (appraisals.data ?? [])).map((a) => (
          <Group key={a.id} justify="space-between">
            <Anchor component={Link} to={`/appraisals/${a.id}`} size="sm">
              {a.cycleName}
            </Anchor>
            <Text size="xs" c="dimmed">
              {words(a.status)}
              {a.score ? ` · ${a.score.toFixed(2)}` : ''}
            </Text>
          </Group>
        ))}
        {!locked && <RatingTrend history={appraisals.data ?? []} />}
        {(locked || appraisals.isError) && (
          <Text size="sm" c="dimmed">
            {locked ? 'Appraisals are locked: ' : 'Appraisals could not be read. '}
            <Anchor component={Link} to="/appraisals" size="sm">
              open Appraisals
            </Anchor>
          </Text>
        )}
        {!locked &&
          !appraisals.isError &&
          (onboardings.data ?? []).length === 0 &&
          (appraisals.data ?? []).length === 0 && (
            <Text size="sm" c="dimmed">
              No onboarding or appraisal yet.
            </Text>
          )}
      </Stack>
    </Paper>
  );
}
