import { Button, Code, Stack, Text } from '@mantine/core';
import { useNavigate, useRouteError } from 'react-router';
import { ErrorState } from '@/components/ui/states';
import { isAppError } from '@/lib/errors';

/** Each route's error boundary: the rest of the window keeps working. */
export function RouteError() {
  const error = useRouteError();
  const navigate = useNavigate();
  // A screen that failed to draw is a bug, not a user mistake: show what
  // broke so it can be reported (it never contains workspace data).
  const technical = !isAppError(error) && error instanceof Error ? `${error.name}: ${error.message}` : '';
  return (
    <Stack maw={640}>
      <ErrorState error={error} onRetry={() => void navigate(0)} />
      {technical && (
        <Text size="xs" c="dimmed">
          Technical details: <Code>{technical}</Code>
        </Text>
      )}
      <Button variant="subtle" onClick={() => void navigate('/')} w="fit-content">
        Back to the Dashboard
      </Button>
    </Stack>
  );
}
