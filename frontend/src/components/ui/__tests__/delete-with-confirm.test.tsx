import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { DeleteWithConfirm } from '../delete-with-confirm';

function setup(pending = false) {
  const onConfirm = vi.fn();
  renderWithProviders(
    <DeleteWithConfirm
      label="Delete account"
      title="Delete Acme?"
      keepLabel="Keep it"
      pending={pending}
      onConfirm={onConfirm}
    >
      It cannot be undone.
    </DeleteWithConfirm>,
  );
  return onConfirm;
}

describe('DeleteWithConfirm', () => {
  it('asks first, with the safe choice focused, and removes only when confirmed', async () => {
    const onConfirm = setup();
    await userEvent.click(screen.getByRole('button', { name: 'Delete account' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Acme?' });
    expect(dialog).toHaveTextContent('It cannot be undone.');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Keep it' })).toHaveFocus());
    expect(onConfirm).not.toHaveBeenCalled();
    const buttons = screen.getAllByRole('button', { name: 'Delete account' });
    await userEvent.click(buttons[buttons.length - 1]!);
    expect(onConfirm).toHaveBeenCalledOnce();
  });

  it('keeps the thing when the user keeps it', async () => {
    const onConfirm = setup();
    await userEvent.click(screen.getByRole('button', { name: 'Delete account' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Keep it' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(onConfirm).not.toHaveBeenCalled();
  });
});
