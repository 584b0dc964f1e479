import { Text } from '@mantine/core';
import { backend } from '../../../../wailsjs/go/models';
import { formatDate } from '@/lib/format';
import { overPeakText, overWhen } from '../types/over';
import warn from './warn.module.css';

/** What the allocation being entered would do, said before it is saved. */
export function AllocationPreview({
  person,
  check,
  tentative,
}: {
  person: backend.Person;
  check?: backend.AllocationCheck;
  tentative: boolean;
}) {
  const lines: string[] = [];
  if (check?.beforeStart)
    lines.push(`${person.name} starts on ${formatDate(check.personStart)}; the allocation counts from then.`);
  if (check && check.over.length > 0)
    lines.push(
      `${tentative ? 'If it is confirmed, this' : 'This'} takes ${person.name} above 100% of their time ${overWhen(check.over, '')}: ${overPeakText(check.over)}.`,
    );
  return (
    <div role="status" aria-live="polite">
      {lines.map((l) => (
        <Text key={l} size="xs" className={warn.warn} mt={4}>
          {l}
        </Text>
      ))}
    </div>
  );
}
