import { Table, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { backend } from '../../../../wailsjs/go/models';
import { formatDate, formatMoney, formatPercent, words } from '@/lib/format';
import { qbrText } from './badges';
import { healthColor, planStatusColor } from '../types/labels';
import { planTypeLabel } from '../types/plan-types';
import { PlainBadge } from '@/components/ui/plain-badge';
import plain from '@/components/ui/plain.module.css';
import css from './accounts-table.module.css';

export type SortKey = 'name' | 'tier' | 'health' | 'revenue' | 'margin' | 'renewal' | 'qbr' | 'complete';
export const sortKeys: readonly SortKey[] = [
  'name',
  'tier',
  'health',
  'revenue',
  'margin',
  'renewal',
  'qbr',
  'complete',
];
const tierRank: Record<string, number> = { strategic: 0, key: 1, standard: 2 };
const healthRank: Record<string, number> = { red: 0, amber: 1, green: 2 };
const qbrRank: Record<string, number> = { overdue: 0, due: 1, done: 2, not_required: 3 };

function compare(a: backend.AccountSummary, b: backend.AccountSummary, key: SortKey): number {
  switch (key) {
    case 'tier':
      return (tierRank[a.tier] ?? 9) - (tierRank[b.tier] ?? 9);
    case 'health':
      return (healthRank[a.health] ?? 9) - (healthRank[b.health] ?? 9);
    case 'revenue':
      return a.revenueT12MMinor - b.revenueT12MMinor;
    case 'margin':
      return a.marginPct - b.marginPct;
    case 'renewal':
      return (a.renewalDate || '9999').localeCompare(b.renewalDate || '9999');
    case 'qbr':
      return (qbrRank[a.qbr.state] ?? 9) - (qbrRank[b.qbr.state] ?? 9);
    case 'complete':
      // No plan sorts below an empty plan.
      return (a.planStatus ? a.completeness : -1) - (b.planStatus ? b.completeness : -1);
    default:
      return a.name.localeCompare(b.name);
  }
}

const ROW = 38;
const columns: { key: SortKey; label: string; align?: 'right'; wide?: true }[] = [
  { key: 'name', label: 'Account' },
  { key: 'tier', label: 'Tier', wide: true },
  { key: 'health', label: 'Health' },
  { key: 'revenue', label: 'Revenue, 12 months', align: 'right' },
  { key: 'margin', label: 'Margin', align: 'right', wide: true },
  { key: 'name', label: 'Plan' },
  { key: 'complete', label: 'Complete', align: 'right' },
  { key: 'qbr', label: 'QBR' },
  { key: 'renewal', label: 'Renewal' },
];

/** The QBR cell: its standing as a badge, or a dash when no QBR is needed. */
function qbrCell(q: backend.QBRDue) {
  const t = qbrText(q);
  if (!t) {
    return (
      <span className={plain.dimmed} aria-label="No QBR needed">
        —
      </span>
    );
  }
  return <PlainBadge color={t.color}>{t.label}</PlainBadge>;
}

/** A margin under 30 % reads in orange. */
const marginStyle = (a: backend.AccountSummary) =>
  a.revenueT12MMinor > 0 && a.marginPct < 30 ? { color: 'var(--mantine-color-orange-text)' } : undefined;

/** The completeness cell: the latest plan's figure with a small bar (red below a half); a dash without a plan. */
function completeCell(a: backend.AccountSummary) {
  if (!a.planStatus) {
    return (
      <span className={plain.dimmed} aria-label="No plan">
        —
      </span>
    );
  }
  const pct = a.completeness;
  const color = pct < 50 ? 'red' : pct < 80 ? 'orange' : 'teal';
  return (
    <span className={plain.inline} title={`${planTypeLabel(a.planType)} plan, ${pct}% complete`}>
      <span
        aria-hidden
        style={{
          width: 32,
          height: 6,
          borderRadius: 3,
          background: `linear-gradient(to right, var(--mantine-color-${color}-6) ${pct}%, var(--mantine-color-default-border) ${pct}%)`,
        }}
      />
      {pct}%
    </span>
  );
}

/** The portfolio table: sortable by any column, virtualised so 5 000 rows stay smooth. */
export function AccountsTable({
  accounts,
  currency,
  initialSort = 'name',
}: {
  accounts: backend.AccountSummary[];
  currency: string;
  initialSort?: SortKey;
}) {
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({
    key: initialSort,
    desc: initialSort === 'revenue',
  });
  const rows = useMemo(() => {
    const sorted = [...accounts].sort((a, b) => compare(a, b, sort.key));
    return sort.desc ? sorted.reverse() : sorted;
  }, [accounts, sort]);
  const navigate = useNavigate();
  const parent = useRef<HTMLDivElement>(null);
  const virtual = rows.length > 100;
  const v = useVirtualizer({
    count: rows.length,
    getScrollElement: () => parent.current,
    estimateSize: () => ROW,
    overscan: 12,
    enabled: virtual,
  });
  const items = virtual
    ? v.getVirtualItems()
    : rows.map((_, index) => ({ index, start: index * ROW, key: index }));
  const padTop = virtual && items.length ? items[0]!.start : 0;
  const padBottom = virtual && items.length ? v.getTotalSize() - (items[items.length - 1]!.start + ROW) : 0;

  return (
    <div
      ref={parent}
      style={{
        maxHeight: virtual ? 'calc(100vh - 260px)' : undefined,
        overflow: virtual ? 'auto' : undefined,
      }}
    >
      <Table
        highlightOnHover
        striped={false}
        stickyHeader
        verticalSpacing={6}
        horizontalSpacing={8}
        fz="sm"
        aria-label="Accounts"
        aria-rowcount={rows.length + 1}
      >
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => {
              const sortable = c.label !== 'Plan';
              const active = sortable && sort.key === c.key;
              return (
                <Table.Th
                  key={c.label}
                  ta={c.align}
                  className={c.wide && css.wideOnly}
                  aria-sort={active ? (sort.desc ? 'descending' : 'ascending') : undefined}
                >
                  {sortable ? (
                    <UnstyledButton
                      onClick={() =>
                        setSort((s) => ({
                          key: c.key,
                          desc: s.key === c.key ? !s.desc : c.key === 'revenue',
                        }))
                      }
                      fz="sm"
                      fw={600}
                      aria-label={`Sort by ${c.label}`}
                    >
                      {c.label}{' '}
                      {active && (sort.desc ? <IconArrowDown size={12} /> : <IconArrowUp size={12} />)}
                    </UnstyledButton>
                  ) : (
                    c.label
                  )}
                </Table.Th>
              );
            })}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {padTop > 0 && (
            <tr aria-hidden>
              <td colSpan={columns.length} style={{ height: padTop, padding: 0 }} />
            </tr>
          )}
          {items.map((it) => {
            const a = rows[it.index]!;
            const open = () => void navigate(`/accounts/${a.id}`);
            return (
              // Plain cells: up to ~45 rows are drawn at once while scrolling, and a Mantine
              // component per cell cost more script than the rest of the screen.
              <tr
                key={a.id}
                className={plain.row}
                tabIndex={0}
                onClick={open}
                onKeyDown={(e) => e.key === 'Enter' && open()}
                style={{ cursor: 'pointer', height: ROW }}
                aria-label={a.name}
                aria-rowindex={it.index + 2}
              >
                <td className={plain.cell}>
                  <span className={plain.strong}>{a.name}</span>
                  <span className={`${plain.small} ${plain.dimmed}`}>
                    <span className={css.narrowOnly}>
                      {words(a.tier)}
                      {a.industry && ' · '}
                    </span>
                    {a.industry}
                  </span>
                </td>
                <td className={`${plain.cell} ${css.wideOnly}`}>{words(a.tier)}</td>
                <td className={plain.cell}>
                  <span className={plain.inline}>
                    <span
                      aria-hidden
                      style={{
                        width: 9,
                        height: 9,
                        borderRadius: 9,
                        background: `var(--mantine-color-${healthColor[a.health] ?? 'gray'}-6)`,
                      }}
                    />
                    {words(a.health)}
                  </span>
                </td>
                <td className={`${plain.cell} ${plain.right}`}>
                  {formatMoney(a.revenueT12MMinor, currency)}
                  {a.revenueT12MMinor > 0 && (
                    <span className={`${plain.small} ${css.narrowOnly} ${css.block}`} style={marginStyle(a)}>
                      {formatPercent(a.marginPct)} margin
                    </span>
                  )}
                </td>
                <td className={`${plain.cell} ${plain.right} ${css.wideOnly}`} style={marginStyle(a)}>
                  {a.revenueT12MMinor > 0 ? formatPercent(a.marginPct) : '—'}
                </td>
                <td className={plain.cell}>
                  {a.planStatus ? (
                    // Period and status wrap onto two lines in a narrow window rather than widen the table.
                    <span className={plain.wrap}>
                      {a.planPeriod}
                      <PlainBadge color={planStatusColor[a.planStatus] ?? 'gray'}>
                        {words(a.planStatus)}
                      </PlainBadge>
                    </span>
                  ) : (
                    <span className={plain.dimmed}>No plan</span>
                  )}
                </td>
                <td className={`${plain.cell} ${plain.right}`}>{completeCell(a)}</td>
                <td className={plain.cell}>{qbrCell(a.qbr)}</td>
                <td className={`${plain.cell} ${plain.nowrap}`}>{formatDate(a.renewalDate) || '—'}</td>
              </tr>
            );
          })}
          {padBottom > 0 && (
            <tr aria-hidden>
              <td colSpan={columns.length} style={{ height: padBottom, padding: 0 }} />
            </tr>
          )}
        </Table.Tbody>
      </Table>
    </div>
  );
}
