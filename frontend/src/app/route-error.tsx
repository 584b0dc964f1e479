import { Button, Stack } from '@mantine/core';
import { useNavigate, useRouteError } from 'react-router';
import { ErrorState } from '@/components/ui/states';

/** Each route's error boundary: the rest of the window keeps working. */
export function RouteError() {
  const error = useRouteError();
  const navigate = useNavigate();
  return (
    <Stack maw={640}>
      <ErrorState error={error} onRetry={() => navigate(0)} />
      <Button variant="subtle" onClick={() => navigate('/')} w="fit-content">
        Back to the Dashboard
      </Button>
    </Stack>
  );
}
