import { Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { backend } from '../../../../wailsjs/go/models';
import { formatDate, formatMoney, formatPercent, words } from '@/lib/format';
import { HealthBadge, PlanBadge, QBRBadge } from './badges';

type SortKey = 'name' | 'tier' | 'health' | 'revenue' | 'margin' | 'renewal' | 'qbr';
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
    default:
      return a.name.localeCompare(b.name);
  }
}

const ROW = 38;
const columns: { key: SortKey; label: string; align?: 'right' }[] = [
  { key: 'name', label: 'Account' },
  { key: 'tier', label: 'Tier' },
  { key: 'health', label: 'Health' },
  { key: 'revenue', label: 'Revenue, 12 months', align: 'right' },
  { key: 'margin', label: 'Margin', align: 'right' },
  { key: 'name', label: 'Plan' },
  { key: 'qbr', label: 'QBR' },
  { key: 'renewal', label: 'Renewal' },
];

/** The portfolio table: sortable by any column, virtualised so 5 000 rows stay smooth. */
export function AccountsTable({ accounts, currency }: { accounts: backend.AccountSummary[]; currency: string }) {
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: 'name', desc: false });
  const rows = useMemo(() => {
    const sorted = [...accounts].sort((a, b) => compare(a, b, sort.key));
    return sort.desc ? sorted.reverse() : sorted;
  }, [accounts, sort]);
  const navigate = useNavigate();
  const parent = useRef<HTMLDivElement>(null);
  const virtual = rows.length > 100;
  const v = useVirtualizer({ count: rows.length, getScrollElement: () => parent.current, estimateSize: () => ROW, overscan: 12, enabled: virtual });
  const items = virtual ? v.getVirtualItems() : rows.map((_, index) => ({ index, start: index * ROW, key: index }));
  const padTop = virtual && items.length ? items[0]!.start : 0;
  const padBottom = virtual && items.length ? v.getTotalSize() - (items[items.length - 1]!.start + ROW) : 0;

  return (
    <div ref={parent} style={{ maxHeight: virtual ? 'calc(100vh - 260px)' : undefined, overflow: virtual ? 'auto' : undefined }}>
      <Table highlightOnHover striped={false} stickyHeader verticalSpacing={6} fz="sm" aria-label="Accounts" aria-rowcount={rows.length + 1}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => {
              const sortable = c.label !== 'Plan';
              const active = sortable && sort.key === c.key;
              return (
                <Table.Th key={c.label} ta={c.align} aria-sort={active ? (sort.desc ? 'descending' : 'ascending') : undefined} style={{ whiteSpace: 'nowrap' }}>
                  {sortable ? (
                    <UnstyledButton
                      onClick={() => setSort((s) => ({ key: c.key, desc: s.key === c.key ? !s.desc : c.key === 'revenue' }))}
                      fz="sm"
                      fw={600}
                      aria-label={`Sort by ${c.label}`}
                    >
                      {c.label} {active && (sort.desc ? <IconArrowDown size={12} /> : <IconArrowUp size={12} />)}
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
              <td colSpan={8} style={{ height: padTop, padding: 0 }} />
            </tr>
          )}
          {items.map((it) => {
            const a = rows[it.index]!;
            const open = () => navigate(`/accounts/${a.id}`);
            return (
              <Table.Tr
                key={a.id}
                tabIndex={0}
                onClick={open}
                onKeyDown={(e) => e.key === 'Enter' && open()}
                style={{ cursor: 'pointer', height: ROW }}
                aria-label={a.name}
                aria-rowindex={it.index + 2}
              >
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {a.name}
                  </Text>
                  {a.industry && (
                    <Text size="xs" c="dimmed">
                      {a.industry}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{words(a.tier)}</Table.Td>
                <Table.Td>
                  <HealthBadge health={a.health} />
                </Table.Td>
                <Table.Td ta="right">{formatMoney(a.revenueT12MMinor, currency)}</Table.Td>
                <Table.Td ta="right" c={a.revenueT12MMinor > 0 && a.marginPct < 30 ? 'orange' : undefined}>
                  {a.revenueT12MMinor > 0 ? formatPercent(a.marginPct) : '—'}
                </Table.Td>
                <Table.Td>
                  <PlanBadge status={a.planStatus} period={a.planPeriod} />
                </Table.Td>
                <Table.Td>
                  <QBRBadge qbr={a.qbr} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(a.renewalDate) || '—'}</Table.Td>
              </Table.Tr>
            );
          })}
          {padBottom > 0 && (
            <tr aria-hidden>
              <td colSpan={8} style={{ height: padBottom, padding: 0 }} />
            </tr>
          )}
        </Table.Tbody>
      </Table>
    </div>
  );
}
