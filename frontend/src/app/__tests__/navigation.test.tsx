import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { AppLayout } from '../layout';

vi.mock('../../../wailsjs/go/app/SettingsAPI', () => ({
  Get: vi.fn(async () => ({ agencyName: 'Brightline', theme: 'system' })),
}));
vi.mock('../../../wailsjs/go/app/SearchAPI', () => ({ Find: vi.fn(async () => []) }));
vi.mock('../../../wailsjs/go/app/WorkspaceAPI', () => ({ BackupNow: vi.fn() }));

describe('navigation', () => {
  it('lists the eight sections in the agreed order, the current one marked', async () => {
    renderWithProviders(<AppLayout />, { route: '/team' });
    const nav = screen.getByRole('navigation', { name: 'Main' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      'Dashboard',
      'Accounts',
      'Team',
      'Appraisals',
      'Onboarding',
      'Import',
      'Exports',
      'Settings',
    ]);
    expect(within(nav).getByRole('link', { name: 'Team' })).toHaveAttribute('aria-current', 'page');
    expect(await screen.findByText('Brightline')).toBeInTheDocument();
  });
});
