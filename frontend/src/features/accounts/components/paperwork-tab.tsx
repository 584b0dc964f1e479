import { SimpleGrid } from '@mantine/core';
import { JobsPanel } from './jobs-panel';
import { ContactReportsPanel } from './contact-reports-panel';

/** The account team's paperwork: the status report (jobs) and contact reports. */
export function PaperworkTab({ accountId }: { accountId: number }) {
  return (
    <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="lg">
      <JobsPanel accountId={accountId} />
      <ContactReportsPanel accountId={accountId} />
    </SimpleGrid>
  );
}
