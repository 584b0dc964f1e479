import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  NativeSelect,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconCopy, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { PageHeader } from '@/components/ui/page-header';
import { toAppError } from '@/lib/errors';
import { formatDate, words } from '@/lib/format';
import { localToday } from '@/lib/dates';
import {
  useCopyTemplate,
  useOnboardings,
  useRoster,
  useStartOnboarding,
  useTemplates,
} from '../api/onboarding';
import { startOnboardingSchema, suggestedStart, type StartOnboardingForm } from '../types/onboarding-schema';

export function OnboardingRoute() {
  const list = useOnboardings();
  const templates = useTemplates();
  const copy = useCopyTemplate();
  const [starting, setStarting] = useState(false);
  const navigate = useNavigate();
  return (
    <>
      <PageHeader
        title="Onboarding"
        description="Checklists that get every new Account Executive up to speed: people, clients, processes, and 30/60/90-day check-ins."
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setStarting(true)}>
            Start onboarding
          </Button>
        }
      />
      {starting && <StartOnboarding onClose={() => setStarting(false)} />}
      <SimpleGrid cols={{ base: 1, lg: 3 }} spacing="lg">
        <Stack style={{ gridColumn: 'span 2' }}>
          {list.isPending ? (
            <LoadingState />
          ) : list.isError ? (
            <ErrorState error={list.error} onRetry={() => void list.refetch()} />
          ) : list.data.length === 0 ? (
            <EmptyState
              title="Nobody is onboarding"
              action={<Button onClick={() => setStarting(true)}>Start onboarding</Button>}
            >
              Start a checklist for a new team member from a template; every task gets an owner and a due
              date.
            </EmptyState>
          ) : (
            <Table highlightOnHover verticalSpacing={8} fz="sm" aria-label="Onboardings">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>New hire</Table.Th>
                  <Table.Th>Starts</Table.Th>
                  <Table.Th>Progress</Table.Th>
                  <Table.Th>Overdue</Table.Th>
                  <Table.Th>Status</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.map((o) => (
                  <Table.Tr
                    key={o.id}
                    tabIndex={0}
                    style={{ cursor: 'pointer' }}
                    onClick={() => void navigate(`/onboarding/${o.id}`)}
                    onKeyDown={(e) => e.key === 'Enter' && void navigate(`/onboarding/${o.id}`)}
                    aria-label={o.personName}
                  >
                    <Table.Td fw={600}>{o.personName}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(o.startDate)}</Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Progress
                          value={o.progress.percent}
                          w={110}
                          aria-label={`${Math.round(o.progress.percent)}% done`}
                        />
                        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                          {o.progress.done} of {o.progress.required}
                        </Text>
                      </Group>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {o.progress.overdue > 0 ? (
                        <Badge color="red" variant="light" style={{ flexShrink: 0, minWidth: 'max-content' }}>
                          {o.progress.overdue} overdue
                        </Badge>
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                    <Table.Td>{words(o.status)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
        <Paper withBorder radius="md" p="md" component="section" aria-label="Templates">
          <Title order={2} fz="md" mb="xs">
            Templates
          </Title>
          {(templates.data ?? []).map((t) => (
            <Group key={t.id} justify="space-between" py={6} wrap="nowrap">
              <div>
                <Anchor component={Link} to={`/onboarding/templates/${t.id}`} size="sm" fw={600}>
                  {t.name}
                  {t.builtIn ? ' (built in)' : ''}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {t.tasks.length} tasks · for {t.forRole || 'anyone'}
                </Text>
              </div>
              <Button
                size="xs"
                variant="subtle"
                px={6}
                style={{ flexShrink: 0 }}
                leftSection={<IconCopy size={14} />}
                onClick={() => copy.mutate(t.id)}
                aria-label={`Copy ${t.name}`}
              >
                Copy
              </Button>
            </Group>
          ))}
          <Text size="xs" c="dimmed" mt="xs">
            Editing a template never changes checklists already started.
          </Text>
        </Paper>
      </SimpleGrid>
    </>
  );
}

function StartOnboarding({ onClose }: { onClose: () => void }) {
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
