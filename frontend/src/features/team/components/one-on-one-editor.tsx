import {
  ActionIcon,
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Checkbox,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPlus, IconQuote, IconX } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { backend } from '../../../../wailsjs/go/models';
import { DateField } from '@/components/ui/date-field';
import { DeleteWithConfirm } from '@/components/ui/delete-with-confirm';
import { HeldBack, SaveStatus } from '@/components/ui/save-status';
import { localToday } from '@/lib/dates';
import { newRowKey } from '@/lib/draft-merge';
import { formatDate } from '@/lib/format';
import type { KeptDraft } from '@/lib/use-draft-editor';
import { useDeleteOneOnOne } from '../api/oneonones';
import { useOneOnOneEditor } from '../hooks/use-one-on-one-editor';
import { PullPassageDialog } from './pull-passage-dialog';

const owners = [
  { value: 'director', label: 'You' },
  { value: 'report', label: 'Them' },
];

/** One 1:1: talking points from either side, shared and private notes, action items. Saves as it is typed. */
export function OneOnOneEditor({
  meeting,
  draft,
  person,
}: {
  meeting: backend.OneOnOne;
  draft: KeptDraft;
  person: backend.Person;
}) {
  const {
    ed,
    value: m,
    change,
    error,
    discard,
    added,
    left,
    badDate,
  } = useOneOnOneEditor(meeting, draft, person.name);
  const remove = useDeleteOneOnOne();
  const navigate = useNavigate();
  const privateRef = useRef<HTMLTextAreaElement>(null);
  // The passage to pull into the feedback notes: the words selected in the
  // private notes when the dialog opened; null while it is closed.
  const [passage, setPassage] = useState<string | null>(null);
  const openPassage = () => {
    const t = privateRef.current;
    setPassage(t ? m.privateNotes.slice(t.selectionStart, t.selectionEnd) : '');
  };
  const first = person.name.split(' ')[0] ?? person.name;
  const setPoint = (i: number, patch: Partial<backend.TalkingPoint>) =>
    change({
      points: m.points.map((p, j) => (j === i ? backend.TalkingPoint.createFrom({ ...p, ...patch }) : p)),
    });
  const setAction = (i: number, patch: Partial<backend.OneOnOneAction>) =>
    change({
      actions: m.actions.map((a, j) => (j === i ? backend.OneOnOneAction.createFrom({ ...a, ...patch }) : a)),
    });
  const addPoint = (side: string) => {
    const key = newRowKey();
    added(key);
    change({
      points: [
        ...m.points,
        backend.TalkingPoint.createFrom({ key, text: '', side, done: false, carriedFrom: '' }),
      ],
    });
  };
  const addAction = () => {
    const key = newRowKey();
    added(key);
    change({
      actions: [
        ...m.actions,
        backend.OneOnOneAction.createFrom({ key, text: '', owner: 'director', due: '', done: false }),
      ],
    });
  };
  const today = localToday();
  return (
    <Stack onBlur={() => void ed.flush()}>
      <Breadcrumbs fz="sm">
        <Anchor component={Link} to="/team">
          Team
        </Anchor>
        <Anchor component={Link} to={`/team/${person.id}`}>
          {person.name}
        </Anchor>
        <Text size="sm">1:1 of {formatDate(meeting.date)}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end">
          <Title order={1} fz={26}>
            1:1 with {person.name}
          </Title>
          <DateField
            label="Date"
            w={170}
            value={m.date}
            onChange={(date) => change({ date })}
            onBadInput={badDate('date')}
            error={error('date')}
          />
        </Group>
        <SaveStatus state={ed.state} error={ed.error} loud={ed.loud} />
      </Group>
      <HeldBack loud={ed.loud} older={!!ed.older} onUseOlder={ed.useOlderDraft} onDiscard={discard} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Paper withBorder radius="md" p="md" component="section" aria-label="Talking points">
          <Title order={2} fz="md" mb={4}>
            Talking points
          </Title>
          <Text size="xs" c="dimmed" mb="sm">
            Points left unticked come over to the next 1:1 by themselves.
          </Text>
          <Stack gap="xs">
            {m.points.length === 0 && (
              <Text size="sm" c="dimmed">
                Nothing to talk about yet: add what you or {first} want to raise.
              </Text>
            )}
            {m.points.map((p, i) => (
              <Group key={p.key} gap="xs" wrap="nowrap" align="flex-start">
                <Checkbox
                  mt={8}
                  checked={p.done}
                  onChange={(e) => setPoint(i, { done: e.currentTarget.checked })}
                  aria-label={`Talked about: ${p.text || `point ${i + 1}`}`}
                />
                <Stack gap={2} style={{ flex: 1 }}>
                  <TextInput
                    value={p.text}
                    onChange={(e) => setPoint(i, { text: e.currentTarget.value })}
                    onBlur={() => left(p.key)}
                    aria-label={`Talking point ${i + 1}`}
                    placeholder="What to talk about"
                    error={error(`points.${p.key}.text`)}
                  />
                  <Group gap={6}>
                    <Badge size="xs" variant="light" color={p.side === 'director' ? 'blue' : 'grape'}>
                      {p.side === 'director' ? 'Yours' : `${first}’s`}
                    </Badge>
                    {p.carriedFrom && (
                      <Badge size="xs" variant="outline" color="gray">
                        Carried over from {formatDate(p.carriedFrom)}
                      </Badge>
                    )}
                  </Group>
                </Stack>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  mt={4}
                  aria-label={`Remove talking point ${i + 1}`}
                  onClick={() => change({ points: m.points.filter((_, j) => j !== i) })}
                >
                  <IconX size={16} />
                </ActionIcon>
              </Group>
            ))}
            <Group gap="xs">
              <Button
                size="xs"
                variant="light"
                leftSection={<IconPlus size={14} />}
                onClick={() => addPoint('director')}
              >
                Add your point
              </Button>
              <Button
                size="xs"
                variant="light"
                color="grape"
                leftSection={<IconPlus size={14} />}
                onClick={() => addPoint('report')}
              >
                Add {first}’s point
              </Button>
            </Group>
          </Stack>
        </Paper>
        <Paper withBorder radius="md" p="md" component="section" aria-label="Action items">
          <Title order={2} fz="md" mb="sm">
            Action items
          </Title>
          <Stack gap="sm">
            {m.actions.length === 0 && (
              <Text size="sm" c="dimmed">
                No action agreed yet.
              </Text>
            )}
            {m.actions.map((a, i) => {
              const overdue = !a.done && a.due !== '' && a.due < today;
              return (
                <Stack key={a.key} gap={4}>
                  <Group gap="xs" wrap="nowrap" align="flex-start">
                    <Checkbox
                      mt={8}
                      checked={a.done}
                      onChange={(e) => setAction(i, { done: e.currentTarget.checked })}
                      aria-label={`Done: ${a.text || `action ${i + 1}`}`}
                    />
                    <TextInput
                      style={{ flex: 1 }}
                      value={a.text}
                      onChange={(e) => setAction(i, { text: e.currentTarget.value })}
                      onBlur={() => left(a.key)}
                      aria-label={`Action ${i + 1}`}
                      placeholder="What is to be done"
                      error={error(`actions.${a.key}.text`)}
                    />
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      mt={4}
                      aria-label={`Remove action ${i + 1}`}
                      onClick={() => change({ actions: m.actions.filter((_, j) => j !== i) })}
                    >
                      <IconX size={16} />
                    </ActionIcon>
                  </Group>
                  <Group gap="xs" ml={30} align="flex-end">
                    <SegmentedControl
                      size="xs"
                      data={owners.map((o) => (o.value === 'report' ? { ...o, label: first } : o))}
                      value={a.owner}
                      onChange={(owner) => setAction(i, { owner })}
                      aria-label={`Owner of action ${i + 1}`}
                    />
                    <DateField
                      size="xs"
                      w={150}
                      aria-label={`Due date of action ${i + 1}`}
                      value={a.due}
                      onChange={(due) => setAction(i, { due })}
                      onBadInput={badDate(`actions.${a.key}.due`)}
                      error={error(`actions.${a.key}.due`)}
                    />
                    {overdue && (
                      <Badge color="red" variant="light" size="sm">
                        Overdue
                      </Badge>
                    )}
                  </Group>
                </Stack>
              );
            })}
            <Group>
              <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={addAction}>
                Add an action
              </Button>
            </Group>
          </Stack>
        </Paper>
        <Paper withBorder radius="md" p="md" component="section" aria-label="Notes">
          <Stack>
            <Textarea
              label="Shared notes"
              description={`What you and ${first} agreed; fine to share with them.`}
              autosize
              minRows={4}
              value={m.sharedNotes}
              onChange={(e) => change({ sharedNotes: e.currentTarget.value })}
              error={error('sharedNotes')}
            />
            <Textarea
              ref={privateRef}
              label="Private notes"
              description="Yours alone: never exported, never shown in an appraisal unless you use a passage."
              autosize
              minRows={3}
              value={m.privateNotes}
              onChange={(e) => change({ privateNotes: e.currentTarget.value })}
              error={error('privateNotes')}
            />
            <Group>
              <Button
                size="xs"
                variant="light"
                leftSection={<IconQuote size={14} />}
                disabled={!m.privateNotes.trim()}
                onClick={openPassage}
              >
                Use a passage in the appraisal…
              </Button>
            </Group>
            <PullPassageDialog
              opened={passage !== null}
              onClose={() => setPassage(null)}
              meeting={m}
              person={person}
              selection={passage ?? ''}
            />
          </Stack>
        </Paper>
      </SimpleGrid>
      <DeleteWithConfirm
        label="Delete this 1:1"
        title="Delete this 1:1?"
        keepLabel="Keep it"
        pending={remove.isPending}
        onConfirm={() =>
          remove.mutate(meeting.id, {
            onSuccess: () => void navigate(`/team/${person.id}`, { replace: true }),
          })
        }
      >
        Its talking points, notes and action items go with it. This cannot be undone.
      </DeleteWithConfirm>
    </Stack>
  );
}
