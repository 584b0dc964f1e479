import { describe, expect, it } from 'vitest';
import { stageOpen } from '../types/appraisal-stage';

describe('stageOpen (issue 21 §3: the editor opens what the workspace accepts)', () => {
  it.each([
    ['draft', true, true],
    ['self_review', true, false],
    ['manager_review', false, true],
    ['calibration', false, true],
    ['finalized', false, false],
    ['acknowledged', false, false],
  ])('%s: self ratings open %s, manager ratings open %s', (status, self, manager) => {
    expect(stageOpen(status)).toMatchObject({ self, manager });
  });

  it('says in one plain line why ratings are closed', () => {
    expect(stageOpen('self_review').why).toBe('Manager ratings open at manager review.');
    expect(stageOpen('calibration').why).toBe(
      'The self review was sent on: move it back to self review to change self ratings.',
    );
    expect(stageOpen('draft').why).toBe('');
    expect(stageOpen('finalized').why, 'the lock has its own note').toBe('');
  });
});
