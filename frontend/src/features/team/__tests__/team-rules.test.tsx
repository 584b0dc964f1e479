import { render, screen } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { backend } from '../../../../wailsjs/go/models';
import { Heatmap } from '../components/heatmap';
import { UtilizationBar } from '../components/utilization-bar';
import { loadColour, personSchema } from '../types/person-schema';

const wrap = (ui: React.ReactElement) => render(<MantineProvider>{ui}</MantineProvider>);

describe('utilization', () => {
  it.each([
    [0, 'empty'],
    [79.9, 'calm'],
    [80, 'busy'],
    [100, 'busy'],
    [100.5, 'over'],
  ])('%s%% is %s', (pct, colour) => expect(loadColour(pct)).toBe(colour));

  it('flags over-allocation above 100%, not at exactly 100%', () => {
    const { unmount } = wrap(<UtilizationBar confirmed={110} tentative={0} />);
    expect(screen.getByText('Over-allocated')).toBeInTheDocument();
    unmount();
    wrap(<UtilizationBar confirmed={100} tentative={20} />);
    expect(screen.queryByText('Over-allocated')).not.toBeInTheDocument();
  });

  it('labels every heatmap cell with the person, the week and both loads', () => {
    const heatmap = backend.Heatmap.createFrom({
      weeks: ['2026-11-30'],
      rows: [
        {
          personId: 1,
          name: 'Aisha Khan',
          weeks: [{ from: '2026-11-30', to: '2026-12-06', confirmed: 120, tentative: 10 }],
        },
      ],
    });
    wrap(<Heatmap heatmap={heatmap} />);
    const cell = screen.getByRole('img', { name: /^Aisha Khan, week of .*: 120% confirmed, 10% tentative$/ });
    expect(cell).toHaveAttribute('data-load', 'over');
  });
});

describe('person form rules', () => {
  const base = {
    name: 'Riley',
    email: '',
    role: 'Account Executive',
    reportsTo: 0,
    startDate: '2026-01-05',
    endDate: '',
    status: 'active',
    location: '',
    capacityHoursPerWeek: 40,
    skills: [],
    notes: '',
  };
  it('refuses an end before the start and a bad email', () => {
    const r = personSchema.safeParse({ ...base, endDate: '2025-12-31', email: 'riley@' });
    const messages = r.error?.issues.map((i) => i.message) ?? [];
    expect(messages).toContain('The end date cannot be before the start date.');
    expect(messages).toContain('Enter an email address like name@agency.com.');
  });
  it('refuses zero capacity', () => {
    expect(personSchema.safeParse({ ...base, capacityHoursPerWeek: 0 }).success).toBe(false);
  });
});
