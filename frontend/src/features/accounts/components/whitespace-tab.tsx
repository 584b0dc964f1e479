import {
  Button,
  Group,
  Paper,
  Popover,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { IconLink } from '@tabler/icons-react';
import { useState, type KeyboardEvent } from 'react';
import { backend } from '../../../../wailsjs/go/models';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { toAppError } from '@/lib/errors';
import { formatMoney, formatMoneyCompact, formatPercent } from '@/lib/format';
import { useSaveDivision, useWhitespaceGrid } from '../api/whitespace';
import {
  cellStatusColor,
  cellStatusLabel,
  divisionNameSchema,
  type CellStatus,
} from '../types/whitespace-schema';
import { CellEditor } from './whitespace/cell-editor';
import { DivisionHeader } from './whitespace/division-header';

/**
 * The account's whitespace grid: the client's divisions or brands × the agency's service lines,
 * with share of wallet and untapped potential above it. It is the account's, not a plan
 * version's, so it has its own tab; a potential cell becomes an opportunity of the current plan.
 */
export function WhitespaceTab({ accountId, currency }: { accountId: number; currency: string }) {
  const grid = useWhitespaceGrid(accountId);
  if (grid.isPending) return <LoadingState />;
  if (grid.isError) return <ErrorState error={grid.error} onRetry={() => void grid.refetch()} />;
  const g = grid.data;
  return (
    <Stack gap="md">
      <WalletSummary summary={g.summary} currency={currency} />
      <Paper withBorder radius="md" p="md" component="section" aria-labelledby="whitespace-title">
        <Title order={2} fz="md" mb={4} id="whitespace-title">
          Whitespace grid
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          What each division or brand buys, from us or from another agency, and where we could grow. Choose a
          cell to fill it in.
        </Text>
        {g.divisions.length === 0 ? (
          <Text size="sm" mb="sm">
            Start with the client&apos;s divisions or brands, or one row for the whole client.
          </Text>
        ) : (
          <GridTable g={g} accountId={accountId} currency={currency} />
        )}
        <AddDivision accountId={accountId} first={g.divisions.length === 0} />
      </Paper>
    </Stack>
  );
}

function WalletSummary({ summary, currency }: { summary: backend.GridSummary; currency: string }) {
  const o = summary.overall;
  const stat = (label: string, value: string, hint?: string) => (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600} fz="lg">
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed" maw={210}>
          {hint}
        </Text>
      )}
    </div>
  );
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Share of wallet">
      <Group gap="lg" align="flex-start" wrap="nowrap">
        {stat(
          'Share of wallet',
          o.hasShare ? formatPercent(o.sharePct) : '–',
          o.unpricedCompetitors > 0
            ? `${o.unpricedCompetitors} competitor ${o.unpricedCompetitors === 1 ? 'cell has' : 'cells have'} no value, so our real share may be lower.`
            : 'Ours ÷ (ours + competitors’).',
        )}
        {stat('Our current work', formatMoney(o.currentMinor, currency))}
        {stat('Competitors’ work', formatMoney(o.competitorMinor, currency))}
        {stat(
          'Untapped potential',
          formatMoney(o.untappedMinor, currency),
          'Potential not yet won as an opportunity.',
        )}
      </Group>
    </Paper>
  );
}

/** Arrow keys move between cells; Tab still goes through them in reading order. */
function moveFocus(e: KeyboardEvent<HTMLTableElement>) {
  const at = (e.target as HTMLElement).dataset.cell?.split(',').map(Number);
  if (!at) return;
  const [r, c] = at as [number, number];
  const to = { ArrowUp: [r - 1, c], ArrowDown: [r + 1, c], ArrowLeft: [r, c - 1], ArrowRight: [r, c + 1] }[
    e.key
  ];
  if (!to) return;
  const next = e.currentTarget.querySelector<HTMLElement>(`[data-cell="${to[0]},${to[1]}"]`);
  if (next) {
    e.preventDefault();
    next.focus();
  }
}

function GridTable({ g, accountId, currency }: { g: backend.Grid; accountId: number; currency: string }) {
  const [open, setOpen] = useState<string | null>(null);
  const cells = new Map(g.cells.map((c) => [`${c.divisionId}:${c.serviceLineId}`, c]));
  const wallet = new Map(g.summary.lines.map((w) => [w.serviceLineId, w]));
  // Columns stay wide enough to read "Potential US$102k" and a line's name unbroken: a workspace
  // of ten lines scrolls sideways inside the card below about 1200 px, rather than truncate.
  return (
    <Table.ScrollContainer minWidth={150 + g.lines.length * 84} mb="sm">
      <Table
        withTableBorder
        withColumnBorders
        verticalSpacing={4}
        horizontalSpacing={6}
        fz="xs"
        aria-label="Whitespace grid"
        onKeyDown={moveFocus}
        style={{ tableLayout: 'fixed' }}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={150}>Division or brand</Table.Th>
            {g.lines.map((l) => (
              <Table.Th key={l.id} ta="center" fw={600} style={{ verticalAlign: 'bottom' }}>
                {l.name}
                {l.retired && (
                  <Text span size="xs" c="dimmed" display="block">
                    retired
                  </Text>
                )}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {g.divisions.map((d, r) => (
            <Table.Tr key={d.id}>
              <Table.Th scope="row">
                <DivisionHeader
                  accountId={accountId}
                  division={d}
                  cells={g.cells.filter((c) => c.divisionId === d.id).length}
                />
              </Table.Th>
              {g.lines.map((l, c) => {
                const key = `${d.id}:${l.id}`;
                return (
                  <Table.Td key={l.id} p={2}>
                    <GridCell
                      accountId={accountId}
                      division={d}
                      line={l}
                      cell={cells.get(key)}
                      currency={currency}
                      at={`${r},${c}`}
                      open={open === key}
                      onOpen={(o) => setOpen(o ? key : null)}
                    />
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row" fw={500}>
              Share of wallet
            </Table.Th>
            {g.lines.map((l) => {
              const w = wallet.get(l.id);
              return (
                <Table.Td key={l.id} ta="center">
                  {w?.hasShare ? formatPercent(w.sharePct) : '–'}
                </Table.Td>
              );
            })}
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row" fw={500}>
              Untapped
            </Table.Th>
            {g.lines.map((l) => {
              const w = wallet.get(l.id);
              return (
                <Table.Td key={l.id} ta="center">
                  {w?.untappedMinor ? formatMoneyCompact(w.untappedMinor, currency) : '–'}
                </Table.Td>
              );
            })}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}

function GridCell({
  accountId,
  division,
  line,
  cell,
  currency,
  at,
  open,
  onOpen,
}: {
  accountId: number;
  division: backend.Division;
  line: backend.ServiceLine;
  cell: backend.Cell | undefined;
  currency: string;
  at: string;
  open: boolean;
  onOpen: (open: boolean) => void;
}) {
  const status = (cell?.status ?? '') as CellStatus;
  const color = cellStatusColor[status];
  const money = cell && cell.valueMinor > 0 ? formatMoneyCompact(cell.valueMinor, currency) : '';
  // The accessible name holds the visible text as it reads (WCAG 2.5.3), then what it does not show.
  const shown = [status === 'competitor' ? cell?.competitor : status ? cellStatusLabel[status] : '', money]
    .filter(Boolean)
    .join(' ');
  const detail =
    (status === 'competitor' ? `competitor, ${shown}` : shown || 'empty') +
    (cell?.opportunity ? `, opportunity ${cell.opportunity.title}` : '');
  return (
    <Popover opened={open} onChange={onOpen} trapFocus returnFocus withArrow position="bottom" shadow="md">
      <Popover.Target>
        <UnstyledButton
          data-cell={at}
          aria-label={`${division.name} × ${line.name}: ${detail}`}
          aria-haspopup="dialog"
          onClick={() => onOpen(!open)}
          w="100%"
          mih={38}
          px={4}
          py={2}
          style={{
            borderRadius: 4,
            display: 'block',
            background: status ? `var(--mantine-color-${color}-light)` : undefined,
            color: status ? `var(--mantine-color-${color}-light-color)` : 'var(--mantine-color-dimmed)',
          }}
        >
          {status ? (
            <Text span size="xs" fw={600} display="block" lh={1.3} truncate>
              {status === 'competitor' ? cell?.competitor : cellStatusLabel[status]}
            </Text>
          ) : (
            <Text span size="xs" display="block" lh={1.3} aria-hidden>
              ·
            </Text>
          )}{' '}
          <Group gap={2} wrap="nowrap" justify="space-between">
            <Text span size="xs" lh={1.3}>
              {money}
            </Text>
            {cell?.opportunity && <IconLink size={12} aria-hidden />}
          </Group>
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown aria-label={`${division.name} × ${line.name}`} role="dialog">
        {open && (
          <CellEditor
            accountId={accountId}
            division={division}
            line={line}
            cell={cell}
            onDone={() => onOpen(false)}
          />
        )}
      </Popover.Dropdown>
    </Popover>
  );
}

function AddDivision({ accountId, first }: { accountId: number; first: boolean }) {
  const [name, setName] = useState(first ? 'Whole client' : '');
  const [error, setError] = useState('');
  const save = useSaveDivision(accountId);
  const add = async () => {
    const parsed = divisionNameSchema.safeParse(name);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? '');
    try {
      await save.mutateAsync({ id: 0, name: parsed.data });
      setName('');
      setError('');
    } catch (e) {
      setError(toAppError(e).message);
    }
  };
  return (
    <Group gap="xs" align="flex-start">
      <TextInput
        size="xs"
        aria-label="New division or brand"
        placeholder="Division or brand, e.g. Consumer"
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        onKeyDown={(e) => e.key === 'Enter' && void add()}
        error={error}
        w={260}
      />
      <Button size="xs" variant="light" onClick={() => void add()} loading={save.isPending}>
        Add division or brand
      </Button>
    </Group>
  );
}
