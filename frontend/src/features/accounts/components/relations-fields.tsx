import {
  ActionIcon,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { backend } from '../../../../wailsjs/go/models';
import { useRoster } from '../api/relationships';

export const blankRelations = (stakeholderId: number) =>
  backend.Relations.createFrom({
    stakeholderId,
    reportsToId: 0,
    ownerId: 0,
    left: false,
    replacedById: 0,
    influences: [],
  });

const strengths = [
  { value: 'low', label: 'Low' },
  { value: 'medium', label: 'Medium' },
  { value: 'high', label: 'High' },
];

/** The stakeholder editor's relationships: selects over the account's other people and the team. */
export function RelationsFields({
  self,
  people,
  value,
  onChange,
  errors,
}: {
  self: backend.Stakeholder;
  people: backend.Stakeholder[];
  value: backend.Relations;
  onChange: (r: backend.Relations) => void;
  errors: Record<string, string>;
}) {
  const roster = useRoster();
  const others = people.filter((p) => p.id !== self.id);
  const personOpts = (none: string) => [
    { value: '0', label: none },
    ...others.map((p) => ({ value: String(p.id), label: p.name })),
  ];
  const team = (roster.data ?? []).filter((p) => p.status !== 'left' || p.id === value.ownerId);
  const set = (patch: Partial<backend.Relations>) =>
    onChange(backend.Relations.createFrom({ ...value, ...patch }));
  const setInfluence = (i: number, patch: Partial<backend.Influence>) =>
    set({ influences: value.influences.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
  return (
    <Fieldset legend="Relationships" variant="filled">
      <Stack gap="sm">
        <SimpleGrid cols={2}>
          <NativeSelect
            label="Reports to"
            data={personOpts('Nobody here')}
            value={String(value.reportsToId)}
            onChange={(e) => set({ reportsToId: Number(e.currentTarget.value) })}
            error={errors.reportsToId}
          />
          <NativeSelect
            label="Agency owner"
            description="Who at the agency covers them"
            data={[
              { value: '0', label: 'Nobody yet' },
              ...team.map((p) => ({ value: String(p.id), label: p.name })),
            ]}
            value={String(value.ownerId)}
            onChange={(e) => set({ ownerId: Number(e.currentTarget.value) })}
            error={errors.ownerId}
          />
        </SimpleGrid>
        <Checkbox
          label="Has left the client"
          checked={value.left}
          onChange={(e) =>
            set({
              left: e.currentTarget.checked,
              replacedById: e.currentTarget.checked ? value.replacedById : 0,
            })
          }
        />
        {value.left && (
          <NativeSelect
            label="Replaced by"
            data={personOpts('Nobody yet')}
            value={String(value.replacedById)}
            onChange={(e) => set({ replacedById: Number(e.currentTarget.value) })}
            error={errors.replacedById}
          />
        )}
        <div>
          <Text size="sm" fw={500}>
            Influences
          </Text>
          {value.influences.length === 0 && (
            <Text size="xs" c="dimmed">
              Nobody yet.
            </Text>
          )}
          <Stack gap={6} mt={4}>
            {value.influences.map((x, i) => (
              <Group key={i} gap="xs" wrap="nowrap" align="flex-end">
                <NativeSelect
                  style={{ flex: 1 }}
                  label={`Person influenced ${i + 1}`}
                  data={personOpts('Choose someone')}
                  value={String(x.stakeholderId)}
                  onChange={(e) => setInfluence(i, { stakeholderId: Number(e.currentTarget.value) })}
                />
                <NativeSelect
                  w={110}
                  label={`Strength ${i + 1}`}
                  data={strengths}
                  value={x.strength}
                  onChange={(e) => setInfluence(i, { strength: e.currentTarget.value })}
                />
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="lg"
                  aria-label={`Remove influence ${i + 1}`}
                  onClick={() => set({ influences: value.influences.filter((_, j) => j !== i) })}
                >
                  <IconX size={16} />
                </ActionIcon>
              </Group>
            ))}
          </Stack>
          {errors.influences && (
            <Text size="xs" c="red" mt={4} role="alert">
              {errors.influences}
            </Text>
          )}
          <Button
            mt="xs"
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} />}
            disabled={others.length === 0}
            onClick={() =>
              set({
                influences: [
                  ...value.influences,
                  backend.Influence.createFrom({ stakeholderId: 0, strength: 'medium' }),
                ],
              })
            }
          >
            Add influence
          </Button>
        </div>
      </Stack>
    </Fieldset>
  );
}
