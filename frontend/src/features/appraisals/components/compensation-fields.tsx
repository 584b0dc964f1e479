import { Group, NativeSelect, NumberInput, Textarea, TextInput, Title } from '@mantine/core';
import { num, type EditorPart } from '../types/appraisal-editor';

const kinds = [
  { value: 'none', label: 'No change' },
  { value: 'merit', label: 'Merit increase' },
  { value: 'promotion', label: 'Promotion' },
  { value: 'bonus', label: 'Bonus' },
];

/** The compensation recommendation: its kind, what each kind needs (%, role, amount), and why. */
export function CompensationFields({ value: x, change, locked, error }: EditorPart) {
  const c = x.compensation;
  const set = (patch: Partial<typeof c>) => change({ compensation: { ...c, ...patch } });
  return (
    <>
      <Title order={3} fz="sm" mt="md" mb={4}>
        Compensation recommendation
      </Title>
      <Group grow align="flex-start">
        <NativeSelect
          label="Recommendation"
          disabled={locked}
          data={kinds}
          value={c.kind}
          onChange={(e) => set({ kind: e.currentTarget.value })}
        />
        {c.kind === 'merit' && (
          <NumberInput
            label="Merit increase (%)"
            hideControls
            clampBehavior="none"
            readOnly={locked}
            error={error('compensation.meritPct')}
            value={Number.isFinite(c.meritPct) ? c.meritPct : ''}
            onChange={(v) => set({ meritPct: num(v) })}
          />
        )}
        {c.kind === 'promotion' && (
          <TextInput
            label="Promotion to"
            readOnly={locked}
            error={error('compensation.promotionRole')}
            value={c.promotionRole}
            onChange={(e) => set({ promotionRole: e.currentTarget.value })}
          />
        )}
        {c.kind === 'bonus' && (
          <NumberInput
            label="Bonus"
            hideControls
            clampBehavior="none"
            readOnly={locked}
            error={error('compensation.bonusMinor')}
            value={Number.isFinite(c.bonusMinor) ? c.bonusMinor / 100 : ''}
            onChange={(v) => set({ bonusMinor: Math.round(num(v) * 100) })}
          />
        )}
      </Group>
      {c.kind !== 'none' && (
        <Textarea
          mt="xs"
          label="Justification"
          autosize
          minRows={2}
          readOnly={locked}
          error={error('compensation.justification')}
          value={c.justification}
          onChange={(e) => set({ justification: e.currentTarget.value })}
        />
      )}
    </>
  );
}
