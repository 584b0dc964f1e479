import { Alert, Button, List } from '@mantine/core';
import { useState } from 'react';
import { IconAlertTriangle } from '@tabler/icons-react';
import { backend } from '../../../../wailsjs/go/models';
import { articleFor } from '@/lib/format';
import { overPeakText, overWhen } from '../types/over';

const SHOWN = 12;

/** Only what needs attention: over-allocation, missing cover, over-servicing, leavers. */
export function TeamWarnings({ overview }: { overview: backend.TeamOverview }) {
  const items: string[] = [];
  for (const r of overview.overAllocated)
    items.push(
      `${r.name} is over-allocated ${overWhen(r.over, r.thisMonth.from.slice(0, 7))}: ${overPeakText(r.over)} of their time is confirmed.`,
    );
  for (const c of overview.coverage) {
    if (!c.hasLead && c.tier !== '') items.push(`${c.accountName} has no lead.`);
    if (c.needsBackup) items.push(`${c.accountName} is a ${c.tier} account without a backup.`);
    if (c.overServiced)
      items.push(
        `${c.accountName} is over-serviced: ${Math.round(c.hoursPerMonth)} hours a month allocated against ${articleFor(c.retainerHours)} ${c.retainerHours}-hour retainer.`,
      );
    if (c.leaversOnAccount.length)
      items.push(
        `${c.leaversOnAccount.join(' and ')} ${c.leaversOnAccount.length > 1 ? 'are' : 'is'} leaving and covers ${c.accountName}: plan the succession.`,
      );
  }
  const [all, setAll] = useState(false);
  if (items.length === 0) return null;
  // A large agency can have hundreds of these: the first few, then all on request.
  const shown = all ? items : items.slice(0, SHOWN);
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      title="Needs attention"
      mb="md"
    >
      <List size="sm" spacing={2}>
        {shown.map((t) => (
          <List.Item key={t}>{t}</List.Item>
        ))}
      </List>
      {items.length > SHOWN && (
        <Button size="compact-xs" variant="subtle" mt={4} onClick={() => setAll(!all)}>
          {all ? 'Show fewer' : `Show all ${items.length}`}
        </Button>
      )}
    </Alert>
  );
}
