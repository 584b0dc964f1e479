import { Button, Tabs } from '@mantine/core';
import { IconPlus, IconSettings } from '@tabler/icons-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { PageHeader } from '@/components/ui/page-header';
import { useTeamOverview } from '../api/team';
import { AddPersonDialog } from '../components/add-person-dialog';
import { EditRolesDialog } from '../components/edit-roles-dialog';
import { Heatmap } from '../components/heatmap';
import { OrgChart } from '../components/org-chart';
import { TeamWarnings } from '../components/team-warnings';
import { RosterTable } from '../components/roster-table';
import { useScreenTiming } from '@/lib/screen-timing';

export function TeamRoute() {
  const overview = useTeamOverview();
  useScreenTiming('team', overview.data ? overview.dataUpdatedAt : 0);
  const [params, setParams] = useSearchParams();
  const [adding, setAdding] = useState(false);
  const [editingRoles, setEditingRoles] = useState(false);
  const header = (
    <PageHeader
      title="Team"
      description="Who reports to whom, who works on which account, and who has too much on."
      actions={
        <>
          <Button
            variant="default"
            leftSection={<IconSettings size={16} />}
            onClick={() => setEditingRoles(true)}
          >
            Edit roles
          </Button>
          <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
            Add person
          </Button>
        </>
      }
    />
  );
  const modals = (
    <>
      {adding && <AddPersonDialog onClose={() => setAdding(false)} />}
      {editingRoles && <EditRolesDialog onClose={() => setEditingRoles(false)} />}
    </>
  );
  if (overview.isPending)
    return (
      <>
        {header}
        <LoadingState />
      </>
    );
  if (overview.isError)
    return (
      <>
        {header}
        <ErrorState error={overview.error} onRetry={() => void overview.refetch()} />
      </>
    );
  const o = overview.data;
  if (o.roster.length === 0)
    return (
      <>
        {header}
        {modals}
        <EmptyState
          title="No one on the team yet"
          action={
            <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
              Add person
            </Button>
          }
        >
          Add your account managers, executives and coordinators, then allocate them to accounts.
        </EmptyState>
      </>
    );
  return (
    <>
      {header}
      {modals}
      <TeamWarnings overview={o} />
      <Tabs
        keepMounted={false}
        value={params.get('view') ?? 'roster'}
        onChange={(v) => setParams({ view: v ?? 'roster' }, { replace: true })}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="roster">Roster</Tabs.Tab>
          <Tabs.Tab value="org">Org chart</Tabs.Tab>
          <Tabs.Tab value="capacity">Capacity</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="roster">
          <RosterTable roster={o.roster} />
        </Tabs.Panel>
        <Tabs.Panel value="org">
          <OrgChart roster={o.roster} />
        </Tabs.Panel>
        <Tabs.Panel value="capacity">
          <Heatmap heatmap={o.heatmap} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
