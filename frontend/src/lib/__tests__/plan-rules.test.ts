import { actionOverdue, isHighRisk, objectiveProgress, riskColor, riskScore } from '../plan-rules';

// The same cases as Go's TestObjectiveProgress (backend/plan_test.go).
describe('objective progress, as Go computes it', () => {
  it.each([
    ['halfway up', 10, 20, 15, 50],
    ['reducing a number (cost per lead)', 40, 20, 30, 50],
    ['beyond target caps at 100', 0, 10, 25, 100],
    ['going backwards floors at 0', 10, 20, 5, 0],
    ['target equals baseline and met', 5, 5, 5, 100],
    ['target equals baseline and missed', 5, 5, 4, 0],
  ])('%s', (_name, baseline, target, current, want) => {
    expect(objectiveProgress({ baseline, target, current })).toBe(want);
  });
});

describe('risk score', () => {
  it('is likelihood × impact, high from 15 as Go says', () => {
    expect(riskScore({ likelihood: 3, impact: 5 })).toBe(15);
    expect(isHighRisk(15)).toBe(true);
    expect(isHighRisk(14)).toBe(false);
    expect([riskColor(15), riskColor(8), riskColor(7)]).toEqual(['red', 'yellow', 'gray']);
  });
});

describe('action overdue', () => {
  it.each([
    ['open, due yesterday', { due: '2026-03-09', status: 'open' }, true],
    ['in progress, due yesterday', { due: '2026-03-09', status: 'in_progress' }, true],
    ['due today', { due: '2026-03-10', status: 'open' }, false],
    ['done late', { due: '2026-03-01', status: 'done' }, false],
    ['cancelled', { due: '2026-03-01', status: 'cancelled' }, false],
    ['no due date', { due: '', status: 'open' }, false],
  ])('%s', (_name, action, want) => {
    expect(actionOverdue(action, '2026-03-10')).toBe(want);
  });
});
