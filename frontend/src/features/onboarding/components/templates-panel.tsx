import { Anchor, Button, Group, Paper, Text, Title } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useCopyTemplate, useTemplates } from '../api/onboarding';

/** The templates, each opening its editor or copied to make a new one. */
export function TemplatesPanel() {
  const templates = useTemplates();
  const copy = useCopyTemplate();
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Templates">
      <Title order={2} fz="md" mb="xs">
        Templates
      </Title>
      {(templates.data ?? []).map((t) => (
        <Group key={t.id} justify="space-between" py={6} wrap="nowrap">
          <div>
            <Anchor component={Link} to={`/onboarding/templates/${t.id}`} size="sm" fw={600}>
              {t.name}
              {t.builtIn ? ' (built in)' : ''}
            </Anchor>
            <Text size="xs" c="dimmed">
              {t.tasks.length} tasks · for {t.forRole || 'anyone'}
            </Text>
          </div>
          <Button
            size="xs"
            variant="subtle"
            px={6}
            style={{ flexShrink: 0 }}
            leftSection={<IconCopy size={14} />}
            onClick={() => copy.mutate(t.id)}
            aria-label={`Copy ${t.name}`}
          >
            Copy
          </Button>
        </Group>
      ))}
      <Text size="xs" c="dimmed" mt="xs">
        Editing a template never changes checklists already started.
      </Text>
    </Paper>
  );
}
