import { describe, expect, it } from 'vitest';
import { backend } from '../../../../wailsjs/go/models';
import { splitTemplate, templateProblemPath, templateUnchanged } from '../types/onboarding-schema';

const task = (key: string, patch: Partial<backend.TemplateTask> = {}) =>
  backend.TemplateTask.createFrom({
    key,
    title: `Task ${key}`,
    description: '',
    category: 'agency_processes',
    ownerKind: 'new_hire',
    ownerPersonId: 0,
    offsetDays: 1,
    optional: false,
    ...patch,
  });
const saved = backend.Template.createFrom({
  id: 2,
  name: 'AE onboarding',
  forRole: 'Account Executive',
  description: '',
  archived: false,
  builtIn: false,
  tasks: [task('a'), task('b')],
  version: 5,
});
const edit = (patch: Partial<backend.Template>) => backend.Template.createFrom({ ...saved, ...patch });

// The template editor saves what is valid and keeps the rest as the draft.
describe('splitting an edit of an onboarding template', () => {
  it('saves a valid edit whole, tasks in their new order', () => {
    const cur = edit({ description: 'First week', tasks: [task('b'), task('a', { offsetDays: -3 })] });
    const { savable, problems } = splitTemplate(cur, saved, new Map());
    expect(problems).toEqual([]);
    expect(savable.tasks.map((k) => k.key)).toEqual(['b', 'a']);
    expect(savable.description).toBe('First week');
  });

  it('keeps the saved title of a task whose title was cleared, and saves the description typed meanwhile', () => {
    const cur = edit({ description: 'First week', tasks: [task('a', { title: ' ' }), task('b')] });
    const { savable, problems } = splitTemplate(cur, saved, new Map());
    expect(savable.description).toBe('First week');
    expect(savable.tasks.map((k) => k.title)).toEqual(['Task a', 'Task b']);
    expect(problems).toMatchObject([
      { path: 'tasks.a.title', where: 'Tasks, row 1', message: 'Give each task a title.' },
    ]);
  });

  it('keeps the saved due day of a task given an impossible one', () => {
    const cur = edit({ tasks: [task('a'), task('b', { offsetDays: 999, optional: true })] });
    const { savable, problems } = splitTemplate(cur, saved, new Map());
    expect(savable.tasks[1]).toMatchObject({ offsetDays: 1, optional: true });
    expect(problems.map((p) => p.path)).toEqual(['tasks.b.offsetDays']);
  });

  it('leaves out a new task that is not valid yet, and keeps the others', () => {
    const cur = edit({ tasks: [task('a'), task('b'), task('new', { title: '' })] });
    const { savable, problems } = splitTemplate(cur, saved, new Map());
    expect(savable.tasks.map((k) => k.key)).toEqual(['a', 'b']);
    expect(problems.map((p) => p.path)).toEqual(['tasks.new.title']);
  });

  it('holds back an empty name with the saved one sent', () => {
    const { savable, problems } = splitTemplate(edit({ name: '', forRole: 'AE' }), saved, new Map());
    expect(savable).toMatchObject({ name: 'AE onboarding', forRole: 'AE' });
    expect(problems).toMatchObject([{ path: 'name', where: 'Template name' }]);
  });

  it('holds back what Go refused, by the task’s key', () => {
    const sent = edit({ tasks: [task('b'), task('a')] });
    const path = templateProblemPath('tasks.1.ownerPersonId', sent);
    expect(path).toBe('tasks.a.ownerPersonId');
    const { savable, problems } = splitTemplate(
      edit({ tasks: [task('b'), task('a', { ownerKind: 'person', ownerPersonId: 9 })] }),
      saved,
      new Map([[path!, 'That person is no longer on the roster.']]),
    );
    // Its saved owner is sent: a task is never dropped from the template for a wrong field.
    expect(savable.tasks.map((k) => k.key)).toEqual(['b', 'a']);
    expect(savable.tasks[1]).toMatchObject({ ownerKind: 'new_hire', ownerPersonId: 0 });
    expect(problems.map((p) => p.path)).toEqual(['tasks.a.ownerPersonId']);
  });

  it('tells an edit that changes nothing', () => {
    expect(templateUnchanged(edit({ version: 9 }), saved)).toBe(true);
    expect(templateUnchanged(edit({ tasks: [task('b'), task('a')] }), saved)).toBe(false);
  });
});
