import { Button } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';

/** The moves each stage offers, forward first. */
const moves: Record<string, { to: string; label: string }[]> = {
  draft: [{ to: 'self_review', label: 'Start self review' }],
  self_review: [{ to: 'manager_review', label: 'Send to manager review' }],
  manager_review: [
    { to: 'calibration', label: 'Send to calibration' },
    { to: 'self_review', label: 'Back to self review' },
  ],
  calibration: [
    { to: 'finalized', label: 'Finalize' },
    { to: 'manager_review', label: 'Back to manager review' },
  ],
};

/**
 * What can be done with the appraisal at its stage: move it on or back
 * (finalizing asks first: it locks), record the acknowledgement, reopen,
 * save as PDF.
 */
export function WorkflowActions({
  status,
  locked,
  moving,
  onMove,
  onAcknowledge,
  onReopen,
  onPdf,
}: {
  status: string;
  locked: boolean;
  moving: boolean;
  onMove: (to: string) => void;
  onAcknowledge: () => void;
  onReopen: () => void;
  onPdf: () => void;
}) {
  const [finalizing, setFinalizing] = useState(false);
  return (
    <>
      {(moves[status] ?? []).map((f) => (
        <Button
          key={f.to}
          size="xs"
          variant={f.to === 'finalized' ? 'filled' : 'default'}
          onClick={() => (f.to === 'finalized' ? setFinalizing(true) : onMove(f.to))}
          loading={moving}
        >
          {f.label}
        </Button>
      ))}
      <ConfirmDialog
        opened={finalizing}
        title="Finalize this appraisal?"
        confirmLabel="Finalize"
        cancelLabel="Not yet"
        onClose={() => setFinalizing(false)}
        onConfirm={() => onMove('finalized')}
      >
        A finalized appraisal is locked. Changing it afterwards needs a reopen with a reason, which is kept in
        the audit trail.
      </ConfirmDialog>
      {status === 'finalized' && (
        <Button size="xs" variant="default" onClick={onAcknowledge}>
          Record acknowledgement
        </Button>
      )}
      {locked && (
        <Button size="xs" color="orange" variant="light" onClick={onReopen}>
          Reopen…
        </Button>
      )}
      <Button size="xs" variant="default" leftSection={<IconFileTypePdf size={14} />} onClick={onPdf}>
        Save as PDF…
      </Button>
    </>
  );
}
