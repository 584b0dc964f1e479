import { Alert, Group, SimpleGrid, Stack } from '@mantine/core';
import { useState } from 'react';
import type { backend } from '../../../../wailsjs/go/models';
import { HeldBack, SaveStatus } from '@/components/ui/save-status';
import type { KeptDraft } from '@/lib/use-draft-editor';
import { useAppraisalEditor } from '../hooks/use-appraisal-editor';
import { AppraisalBreadcrumbs, AppraisalTitle } from './appraisal-heading';
import { AppraisalPdfDialog } from './appraisal-pdf-dialog';
import { AuditPanel } from './audit-panel';
import { CompetencyRatings } from './competency-ratings';
import { EvidencePanel } from './evidence-panel';
import { FeedbackPanel } from './feedback-panel';
import { GoalRatings } from './goal-ratings';
import { LockedNote } from './locked-note';
import { OverallRating } from './overall-rating';
import { PeerPanel } from './peer-panel';
import { ReasonDialog } from './reason-dialog';
import { ReviewTexts } from './review-texts';
import { WorkflowActions } from './workflow-actions';

/** One appraisal, laid out: its heading and actions, then ratings and texts beside the rating, evidence and audit. */
export function AppraisalEditor({
  appraisal,
  draft,
  cycle,
}: {
  appraisal: backend.Appraisal;
  draft: KeptDraft;
  cycle?: backend.Cycle;
}) {
  const { ed, part, problem, discard, adopt, moveTo, moving } = useAppraisalEditor(appraisal, draft);
  const [dialog, setDialog] = useState<'reopen' | 'ack' | null>(null);
  const [pdf, setPdf] = useState(false);
  const { value: x, locked } = part;
  return (
    <Stack onBlur={() => void ed.flush()}>
      <AppraisalBreadcrumbs appraisal={x} />
      <Group justify="space-between" align="flex-start">
        <AppraisalTitle appraisal={x} />
        <Group gap="xs">
          {!locked && <SaveStatus state={ed.state} error={ed.error} loud={ed.loud} />}
          <WorkflowActions
            status={x.status}
            locked={locked}
            moving={moving}
            onMove={moveTo}
            onAcknowledge={() => setDialog('ack')}
            onReopen={() => setDialog('reopen')}
            onPdf={() => void ed.flush().then(() => setPdf(true))}
          />
        </Group>
      </Group>
      {locked && <LockedNote appraisal={x} />}
      {problem && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
      {!locked && (
        <HeldBack loud={ed.loud} older={!!ed.older} onUseOlder={ed.useOlderDraft} onDiscard={discard} />
      )}
      {pdf && <AppraisalPdfDialog appraisal={x} onClose={() => setPdf(false)} />}
      <SimpleGrid cols={{ base: 1, xl: 3 }} spacing="lg">
        <Stack style={{ gridColumn: 'span 2' }}>
          <CompetencyRatings {...part} cycle={cycle} />
          <GoalRatings {...part} />
          <ReviewTexts {...part} />
        </Stack>
        <Stack>
          <OverallRating {...part} />
          <FeedbackPanel part={part} cycle={cycle} />
          <PeerPanel part={part} cycle={cycle} />
          <EvidencePanel appraisal={x} cycle={cycle} />
          <AuditPanel id={x.id} />
        </Stack>
      </SimpleGrid>
      {dialog && <ReasonDialog kind={dialog} id={x.id} onClose={() => setDialog(null)} onDone={adopt} />}
    </Stack>
  );
}
