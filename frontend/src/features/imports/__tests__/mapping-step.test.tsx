import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { formatDate } from '@/lib/format';
import { renderWithProviders } from '@/testing/render';
import { app, backend } from '../../../../wailsjs/go/models';
import { MappingStep } from '../components/mapping-step';

const file = app.StagedFile.createFrom({
  token: 't1',
  fileName: 'clients.csv',
  size: 120,
  format: 'csv',
  sheet: '',
  rows: 2,
  header: ['Client', 'Sector', 'Renewal'],
  firstRows: [
    ['Acme Inc.', 'Retail', '03/02/2026'],
    ['Globex', 'Media', '04/05/2026'],
  ],
  kinds: ['accounts', 'contacts', 'opportunities', 'figures', 'hours'],
  fields: { accounts: ['externalId', 'name', 'industry', 'renewalDate'], contacts: ['name', 'company'] },
  proposal: {},
});
const mapping = backend.ImportMapping.createFrom({
  kind: 'accounts',
  source: 'spreadsheet',
  columns: { Client: 'name', Sector: 'industry', Renewal: 'renewalDate' },
  dateOrder: '',
});
const noDates = app.DateQuestion.createFrom({ ambiguous: false });

function setup(over: Partial<Parameters<typeof MappingStep>[0]> = {}) {
  const props = {
    file,
    proposal: app.ImportProposal.createFrom({ from: 'recognised', problem: '', mapping }),
    mapping,
    dates: noDates,
    onMapping: vi.fn(),
    onKind: vi.fn(),
    changingKind: false,
    onPreview: vi.fn(),
    previewing: false,
    ...over,
  };
  renderWithProviders(<MappingStep {...props} />);
  return props;
}

describe('mapping step', () => {
  it('says what a recognised file is, with its columns one click away', async () => {
    const p = setup();
    expect(screen.getByText('Recognised: spreadsheet of accounts')).toBeInTheDocument();
    expect(screen.getByText('3 of 3 columns are imported; the others are left out.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Check or change the columns' }));
    const table = screen.getByRole('table', { name: 'Columns of the file and what they become' });
    expect(within(table).getByText('Acme Inc. · Globex')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Preview import' }));
    expect(p.onPreview).toHaveBeenCalled();
  });

  it('changes one column’s field, or leaves the column out', async () => {
    const p = setup({
      proposal: app.ImportProposal.createFrom({ from: '', problem: 'Say which.', mapping }),
    });
    expect(screen.getByText(/Say which\./)).toBeInTheDocument();
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Imported as, for column Sector' }),
      'Not imported',
    );
    expect(p.onMapping).toHaveBeenLastCalledWith(
      expect.objectContaining({ columns: { Client: 'name', Renewal: 'renewalDate' } }),
    );
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'The file holds' }),
      'Contacts (stakeholders of accounts)',
    );
    expect(p.onKind).toHaveBeenCalledWith('contacts');
  });

  it('refuses two columns for one field and does not preview', () => {
    const doubled = backend.ImportMapping.createFrom({
      ...mapping,
      columns: { Client: 'name', Sector: 'name' },
    });
    setup({
      mapping: doubled,
      proposal: app.ImportProposal.createFrom({ from: '', problem: '', mapping: doubled }),
    });
    expect(screen.getByText('Two columns are imported as Name; keep one.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Preview import' })).toBeDisabled();
  });

  it('asks the date order with one of the file’s dates read both ways', async () => {
    const p = setup({
      dates: app.DateQuestion.createFrom({
        ambiguous: true,
        order: '',
        example: '03/02/2026',
        asDMY: '2026-02-03',
        asMDY: '2026-03-02',
      }),
    });
    const group = screen.getByRole('radiogroup', { name: 'How are the dates in this file written?' });
    expect(group).toHaveAccessibleDescription(
      `For example “03/02/2026”: is it ${formatDate('2026-02-03')} or ${formatDate('2026-03-02')}?`,
    );
    await userEvent.click(within(group).getByRole('radio', { name: /Day first/ }));
    expect(p.onMapping).toHaveBeenLastCalledWith(expect.objectContaining({ dateOrder: 'dmy' }));
  });
});
