import { useWorkspaceNotices } from '../hooks/use-workspace-notices';

/** Mounted once in the window: shows the workspace's notices on the first screen. */
export function WorkspaceNotices() {
  useWorkspaceNotices();
  return null;
}
