import { describe, expect, it } from 'vitest';
import { auditLine } from '../types/audit-line';

describe('audit trail lines', () => {
  it.each([
    ['moved', 'self_review → manager_review', 'Moved: Self review → Manager review'],
    ['moved', 'calibration → finalized', 'Moved: Calibration → Finalized'],
    ['reopened', 'Calibration panel moved two ratings', 'Reopened: Calibration panel moved two ratings'],
    ['created', '', 'Created'],
  ])('%s %s reads "%s"', (action, detail, want) => {
    expect(auditLine(action, detail)).toBe(want);
  });
});
