import { useEffect } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { isAppraisalsLocked } from '@/lib/appraisals-lock';
import { useOneOnOne, useOneOnOneDraft, useStartOneOnOne } from '../api/oneonones';
import { usePeople } from '../api/team';
import { LockedNotice } from '../components/locked-notice';
import { OneOnOneEditor } from '../components/one-on-one-editor';

/** /team/:personId/one-on-ones/:oneOnOneId — one 1:1, saved as it is typed. */
export function OneOnOneRoute() {
  const params = useParams();
  const id = Number(params.oneOnOneId);
  const people = usePeople();
  const meeting = useOneOnOne(id);
  const draft = useOneOnOneDraft(id);
  if (meeting.isError && isAppraisalsLocked(meeting.error)) return <LockedNotice what="1:1s" />;
  if (people.isPending || meeting.isPending || draft.isPending) return <LoadingState />;
  if (meeting.isError) return <ErrorState error={meeting.error} onRetry={() => void meeting.refetch()} />;
  if (draft.isError) return <ErrorState error={draft.error} onRetry={() => void draft.refetch()} />;
  const person = people.data?.find((p) => p.id === meeting.data.personId);
  if (!person)
    return <ErrorState error={{ code: 'not_found', message: 'That person is no longer on the roster.' }} />;
  return <OneOnOneEditor key={meeting.data.id} meeting={meeting.data} draft={draft.data} person={person} />;
}

/**
 * /team/:personId/one-on-ones/new — opens today's 1:1 with the person (made
 * with the unchecked points of the one before) in its editor.
 */
export function NewOneOnOneRoute() {
  const personId = Number(useParams().personId);
  const start = useStartOneOnOne();
  const navigate = useNavigate();
  const { mutate } = start;
  useEffect(() => {
    mutate(personId, {
      onSuccess: (m) => void navigate(`/team/${personId}/one-on-ones/${m.id}`, { replace: true }),
    });
  }, [personId, mutate, navigate]);
  if (start.isError)
    return isAppraisalsLocked(start.error) ? (
      <LockedNotice what="1:1s" />
    ) : (
      <ErrorState error={start.error} />
    );
  return <LoadingState label="Opening the 1:1…" />;
}
