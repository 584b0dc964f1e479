import type { backend } from '../../../../wailsjs/go/models';
import { formatDate } from '@/lib/format';
import { stageOpen } from './appraisal-stage';

const kindWords: Record<string, string> = {
  praise: 'praise',
  concern: 'concern',
  coaching: 'coaching',
  client_feedback: 'client feedback',
};

/** A note as quoted in an appraisal: its words, then where and when they come from. */
export function noteQuote(n: backend.FeedbackNote): string {
  if (n.oneOnOneId) return `“${n.text}” (noted in the 1:1 of ${formatDate(n.date)})`;
  const source = [`${kindWords[n.kind] ?? n.kind} note`, n.accountName, formatDate(n.date)].filter(Boolean);
  return `“${n.text}” (${source.join(', ')})`;
}

/** A 1:1 action as quoted in an appraisal, with the 1:1 it was agreed in. */
export function actionQuote(a: backend.ActionItem): string {
  return `“${a.action.text}” (action from the 1:1 of ${formatDate(a.date)}${a.action.done ? ', done' : ''})`;
}

const append = (text: string, quote: string) => (text.trim() ? `${text.trimEnd()}\n${quote}` : quote);

/** Where a quote goes, in words, for the button's accessible name. */
export type QuoteTarget = { field: 'competency'; key: string } | { field: 'strengths' | 'developmentAreas' };

/**
 * Where a quote goes: beside the competency the note concerns (its manager's
 * comment, while manager comments are open); otherwise praise and client
 * feedback into strengths, concerns, coaching and 1:1 actions into
 * development areas.
 */
export function quoteTarget(x: backend.Appraisal, kind: string, competency: string): QuoteTarget {
  if (competency && stageOpen(x.status).manager && x.competencies.some((r) => r.key === competency))
    return { field: 'competency', key: competency };
  return { field: kind === 'praise' || kind === 'client_feedback' ? 'strengths' : 'developmentAreas' };
}

/** The change that quotes text at target; the text already there is kept. */
export function quotePatch(
  x: backend.Appraisal,
  target: QuoteTarget,
  quote: string,
): Partial<backend.Appraisal> {
  if (target.field === 'competency')
    return {
      competencies: x.competencies.map<backend.Rating>((r) =>
        r.key === target.key ? { ...r, managerComment: append(r.managerComment, quote) } : r,
      ),
    };
  return { [target.field]: append(x[target.field], quote) };
}

/** True when the quote is in the appraisal already (so it is not quoted twice). */
export function quoted(x: backend.Appraisal, quote: string): boolean {
  return [x.strengths, x.developmentAreas, ...x.competencies.map((r) => r.managerComment)].some((t) =>
    t.includes(quote),
  );
}

/**
 * A peer comment as quoted in an appraisal: its words, then its source. An
 * anonymous comment names no one, so quoting it keeps the anonymity rule.
 */
export function peerQuote(c: backend.PeerComment, r: backend.PeerResults): string {
  const source = c.by ? `${c.by}, ${c.relationship} feedback` : 'anonymous peer feedback';
  return `“${c.text}” (${source}, due ${formatDate(r.due)})`;
}
