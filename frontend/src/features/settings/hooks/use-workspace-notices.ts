import { notifications } from '@mantine/notifications';
import { useEffect, useRef } from 'react';
import { takeWorkspaceNotices } from '../api/settings';

/**
 * Shows, on the first screen, what opening the workspace found that the
 * user must know, as notifications that stay until closed. Asked once per
 * window (the ref survives React's development double effects); a failure
 * to ask is not worth a toast of its own.
 */
export function useWorkspaceNotices(take: () => Promise<string[]> = takeWorkspaceNotices): void {
  const asked = useRef(false);
  useEffect(() => {
    if (asked.current) return;
    asked.current = true;
    Promise.resolve()
      .then(take)
      .then((notices) => {
        for (const message of notices ?? []) {
          notifications.show({
            color: 'yellow',
            title: 'About your workspace',
            message,
            autoClose: false,
            withCloseButton: true,
          });
        }
      })
      .catch(() => undefined);
  }, [take]);
}
