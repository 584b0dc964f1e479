import { Alert, Button, Group, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { describeProblem, type Problem } from '@/lib/draft-merge';
import type { EditorState } from '@/lib/use-draft-editor';
import classes from './save-status.module.css';

/** The save state in words, for the role="status" line of an editor. */
export function saveStatusText(state: EditorState, error: string, loud: Problem[]): string {
  if (state === 'error') return `Not saved: ${error}`;
  if (state === 'pending' || state === 'saving') return 'Saving…';
  if (loud.length > 0) {
    // Where, in short: the reasons are under the fields and in the draft's list.
    const first = loud[0]!.where || loud[0]!.message;
    const more = new Set(loud.map((p) => p.where || p.message)).size - 1;
    return `Not saved yet: ${first}${more > 0 ? ` and ${more} more` : ''}`;
  }
  return 'All changes saved';
}

/** The status line: plain when saved, orange while something is held back, red on failure. */
export function SaveStatus({ state, error, loud }: { state: EditorState; error: string; loud: Problem[] }) {
  const held = state !== 'error' && state !== 'pending' && state !== 'saving' && loud.length > 0;
  return (
    <Text
      size="sm"
      role="status"
      c={state === 'error' || held ? undefined : 'dimmed'}
      className={state === 'error' ? classes.failed : held ? classes.held : undefined}
    >
      {saveStatusText(state, error, loud)}
    </Text>
  );
}

/**
 * What is kept as a draft and why, with the way to throw it away. Shown
 * while anything is held back; `older` offers a draft that was kept on an
 * earlier copy of the record.
 */
export function HeldBack({
  loud,
  onDiscard,
  older,
  onUseOlder,
}: {
  loud: Problem[];
  onDiscard: () => void;
  older?: boolean;
  onUseOlder?: () => void;
}) {
  if (older) {
    return (
      <Alert
        color="orange"
        variant="light"
        icon={<IconAlertTriangle size={16} />}
        title="Unsaved changes were kept from earlier"
        role="alert"
        classNames={{ title: classes.title }}
      >
        <Text size="sm">
          They were made before this was changed elsewhere, so they are not shown yet. Take them back to go on
          with them, or discard them.
        </Text>
        <Group gap="xs" mt="xs">
          <Button size="xs" variant="light" color="orange" onClick={onUseOlder}>
            Take them back
          </Button>
          <Button size="xs" variant="subtle" color="gray" onClick={onDiscard}>
            Discard them
          </Button>
        </Group>
      </Alert>
    );
  }
  if (loud.length === 0) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconAlertTriangle size={16} />}
      title="Kept as a draft, not saved yet"
      role="alert"
      classNames={{ title: classes.title }}
    >
      <Text size="sm">Everything else is saved. These save themselves once they are complete:</Text>
      <List size="sm" mt={4}>
        {loud.map((p) => (
          <List.Item key={p.path}>{describeProblem(p)}</List.Item>
        ))}
      </List>
      <Button size="xs" variant="subtle" color="gray" mt="xs" onClick={onDiscard}>
        Discard the draft
      </Button>
    </Alert>
  );
}
