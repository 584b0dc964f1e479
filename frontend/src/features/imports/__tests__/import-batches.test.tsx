import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { ImportBatches } from '../components/import-batches';

const batches = vi.fn<() => Promise<unknown[]>>();
const undo = vi.fn<(id: number) => Promise<unknown>>();
vi.mock('../../../../wailsjs/go/app/ImportsAPI', () => ({
  Batches: () => batches(),
  Undo: (id: number) => undo(id),
  FailedRowsCSV: vi.fn(),
  SaveFailedRows: vi.fn(),
}));

const batch = {
  id: 3,
  kind: 'accounts',
  source: 'salesforce',
  fileName: 'Account.csv',
  sha256: 'ab',
  importedAt: '2026-03-04T10:00:00Z',
  undoneAt: '',
  created: 2,
  updated: 1,
  unchanged: 0,
  skipped: 1,
  failed: 1,
};

describe('imports so far', () => {
  it('says when nothing was imported yet', async () => {
    batches.mockResolvedValueOnce([]);
    renderWithProviders(<ImportBatches />);
    expect(await screen.findByText('Nothing imported yet')).toBeInTheDocument();
  });

  it('lists each import with its counts; Undo asks first and names what it left', async () => {
    batches.mockResolvedValue([
      batch,
      { ...batch, id: 2, fileName: 'Old.csv', undoneAt: '2026-03-03T10:00:00Z', failed: 0 },
    ]);
    undo.mockResolvedValueOnce({
      batch: 3,
      removed: 2,
      restored: 0,
      left: [{ record: 'Globex', fields: ['industry'], reason: 'edited after the import' }],
    });
    renderWithProviders(<ImportBatches />);
    const table = await screen.findByRole('table', { name: 'Imports so far' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]!).getByText('Account.csv')).toBeInTheDocument();
    expect(within(rows[1]!).getByRole('button', { name: 'Save failed rows as CSV' })).toBeInTheDocument();
    expect(within(rows[2]!).getByText('Undone')).toBeInTheDocument();
    expect(within(rows[2]!).queryByRole('button', { name: /Undo/ })).not.toBeInTheDocument();

    await userEvent.click(within(rows[1]!).getByRole('button', { name: 'Undo import 3 of Account.csv' }));
    const ask = await screen.findByRole('dialog', { name: 'Undo this import?' });
    expect(undo).not.toHaveBeenCalled();
    await userEvent.click(within(ask).getByRole('button', { name: 'Undo import' }));
    expect(undo).toHaveBeenCalledWith(3);
    const report = await screen.findByRole('dialog', { name: 'Import 3 undone' });
    expect(within(report).getByText(/Removed 2 records/)).toBeInTheDocument();
    expect(within(report).getByText('Globex (Industry): edited after the import')).toBeInTheDocument();
  });
});
