import { Paper, Stack, Text, Title } from '@mantine/core';
import { formatDateTime } from '@/lib/format';
import { useAudit } from '../api/appraisals';
import { auditLine } from '../types/audit-line';

/** The last twelve changes to the appraisal, newest first: what changed, never the text. */
export function AuditPanel({ id }: { id: number }) {
  const audit = useAudit(id);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Audit trail">
      <Title order={2} fz="md" mb="xs">
        Audit trail
      </Title>
      <Stack gap={4}>
        {(audit.data ?? [])
          .slice(-12)
          .reverse()
          .map((e, i) => (
            <Text key={i} size="xs">
              <Text span c="dimmed">
                {formatDateTime(e.at)}
              </Text>{' '}
              · {auditLine(e.action, e.detail)}
            </Text>
          ))}
      </Stack>
    </Paper>
  );
}
