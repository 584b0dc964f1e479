import { describe, expect, it } from 'vitest';
import { backend } from '../../../../wailsjs/go/models';
import { limitMismatches } from '@/testing/limits';
import { ME, filterTasks, groupTasks } from '../types/checklist';
import { closeOnboardingSchema, templateProblem, templateSchema } from '../types/onboarding-schema';

const task = {
  title: 'Meet the client team',
  description: '',
  category: 'intro_meetings',
  ownerKind: 'manager',
  ownerPersonId: 0,
  offsetDays: 5,
  optional: false,
};
const template = { name: 'Account Executive', tasks: [task] };

describe("the template editor holds Go's limits", () => {
  it('at most 500 tasks, due days from 90 before the start to 365 after', () => {
    expect(limitMismatches(templateSchema, 'onboardingTemplate', template)).toEqual([]);
  });
});

describe('what stops a template from saving', () => {
  it.each<[unknown, string]>([
    [{ ...template, name: '  ' }, 'Give the template a name.'],
    [{ ...template, tasks: [task, { ...task, title: ' ' }] }, 'Give task 2 a title.'],
    [
      { ...template, tasks: [{ ...task, offsetDays: -91 }] },
      'Due days run from 90 days before the start to 365 days after.',
    ],
    [{ ...template, tasks: [{ ...task, category: 'fun' }] }, 'Choose a category.'],
    [{ ...template, tasks: [{ ...task, ownerKind: 'person' }] }, 'Choose the person who owns the task.'],
    [{ ...template, tasks: [{ ...task, ownerKind: 'person', ownerPersonId: 4 }] }, ''],
    [template, ''],
  ])('%j: %j', (t, want) => {
    expect(templateProblem(t)).toBe(want);
  });

  it('names the template before its tasks, as the editor reads', () => {
    expect(templateProblem({ name: '', tasks: [{ ...task, title: '' }] })).toBe('Give the template a name.');
  });
});

describe('closing an onboarding', () => {
  it('asks for a reason, with the words Go uses', () => {
    const r = closeOnboardingSchema.safeParse({ reason: ' \n ' });
    expect(r.error?.issues[0]?.message).toBe('Say why the onboarding is closed before every task is done.');
    expect(closeOnboardingSchema.parse({ reason: ' Left the agency ' }).reason).toBe('Left the agency');
  });
});

describe('the checklist view', () => {
  const t = (id: number, category: string, due: string, ownerName: string, state = 'open') =>
    backend.OnboardingTask.createFrom({ id, title: `T${id}`, category, due, ownerName, state });
  const tasks = [
    t(1, 'check_ins', '2026-03-10', 'Morgan Ellis'),
    t(2, 'before_day_one', '2026-02-27', 'Riley Quinn', 'done'),
    t(3, 'intro_meetings', '2026-03-02', 'Morgan Ellis'),
    t(4, 'intro_meetings', '2026-03-03', 'IT'),
  ];

  it('keeps my tasks, or open ones only', () => {
    expect(filterTasks(tasks, { owner: ME, openOnly: false, me: 'Morgan Ellis' }).map((x) => x.id)).toEqual([
      1, 3,
    ]);
    expect(filterTasks(tasks, { owner: 'IT', openOnly: false, me: '' }).map((x) => x.id)).toEqual([4]);
    expect(filterTasks(tasks, { owner: '', openOnly: true, me: '' }).map((x) => x.id)).toEqual([1, 3, 4]);
  });

  it('groups by category in the checklist order, every category listed', () => {
    const g = groupTasks(tasks, 'category', '2026-03-02');
    expect(g.map((x) => x.key)).toEqual([
      'before_day_one',
      'intro_meetings',
      'client_knowledge',
      'agency_processes',
      'compliance',
      'check_ins',
    ]);
    expect(g[1]?.tasks.map((x) => x.id)).toEqual([3, 4]);
  });

  it('groups by week from the start date, before day one first, each week in due order', () => {
    const g = groupTasks(tasks, 'week', '2026-03-02');
    expect(g.map((x) => [x.key, x.tasks.map((k) => k.id)])).toEqual([
      ['w0', [2]],
      ['w1', [3, 4]],
      ['w2', [1]],
    ]);
    expect(g[0]?.label).toBe('Before day one');
    expect(g[1]?.label).toMatch(/^Week 1 · from /);
  });
});
