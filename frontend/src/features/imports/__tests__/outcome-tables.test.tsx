import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { backend } from '../../../../wailsjs/go/models';
import { OutcomeTables } from '../components/outcome-tables';

const result = backend.ImportResult.createFrom({
  batch: 0,
  kind: 'accounts',
  source: 'salesforce',
  fileName: 'Account.csv',
  header: ['Id', 'Name'],
  created: 1,
  updated: 1,
  unchanged: 0,
  skipped: 1,
  failed: 1,
  rows: [
    { line: 2, action: 'create', record: 'Acme Inc.' },
    {
      line: 3,
      action: 'update',
      record: 'Globex',
      changes: [{ field: 'industry', old: 'Retail', new: 'Media' }],
    },
    { line: 4, action: 'skipped', record: 'ACME Inc', reason: 'deleted in the CRM' },
    {
      line: 5,
      action: 'failed',
      record: 'Initech',
      column: 'Renewal',
      reason: '“2026-02-31” is not a date.',
    },
  ],
});

describe('outcome tables', () => {
  it('shows one tab per outcome with its count, the first with rows open', () => {
    renderWithProviders(<OutcomeTables result={result} dryRun />);
    const tabs = screen.getAllByRole('tab').map((t) => t.textContent);
    expect(tabs).toEqual(['To create1', 'To update1', 'Unchanged0', 'Skipped1', 'Failed1']);
    const table = screen.getByRole('table', { name: 'Rows: to create' });
    expect(within(table).getByText('Acme Inc.')).toBeInTheDocument();
  });

  it('shows the fields an update changes, old → new', async () => {
    renderWithProviders(<OutcomeTables result={result} dryRun />);
    await userEvent.click(screen.getByRole('tab', { name: /To update/ }));
    const table = screen.getByRole('table', { name: 'Rows: to update' });
    expect(within(table).getByText('Industry:')).toBeInTheDocument();
    expect(within(table).getByText('Retail')).toBeInTheDocument();
    expect(within(table).getByText(/→ Media/)).toBeInTheDocument();
  });

  it('says why a row is skipped, and where a row failed', async () => {
    renderWithProviders(<OutcomeTables result={result} dryRun={false} />);
    await userEvent.click(screen.getByRole('tab', { name: /Skipped/ }));
    expect(screen.getByRole('cell', { name: 'deleted in the CRM' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: /Failed/ }));
    const table = screen.getByRole('table', { name: 'Rows: failed' });
    const row = within(table).getAllByRole('row')[1]!;
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['5', 'Initech', 'Renewal', '“2026-02-31” is not a date.']);
    await userEvent.click(screen.getByRole('tab', { name: /Unchanged/ }));
    expect(screen.getByText('Every row changed something.')).toBeInTheDocument();
  });
});
