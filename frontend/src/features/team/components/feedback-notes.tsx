import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Timeline,
  Title,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { backend } from '../../../../wailsjs/go/models';
import { DateField } from '@/components/ui/date-field';
import { isAppraisalsLocked } from '@/lib/appraisals-lock';
import { localToday } from '@/lib/dates';
import { toAppError } from '@/lib/errors';
import { formatDate } from '@/lib/format';
import { useDeleteNote, useNotes, useSaveNote, useCompetencies } from '../api/oneonones';
import { useAccountOptions } from '../api/team';
import { noteKindColor, noteKindLabel, noteKinds, noteSchema, type NoteForm } from '../types/oneonone-schema';
import { LockedNotice } from './locked-notice';

const blank = (): NoteForm => ({
  kind: 'praise',
  text: '',
  date: localToday(),
  accountId: 0,
  competency: '',
});

/** Feedback noted about the person when it happened: a form to add one, and the timeline with filters. */
export function FeedbackNotes({ person }: { person: backend.Person }) {
  const notes = useNotes(person.id);
  const accounts = useAccountOptions();
  const competencies = useCompetencies();
  const [kind, setKind] = useState<string | null>(null);
  const [account, setAccount] = useState<string | null>(null);
  const locked = notes.isError && isAppraisalsLocked(notes.error);
  const accountOptions = (accounts.data ?? []).map((a) => ({ value: String(a.id), label: a.name }));
  const shown = (notes.data ?? []).filter(
    (n) => (!kind || n.kind === kind) && (!account || String(n.accountId) === account),
  );
  const competencyName = (key: string) => competencies.data?.find((c) => c.value === key)?.label ?? key;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Feedback notes">
      <Title order={2} fz="md" mb={4}>
        Feedback notes
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        Note praise, concerns and client feedback when they happen; they are there when you write the
        appraisal.
      </Text>
      {locked ? (
        <LockedNotice what="Feedback notes" />
      ) : (
        <Stack>
          <NoteFormFields
            personId={person.id}
            accounts={accountOptions}
            competencies={competencies.data ?? []}
          />
          <Group gap="xs" align="flex-end">
            <Select
              label="Kind"
              size="xs"
              w={160}
              placeholder="All kinds"
              clearable
              data={[...noteKinds]}
              value={kind}
              onChange={setKind}
            />
            <Select
              label="Account"
              size="xs"
              w={200}
              placeholder="All accounts"
              clearable
              searchable
              data={accountOptions}
              value={account}
              onChange={setAccount}
            />
          </Group>
          {notes.isError && <Text c="red">{toAppError(notes.error).message}</Text>}
          {notes.data?.length === 0 && (
            <Text size="sm" c="dimmed">
              No feedback noted yet.
            </Text>
          )}
          {notes.data && notes.data.length > 0 && shown.length === 0 && (
            <Text size="sm" c="dimmed">
              No note matches these filters.
            </Text>
          )}
          <Timeline bulletSize={14} lineWidth={2} role="group" aria-label="Timeline of feedback notes">
            {shown.map((n) => (
              <Timeline.Item
                key={n.id}
                color={noteKindColor[n.kind]}
                title={
                  <Group gap={6}>
                    <Badge size="sm" variant="light" color={noteKindColor[n.kind]}>
                      {noteKindLabel(n.kind)}
                    </Badge>
                    <Text size="xs" c="dimmed">
                      {formatDate(n.date)}
                      {n.accountName && ` · ${n.accountName}`}
                      {n.competency && ` · ${competencyName(n.competency)}`}
                      {n.oneOnOneId > 0 && ' · from your 1:1 notes'}
                    </Text>
                    <DeleteNote note={n} />
                  </Group>
                }
              >
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {n.text}
                </Text>
              </Timeline.Item>
            ))}
          </Timeline>
        </Stack>
      )}
    </Paper>
  );
}

function DeleteNote({ note }: { note: backend.FeedbackNote }) {
  const remove = useDeleteNote();
  return (
    <ActionIcon
      variant="subtle"
      color="gray"
      size="sm"
      aria-label={`Delete the note of ${formatDate(note.date)}`}
      loading={remove.isPending}
      onClick={() => remove.mutate(note.id)}
    >
      <IconTrash size={14} />
    </ActionIcon>
  );
}

type Errors = Partial<Record<keyof NoteForm, string>>;

function NoteFormFields({
  personId,
  accounts,
  competencies,
}: {
  personId: number;
  accounts: { value: string; label: string }[];
  competencies: { value: string; label: string }[];
}) {
  const [form, setForm] = useState<NoteForm>(blank);
  const [errors, setErrors] = useState<Errors>({});
  const save = useSaveNote();
  const set = <K extends keyof NoteForm>(k: K, v: NoteForm[K]) => {
    setForm((f) => ({ ...f, [k]: v }));
    setErrors((e) => ({ ...e, [k]: undefined }));
  };
  const submit = () => {
    const parsed = noteSchema.safeParse(form);
    if (!parsed.success) {
      const e: Errors = {};
      for (const i of parsed.error.issues) e[i.path[0] as keyof NoteForm] ??= i.message;
      setErrors(e);
      return;
    }
    save.mutate(backend.FeedbackNote.createFrom({ ...form, id: 0, personId, accountName: '', version: 0 }), {
      onSuccess: () => {
        setForm((f) => ({ ...blank(), kind: f.kind, date: f.date }));
        setErrors({});
      },
      onError: (err) => {
        const e = toAppError(err);
        setErrors({ [(e.field as keyof NoteForm) || 'text']: e.message });
      },
    });
  };
  return (
    <Stack
      gap="xs"
      component="form"
      aria-label="New feedback note"
      onSubmit={(e) => (e.preventDefault(), submit())}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing="xs">
        <Select
          label="Kind"
          size="xs"
          data={[...noteKinds]}
          value={form.kind}
          allowDeselect={false}
          onChange={(v) => {
            const k = noteKinds.find((x) => x.value === v);
            if (k) set('kind', k.value);
          }}
          error={errors.kind}
        />
        <DateField
          label="Date"
          size="xs"
          value={form.date}
          onChange={(v) => set('date', v)}
          onBadInput={(m) => setErrors((e) => ({ ...e, date: m ?? undefined }))}
          error={errors.date}
        />
        <Select
          label="Account (optional)"
          size="xs"
          clearable
          searchable
          data={accounts}
          value={form.accountId ? String(form.accountId) : null}
          onChange={(v) => set('accountId', v ? Number(v) : 0)}
          error={errors.accountId}
        />
        <Select
          label="Competency (optional)"
          size="xs"
          clearable
          searchable
          data={competencies}
          value={form.competency || null}
          onChange={(v) => set('competency', v ?? '')}
          error={errors.competency}
        />
      </SimpleGrid>
      <Textarea
        label="What happened"
        size="xs"
        autosize
        minRows={2}
        value={form.text}
        onChange={(e) => set('text', e.currentTarget.value)}
        error={errors.text}
      />
      <Group justify="flex-end">
        <Button size="xs" type="submit" loading={save.isPending}>
          Add note
        </Button>
      </Group>
    </Stack>
  );
}
