import { Badge, Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { IconMailForward, IconUpload } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import type { backend } from '../../../../wailsjs/go/models';
import { formatDate } from '@/lib/format';
import { DeleteWithConfirm } from '@/components/ui/delete-with-confirm';
import { useDeletePeerRequest, usePeerEmails, usePeerRequests, usePeerResults } from '../api/peer-feedback';
import type { EditorPart } from '../types/appraisal-editor';
import { peerQuote } from '../types/quote';
import { QuoteButton } from './quote-button';
import { PeerAskDialog, PeerEmails } from './peer-ask-dialog';
import { PeerCollectDialog } from './peer-collect-dialog';

const statusColor: Record<string, string> = { sent: 'gray', answered: 'teal', overdue: 'red' };
const statusWord: Record<string, string> = { sent: 'sent', answered: 'answered', overdue: 'overdue' };

/**
 * Peer and 360 feedback of the cycle: ask reviewers, see where each stands,
 * add their responses, and read the answers beside the competencies as the
 * person may see them (anonymous: averages and unnamed comments, from three
 * answers), each comment with "Quote in this appraisal".
 */
export function PeerPanel({ part, cycle }: { part: EditorPart; cycle?: backend.Cycle }) {
  const { value: x, change, locked } = part;
  const requests = usePeerRequests(x.personId);
  const results = usePeerResults(x.personId, x.cycleId);
  const [dialog, setDialog] = useState<'ask' | 'collect' | null>(null);
  const [emailsOf, setEmailsOf] = useState(0);
  const remove = useDeletePeerRequest(x.personId);
  const mine = (requests.data ?? []).filter((r) => r.cycleId === x.cycleId);
  const names = new Map((cycle?.competencies ?? []).map((c) => [c.key, c.name]));

  const quoteButton = (c: backend.PeerComment, r: backend.PeerResults, q: backend.PeerQuestionResult) => (
    <QuoteButton
      {...{ x, names, locked, change }}
      quote={peerQuote(c, r)}
      kind="praise"
      competency={q.competency}
      what={`“${c.text}”`}
    />
  );

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Peer feedback">
      <Group justify="space-between" align="flex-start" mb={4}>
        <Title order={2} fz="md">
          Peer feedback
        </Title>
        <Group gap={6}>
          <Button
            size="compact-sm"
            variant="light"
            leftSection={<IconMailForward size={14} />}
            onClick={() => setDialog('ask')}
          >
            Ask for feedback
          </Button>
          <Button
            size="compact-sm"
            variant="default"
            leftSection={<IconUpload size={14} />}
            disabled={mine.length === 0}
            onClick={() => setDialog('collect')}
          >
            Add responses
          </Button>
        </Group>
      </Group>
      <Text size="xs" c="dimmed" mb="xs">
        What colleagues and clients said about {x.personName} for this cycle, as {x.personName.split(' ')[0]}{' '}
        may see it.
      </Text>
      {requests.isError && (
        <Text size="sm" c="red">
          The feedback requests could not be read.
        </Text>
      )}
      {requests.isSuccess && mine.length === 0 && (
        <Text size="sm" c="dimmed">
          No feedback asked for yet. Ask colleagues or a client: each gets a form to fill in their browser.
        </Text>
      )}
      <Stack gap="md">
        {mine.map((req) => {
          const res = results.data?.find((r) => r.requestId === req.id);
          return (
            <Stack
              key={req.id}
              gap={6}
              component="section"
              aria-label={`Feedback asked ${formatDate(req.created.slice(0, 10))}`}
            >
              <Group justify="space-between" gap={4}>
                <Text size="xs" c="dimmed">
                  Asked {formatDate(req.created.slice(0, 10))} · due {formatDate(req.due)} ·{' '}
                  {req.anonymous ? 'anonymous' : 'with names'}
                </Text>
                <Button size="compact-xs" variant="subtle" onClick={() => setEmailsOf(req.id)}>
                  Email texts
                </Button>
              </Group>
              <Group gap={6} aria-label="Where each reviewer stands">
                {req.reviewers.map((v) => (
                  <Badge key={v.id} variant="light" color={statusColor[v.status]} tt="none">
                    {v.name}: {statusWord[v.status] ?? v.status}
                  </Badge>
                ))}
              </Group>
              {res && <PeerAnswers res={res} names={names} quoteButton={quoteButton} />}
              <DeleteWithConfirm
                label="Remove this request"
                title="Remove this feedback request?"
                keepLabel="Keep it"
                pending={remove.isPending}
                onConfirm={() => remove.mutate(req.id)}
              >
                The request and the {req.reviewers.filter((v) => v.status === 'answered').length} responses
                counted are removed from AccountDesk. Forms already sent can no longer be added. This cannot
                be undone.
              </DeleteWithConfirm>
            </Stack>
          );
        })}
      </Stack>
      {dialog === 'ask' && <PeerAskDialog appraisal={x} onClose={() => setDialog(null)} />}
      {dialog === 'collect' && <PeerCollectDialog personId={x.personId} onClose={() => setDialog(null)} />}
      {emailsOf !== 0 && <EmailsDialog id={emailsOf} onClose={() => setEmailsOf(0)} />}
    </Paper>
  );
}

function PeerAnswers({
  res,
  names,
  quoteButton,
}: {
  res: backend.PeerResults;
  names: Map<string, string>;
  quoteButton: (c: backend.PeerComment, r: backend.PeerResults, q: backend.PeerQuestionResult) => ReactNode;
}) {
  if (res.withheld)
    return (
      <Text size="sm">
        {res.answered} of {res.asked} answered. Anonymous answers are shown once at least 3 have answered.
      </Text>
    );
  const answered = res.questions.filter((q) => q.count > 0 || q.comments.length > 0);
  if (answered.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No answers yet.
      </Text>
    );
  return (
    <Stack gap="xs">
      {answered.map((q) => (
        <div key={q.key}>
          <Text size="xs" fw={700} tt="uppercase" c="dimmed">
            {(q.competency && names.get(q.competency)) || q.text}
          </Text>
          {q.count > 0 && (
            <Text size="sm">
              Average <b>{q.mean.toFixed(2)}</b> from {q.count} {q.count === 1 ? 'rating' : 'ratings'}
            </Text>
          )}
          {q.comments.map((c, i) => (
            <div key={i}>
              {c.by && (
                <Text size="xs" c="dimmed">
                  {c.by} ({c.relationship}
                  {c.rating > 0 && `, rated ${c.rating}`})
                </Text>
              )}
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {c.text}
              </Text>
              {quoteButton(c, res, q)}
            </div>
          ))}
        </div>
      ))}
    </Stack>
  );
}

function EmailsDialog({ id, onClose }: { id: number; onClose: () => void }) {
  const emails = usePeerEmails(id);
  return (
    <Modal opened onClose={onClose} title="Email texts for the reviewers" size="xl">
      {emails.isPending && <Text size="sm">Loading…</Text>}
      {emails.isError && (
        <Text size="sm" c="red">
          The email texts could not be made.
        </Text>
      )}
      {emails.data && <PeerEmails emails={emails.data} />}
    </Modal>
  );
}
