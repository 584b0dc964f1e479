import { Button } from '@mantine/core';
import { IconQuote } from '@tabler/icons-react';
import type { backend } from '../../../../wailsjs/go/models';
import { quotePatch, quoteTarget, quoted } from '../types/quote';

/**
 * "Quote in this appraisal" for one piece of the period's feedback: the quote
 * goes where quoteTarget puts it (the competency's manager comment, else
 * strengths or development areas), once; the button's name says what and where.
 */
export function QuoteButton({
  x,
  quote,
  kind,
  competency,
  what,
  names,
  locked,
  change,
}: {
  x: backend.Appraisal;
  quote: string;
  kind: string;
  competency: string;
  /** The quoted thing in words, for the button's name: "the note of 3 Nov 2026". */
  what: string;
  /** Competency names by key. */
  names: ReadonlyMap<string, string>;
  locked: boolean;
  change: (patch: Partial<backend.Appraisal>) => void;
}) {
  const target = quoteTarget(x, kind, competency);
  const where =
    target.field === 'competency'
      ? `${names.get(target.key) ?? target.key}: manager's comment`
      : target.field === 'strengths'
        ? 'Strengths'
        : 'Development areas';
  const done = quoted(x, quote);
  return (
    <Button
      size="compact-xs"
      variant="subtle"
      leftSection={<IconQuote size={12} />}
      disabled={locked || done}
      aria-label={done ? `Quoted: ${what}, in ${where}` : `Quote in this appraisal: ${what}, in ${where}`}
      onClick={() => change(quotePatch(x, target, quote))}
    >
      {done ? 'Quoted' : 'Quote in this appraisal'}
    </Button>
  );
}
