import { createSpotlight, Spotlight, type SpotlightActionData } from '@mantine/spotlight';
import {
  IconBriefcase,
  IconDatabaseExport,
  IconFileExport,
  IconPlus,
  IconPresentation,
  IconSearch,
  IconTarget,
  IconUser,
  IconUsers,
} from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { matchPath, useLocation, useNavigate } from 'react-router';
import { backupNow } from '@/features/settings/api/settings';
import { formatDate } from '@/lib/format';
import { notifyError, notifySuccess } from '@/lib/notify';
import { oneOnOneSchedulesQueryOptions } from '@/lib/shared-queries';
import { useSearch } from './search';
import { sections } from './sections';

const kindIcon = {
  account: IconBriefcase,
  stakeholder: IconUser,
  plan: IconTarget,
  objective: IconTarget,
} as const;
const kindWord = {
  account: 'Account',
  stakeholder: 'Stakeholder',
  plan: 'Plan',
  objective: 'Objective',
} as const;

/** The palette's own store, so the app can move its highlight (Mantine exports no action for that). */
const [paletteStore, palette] = createSpotlight();
export { palette };

/**
 * Highlights the first entry: Mantine's palette selects only after typing,
 * before the results have arrived, so Enter did nothing until ↓. Run when
 * the palette opens and whenever its entries change.
 */
function selectFirst() {
  const { listId } = paletteStore.getState();
  const list = listId ? document.getElementById(listId) : null;
  const first = list?.querySelector<HTMLElement>('[data-action]');
  if (!list || !first) return;
  list.querySelector('[data-selected]')?.removeAttribute('data-selected');
  first.setAttribute('data-selected', 'true');
  first.scrollIntoView({ block: 'nearest' });
  paletteStore.updateState((state) => ({ ...state, selected: 0 }));
}

/** Ctrl/Cmd+K: go to a section, run a command, or find an account, stakeholder, plan or objective. */
export function CommandPalette() {
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const hits = useSearch(query);
  const reports = useQuery(oneOnOneSchedulesQueryOptions());
  const onAccount = matchPath('/accounts/:accountId', useLocation().pathname);

  const commands: SpotlightActionData[] = [
    ...sections.map((s) => ({
      id: `go-${s.path}`,
      label: `Go to ${s.label}`,
      leftSection: <s.icon size={18} />,
      onClick: () => void navigate(s.path),
    })),
    {
      id: 'new-account',
      label: 'New account',
      keywords: ['add client', 'create account'],
      leftSection: <IconPlus size={18} />,
      onClick: () => void navigate('/accounts?new=1'),
    },
    {
      id: 'export-plans',
      label: 'Export plan summaries',
      keywords: ['share', 'management', 'pdf'],
      leftSection: <IconFileExport size={18} />,
      onClick: () => void navigate('/exports'),
    },
    {
      id: 'record-qbr',
      label: 'Record a QBR',
      description: 'Opens the accounts whose QBR is due, sorted by how overdue it is',
      keywords: ['qbr', 'quarterly business review'],
      leftSection: <IconTarget size={18} />,
      onClick: () => void navigate('/accounts?sort=qbr'),
    },
    ...(onAccount
      ? [
          {
            id: 'qbr-pack-here',
            label: 'QBR pack for this account',
            description: 'A PDF and HTML for the client, with a preview of what is left out',
            keywords: ['qbr', 'client', 'pack', 'quarterly business review'],
            leftSection: <IconPresentation size={18} />,
            onClick: () => void navigate(`/accounts/${onAccount.params.accountId}?pack=qbr`),
          },
        ]
      : []),
    {
      id: 'backup',
      label: 'Back up workspace now',
      leftSection: <IconDatabaseExport size={18} />,
      onClick: () => {
        backupNow().then(
          (p) => notifySuccess(`Saved to ${p}`, 'Backup made'),
          (e: unknown) => notifyError(e),
        );
      },
    },
    // "New 1:1 with …" for each direct report: opens today's 1:1 with the
    // points left open last time. Offered once something is typed ("1:1",
    // a name), so a large team does not crowd the list.
    ...(query.trim()
      ? (reports.data ?? []).map((s) => ({
          id: `one-on-one-${s.personId}`,
          label: `New 1:1 with ${s.personName}`,
          description: s.overdue ? `Missed: it was due ${formatDate(s.nextDue)}` : undefined,
          keywords: ['one to one', 'one-on-one', 'meeting', s.personName],
          leftSection: <IconUsers size={18} />,
          onClick: () => void navigate(`/team/${s.personId}/one-on-ones/new`),
        }))
      : []),
  ];
  const q = query.trim().toLowerCase();
  const matching = commands.filter(
    (c) =>
      !q ||
      [String(c.label), ...((c.keywords as string[] | undefined) ?? [])].some((w) =>
        w.toLowerCase().includes(q),
      ),
  );
  const found: SpotlightActionData[] = (hits.data ?? []).flatMap((h) => {
    const Icon = kindIcon[h.kind as keyof typeof kindIcon] ?? IconSearch;
    const to =
      h.kind === 'account' || h.kind === 'stakeholder'
        ? `/accounts/${h.accountId}${h.kind === 'stakeholder' ? '?tab=stakeholders' : ''}`
        : `/accounts/${h.accountId}?tab=plan&plan=${h.planId}`;
    const hit: SpotlightActionData = {
      id: `${h.kind}-${h.itemId}`,
      label: h.kind === 'plan' ? `${h.accountName} plan ${h.title}` : h.title,
      description: `${kindWord[h.kind as keyof typeof kindWord] ?? h.kind}${h.kind === 'account' ? '' : ` · ${h.accountName}`}${h.snippet ? ` · ${h.snippet}` : ''}`,
      leftSection: <Icon size={18} />,
      onClick: () => void navigate(to),
    };
    if (h.kind !== 'account') return [hit];
    // An account found can also have its client-ready QBR pack made.
    const pack: SpotlightActionData = {
      id: `qbr-pack-${h.accountId}`,
      label: `QBR pack for ${h.title}`,
      description: 'A PDF and HTML for the client, with a preview of what is left out',
      leftSection: <IconPresentation size={18} />,
      onClick: () => void navigate(`/accounts/${h.accountId}?pack=qbr`),
    };
    return [hit, pack];
  });

  // Something is always highlighted, so Enter runs the first entry: after
  // the list is drawn (on opening, and whenever its entries change).
  const listed = [...matching, ...found].map((a) => a.id).join('|');
  useEffect(() => {
    const t = setTimeout(selectFirst, 0);
    return () => clearTimeout(t);
  }, [listed]);

  return (
    <Spotlight.Root
      store={paletteStore}
      query={query}
      onQueryChange={setQuery}
      onSpotlightOpen={() => setTimeout(selectFirst, 50)}
      // Each opening starts empty: Mantine's own clearing raced with an action that navigates.
      onSpotlightClose={() => setQuery('')}
      shortcut={['mod + K']}
      scrollable
      maxHeight={420}
      // The dialog's name, for screen readers; its header is hidden (app.css).
      title="Search and commands"
    >
      <Spotlight.Search
        placeholder="Find an account, stakeholder, plan or objective… or a command"
        leftSection={<IconSearch size={18} />}
        aria-label="Search"
      />
      <Spotlight.ActionsList>
        {/* Commands first: typing an action's name ("new account", "QBR") means the action. */}
        {matching.length > 0 && (
          <Spotlight.ActionsGroup label="Commands">
            {matching.map((a) => (
              <Spotlight.Action key={a.id} {...a} />
            ))}
          </Spotlight.ActionsGroup>
        )}
        {found.length > 0 && (
          <Spotlight.ActionsGroup label="Found">
            {found.map((a) => (
              <Spotlight.Action key={a.id} {...a} />
            ))}
          </Spotlight.ActionsGroup>
        )}
        {found.length === 0 && matching.length === 0 && (
          <Spotlight.Empty>{hits.isFetching ? 'Searching…' : 'Nothing found'}</Spotlight.Empty>
        )}
      </Spotlight.ActionsList>
    </Spotlight.Root>
  );
}
