import { Badge, Table, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useNavigate } from 'react-router';
import { backend } from '../../../../wailsjs/go/models';
import { formatDate, words } from '@/lib/format';
import { UtilizationBar } from './utilization-bar';
import { overWhen } from '../types/over';

const ROW = 41;

/** The roster: one row a person; virtualised past 100 people so a large agency stays smooth. */
export function RosterTable({ roster }: { roster: backend.RosterRow[] }) {
  const navigate = useNavigate();
  const parent = useRef<HTMLDivElement>(null);
  const virtual = roster.length > 100;
  const v = useVirtualizer({
    count: roster.length,
    getScrollElement: () => parent.current,
    estimateSize: () => ROW,
    overscan: 10,
    enabled: virtual,
  });
  const items = virtual ? v.getVirtualItems() : roster.map((_, index) => ({ index, start: index * ROW }));
  const padTop = virtual && items.length ? items[0]!.start : 0;
  const padBottom = virtual && items.length ? v.getTotalSize() - (items[items.length - 1]!.start + ROW) : 0;
  return (
    <div
      ref={parent}
      style={{
        maxHeight: virtual ? 'calc(100vh - 300px)' : undefined,
        overflow: virtual ? 'auto' : undefined,
      }}
    >
      <Table
        highlightOnHover
        stickyHeader={virtual}
        verticalSpacing={6}
        horizontalSpacing={8}
        fz="sm"
        aria-label="Roster"
        aria-rowcount={roster.length + 1}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Reports to</Table.Th>
            <Table.Th>Utilization this month</Table.Th>
            <Table.Th>Accounts</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Start date</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {padTop > 0 && (
            <tr aria-hidden>
              <td colSpan={7} style={{ height: padTop, padding: 0 }} />
            </tr>
          )}
          {items.map((it) => {
            const r = roster[it.index]!;
            const open = () => void navigate(`/team/${r.id}`);
            return (
              <Table.Tr
                key={r.id}
                tabIndex={0}
                style={{ cursor: 'pointer', height: ROW }}
                onClick={open}
                onKeyDown={(e) => e.key === 'Enter' && open()}
                aria-label={r.name}
                aria-rowindex={it.index + 2}
              >
                <Table.Td fw={600}>
                  {r.name}
                  {r.you && (
                    <Badge ml={6} size="xs" variant="light" color="gray">
                      You
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{r.role}</Table.Td>
                <Table.Td>{r.reportsToName || '—'}</Table.Td>
                <Table.Td>
                  <UtilizationBar
                    confirmed={r.thisMonth.confirmed}
                    tentative={r.thisMonth.tentative}
                    later={r.over.length ? overWhen(r.over, r.thisMonth.from.slice(0, 7)) : undefined}
                  />
                </Table.Td>
                <Table.Td maw={200}>
                  <Text size="sm" truncate>
                    {r.accounts.join(', ') || '—'}
                  </Text>
                </Table.Td>
                <Table.Td>{words(r.status)}</Table.Td>
                <Table.Td>{formatDate(r.startDate)}</Table.Td>
              </Table.Tr>
            );
          })}
          {padBottom > 0 && (
            <tr aria-hidden>
              <td colSpan={7} style={{ height: padBottom, padding: 0 }} />
            </tr>
          )}
        </Table.Tbody>
      </Table>
    </div>
  );
}
