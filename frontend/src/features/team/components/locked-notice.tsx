import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';

/** Said where 1:1s and notes would be while the appraisals passphrase keeps them locked. */
export function LockedNotice({ what }: { what: string }) {
  return (
    <Text size="sm" c="dimmed">
      {what} are locked with the appraisals.{' '}
      <Anchor component={Link} to="/appraisals" size="sm">
        Open Appraisals to unlock
      </Anchor>
    </Text>
  );
}
