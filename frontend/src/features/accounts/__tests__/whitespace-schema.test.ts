import { z } from 'zod';
import { limitMismatches } from '@/testing/limits';
import { limitOf } from '@/lib/limits';
import { cellSchema, divisionNameSchema } from '../types/whitespace-schema';

// The cell editor and the division name refuse what Go refuses, at Go's limits.
describe('the whitespace forms have Go’s limits', () => {
  const competitor = { status: 'competitor' as const, value: 0, competitor: 'Kite & Co' };

  it('the agency’s name', () => {
    expect(limitMismatches(cellSchema, 'whitespaceCell', competitor, { fields: ['competitor'] })).toEqual([]);
  });

  it('the annual value, entered in whole units', () => {
    const max = (limitOf('whitespaceCell', 'valueMinor').max ?? 0) / 100;
    expect(cellSchema.safeParse({ ...competitor, value: max }).success).toBe(true);
    expect(cellSchema.safeParse({ ...competitor, value: max + 1 }).success).toBe(false);
    expect(cellSchema.safeParse({ ...competitor, value: -1 }).success).toBe(false);
  });

  it('a competitor cell names the agency; other cells need not', () => {
    const r = cellSchema.safeParse({ ...competitor, competitor: '  ' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('Name the agency that does this work.');
    expect(cellSchema.safeParse({ status: 'current', value: 5, competitor: '' }).success).toBe(true);
    expect(cellSchema.safeParse({ status: '', value: 0, competitor: '' }).success).toBe(true);
  });

  it('a division’s name', () => {
    expect(limitMismatches(z.object({ name: divisionNameSchema }), 'division', { name: 'Consumer' })).toEqual(
      [],
    );
    expect(divisionNameSchema.safeParse(' ').success).toBe(false);
  });
});
