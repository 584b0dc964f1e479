import { Checkbox, Group } from '@mantine/core';
import type { ExportFormat } from '../types/exports-schema';

const formats: { value: ExportFormat; label: string }[] = [
  { value: 'pdf', label: 'PDF (for people)' },
  { value: 'md', label: 'Markdown' },
  { value: 'html', label: 'HTML (printable)' },
  { value: 'json', label: 'JSON (for tools)' },
  { value: 'csv', label: 'CSV (for spreadsheets)' },
  { value: 'xlsx', label: 'Excel workbook (XLSX)' },
];

/** The formats of an export and whether appraisals leave the computer with it. */
export function ExportContents({
  formats: chosen,
  onFormats,
  appraisals,
  onAppraisals,
}: {
  formats: ExportFormat[];
  onFormats: (f: ExportFormat[]) => void;
  appraisals: boolean;
  onAppraisals: (on: boolean) => void;
}) {
  return (
    <>
      <Checkbox.Group label="Formats" value={chosen} onChange={onFormats}>
        <Group mt={4}>
          {formats.map((f) => (
            <Checkbox key={f.value} value={f.value} label={f.label} />
          ))}
        </Group>
      </Checkbox.Group>
      <Checkbox
        label="Include appraisals"
        description={
          appraisals
            ? 'Confidential: one file per review cycle will leave this computer, with every appraisal’s ratings, strengths, development areas and compensation recommendation. Private manager notes never do.'
            : 'Off: no exported file carries appraisal content.'
        }
        checked={appraisals}
        onChange={(e) => onAppraisals(e.currentTarget.checked)}
      />
    </>
  );
}
