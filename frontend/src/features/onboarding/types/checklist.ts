import { backend } from '../../../../wailsjs/go/models';
import { formatDate } from '@/lib/format';
import { weekOf } from '../weeks';
import { categories } from './categories';

/** The owner filter's value for "my tasks" (the director's name from Settings). */
export const ME = '__me__';

export type GroupBy = 'category' | 'week';

export interface TaskGroup {
  key: string;
  label: string;
  tasks: backend.OnboardingTask[];
}

/** The tasks the filters keep: one owner's (or mine, named me), open ones only if asked. */
export function filterTasks(
  tasks: backend.OnboardingTask[],
  f: { owner: string; openOnly: boolean; me: string },
): backend.OnboardingTask[] {
  return tasks.filter(
    (t) =>
      (!f.owner || t.ownerName === (f.owner === ME ? f.me : f.owner)) && (!f.openOnly || t.state === 'open'),
  );
}

/**
 * The checklist's sections: every category in display order (empty ones
 * too, for the caller to skip), or the weeks from the start date that have
 * tasks, each in due order.
 */
export function groupTasks(tasks: backend.OnboardingTask[], by: GroupBy, start: string): TaskGroup[] {
  if (by === 'category')
    return categories.map(({ value, label }) => ({
      key: value,
      label,
      tasks: tasks.filter((t) => t.category === value),
    }));
  return [...new Set(tasks.map((t) => weekOf(t.due, start).week))]
    .sort((a, b) => a - b)
    .map((w) => {
      const inWeek = tasks.filter((t) => weekOf(t.due, start).week === w);
      const from = weekOf(inWeek[0]?.due ?? start, start).from;
      return {
        key: `w${w}`,
        label: w === 0 ? 'Before day one' : `Week ${w} · from ${formatDate(from)}`,
        tasks: [...inWeek].sort((a, b) => a.due.localeCompare(b.due)),
      };
    });
}

/** The checklist as Markdown, to hand to the new hire. */
export function checklistMarkdown(o: backend.Onboarding): string {
  const lines = [
    `# Onboarding: ${o.personName}`,
    '',
    `Starts ${o.startDate}${o.buddyName ? ` · buddy ${o.buddyName}` : ''}${o.managerName ? ` · manager ${o.managerName}` : ''}`,
    '',
  ];
  for (const { value, label } of categories) {
    const group = o.tasks.filter((t) => t.category === value);
    if (group.length === 0) continue;
    lines.push(`## ${label}`, '');
    for (const t of group) {
      lines.push(
        `- [${t.state === 'done' ? 'x' : ' '}] ${t.title}${t.optional ? ' (optional)' : ''} — ${t.ownerName || 'unassigned'}, due ${t.due}`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}
