import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { backend } from '../../../../wailsjs/go/models';
import { saveStateText, type SaveState } from '@/lib/use-autosave';
import type { PersonForm } from '../types/person-schema';
import { PersonFields } from './person-form';
import { RemovePerson } from './remove-person';

/** The person's details, saved as they are typed, and how to remove them (not the director). */
export function PersonDetails({
  person,
  form,
  errors,
  roles,
  people,
  saveState,
  onChange,
  onBlur,
}: {
  person: backend.Person;
  form: PersonForm;
  errors: Partial<Record<keyof PersonForm, string>>;
  roles: string[];
  people: backend.Person[];
  saveState: SaveState;
  onChange: <K extends keyof PersonForm>(k: K, v: PersonForm[K], immediate?: boolean) => void;
  onBlur: () => void;
}) {
  return (
    <Paper withBorder radius="md" p="lg">
      <Stack>
        <Group justify="space-between">
          <Title order={2} fz="md">
            Details
          </Title>
          <Text
            size="sm"
            role="status"
            c={saveState === 'invalid' || saveState === 'error' ? 'red' : 'dimmed'}
          >
            {saveStateText(saveState)}
          </Text>
        </Group>
        <PersonFields
          value={form}
          errors={errors}
          roles={roles}
          people={people.filter((p) => p.id !== person.id)}
          onChange={onChange}
          onBlur={onBlur}
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
