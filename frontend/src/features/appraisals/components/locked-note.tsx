import { Alert } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { backend } from '../../../../wailsjs/go/models';

/** Says a finalized appraisal is locked, how to change it, and the employee's acknowledgement. */
export function LockedNote({ appraisal: x }: { appraisal: backend.Appraisal }) {
  return (
    <Alert icon={<IconLock size={16} />} color="gray" role="note">
      Finalized: this appraisal is locked. Changes need a reopen with a reason, which is kept in the audit
      trail.
      {x.ackDate
        ? ` Acknowledged by ${x.personName} on ${x.ackDate}${x.ackComment ? `: “${x.ackComment}”` : '.'}`
        : ''}
    </Alert>
  );
}
