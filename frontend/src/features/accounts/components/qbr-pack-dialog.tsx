import {
  Badge,
  Box,
  Button,
  Checkbox,
  Group,
  List,
  Modal,
  Paper,
  Progress,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconEyeOff } from '@tabler/icons-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { FolderField } from '@/components/ui/save-pdf-dialog';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { toAppError } from '@/lib/errors';
import { formatDate, formatMonth } from '@/lib/format';
import { notifySuccess } from '@/lib/notify';
import { backend } from '../../../../wailsjs/go/models';
import { useQBRPackPreview, useSaveQBRPack } from '../api/qbr-pack';
import { qbrPackSchema, quarterOf, recentQuarters } from '../types/qbr-pack-schema';

const kindWords: Record<string, string> = {
  job: 'Delivered',
  action: 'Agreed step',
  milestone: 'Milestone',
};

function figure(n: number, unit: string): string {
  const v = n.toLocaleString(undefined, { maximumFractionDigits: 2 });
  if (!unit) return v;
  return unit === '%' ? `${v}%` : `${v} ${unit}`;
}

/**
 * "QBR pack" of an account: the director picks the quarter and whether hours
 * show, sees the pack as the client will read it and the list of what was
 * left out, then saves the PDF and HTML into a folder.
 */
export function QBRPackDialog({ accountId, onClose }: { accountId: number; onClose: () => void }) {
  const [quarters] = useState(() => recentQuarters(new Date()));
  const [quarter, setQuarter] = useState(() => quarterOf(new Date()));
  const [hours, setHours] = useState(false);
  const [folder, setFolder] = useState('');
  const [folderError, setFolderError] = useState('');
  const preview = useQBRPackPreview(accountId, quarter, hours);
  const save = useSaveQBRPack();
  const previewError = preview.isError ? toAppError(preview.error) : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = qbrPackSchema.safeParse({ quarter, hours, folder });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return setFolderError(issue?.message ?? 'Choose a folder.');
    }
    setFolderError('');
    save.mutate(
      { accountId, ...parsed.data },
      {
        onSuccess: (saved) => {
          notifySuccess(`${saved.pdf}\n${saved.html}`, 'QBR pack saved');
          onClose();
        },
        onError: (err) => setFolderError(toAppError(err).message),
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title="QBR pack for the client" size="xl">
      <Stack component="form" onSubmit={submit} gap="md">
        <Text size="sm">
          A PDF and the same page as HTML, ready to send to the client. Check what is in it, and what was left
          out, before you save.
        </Text>
        <Group align="flex-end" gap="lg">
          <Select
            label="Quarter"
            data={quarters}
            value={quarter}
            onChange={(v) => v && setQuarter(v)}
            allowDeselect={false}
            w={220}
          />
          <Checkbox
            label="Show hours used against the retainer"
            checked={hours}
            onChange={(e) => setHours(e.currentTarget.checked)}
            error={previewError?.field === 'hours' ? previewError.message : undefined}
            mb={6}
          />
        </Group>
        {preview.isPending && <LoadingState label="Preparing the pack…" />}
        {previewError && previewError.field !== 'hours' && (
          <ErrorState error={preview.error} onRetry={() => void preview.refetch()} />
        )}
        {preview.data && <PackPreview preview={preview.data} stale={preview.isPlaceholderData} />}
        <FolderField
          value={folder}
          onChange={setFolder}
          error={folderError}
          onError={setFolderError}
          chooseTitle="Save the QBR pack"
        />
        {preview.data && (
          <Text size="xs" c="dimmed">
            Saved as {preview.data.pdfName} and {preview.data.htmlName}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            type="submit"
            loading={save.isPending}
            disabled={!preview.data || preview.isPlaceholderData || !!previewError}
          >
            Save PDF and HTML
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function PackPreview({ preview, stale }: { preview: backend.QBRPackPreview; stale: boolean }) {
  const p = preview.pack;
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md" style={{ opacity: stale ? 0.6 : 1 }}>
      <Paper
        withBorder
        radius="md"
        style={{ gridColumn: 'span 2', overflow: 'hidden' }}
        aria-label="What the client will see"
        component="section"
      >
        <Box bg="blue.9" c="white" px="lg" py="md">
          <Text size="xs" tt="uppercase" fw={600} style={{ letterSpacing: '0.06em' }}>
            {p.agency ? `${p.agency} for ${p.client}` : `For ${p.client}`}
          </Text>
          <Title order={2} fz={22} mt={4}>
            {p.client}
          </Title>
          <Text size="sm">
            Quarterly Business Review · {p.quarterText} · {formatDate(p.from)} – {formatDate(p.to)}
          </Text>
        </Box>
        <Stack gap="md" p="lg">
          <PackSection title="Objectives and progress">
            {p.objectives.length === 0 ? (
              <Text size="sm" c="dimmed">
                No objectives are set for this period yet.
              </Text>
            ) : (
              <Stack gap="sm">
                {p.objectives.map((o) => (
                  <div key={o.title}>
                    <Group justify="space-between" gap="xs" wrap="nowrap">
                      <Text size="sm" fw={600}>
                        {o.title}
                        {o.achieved && (
                          <Badge ml="xs" size="sm" color="teal" variant="light">
                            Achieved
                          </Badge>
                        )}
                      </Text>
                      <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                        {o.progressPct}% of the way
                      </Text>
                    </Group>
                    <Text size="xs" c="dimmed">
                      {o.kpi ? `${o.kpi} · ` : ''}started at {figure(o.baseline, o.unit)} · now{' '}
                      {figure(o.current, o.unit)} · target {figure(o.target, o.unit)}
                      {o.due ? ` · by ${formatDate(o.due)}` : ''}
                    </Text>
                    <Progress
                      value={o.progressPct}
                      size="sm"
                      mt={4}
                      aria-label={`${o.title}: ${o.progressPct}% of the way to the target`}
                    />
                  </div>
                ))}
              </Stack>
            )}
          </PackSection>
          <PackSection title="Delivered this quarter">
            <Items items={p.delivered} empty="Nothing was marked as delivered in this quarter." />
          </PackSection>
          <PackSection title="What's next">
            {p.agreed && (
              <Text size="sm" mb="xs" style={{ whiteSpace: 'pre-line' }}>
                <Text span c="dimmed" size="sm">
                  Agreed at the review on {formatDate(p.agreedOn)}:{' '}
                </Text>
                {p.agreed}
              </Text>
            )}
            <Items
              items={p.next}
              empty={p.agreed ? '' : 'Next steps will be agreed at the review.'}
              withKind
            />
          </PackSection>
          {p.hours && (
            <PackSection title="Hours against the retainer">
              <Text size="sm">
                {p.hours.used.toLocaleString()} of {p.hours.retainer.toLocaleString()} retainer hours used
                over {p.hours.months} {p.hours.months === 1 ? 'month' : 'months'} (
                {p.hours.perMonth
                  .map((m) => `${formatMonth(m.month)}: ${m.hours.toLocaleString()}`)
                  .join(', ')}
                ).
              </Text>
            </PackSection>
          )}
        </Stack>
      </Paper>
      <Paper
        radius="md"
        p="md"
        bg="var(--mantine-color-default-hover)"
        component="section"
        aria-labelledby="qbr-pack-left-out"
      >
        <Group gap="xs" mb="xs" wrap="nowrap">
          <IconEyeOff size={18} aria-hidden />
          <Title order={3} fz="sm" id="qbr-pack-left-out">
            Left out for the client
          </Title>
        </Group>
        {preview.leftOut.length === 0 ? (
          <Text size="sm">{preview.leftOutText}</Text>
        ) : (
          <List size="sm" spacing={4}>
            {preview.leftOut.map((l) => (
              <List.Item key={l.what}>{l.count > 0 ? `${l.count} ${l.what}` : l.what}</List.Item>
            ))}
          </List>
        )}
        <Text size="xs" c="dimmed" mt="sm">
          Margin, cost, risks, stakeholder views, notes and the pipeline never go into a client pack.
        </Text>
      </Paper>
    </SimpleGrid>
  );
}

function PackSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div>
      <Title
        order={3}
        fz="md"
        c="var(--mantine-color-blue-light-color)"
        mb={6}
        pb={4}
        style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
      >
        {title}
      </Title>
      {children}
    </div>
  );
}

function Items({ items, empty, withKind }: { items: backend.PackItem[]; empty: string; withKind?: boolean }) {
  if (items.length === 0) {
    return empty ? (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    ) : null;
  }
  return (
    <Table fz="sm" verticalSpacing={4}>
      <Table.Tbody>
        {items.map((it, i) => (
          <Table.Tr key={`${it.kind}-${it.title}-${i}`}>
            <Table.Td>{it.title}</Table.Td>
            {withKind && <Table.Td c="dimmed">{kindWords[it.kind] ?? ''}</Table.Td>}
            <Table.Td style={{ whiteSpace: 'nowrap', textAlign: 'right' }}>
              {it.date ? formatDate(it.date) : 'To be agreed'}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
