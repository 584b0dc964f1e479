import { Button, Checkbox, Group, NativeSelect, SegmentedControl, Text } from '@mantine/core';
import { ME, type GroupBy } from '../types/checklist';

export interface ChecklistView {
  owner: string;
  groupBy: GroupBy;
  openOnly: boolean;
}

/** The checklist's filters (owner, grouping, open only) and what can be done with it. */
export function ChecklistToolbar({
  view,
  onView,
  owners,
  me,
  closable,
  onPrint,
  onPdf,
  onCopy,
  onClose,
}: {
  view: ChecklistView;
  onView: (v: ChecklistView) => void;
  /** Every task owner's name, sorted. */
  owners: string[];
  /** The director's name, for "My tasks"; '' when Settings has none. */
  me: string;
  closable: boolean;
  onPrint: () => void;
  onPdf: () => void;
  onCopy: () => void;
  onClose: () => void;
}) {
  return (
    <Group mb="md" justify="space-between">
      <Group gap="md" align="flex-end">
        <NativeSelect
          label="Owner"
          data={[
            { value: '', label: 'Everyone' },
            ...(me ? [{ value: ME, label: `My tasks (${me})` }] : []),
            ...owners.map((n) => ({ value: n, label: n })),
          ]}
          value={view.owner}
          onChange={(e) => onView({ ...view, owner: e.currentTarget.value })}
          w={220}
        />
        <div>
          <Text size="sm" fw={500} mb={4} id="group-by-label">
            Group by
          </Text>
          <SegmentedControl
            aria-labelledby="group-by-label"
            value={view.groupBy}
            onChange={(v) => onView({ ...view, groupBy: v })}
            data={[
              { value: 'category', label: 'Category' },
              { value: 'week', label: 'Week' },
            ]}
          />
        </div>
        <Checkbox
          label="Open tasks only"
          checked={view.openOnly}
          onChange={(e) => onView({ ...view, openOnly: e.currentTarget.checked })}
          mb={8}
        />
      </Group>
      <Group gap="xs" className="no-print">
        <Button variant="default" onClick={onPrint}>
          Print
        </Button>
        <Button variant="default" onClick={onPdf}>
          Save as PDF…
        </Button>
        <Button variant="default" onClick={onCopy}>
          Copy as Markdown
        </Button>
        {closable && (
          <Button variant="default" onClick={onClose}>
            Close onboarding…
          </Button>
        )}
      </Group>
    </Group>
  );
}
