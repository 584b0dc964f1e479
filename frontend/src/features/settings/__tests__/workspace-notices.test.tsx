import { notifications } from '@mantine/notifications';
import { screen, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { useWorkspaceNotices } from '../hooks/use-workspace-notices';

function Shell({ take }: { take: () => Promise<string[]> }) {
  useWorkspaceNotices(take);
  return <p>First screen</p>;
}

describe('workspace notices', () => {
  beforeEach(() => notifications.clean());

  it('shows each notice on the first screen until closed, asking once', async () => {
    const take = vi.fn(async () => [
      'Other users of this computer could read your workspace (workspace.db). It is now private to you.',
    ]);
    renderWithProviders(
      <StrictMode>
        <Shell take={take} />
      </StrictMode>,
    );
    expect(await screen.findByText(/It is now private to you\./)).toBeInTheDocument();
    expect(screen.getByText('About your workspace')).toBeInTheDocument();
    expect(screen.getAllByText(/It is now private to you\./)).toHaveLength(1);
    expect(take).toHaveBeenCalledTimes(1);
  });

  for (const [name, take] of [
    ['nothing to tell', vi.fn(async () => [])],
    ['the question fails', vi.fn(() => Promise.reject(new Error('The workspace is closed.')))],
  ] as const) {
    it(`shows nothing when ${name}`, async () => {
      renderWithProviders(<Shell take={take} />);
      await waitFor(() => expect(take).toHaveBeenCalled());
      await new Promise((r) => setTimeout(r, 50));
      expect(screen.getByText('First screen')).toBeInTheDocument();
      expect(screen.queryByText('About your workspace')).not.toBeInTheDocument();
    });
  }
});
