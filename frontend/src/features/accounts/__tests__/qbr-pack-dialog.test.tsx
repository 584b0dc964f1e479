import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { backend } from '../../../../wailsjs/go/models';
import { renderWithProviders } from '@/testing/render';
import { QBRPackDialog } from '../components/qbr-pack-dialog';

const preview = backend.QBRPackPreview.createFrom({
  pack: {
    agency: 'Brightline',
    client: 'Northwind Retail',
    quarter: '2026-Q4',
    quarterText: 'Q4 2026',
    from: '2026-10-01',
    to: '2026-12-31',
    generated: '2026-11-24',
    planPeriod: 'FY2027',
    objectives: [
      {
        title: 'Improve client satisfaction',
        kpi: 'NPS',
        unit: 'pts',
        baseline: 32,
        target: 50,
        current: 45,
        progressPct: 72,
        achieved: false,
        due: '',
      },
    ],
    delivered: [{ title: 'Brand guidelines refresh', date: '2026-11-04', kind: 'job' }],
    next: [{ title: 'Spring campaign', date: '2026-12-03', kind: 'milestone' }],
    agreed: 'Send the pilot proposal.',
    agreedOn: '2026-10-11',
    hours: null,
  },
  leftOut: [
    { what: 'Revenue, margin and cost figures', count: 0 },
    { what: 'risks', count: 2 },
  ],
  leftOutText: 'Revenue, margin and cost figures and 2 risks were left out.',
  pdfName: 'northwind-retail-qbr-pack-2026-q4.pdf',
  htmlName: 'northwind-retail-qbr-pack-2026-q4.html',
});

let previewState: Record<string, unknown> = {};
const save = vi.fn();
vi.mock('../api/qbr-pack', () => ({
  useQBRPackPreview: () => previewState,
  useSaveQBRPack: () => ({ mutate: save, isPending: false }),
}));

describe('the QBR pack dialog', () => {
  it('shows what the client will read beside what was left out, and saves to the folder', async () => {
    previewState = { data: preview, isPending: false, isError: false, isPlaceholderData: false };
    renderWithProviders(<QBRPackDialog accountId={7} onClose={() => {}} />);
    const shown = screen.getByRole('region', { name: 'What the client will see' });
    expect(within(shown).getByRole('heading', { name: 'Northwind Retail' })).toBeInTheDocument();
    expect(within(shown).getByText('Brand guidelines refresh')).toBeInTheDocument();
    expect(
      within(shown).getByRole('progressbar', { name: /Improve client satisfaction: 72%/ }),
    ).toBeInTheDocument();
    const left = screen.getByRole('region', { name: 'Left out for the client' });
    expect(within(left).getByText('Revenue, margin and cost figures')).toBeInTheDocument();
    expect(within(left).getByText('2 risks')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Save PDF and HTML' }));
    expect(screen.getByText('Choose the folder to save the PDF in.')).toBeInTheDocument();
    expect(save).not.toHaveBeenCalled();
    await userEvent.type(screen.getByRole('textbox', { name: 'Folder' }), '/home/me/Packs');
    await userEvent.click(screen.getByRole('button', { name: 'Save PDF and HTML' }));
    expect(save).toHaveBeenCalledTimes(1);
    const [sent] = save.mock.calls[0] as [
      { accountId: number; quarter: string; hours: boolean; folder: string },
    ];
    expect(sent).toMatchObject({ accountId: 7, hours: false, folder: '/home/me/Packs' });
    expect(sent.quarter).toMatch(/^\d{4}-Q[1-4]$/);
  });

  it('says why hours cannot be shown next to the choice, and does not save', () => {
    previewState = {
      data: undefined,
      isPending: false,
      isError: true,
      error: { code: 'invalid', field: 'hours', message: 'This account has no retainer hours.' },
      isPlaceholderData: false,
    };
    renderWithProviders(<QBRPackDialog accountId={7} onClose={() => {}} />);
    expect(screen.getByText('This account has no retainer hours.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save PDF and HTML' })).toBeDisabled();
  });
});
