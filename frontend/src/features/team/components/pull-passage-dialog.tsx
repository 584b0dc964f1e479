import { Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { backend } from '../../../../wailsjs/go/models';
import { toAppError } from '@/lib/errors';
import { formatDate } from '@/lib/format';
import { notifySuccess } from '@/lib/notify';
import { useCompetencies, useSaveNote } from '../api/oneonones';
import { noteKinds, noteSchema } from '../types/oneonone-schema';

/**
 * Pulls one passage of a 1:1's private notes into the person's feedback
 * notes, where the appraisal can quote it. Only the passage moves; the
 * private notes stay the director's alone.
 */
export function PullPassageDialog({
  opened,
  onClose,
  meeting,
  person,
  selection,
}: {
  opened: boolean;
  onClose: () => void;
  meeting: backend.OneOnOne;
  person: backend.Person;
  selection: string;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title="Use a passage in the appraisal" size="lg">
      {opened && <PassageForm meeting={meeting} person={person} selection={selection} onDone={onClose} />}
    </Modal>
  );
}

function PassageForm({
  meeting,
  person,
  selection,
  onDone,
}: {
  meeting: backend.OneOnOne;
  person: backend.Person;
  selection: string;
  onDone: () => void;
}) {
  const [text, setText] = useState(selection.trim());
  const [kind, setKind] = useState<(typeof noteKinds)[number]['value']>('praise');
  const [competency, setCompetency] = useState('');
  const [error, setError] = useState<{ field: string; message: string } | null>(null);
  const competencies = useCompetencies();
  const save = useSaveNote();
  const first = person.name.split(' ')[0] ?? person.name;
  const submit = () => {
    const parsed = noteSchema.safeParse({ kind, text, date: meeting.date });
    if (!parsed.success) {
      const i = parsed.error.issues[0];
      return setError({ field: String(i?.path[0] ?? 'text'), message: i?.message ?? '' });
    }
    save.mutate(
      backend.FeedbackNote.createFrom({
        id: 0,
        personId: person.id,
        kind,
        text: parsed.data.text,
        date: meeting.date,
        accountId: 0,
        accountName: '',
        competency,
        oneOnOneId: meeting.id,
        version: 0,
      }),
      {
        onSuccess: () => {
          notifySuccess(`The passage is in ${first}'s feedback notes: quote it from the appraisal.`);
          onDone();
        },
        onError: (e) => {
          const err = toAppError(e);
          setError({ field: err.field || 'text', message: err.message });
        },
      },
    );
  };
  return (
    <Stack
      component="form"
      aria-label="Passage for the appraisal"
      onSubmit={(e) => (e.preventDefault(), submit())}
    >
      <Text size="sm">
        Only this passage becomes a feedback note about {person.name}, dated {formatDate(meeting.date)}; the
        appraisal of that period can then quote it. The rest of your private notes stay yours.
      </Text>
      <Textarea
        label="Passage"
        description="Select words in your private notes before opening this to start from them."
        autosize
        minRows={3}
        data-autofocus
        value={text}
        onChange={(e) => (setText(e.currentTarget.value), setError(null))}
        error={error?.field === 'text' ? error.message : undefined}
      />
      <Group grow align="flex-start">
        <Select
          label="Kind"
          data={[...noteKinds]}
          value={kind}
          allowDeselect={false}
          onChange={(v) => {
            const k = noteKinds.find((x) => x.value === v);
            if (k) setKind(k.value);
          }}
          error={error?.field === 'kind' ? error.message : undefined}
        />
        <Select
          label="Competency (optional)"
          clearable
          searchable
          data={competencies.data ?? []}
          value={competency || null}
          onChange={(v) => setCompetency(v ?? '')}
        />
      </Group>
      {error && error.field !== 'text' && error.field !== 'kind' && (
        <Text c="red.9" size="sm" role="alert">
          {error.message}
        </Text>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" loading={save.isPending}>
          Add to feedback notes
        </Button>
      </Group>
    </Stack>
  );
}
