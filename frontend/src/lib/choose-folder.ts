import { ChooseFolder } from '../../wailsjs/go/app/WorkspaceAPI';

/**
 * Asks the desktop window for a folder (its native dialog); "" when the
 * user cancels. Only the desktop window has one: see canChooseFolder.
 */
export const chooseFolder = (title: string): Promise<string> => ChooseFolder(title);
