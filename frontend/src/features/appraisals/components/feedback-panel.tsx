import { Badge, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { backend } from '../../../../wailsjs/go/models';
import { formatDate } from '@/lib/format';
import { usePeriodFeedback } from '../api/appraisals';
import type { EditorPart } from '../types/appraisal-editor';
import { actionQuote, noteQuote } from '../types/quote';
import { QuoteButton } from './quote-button';

const kindLabel: Record<string, string> = {
  praise: 'Praise',
  concern: 'Concern',
  coaching: 'Coaching',
  client_feedback: 'Client feedback',
};
const kindColor: Record<string, string> = {
  praise: 'teal',
  concern: 'red',
  coaching: 'blue',
  client_feedback: 'grape',
};

/**
 * The feedback notes and 1:1 actions of the cycle's period, grouped by the
 * competency they concern, each with "Quote in this appraisal" (the quote
 * keeps its source and date). 1:1 private notes are never here.
 */
export function FeedbackPanel({ part, cycle }: { part: EditorPart; cycle?: backend.Cycle }) {
  const { value: x, change, locked } = part;
  const feedback = usePeriodFeedback(x.personId, cycle?.periodFrom ?? '', cycle?.periodTo ?? '');
  const names = new Map((cycle?.competencies ?? []).map((c) => [c.key, c.name]));
  const notes = feedback.data?.notes ?? [];
  const actions = feedback.data?.actions ?? [];
  const groups = new Map<string, backend.FeedbackNote[]>();
  for (const n of notes) {
    const k = names.has(n.competency) ? n.competency : '';
    groups.set(k, [...(groups.get(k) ?? []), n]);
  }
  const order = [...(cycle?.competencies ?? []).map((c) => c.key), ''].filter((k) => groups.has(k));
  const quoteButton = (quote: string, kind: string, competency: string, what: string) => (
    <QuoteButton {...{ x, quote, kind, competency, what, names, locked, change }} />
  );
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Feedback from the period">
      <Title order={2} fz="md">
        Feedback from the period
      </Title>
      <Text size="xs" c="dimmed" mb="xs">
        Notes and 1:1 actions from {formatDate(cycle?.periodFrom)} to {formatDate(cycle?.periodTo)}. Private
        1:1 notes are never shown here.
      </Text>
      {feedback.isPending && !!cycle && <Text size="sm">Loading…</Text>}
      {feedback.isError && (
        <Text size="sm" c="red">
          The feedback notes could not be read.
        </Text>
      )}
      {feedback.isSuccess && notes.length === 0 && actions.length === 0 && (
        <Text size="sm" c="dimmed">
          No feedback note or 1:1 action in this period.
        </Text>
      )}
      <Stack gap="sm">
        {order.map((k) => (
          <Group key={k || 'other'} gap={4} align="stretch" style={{ flexDirection: 'column' }}>
            <Text size="xs" fw={700} tt="uppercase" c="dimmed">
              {k ? names.get(k) : 'Not tied to a competency'}
            </Text>
            {groups.get(k)!.map((n) => (
              <Item
                key={n.id}
                head={
                  <>
                    <Badge size="xs" variant="light" color={kindColor[n.kind]}>
                      {kindLabel[n.kind] ?? n.kind}
                    </Badge>
                    <Text size="xs" c="dimmed">
                      {formatDate(n.date)}
                      {n.accountName && ` · ${n.accountName}`}
                    </Text>
                  </>
                }
                text={n.text}
                action={quoteButton(noteQuote(n), n.kind, n.competency, `the note of ${formatDate(n.date)}`)}
              />
            ))}
          </Group>
        ))}
        {actions.length > 0 && (
          <>
            {order.length > 0 && <Divider />}
            <Text size="xs" fw={700} tt="uppercase" c="dimmed">
              1:1 actions
            </Text>
            {actions.map((a) => (
              <Item
                key={`${a.oneOnOneId}-${a.action.key}`}
                head={
                  <Text size="xs" c="dimmed">
                    1:1 of {formatDate(a.date)} · {a.action.done ? 'done' : 'open'}
                  </Text>
                }
                text={a.action.text}
                action={quoteButton(actionQuote(a), 'coaching', '', `the action of ${formatDate(a.date)}`)}
              />
            ))}
          </>
        )}
      </Stack>
    </Paper>
  );
}

function Item({ head, text, action }: { head: ReactNode; text: string; action: ReactNode }) {
  return (
    <div>
      <Group gap={6}>{head}</Group>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {text}
      </Text>
      {action}
    </div>
  );
}
