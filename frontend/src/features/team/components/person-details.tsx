import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { backend } from '../../../../wailsjs/go/models';
import { HeldBack, SaveStatus } from '@/components/ui/save-status';
import type { Problem } from '@/lib/draft-merge';
import type { EditorState } from '@/lib/use-draft-editor';
import type { PersonForm } from '../types/person-schema';
import { PersonFields } from './person-form';
import { RemovePerson } from './remove-person';

/** The person's details, saved as they are typed (what is not valid yet kept as a draft), and how to remove them (not the director). */
export function PersonDetails({
  person,
  form,
  errors,
  roles,
  people,
  state,
  error,
  loud,
  older,
  onUseOlder,
  onDiscard,
  onChange,
  onBlur,
  onBadDate,
}: {
  person: backend.Person;
  form: PersonForm;
  errors: Partial<Record<keyof PersonForm, string>>;
  roles: string[];
  people: backend.Person[];
  state: EditorState;
  error: string;
  /** What is held back as the draft, with the reasons. */
  loud: Problem[];
  older: boolean;
  onUseOlder: () => void;
  onDiscard: () => void;
  onChange: <K extends keyof PersonForm>(k: K, v: PersonForm[K], immediate?: boolean) => void;
  onBlur: () => void;
  onBadDate: (field: 'startDate' | 'endDate', message: string | null) => void;
}) {
  return (
    <Paper withBorder radius="md" p="lg">
      <Stack>
        <Group justify="space-between">
          <Title order={2} fz="md">
            Details
          </Title>
          <SaveStatus state={state} error={error} loud={loud} />
        </Group>
        <HeldBack loud={loud} older={older} onUseOlder={onUseOlder} onDiscard={onDiscard} />
        <PersonFields
          value={form}
          errors={errors}
          roles={roles}
          people={people.filter((p) => p.id !== person.id)}
          onChange={onChange}
          onBlur={onBlur}
          onBadDate={onBadDate}
        />
        {person.you ? (
          <Text size="sm" c="dimmed">
            This is you. The name here is the one on your exports and in Settings: change it in either place.
          </Text>
        ) : (
          <RemovePerson person={person} />
        )}
      </Stack>
    </Paper>
  );
}
