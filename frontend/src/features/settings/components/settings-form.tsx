import {
  Group,
  NumberInput,
  Paper,
  Radio,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMemo } from 'react';
import { backend } from '../../../../wailsjs/go/models';
import { HeldBack, SaveStatus } from '@/components/ui/save-status';
import { monthNames } from '@/lib/format';
import { notifyUndo } from '@/lib/notify';
import { useDraftEditor, type KeptDraft } from '@/lib/use-draft-editor';
import {
  csvChoices,
  fieldForGo,
  parseSettingsDraft,
  settingsUnchanged,
  settingsVersion,
  splitSettings,
  toForm,
  toSettings,
  type SettingsForm as Form,
} from '../types/settings-schema';

/**
 * The workspace settings (lib/use-draft-editor). Valid changes save
 * themselves shortly after typing stops (and at once on leaving a field); a
 * field that is not valid yet shows the reason, keeps its saved value in what
 * is sent, and is kept as typed in the workspace's settings draft.
 */
export function SettingsForm({
  settings,
  currencies,
  draft,
  onSave,
  onKeepDraft,
  onDiscardDraft,
}: {
  settings: backend.Settings;
  currencies: string[];
  draft: KeptDraft;
  onSave: (s: backend.Settings) => Promise<backend.Settings>;
  onKeepDraft: (d: { body: string; baseVersion: number }) => Promise<unknown>;
  onDiscardDraft: () => Promise<unknown>;
}) {
  const months = useMemo(() => monthNames().map((m, i) => ({ value: String(i + 1), label: m })), []);
  const record = useMemo(() => toForm(settings), [settings]);
  const ed = useDraftEditor<Form>({
    label: 'Settings',
    memoryKey: 'settings',
    record,
    draft,
    readOnly: false,
    fingerprinted: true,
    version: settingsVersion,
    withVersion: (f) => f,
    parse: (body) => parseSettingsDraft(body, record),
    split: splitSettings,
    unchanged: settingsUnchanged,
    save: async (f) => toForm(await onSave(toSettings(f))),
    adopt: (cur) => cur,
    keep: onKeepDraft,
    discard: onDiscardDraft,
    problemPath: (err) => (err.field ? (fieldForGo[err.field] ?? null) : null),
    delay: 500,
  });
  const form = ed.value;
  const errors = Object.fromEntries(ed.loud.map((p) => [p.path, p.message])) as Partial<
    Record<keyof Form, string>
  >;

  function change<K extends keyof Form>(key: K, value: Form[K], immediate = false) {
    ed.change({ ...ed.value, [key]: value });
    if (immediate) void ed.flush();
  }

  const flush = () => void ed.flush();
  const discard = () => {
    const before = ed.discardDraft();
    notifyUndo('The draft was discarded.', () => ed.change(before));
  };

  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="md" maw={560}>
        <Group justify="space-between">
          <Title order={2} fz="lg">
            Agency
          </Title>
          <SaveStatus state={ed.state} error={ed.error} loud={ed.loud} />
        </Group>
        <HeldBack loud={ed.loud} older={!!ed.older} onUseOlder={ed.useOlderDraft} onDiscard={discard} />
        <TextInput
          label="Agency name"
          description="Shown in the title bar and on exported documents."
          value={form.agencyName}
          onChange={(e) => change('agencyName', e.currentTarget.value)}
          onBlur={flush}
          error={errors.agencyName}
        />
        <TextInput
          label="Your name"
          description="You on your team (the same record as on the Team screen) and on your exports, so a roll-up of several directors tells them apart."
          value={form.directorName}
          onChange={(e) => change('directorName', e.currentTarget.value)}
          onBlur={flush}
          error={errors.directorName}
        />
        <Select
          label="Currency"
          description="Every amount in the workspace is in this currency."
          data={currencies}
          searchable
          allowDeselect={false}
          value={form.currency}
          onChange={(v) => v && change('currency', v, true)}
          error={errors.currency}
        />
        <Select
          label="Fiscal year starts in"
          data={months}
          allowDeselect={false}
          value={String(form.fiscalYearStartMonth)}
          onChange={(v) => v && change('fiscalYearStartMonth', Number(v), true)}
          error={errors.fiscalYearStartMonth}
        />
        <NumberInput
          label="QBR threshold"
          description="Accounts with at least this yearly revenue get a Quarterly Business Review every quarter."
          leftSection={
            <Text size="xs" c="dimmed">
              {form.currency}
            </Text>
          }
          leftSectionWidth={48}
          thousandSeparator=","
          decimalScale={2}
          hideControls
          value={Number.isFinite(form.qbrThreshold) ? form.qbrThreshold : ''}
          onChange={(v) =>
            change(
              'qbrThreshold',
              typeof v === 'number' ? v : v === '' ? Number.NaN : Number(String(v).replace(/,/g, '')),
            )
          }
          onBlur={flush}
          error={errors.qbrThreshold}
        />
        <Radio.Group
          label="Theme"
          value={form.theme}
          onChange={(v) => change('theme', v, true)}
          error={errors.theme}
        >
          <Group mt={6}>
            <Radio value="system" label="System" />
            <Radio value="light" label="Light" />
            <Radio value="dark" label="Dark" />
          </Group>
        </Radio.Group>
        <Switch
          label="Onboarding due dates skip weekends"
          description="Due days of onboarding tasks count working days, Monday to Friday."
          checked={form.skipWeekends}
          onChange={(e) => change('skipWeekends', e.currentTarget.checked, true)}
        />
        <NumberInput
          label="Daily backups to keep"
          description="A copy of the workspace is made once a day when AccountDesk opens; 0 turns this off."
          hideControls
          allowDecimal={false}
          value={Number.isFinite(form.backupsToKeep) ? form.backupsToKeep : ''}
          onChange={(v) => change('backupsToKeep', typeof v === 'number' ? v : Number.NaN)}
          onBlur={flush}
          error={errors.backupsToKeep}
        />
        <Radio.Group
          label="Spreadsheet files (CSV)"
          description="Excel opens a CSV file in columns only when it uses your region's separator and decimal mark. Until you choose, exports follow this computer's region."
          value={form.csvStyle}
          onChange={(v) => change('csvStyle', v, true)}
          error={errors.csvStyle}
        >
          <Stack mt={8} gap={10}>
            {csvChoices.map((c) => (
              <Radio key={c.value} value={c.value} label={c.label} description={c.description} />
            ))}
          </Stack>
        </Radio.Group>
      </Stack>
    </Paper>
  );
}
