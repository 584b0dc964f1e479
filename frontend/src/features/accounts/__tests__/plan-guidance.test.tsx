import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { backend } from '../../../../wailsjs/go/models';
import { renderWithProviders } from '@/testing/render';
import { CompletenessCard } from '../components/plan/completeness-card';
import { PlanGuide } from '../components/plan/plan-guide';
import { SuggestedObjectives } from '../components/plan/suggested-objectives';

const template = backend.PlanTemplate.createFrom({
  id: 2,
  name: 'Expansion',
  type: 'expansion',
  version: 3,
  builtIn: true,
  description: '',
  savedAt: '',
  sections: [
    { key: 'summary', questions: ['Where is the growth?'], counts: true },
    { key: 'vision', questions: [], counts: false },
    {
      key: 'objectives',
      questions: ['Which of our service lines does the client buy from someone else?'],
      counts: true,
    },
  ],
  objectives: [
    { title: 'Grow share of wallet', kpi: 'Share of marketing spend', unit: '%', cadence: 'quarterly' },
    { title: 'Win a new brand', kpi: 'Brands served', unit: 'brands', cadence: 'yearly' },
  ],
});

describe('the plan guide', () => {
  it('shows a section’s guiding questions as quiet text', () => {
    renderWithProviders(<PlanGuide template={template} sections={['objectives']} />);
    const list = screen.getByRole('list', { name: 'Guiding questions: Objectives' });
    expect(within(list).getByText(/buy from someone else/)).toBeInTheDocument();
  });

  it('names the section of each question when it guides several', () => {
    renderWithProviders(<PlanGuide template={template} sections={['summary', 'vision']} />);
    expect(screen.getByText('Executive summary:', { exact: false })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
  });

  it('shows nothing where the template asks nothing, or before it has loaded', () => {
    const { container } = renderWithProviders(<PlanGuide template={template} sections={['vision']} />);
    expect(container.querySelector('ul')).toBeNull();
    renderWithProviders(<PlanGuide template={undefined} sections={['objectives']} />);
    expect(screen.queryByRole('list')).toBeNull();
  });
});

describe('suggested objectives', () => {
  it('adds a suggestion with its KPI, unit and cadence, and offers only those not in the plan', async () => {
    const onAdd = vi.fn();
    const have = [backend.Objective.createFrom({ title: 'grow share of wallet ', key: 'k1' })];
    renderWithProviders(<SuggestedObjectives template={template} objectives={have} onAdd={onAdd} />);
    await userEvent.click(screen.getByRole('button', { name: 'Add suggested objective' }));
    expect(screen.queryByRole('menuitem', { name: /Grow share of wallet/ })).toBeNull();
    await userEvent.click(await screen.findByRole('menuitem', { name: /Win a new brand/ }));
    expect(onAdd).toHaveBeenCalledTimes(1);
    const added = onAdd.mock.calls[0]![0] as backend.Objective;
    expect(added).toMatchObject({
      title: 'Win a new brand',
      kpi: 'Brands served',
      unit: 'brands',
      cadence: 'yearly',
    });
    expect(added.key).not.toBe('');
  });

  it('offers nothing when every suggestion is in the plan', () => {
    const have = template.objectives.map((o, i) =>
      backend.Objective.createFrom({ title: o.title, key: `k${i}` }),
    );
    renderWithProviders(<SuggestedObjectives template={template} objectives={have} onAdd={() => {}} />);
    expect(screen.queryByRole('button', { name: 'Add suggested objective' })).toBeNull();
  });
});

describe('the completeness card', () => {
  it('shows the figure and what is missing, in Go’s words', () => {
    renderWithProviders(
      <CompletenessCard
        completeness={backend.Completeness.createFrom({
          pct: 40,
          missing: ['Write the vision.', '1 open risk has no owner: “Budget cut”.'],
        })}
        templateName="Expansion"
      />,
    );
    const card = screen.getByRole('region', { name: 'Completeness' });
    expect(within(card).getByRole('heading', { name: '40% complete' })).toBeInTheDocument();
    expect(within(card).getByText('Against the Expansion template')).toBeInTheDocument();
    const missing = within(card).getByRole('list', { name: 'Still missing' });
    expect(
      within(missing)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Write the vision.', '1 open risk has no owner: “Budget cut”.']);
  });

  it('says so when nothing is missing', () => {
    renderWithProviders(
      <CompletenessCard
        completeness={backend.Completeness.createFrom({ pct: 100, missing: [] })}
        templateName="Retention"
      />,
    );
    expect(screen.getByText('Every section the template counts is filled in.')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Still missing' })).toBeNull();
  });
});
