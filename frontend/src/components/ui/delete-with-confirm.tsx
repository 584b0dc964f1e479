import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';

/**
 * A quiet red button for removing something that cannot be undone, and the
 * dialog that asks first (the safe choice focused). The dialog stays open,
 * the button spinning, while the removal runs; onConfirm closes nothing —
 * the caller navigates away on success.
 */
export function DeleteWithConfirm({
  label,
  title,
  children,
  keepLabel,
  confirmLabel = label,
  pending,
  onConfirm,
}: {
  label: string;
  title: string;
  children: ReactNode;
  keepLabel: string;
  confirmLabel?: string;
  pending: boolean;
  onConfirm: () => void;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Group justify="flex-end">
        <Button
          variant="subtle"
          color="red"
          leftSection={<IconTrash size={14} />}
          onClick={() => setOpen(true)}
        >
          {label}
        </Button>
      </Group>
      <Modal opened={open} onClose={() => setOpen(false)} title={title}>
        <Stack>
          <Text size="sm">{children}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)} data-autofocus>
              {keepLabel}
            </Button>
            <Button color="red" loading={pending} onClick={onConfirm}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
