import { Group, NativeSelect, Stack, Text } from '@mantine/core';
import { backend } from '../../../../wailsjs/go/models';

export interface RatingOption {
  value: string;
  label: string;
}

/** The choices of a scale: not rated, then each point with its label ("3 Meets expectations"). */
export function ratingOptions(scale: backend.Scale): RatingOption[] {
  return [
    { value: '0', label: '—' },
    ...Array.from({ length: scale.max - scale.min + 1 }, (_, i) => ({
      value: String(scale.min + i),
      label: `${scale.min + i} ${scale.labels[i] ?? ''}`.trim(),
    })),
  ];
}

/** Longer labels than this are cut in the closed select (the list and its tooltip show them whole). */
const widest = 34;

/**
 * A width that shows the longest label of the scale whole (issue 21 §4:
 * "3 Meets expect…"): its characters at the xs size (0.75rem; a character of
 * a wide sans face is about 0.6 of that, 0.64 leaves room for the widest
 * letters) plus the select's padding and arrow.
 */
export function ratingSelectWidth(options: RatingOption[]): string {
  const longest = Math.max(...options.map((o) => o.label.length));
  return `calc(${Math.round(Math.min(longest, widest) * 0.48 * 100) / 100}rem + 2.75rem)`;
}

/**
 * The self and the manager rating of one competency or goal, one above the
 * other so both show their labels whole even on a small screen. A rating the
 * stage keeps closed is disabled but still readable (the line above the
 * table says why).
 */
export function RatingSelects({
  label,
  options,
  self,
  manager,
  selfOpen,
  managerOpen,
  onChange,
}: {
  /** What is rated, for the selects' names: "Strategic planning" gives "Strategic planning: self rating". */
  label: string;
  options: RatingOption[];
  self: number;
  manager: number;
  selfOpen: boolean;
  managerOpen: boolean;
  onChange: (patch: { self?: number; manager?: number }) => void;
}) {
  const width = ratingSelectWidth(options);
  const one = (who: 'self' | 'manager', value: number, open: boolean) => {
    const chosen = options.find((o) => o.value === String(value))?.label;
    return (
      <Group gap={6} wrap="nowrap">
        <Text size="xs" c="dimmed" w={52} aria-hidden>
          {who === 'self' ? 'Self' : 'Manager'}
        </Text>
        <NativeSelect
          size="xs"
          w={width}
          aria-label={`${label}: ${who} rating`}
          title={chosen}
          disabled={!open}
          data={options}
          value={String(value)}
          onChange={(e) => onChange({ [who]: Number(e.currentTarget.value) })}
        />
      </Group>
    );
  };
  return (
    <Stack gap={4}>
      {one('self', self, selfOpen)}
      {one('manager', manager, managerOpen)}
    </Stack>
  );
}
