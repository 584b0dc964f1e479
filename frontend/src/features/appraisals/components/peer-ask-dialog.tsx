import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { app, backend } from '../../../../wailsjs/go/models';
import { ChooseFolderButton } from '@/components/ui/save-pdf-dialog';
import { DateField } from '@/components/ui/date-field';
import { copyText } from '@/lib/clipboard';
import { toAppError } from '@/lib/errors';
import { formatDate } from '@/lib/format';
import { notifySuccess } from '@/lib/notify';
import { peerTarget, useAskPeers, usePeerQuestions } from '../api/peer-feedback';
import { peerRequestSchema } from '../types/peer-schema';

type Reviewer = { name: string; email: string; relationship: string };
const blank = (): Reviewer => ({ name: '', email: '', relationship: 'peer' });
const relationships = [
  { value: 'peer', label: 'Peer' },
  { value: 'client', label: 'Client' },
  { value: 'other', label: 'Other' },
];

/** "Ask for feedback": who, what, by when, anonymous or not, and where the forms go. */
export function PeerAskDialog({
  appraisal: x,
  onClose,
}: {
  appraisal: backend.Appraisal;
  onClose: () => void;
}) {
  const defaults = usePeerQuestions(x.cycleId);
  const ask = useAskPeers(x.personId);
  const [reviewers, setReviewers] = useState<Reviewer[]>([blank(), blank(), blank()]);
  const [left, setLeft] = useState<Set<string>>(new Set());
  const [free, setFree] = useState<string[]>([]);
  const [due, setDue] = useState('');
  const [anonymous, setAnonymous] = useState(true);
  const [destination, setDestination] = useState('');
  const [user, setUser] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [sent, setSent] = useState<app.PeerSent | null>(null);
  const first = x.personName.split(' ')[0] || x.personName;

  const setReviewer = (i: number, patch: Partial<Reviewer>) =>
    setReviewers((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const asked = (defaults.data ?? []).filter((q) => !left.has(q.key));
    const questions = [...asked, ...free.map((text) => ({ key: '', kind: 'text', text, competency: '' }))];
    const typed = reviewers.filter((r) => r.name.trim() || r.email.trim());
    const parsed = peerRequestSchema.safeParse({ due, anonymous, reviewers: typed, questions, destination });
    if (!parsed.success) {
      const found: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const path = issue.path.join('.');
        found[path] ??= issue.message;
      }
      return setErrors(found);
    }
    setErrors({});
    const v = parsed.data;
    const request = backend.PeerRequest.createFrom({
      personId: x.personId,
      cycleId: x.cycleId,
      due: v.due,
      anonymous: v.anonymous,
      reviewers: v.reviewers,
      questions: v.questions,
    });
    ask.mutate(
      { request, target: peerTarget(v.destination, user) },
      {
        onSuccess: (s) => setSent(s),
        onError: (err) => {
          const a = toAppError(err);
          setErrors({ [a.field || 'form']: a.message });
        },
      },
    );
  };

  if (sent) return <PeerSentView sent={sent} onClose={onClose} />;
  const err = (path: string) => errors[path] || undefined;
  const web = /^https?:/i.test(destination.trim());
  return (
    <Modal opened onClose={onClose} title={`Ask for feedback about ${x.personName}`} size="xl">
      <Stack component="form" onSubmit={submit} gap="md">
        <Text size="sm">
          AccountDesk writes one form per reviewer. They open it in their browser, answer and press Save;
          their browser saves a small file they send back to you. Nothing is sent anywhere by AccountDesk or
          the form.
        </Text>
        <Title order={3} fz="sm">
          Reviewers
        </Title>
        {err('reviewers') && (
          <Text size="sm" c="red" role="alert">
            {err('reviewers')}
          </Text>
        )}
        {reviewers.map((r, i) => (
          <Group key={i} align="flex-start" wrap="nowrap" gap="xs">
            <TextInput
              style={{ flex: 1.75 }}
              label={`Reviewer ${i + 1}: name`}
              value={r.name}
              onChange={(e) => setReviewer(i, { name: e.currentTarget.value })}
              error={err(`reviewers.${i}.name`)}
              data-autofocus={i === 0 || undefined}
            />
            <TextInput
              style={{ flex: 1.75 }}
              label={`Reviewer ${i + 1}: email (optional)`}
              value={r.email}
              onChange={(e) => setReviewer(i, { email: e.currentTarget.value })}
              error={err(`reviewers.${i}.email`)}
            />
            <Select
              style={{ flex: 1.5 }}
              label={`Reviewer ${i + 1}: relationship`}
              data={relationships}
              value={r.relationship}
              allowDeselect={false}
              onChange={(v) => setReviewer(i, { relationship: v ?? 'peer' })}
              error={err(`reviewers.${i}.relationship`)}
            />
            <ActionIcon
              mt={26}
              variant="subtle"
              color="red"
              aria-label={`Remove reviewer ${i + 1}`}
              disabled={reviewers.length === 1}
              onClick={() => setReviewers((rs) => rs.filter((_, j) => j !== i))}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() => setReviewers((rs) => [...rs, blank()])}
          >
            Add a reviewer
          </Button>
        </Group>

        <Title order={3} fz="sm">
          Questions
        </Title>
        <Text size="xs" c="dimmed">
          Each competency is rated on the cycle’s scale, with a comment. Untick those a reviewer cannot judge.
        </Text>
        {err('questions') && (
          <Text size="sm" c="red" role="alert">
            {err('questions')}
          </Text>
        )}
        <Stack gap={4}>
          {(defaults.data ?? []).map((q) => (
            <Checkbox
              key={q.key}
              label={q.text}
              checked={!left.has(q.key)}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                setLeft((s) => {
                  const n = new Set(s);
                  if (on) n.delete(q.key);
                  else n.add(q.key);
                  return n;
                });
              }}
            />
          ))}
        </Stack>
        {free.map((text, i) => {
          const at = (defaults.data ?? []).filter((q) => !left.has(q.key)).length + i;
          return (
            <Group key={i} align="flex-start" wrap="nowrap" gap="xs">
              <Textarea
                style={{ flex: 1 }}
                autosize
                minRows={1}
                label={`Question ${i + 1}, answered in words`}
                value={text}
                onChange={(e) => {
                  const v = e.currentTarget.value;
                  setFree((f) => f.map((t, j) => (j === i ? v : t)));
                }}
                error={err(`questions.${at}.text`)}
              />
              <ActionIcon
                mt={26}
                variant="subtle"
                color="red"
                aria-label={`Remove question ${i + 1}`}
                onClick={() => setFree((f) => f.filter((_, j) => j !== i))}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          );
        })}
        <Group>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() => setFree((f) => [...f, ''])}
          >
            Add a question
          </Button>
        </Group>

        <Group align="flex-start" grow>
          <DateField
            label="Answers due by"
            value={due}
            onChange={setDue}
            onBadInput={(m) => setErrors((e) => ({ ...e, due: m ?? '' }))}
            error={err('due')}
          />
          <Switch
            mt={30}
            label={`Anonymous toward ${first}`}
            description={`${first} sees only averages and comments without names, once at least 3 have answered.`}
            checked={anonymous}
            onChange={(e) => setAnonymous(e.currentTarget.checked)}
          />
        </Group>
        <Group align="flex-end" wrap="nowrap">
          <TextInput
            style={{ flex: 1 }}
            label="Write the forms to"
            description="A folder (a shared or synced one works) or a WebDAV address."
            placeholder="/home/you/Feedback"
            value={destination}
            onChange={(e) => setDestination(e.currentTarget.value)}
            error={err('destination') ?? err('to') ?? err('folder')}
          />
          <ChooseFolderButton
            title="Where the feedback forms go"
            onChosen={setDestination}
            onError={(m) => setErrors({ destination: m })}
          />
        </Group>
        {web && (
          <TextInput
            label="WebDAV user name"
            description="The password remembered for this address on the Exports screen is used."
            value={user}
            onChange={(e) => setUser(e.currentTarget.value)}
          />
        )}
        {errors.form && (
          <Alert color="red" role="alert">
            {errors.form}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={ask.isPending}>
            Write the forms
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Where the forms went, and the email text for each reviewer, ready to copy. */
export function PeerSentView({ sent, onClose }: { sent: app.PeerSent; onClose: () => void }) {
  return (
    <Modal opened onClose={onClose} title="The forms are written" size="xl">
      <Stack gap="md">
        <Text size="sm">
          {sent.files.length} {sent.files.length === 1 ? 'form is' : 'forms are'} in <b>{sent.where}</b>. Send
          each reviewer their own form (attach it, or point them to the shared folder) with the email text
          below. Answers are due by {formatDate(sent.request.due)}.
        </Text>
        <PeerEmails emails={sent.emails} />
        <Group justify="flex-end">
          <Button onClick={onClose}>Done</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Each reviewer's ready email: to, subject, body and the form to attach, with Copy. */
export function PeerEmails({
  emails,
}: {
  emails: { reviewer: string; to: string; form: string; subject: string; body: string }[];
}) {
  return (
    <Stack gap="sm">
      {emails.map((m) => (
        <Stack key={m.form} gap={4} component="section" aria-label={`Email to ${m.reviewer}`}>
          <Group justify="space-between">
            <Text size="sm" fw={600}>
              {m.reviewer}
              {m.to && ` <${m.to}>`}
            </Text>
            <Button
              size="compact-xs"
              variant="light"
              aria-label={`Copy the email to ${m.reviewer}`}
              onClick={() =>
                void copyText(`Subject: ${m.subject}\n\n${m.body}`).then(() =>
                  notifySuccess(`The email to ${m.reviewer} is copied.`),
                )
              }
            >
              Copy
            </Button>
          </Group>
          <Text size="xs" c="dimmed">
            Attach: {m.form} · Subject: {m.subject}
          </Text>
          <Textarea
            readOnly
            autosize
            minRows={3}
            maxRows={8}
            value={m.body}
            aria-label={`Email text for ${m.reviewer}`}
          />
        </Stack>
      ))}
    </Stack>
  );
}
