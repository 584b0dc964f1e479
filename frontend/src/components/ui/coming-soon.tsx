import { List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { PageHeader } from './page-header';

/** A section that is on its way: says plainly what it will do. */
export function ComingSoon({ title, description, features }: { title: string; description: string; features: string[] }) {
  return (
    <>
      <PageHeader title={title} description={description} />
      <Paper withBorder radius="md" p="lg" maw={760}>
        <Stack gap="sm">
          <Title order={2} fz="md">
            Coming in the next release
          </Title>
          <Text size="sm" c="dimmed">
            This section is being built. When it arrives you will be able to:
          </Text>
          <List
            spacing="xs"
            size="sm"
            icon={
              <ThemeIcon size={20} radius="xl" variant="light">
                <IconCheck size={13} />
              </ThemeIcon>
            }
          >
            {features.map((f) => (
              <List.Item key={f}>{f}</List.Item>
            ))}
          </List>
        </Stack>
      </Paper>
    </>
  );
}
