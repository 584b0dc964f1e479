import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { backend } from '../../../../wailsjs/go/models';
import { renderWithProviders } from '@/testing/render';
import { SettingsForm } from '../components/settings-form';

const settings = backend.Settings.createFrom({
  agencyName: 'Brightline',
  directorName: 'Morgan Ellis',
  currency: 'USD',
  fiscalYearStartMonth: 1,
  qbrThresholdMinor: 10_000_000,
  theme: 'system',
  skipWeekends: true,
  backupsToKeep: 7,
  csvStyle: 'excel-semicolon',
});

function setup(onSave = vi.fn(async (s: backend.Settings) => s)) {
  renderWithProviders(
    <SettingsForm settings={settings} currencies={['EUR', 'GBP', 'USD']} onSave={onSave} />,
  );
  return { onSave, user: userEvent.setup() };
}

describe('SettingsForm', () => {
  it('shows the saved values', () => {
    setup();
    expect(screen.getByRole('textbox', { name: 'Agency name' })).toHaveValue('Brightline');
    expect(screen.getByRole('textbox', { name: 'QBR threshold' })).toHaveValue('100,000');
    expect(screen.getByRole('radio', { name: 'System' })).toBeChecked();
  });

  it('refuses a zero QBR threshold with the reason under the field, and sends nothing', async () => {
    const { onSave, user } = setup();
    const threshold = screen.getByRole('textbox', { name: 'QBR threshold' });
    await user.clear(threshold);
    await user.type(threshold, '0');
    await user.tab();
    expect(await screen.findByText('The QBR threshold must be more than zero.')).toBeInTheDocument();
    expect(threshold).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('Not saved: fix the highlighted field');
    await new Promise((r) => setTimeout(r, 700));
    expect(onSave).not.toHaveBeenCalled();
  });

  it('saves a valid threshold in minor units after typing stops', async () => {
    const { onSave, user } = setup();
    const threshold = screen.getByRole('textbox', { name: 'QBR threshold' });
    await user.clear(threshold);
    await user.type(threshold, '250000');
    await waitFor(() => expect(onSave).toHaveBeenCalled(), { timeout: 2000 });
    expect(onSave.mock.calls.at(-1)?.[0]).toMatchObject({ qbrThresholdMinor: 25_000_000, currency: 'USD' });
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('All changes saved'));
  });

  it('shows a field error from Go under the matching field', async () => {
    const onSave = vi.fn(async () => {
      throw {
        code: 'invalid',
        field: 'agencyName',
        message: 'The agency name can be at most 120 characters.',
      };
    });
    const { user } = setup(onSave);
    await user.type(screen.getByRole('textbox', { name: 'Agency name' }), ' Agency');
    await user.tab();
    expect(await screen.findByText('The agency name can be at most 120 characters.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Agency name' })).toHaveAttribute('aria-invalid', 'true');
  });

  it('saves the theme at once when chosen', async () => {
    const { onSave, user } = setup();
    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ theme: 'dark' })));
  });

  it('shows the CSV style in plain words, the current one chosen', () => {
    setup();
    const group = screen.getByRole('radiogroup', { name: 'Spreadsheet files (CSV)' });
    expect(group).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'For Excel in German, French, Dutch, Spanish…' })).toBeChecked();
    for (const name of ['For Excel in English', 'For Excel in Switzerland', 'Plain, for other tools']) {
      expect(screen.getByRole('radio', { name })).not.toBeChecked();
    }
    expect(screen.getByText('Semicolons between columns, decimal commas: 1234,50')).toBeInTheDocument();
  });

  it('saves the plain CSV style for tools at once when chosen', async () => {
    const { onSave, user } = setup();
    await user.click(screen.getByRole('radio', { name: 'Plain, for other tools' }));
    await waitFor(() =>
      expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ csvStyle: 'plain', theme: 'system' })),
    );
  });

  it('shows a CSV style refused by Go under the choice', async () => {
    const onSave = vi.fn(async () => {
      throw {
        code: 'invalid',
        field: 'csvStyle',
        message: 'Choose how spreadsheet files are written from the list.',
      };
    });
    const { user } = setup(onSave);
    await user.click(screen.getByRole('radio', { name: 'For Excel in English' }));
    expect(
      await screen.findByText('Choose how spreadsheet files are written from the list.'),
    ).toBeInTheDocument();
  });
});
