import { z } from 'zod';
import { isRealDate } from '@/lib/dates';
import { boundedText, limitOf } from '@/lib/limits';

// Go's limits for a feedback request (backend.PeerRequest.Validate, in
// backend/peer_feedback.go), in Go's words.
const reviewer = z.object({
  name: boundedText(
    limitOf('peerRequest', 'reviewers.name'),
    'A name is at most 120 characters.',
    z.string().trim().min(1, "Write the reviewer's name."),
  ),
  email: z
    .string()
    .trim()
    .refine(
      (v) => v === '' || /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(v),
      'That email address does not read as one, for example ana@agency.com.',
    ),
  relationship: z.enum(['peer', 'client', 'other'], 'Choose peer, client or other.'),
});

const question = z.object({
  key: z.string(),
  kind: z.enum(['rating', 'text'], 'Choose a rating or a question answered in words.'),
  text: boundedText(
    limitOf('peerRequest', 'questions.text'),
    'A question is at most 500 characters.',
    z.string().trim().min(1, 'Write the question, or remove it.'),
  ),
  competency: z.string(),
});

export const peerRequestSchema = z.object({
  due: z.string().refine((v) => isRealDate(v), 'Give the date the answers are due.'),
  anonymous: z.boolean(),
  reviewers: z
    .array(reviewer)
    .min(1, 'Add at least one reviewer.')
    .max(limitOf('peerRequest', 'reviewers').maxItems ?? 30, 'Ask at most 30 reviewers at once.'),
  questions: z
    .array(question)
    .min(1, 'Ask at least one question.')
    .max(limitOf('peerRequest', 'questions').maxItems ?? 60, 'Ask at most 60 questions.'),
  destination: z.string().trim().min(1, 'Choose the folder or WebDAV address the forms go to.'),
});

export type PeerRequestForm = z.infer<typeof peerRequestSchema>;
