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
import { useMemo, useState } from 'react';
import { backend } from '../../../../wailsjs/go/models';
import { toAppError } from '@/lib/errors';
import { monthNames } from '@/lib/format';
import { saveStateText, useAutosave } from '@/lib/use-autosave';
import {
  csvChoices,
  fieldForGo,
  settingsFormSchema,
  toForm,
  toSettings,
  type SettingsForm as Form,
} from '../types/settings-schema';

type Errors = Partial<Record<keyof Form, string>>;

/**
 * The workspace settings. Valid changes save themselves shortly after typing
 * stops (and at once on leaving a field); invalid ones show the reason under
 * the field and are not sent.
 */
export function SettingsForm({
  settings,
  currencies,
  onSave,
}: {
  settings: backend.Settings;
  currencies: string[];
  onSave: (s: backend.Settings) => Promise<backend.Settings>;
}) {
  const [form, setForm] = useState<Form>(() => toForm(settings));
  const [errors, setErrors] = useState<Errors>({});
  const months = useMemo(() => monthNames().map((m, i) => ({ value: String(i + 1), label: m })), []);

  const autosave = useAutosave<Form>(async (value) => {
    try {
      await onSave(toSettings(value));
      setErrors({});
    } catch (e) {
      const err = toAppError(e);
      const field = err.field ? fieldForGo[err.field] : undefined;
      setErrors(field ? { [field]: err.message } : { agencyName: err.message });
      throw e;
    }
  }, 500);

  function change<K extends keyof Form>(key: K, value: Form[K], immediate = false) {
    const next = { ...form, [key]: value };
    setForm(next);
    const parsed = settingsFormSchema.safeParse(next);
    if (!parsed.success) {
      const errs: Errors = {};
      for (const issue of parsed.error.issues) {
        const k = issue.path[0] as keyof Form;
        errs[k] ??= issue.message;
      }
      setErrors(errs);
      autosave.hold();
      return;
    }
    setErrors({});
    autosave.schedule(parsed.data);
    if (immediate) void autosave.flush();
  }

  const flush = () => void autosave.flush();

  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="md" maw={560}>
        <Group justify="space-between">
          <Title order={2} fz="lg">
            Agency
          </Title>
          <Text
            size="sm"
            c={autosave.state === 'invalid' || autosave.state === 'error' ? 'red' : 'dimmed'}
            role="status"
            aria-live="polite"
          >
            {saveStateText(autosave.state)}
          </Text>
        </Group>
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
