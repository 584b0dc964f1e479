import { Notices } from '../../../../wailsjs/go/app/WorkspaceAPI';

/**
 * What the user must be told about the workspace since it was opened (it
 * could be read by other users and is now private). Each notice comes once:
 * the server forgets it when it is handed out, so this is no query to cache.
 */
export const takeWorkspaceNotices = (): Promise<string[]> => Notices();
