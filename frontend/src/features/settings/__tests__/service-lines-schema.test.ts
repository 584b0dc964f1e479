import { z } from 'zod';
import { limitMismatches } from '@/testing/limits';
import { nameTaken, serviceLineNameSchema } from '../types/service-lines-schema';

describe('service line names', () => {
  it('have Go’s limits', () => {
    expect(
      limitMismatches(z.object({ name: serviceLineNameSchema }), 'serviceLine', { name: 'Social' }),
    ).toEqual([]);
    expect(serviceLineNameSchema.safeParse('  ').success).toBe(false);
  });

  it('are unique ignoring case and spaces, as Go checks', () => {
    const lines = [{ name: 'Social' }, { name: 'PR' }];
    expect(nameTaken(lines, ' social ')).toBe(true);
    expect(nameTaken(lines, 'Social', 0)).toBe(false); // its own name, when renaming
    expect(nameTaken(lines, 'Events')).toBe(false);
  });
});
