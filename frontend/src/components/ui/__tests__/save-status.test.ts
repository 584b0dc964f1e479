import { describe, expect, it } from 'vitest';
import type { Problem } from '@/lib/draft-merge';
import { saveStatusText } from '../save-status';

const p = (where: string, message: string): Problem => ({ path: where, where, message, quiet: false });

describe('saveStatusText', () => {
  it('says all is saved only when nothing is held back', () => {
    expect(saveStatusText('idle', '', [])).toBe('All changes saved');
    expect(saveStatusText('idle', '', [p('Objectives, row 1', 'Give each objective a title.')])).toBe(
      'Not saved yet: Objectives, row 1',
    );
  });
  it('counts the other places that wait', () => {
    const held = [
      p('Compensation recommendation', 'A'),
      p('Compensation recommendation', 'B'),
      p('Goals, row 2', 'C'),
    ];
    expect(saveStatusText('idle', '', held)).toBe('Not saved yet: Compensation recommendation and 1 more');
  });
  it('names a field by its message when it has no place of its own', () => {
    expect(saveStatusText('idle', '', [p('', 'That date does not exist.')])).toBe(
      'Not saved yet: That date does not exist.',
    );
  });
  it('says why a save failed, and when one is on its way', () => {
    expect(saveStatusText('error', 'AccountDesk cannot be reached.', [])).toBe(
      'Not saved: AccountDesk cannot be reached.',
    );
    expect(saveStatusText('saving', '', [])).toBe('Saving…');
  });
});
