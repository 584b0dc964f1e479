import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { backend } from '../../../../wailsjs/go/models';
import { renderWithProviders } from '@/testing/render';
import { PlanTemplatesPanel } from '../components/plan-templates-panel';
import { fromForm, planTemplateSchema, toForm } from '../types/plan-template-schema';

const retention = backend.PlanTemplate.createFrom({
  id: 1,
  name: 'Retention',
  type: 'retention',
  version: 1,
  builtIn: true,
  description: 'Keep the client.',
  savedAt: '2026-12-01T10:00:00Z',
  sections: [
    { key: 'summary', questions: ['Why does the client stay?'], counts: true },
    { key: 'objectives', questions: ['What would make the client review the agency?'], counts: true },
    { key: 'whitespace', questions: [], counts: false },
  ],
  objectives: [{ title: 'Renew the retainer', kpi: 'Contract renewed', unit: '%', cadence: 'yearly' }],
});

const save = vi.fn();
const copy = vi.fn();
vi.mock('../api/plan-templates', () => ({
  usePlanTemplateList: () => ({ data: [retention], isPending: false, isError: false }),
  useSavePlanTemplate: () => ({ mutate: save, isPending: false }),
  useCopyPlanTemplate: () => ({ mutate: copy, isPending: false }),
}));

beforeEach(() => {
  save.mockReset();
  copy.mockReset();
});

describe('the plan templates panel', () => {
  it('lists each template with its type and version', () => {
    renderWithProviders(<PlanTemplatesPanel />);
    const row = screen.getByRole('row', { name: /Retention.*Built in/ });
    expect(within(row).getAllByRole('cell')[2]).toHaveTextContent('1');
  });

  it('saves edited questions as the next version', { timeout: 20_000 }, async () => {
    renderWithProviders(<PlanTemplatesPanel />);
    await userEvent.click(screen.getByRole('button', { name: 'Edit the Retention template' }));
    const dialog = await screen.findByRole(
      'dialog',
      { name: 'Edit the Retention template' },
      { timeout: 5000 },
    );
    const questions = within(dialog).getByRole('textbox', {
      name: 'Objectives: guiding questions, one per line',
    });
    fireEvent.change(questions, {
      target: { value: 'Who could move the account?\n\n What would they need to see?' },
    });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save as version 2' }));
    expect(save).toHaveBeenCalledTimes(1);
    const sent = save.mock.calls[0]![0] as backend.PlanTemplate;
    expect(sent.id).toBe(1);
    expect(sent.version).toBe(1); // the version it was read at: Go refuses a stale one
    expect(sent.sections.find((s) => s.key === 'objectives')?.questions).toEqual([
      'Who could move the account?',
      'What would they need to see?',
    ]);
  });

  it('refuses a template where nothing counts, and sends nothing', { timeout: 20_000 }, async () => {
    renderWithProviders(<PlanTemplatesPanel />);
    await userEvent.click(screen.getByRole('button', { name: 'Edit the Retention template' }));
    const dialog = await screen.findByRole('dialog', {}, { timeout: 5000 });
    for (const box of within(dialog).getAllByRole('checkbox', { name: 'Counts towards completeness' })) {
      if ((box as HTMLInputElement).checked) await userEvent.click(box);
    }
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save as version 2' }));
    expect(
      within(dialog).getByText('Choose at least one section that counts towards completeness.'),
    ).toBeInTheDocument();
    expect(save).not.toHaveBeenCalled();
  });

  it('copies a template under a new name', { timeout: 20_000 }, async () => {
    renderWithProviders(<PlanTemplatesPanel />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy the Retention template' }));
    const name = await screen.findByRole('textbox', { name: 'Name of the copy' });
    expect(name).toHaveValue('Retention (copy)');
    await userEvent.clear(name);
    await userEvent.click(screen.getByRole('button', { name: 'Copy' }));
    expect(await screen.findByText('Give the template a name.')).toBeInTheDocument();
    await userEvent.type(name, 'Retention for key accounts');
    await userEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(copy).toHaveBeenCalledTimes(1));
    expect(copy.mock.calls[0]![0]).toEqual({ id: 1, name: 'Retention for key accounts' });
  });
});

describe('the plan template form', () => {
  it('round-trips a template, questions one a line and blank lines dropped', () => {
    const f = toForm(retention);
    f.sections[0]!.questions = ' One \n\n Two ';
    const parsed = planTemplateSchema.parse(f);
    const back = fromForm(retention, parsed);
    expect(back.sections[0]!.questions).toEqual(['One', 'Two']);
    expect(back.objectives).toEqual(retention.objectives);
    expect(back.type).toBe('retention');
  });

  it('refuses more questions in a section than Go allows', () => {
    const f = toForm(retention);
    f.sections[0]!.questions = Array.from({ length: 11 }, (_, i) => `Q${i}`).join('\n');
    const r = planTemplateSchema.safeParse(f);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path.join('.')).toBe('sections.0.questions');
  });
});
