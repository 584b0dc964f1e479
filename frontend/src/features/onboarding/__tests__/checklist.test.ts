import { describe, expect, it } from 'vitest';
import { backend } from '../../../../wailsjs/go/models';
import { checklistMarkdown } from '../types/checklist';

describe('checklist as Markdown', () => {
  it('groups tasks by category with ticks, owners and due dates', () => {
    const o = backend.Onboarding.createFrom({
      personName: 'Riley Quinn',
      startDate: '2026-12-01',
      buddyName: 'Sofia',
      managerName: 'Aisha',
      tasks: [
        {
          title: 'Laptop ready',
          category: 'before_day_one',
          ownerName: 'IT',
          due: '2026-11-24',
          state: 'done',
          optional: false,
        },
        {
          title: 'Meet creative',
          category: 'intro_meetings',
          ownerName: 'Riley Quinn',
          due: '2026-12-03',
          state: 'open',
          optional: false,
        },
        {
          title: 'Presentation workshop',
          category: 'compliance',
          ownerName: 'Riley Quinn',
          due: '2026-12-29',
          state: 'open',
          optional: true,
        },
      ],
    });
    const md = checklistMarkdown(o);
    expect(md).toContain('# Onboarding: Riley Quinn');
    expect(md).toContain('## Before day one\n\n- [x] Laptop ready — IT, due 2026-11-24');
    expect(md).toContain('- [ ] Meet creative — Riley Quinn, due 2026-12-03');
    expect(md).toContain('- [ ] Presentation workshop (optional)');
    expect(md.indexOf('Before day one')).toBeLessThan(md.indexOf('Intro meetings'));
  });
});
