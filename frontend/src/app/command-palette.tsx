import { Spotlight, type SpotlightActionData } from '@mantine/spotlight';
import { IconBriefcase, IconDatabaseExport, IconSearch, IconTarget, IconUser } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Find } from '../../wailsjs/go/app/SearchAPI';
import { BackupNow } from '../../wailsjs/go/app/WorkspaceAPI';
import { notifyError, notifySuccess } from '@/lib/notify';
import { sections } from './sections';

const kindIcon = { account: IconBriefcase, stakeholder: IconUser, plan: IconTarget, objective: IconTarget } as const;
const kindWord = { account: 'Account', stakeholder: 'Stakeholder', plan: 'Plan', objective: 'Objective' } as const;

/** Ctrl/Cmd+K: go to a section, run a command, or find an account, stakeholder, plan or objective. */
export function CommandPalette() {
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const hits = useQuery({ queryKey: ['search', query], queryFn: () => Find(query), enabled: query.trim().length > 1, staleTime: 10_000 });

  const commands: SpotlightActionData[] = [
    ...sections.map((s) => ({ id: `go-${s.path}`, label: `Go to ${s.label}`, leftSection: <s.icon size={18} />, onClick: () => navigate(s.path) })),
    {
      id: 'backup',
      label: 'Back up workspace now',
      leftSection: <IconDatabaseExport size={18} />,
      onClick: () => {
        BackupNow().then((p) => notifySuccess(`Saved to ${p}`, 'Backup made'), (e: unknown) => notifyError(e));
      },
    },
  ];
  const q = query.trim().toLowerCase();
  const matching = commands.filter((c) => !q || String(c.label).toLowerCase().includes(q));
  const found: SpotlightActionData[] = (hits.data ?? []).map((h) => {
    const Icon = kindIcon[h.kind as keyof typeof kindIcon] ?? IconSearch;
    const to =
      h.kind === 'account' || h.kind === 'stakeholder'
        ? `/accounts/${h.accountId}${h.kind === 'stakeholder' ? '?tab=stakeholders' : ''}`
        : `/accounts/${h.accountId}?tab=plan&plan=${h.planId}`;
    return {
      id: `${h.kind}-${h.itemId}`,
      label: h.kind === 'plan' ? `${h.accountName} plan ${h.title}` : h.title,
      description: `${kindWord[h.kind as keyof typeof kindWord] ?? h.kind}${h.kind === 'account' ? '' : ` · ${h.accountName}`}${h.snippet ? ` · ${h.snippet}` : ''}`,
      leftSection: <Icon size={18} />,
      onClick: () => navigate(to),
    };
  });

  return (
    <Spotlight.Root query={query} onQueryChange={setQuery} shortcut={['mod + K']} scrollable maxHeight={420}>
      <Spotlight.Search placeholder="Find an account, stakeholder, plan or objective… or a command" leftSection={<IconSearch size={18} />} aria-label="Search" />
      <Spotlight.ActionsList>
        {found.length > 0 && (
          <Spotlight.ActionsGroup label="Found">
            {found.map((a) => (
              <Spotlight.Action key={a.id} {...a} />
            ))}
          </Spotlight.ActionsGroup>
        )}
        {matching.length > 0 && (
          <Spotlight.ActionsGroup label="Commands">
            {matching.map((a) => (
              <Spotlight.Action key={a.id} {...a} />
            ))}
          </Spotlight.ActionsGroup>
        )}
        {found.length === 0 && matching.length === 0 && <Spotlight.Empty>{hits.isFetching ? 'Searching…' : 'Nothing found'}</Spotlight.Empty>}
      </Spotlight.ActionsList>
    </Spotlight.Root>
  );
}
