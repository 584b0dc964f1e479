import { useParams } from 'react-router';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { useAppraisal, useAppraisalDraft, useCycles } from '../api/appraisals';
import { AppraisalEditor } from '../components/appraisal-editor';
import { AppraisalsGate } from '../components/appraisals-gate';

/** /appraisals/:appraisalId — one person's appraisal, behind the passphrase gate. */
export function AppraisalRoute() {
  return (
    <AppraisalsGate>
      <AppraisalRoutePage />
    </AppraisalsGate>
  );
}

function AppraisalRoutePage() {
  const id = Number(useParams().appraisalId);
  const a = useAppraisal(id);
  const draft = useAppraisalDraft(id);
  const cycles = useCycles();
  if (a.isPending || cycles.isPending || draft.isPending) return <LoadingState />;
  if (a.isError) return <ErrorState error={a.error} onRetry={() => void a.refetch()} />;
  if (draft.isError) return <ErrorState error={draft.error} onRetry={() => void draft.refetch()} />;
  const cycle = cycles.data?.find((c) => c.id === a.data.cycleId);
  return <AppraisalEditor key={a.data.id} appraisal={a.data} draft={draft.data} cycle={cycle} />;
}
