import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Button, Group } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import { useState } from 'react';
import { notifySuccess } from '@/lib/notify';
import { flushAll } from '@/lib/save-registry';
import { useNewPlanVersion, useSetPlanStatus } from '../api/plans';

/** Moving a plan through review and approval, or starting its next version. */
export function StatusButtons({
  planId,
  status,
  onNewVersion,
}: {
  planId: number;
  status: string;
  onNewVersion: (id: number) => void;
}) {
  const setStatus = useSetPlanStatus();
  const newVersion = useNewPlanVersion();
  // What is still being typed is saved first: an approved plan takes no more changes.
  const move = (to: string, message: string) =>
    void flushAll().then(() =>
      setStatus.mutate({ id: planId, status: to }, { onSuccess: () => notifySuccess(message) }),
    );
  const [approving, setApproving] = useState(false);
  return (
    <Group gap="xs">
      <ConfirmDialog
        opened={approving}
        title="Approve this plan?"
        confirmLabel="Approve"
        cancelLabel="Keep editing"
        color="teal.9"
        onClose={() => setApproving(false)}
        onConfirm={() => move('approved', 'Plan approved; it is now frozen.')}
      >
        An approved plan is frozen: to change it later you make a new version of it.
      </ConfirmDialog>
      {status === 'draft' && (
        <Button size="xs" variant="default" onClick={() => move('in_review', 'Sent for review.')}>
          Send for review
        </Button>
      )}
      {status === 'in_review' && (
        <Button size="xs" variant="default" onClick={() => move('draft', 'Back to draft.')}>
          Back to draft
        </Button>
      )}
      {(status === 'draft' || status === 'in_review') && (
        <Button size="xs" color="teal.9" onClick={() => setApproving(true)}>
          Approve
        </Button>
      )}
      {status === 'approved' && (
        <>
          <Button
            size="xs"
            leftSection={<IconCopy size={14} />}
            loading={newVersion.isPending}
            onClick={() =>
              void flushAll().then(() => newVersion.mutate(planId, { onSuccess: (p) => onNewVersion(p.id) }))
            }
          >
            Edit as new version
          </Button>
          <Button size="xs" variant="default" onClick={() => move('archived', 'Plan archived.')}>
            Archive
          </Button>
        </>
      )}
    </Group>
  );
}
