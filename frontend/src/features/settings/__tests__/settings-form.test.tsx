import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { backend } from '../../../../wailsjs/go/models';
import { forgetPageDrafts, type KeptDraft } from '@/lib/use-draft-editor';
import { renderWithProviders } from '@/testing/render';
import { SettingsForm } from '../components/settings-form';
import { settingsVersion, toForm } from '../types/settings-schema';

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

const noDraft = { body: '', baseVersion: 0, savedAt: '' };

function setup(onSave = vi.fn(async (s: backend.Settings) => s), draft: KeptDraft = noDraft) {
  const onKeepDraft = vi.fn(async (d: { body: string; baseVersion: number }) => d);
  const onDiscardDraft = vi.fn(async () => undefined);
  renderWithProviders(
    <SettingsForm
      settings={settings}
      currencies={['EUR', 'GBP', 'USD']}
      draft={draft}
      onSave={onSave}
      onKeepDraft={onKeepDraft}
      onDiscardDraft={onDiscardDraft}
    />,
  );
  return { onSave, onKeepDraft, onDiscardDraft, user: userEvent.setup() };
}

describe('SettingsForm', () => {
  it('shows the saved values', () => {
    setup();
    expect(screen.getByRole('textbox', { name: 'Agency name' })).toHaveValue('Brightline');
    expect(screen.getByRole('textbox', { name: 'QBR threshold' })).toHaveValue('100,000');
    expect(screen.getByRole('radio', { name: 'System' })).toBeChecked();
  });

  it('holds a zero QBR threshold back with the reason, kept as the draft, and sends nothing', async () => {
    const { onSave, onKeepDraft, user } = setup();
    const threshold = screen.getByRole('textbox', { name: 'QBR threshold' });
    await user.clear(threshold);
    await user.type(threshold, '0');
    await user.tab();
    expect(await screen.findByText('The QBR threshold must be more than zero.')).toBeInTheDocument();
    expect(threshold).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(onKeepDraft).toHaveBeenCalled());
    expect(JSON.parse(onKeepDraft.mock.calls.at(-1)![0].body)).toMatchObject({ qbrThreshold: 0 });
    expect(screen.getByRole('status')).toHaveTextContent('Not saved yet: QBR threshold');
    expect(screen.getByRole('alert')).toHaveTextContent('Kept as a draft, not saved yet');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('saves a change to another field while the threshold is held back, with the saved threshold', async () => {
    const { onSave, user } = setup();
    const threshold = screen.getByRole('textbox', { name: 'QBR threshold' });
    await user.clear(threshold);
    await user.type(threshold, '0');
    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    expect(onSave.mock.calls.at(-1)?.[0]).toMatchObject({ theme: 'dark', qbrThresholdMinor: 10_000_000 });
    expect(threshold).toHaveValue('0');
  });

  it('shows a kept draft again when the form opens, marked, and saves it once it is fixed', async () => {
    forgetPageDrafts();
    const body = JSON.stringify({ ...toForm(settings), qbrThreshold: 0 });
    const { onSave, onDiscardDraft, user } = setup(undefined, {
      body,
      baseVersion: settingsVersion(toForm(settings)),
      savedAt: '2026-12-01T10:00:00Z',
    });
    const threshold = screen.getByRole('textbox', { name: 'QBR threshold' });
    expect(threshold).toHaveValue('0');
    expect(screen.getByText('The QBR threshold must be more than zero.')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Kept as a draft, not saved yet');
    await user.clear(threshold);
    await user.type(threshold, '5000');
    await user.tab();
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    expect(onSave.mock.calls.at(-1)?.[0]).toMatchObject({ qbrThresholdMinor: 500_000 });
    await waitFor(() => expect(onDiscardDraft).toHaveBeenCalled());
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('offers a draft kept on settings changed since, instead of putting it over them', () => {
    forgetPageDrafts();
    setup(undefined, {
      body: JSON.stringify({ ...toForm(settings), agencyName: 'Old name', qbrThreshold: 0 }),
      baseVersion: settingsVersion({ ...toForm(settings), agencyName: 'Old name' }),
      savedAt: '2026-12-01T10:00:00Z',
    });
    expect(screen.getByRole('textbox', { name: 'Agency name' })).toHaveValue('Brightline');
    expect(screen.getByRole('alert')).toHaveTextContent('Unsaved changes were kept from earlier');
  });

  it('forgets the draft when the user discards it', async () => {
    forgetPageDrafts();
    const { onDiscardDraft, user } = setup(undefined, {
      body: JSON.stringify({ ...toForm(settings), backupsToKeep: 1000 }),
      baseVersion: settingsVersion(toForm(settings)),
      savedAt: '2026-12-01T10:00:00Z',
    });
    expect(screen.getByRole('textbox', { name: 'Daily backups to keep' })).toHaveValue('1000');
    await user.click(screen.getByRole('button', { name: 'Discard the draft' }));
    await waitFor(() => expect(onDiscardDraft).toHaveBeenCalled());
    expect(screen.getByRole('textbox', { name: 'Daily backups to keep' })).toHaveValue('7');
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

  it('holds back a field Go refuses, under the matching field, and keeps it as the draft', async () => {
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
    expect(screen.getByRole('textbox', { name: 'Agency name' })).toHaveValue('Brightline Agency');
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
