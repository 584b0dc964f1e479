import { z } from 'zod';
import { boundedNumber, boundedText, characters, limitOf, limits, rules } from '../limits';
import { limitMismatches } from '@/testing/limits';

describe('limits.json', () => {
  it('has the limits Go enforces', () => {
    expect(limitOf('account', 'retainerHoursPerMonth')).toEqual({ min: 0, max: 10000 });
    expect(limits.person.capacityHoursPerWeek).toEqual({ above: 0, max: 80 });
    expect(rules.highRiskScore).toBe(15);
  });
});

describe('the limit helpers', () => {
  const l = limitOf('stakeholder', 'influence');
  const schema = z.object({
    name: boundedText(limitOf('stakeholder', 'name'), 'Too long.', z.string()),
    influence: boundedNumber(l, 'Influence is from 1 (low) to 5 (high).'),
  });

  it('builds schemas that the checker finds in line with Go', () => {
    expect(limitMismatches(schema, 'stakeholder', { name: 'Dana', influence: 3 })).toEqual([]);
  });

  it('counts characters as Go does: an emoji is one', () => {
    expect(characters('👍')).toBe(1);
    expect(schema.safeParse({ name: '👍'.repeat(120), influence: 3 }).success).toBe(true);
  });

  it('reports a schema whose bounds differ from Go', () => {
    const loose = z.object({ name: z.string(), influence: z.number().min(0).max(5) });
    expect(limitMismatches(loose, 'stakeholder', { name: 'Dana', influence: 3 })).toEqual([
      'stakeholder.influence = 0 is accepted; Go refuses it',
      'stakeholder.name = 121 letters is accepted; Go refuses it',
    ]);
  });

  it('counts bytes where Go does: a job number of 21 é is 42 bytes, too long', () => {
    const utf16 = z.object({ number: z.string().max(40) });
    expect(limitMismatches(utf16, 'job', { number: 'J-1' })).toEqual([
      'job.number = 21 é is accepted; Go refuses it',
    ]);
    const asGo = z.object({ number: boundedText(limitOf('job', 'number'), 'Too long.', z.string()) });
    expect(limitMismatches(asGo, 'job', { number: 'J-1' })).toEqual([]);
  });

  it('checks a pattern Go checks: a period is letters, digits and . _ / - only', () => {
    const period = boundedText(limitOf('plan', 'period'), 'Too long.', z.string(), 'Name the period.');
    expect(period.safeParse('FY2027').success).toBe(true);
    expect(period.safeParse('-FY').error?.issues[0]?.message).toBe('Name the period.');
  });
});
