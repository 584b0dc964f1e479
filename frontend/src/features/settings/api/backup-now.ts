import { useMutation, useQueryClient } from '@tanstack/react-query';
import { BackupNow } from '../../../../wailsjs/go/app/WorkspaceAPI';

export const backupNow = () => BackupNow();

export const useBackupNow = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: backupNow,
    onSuccess: () => client.invalidateQueries({ queryKey: ['workspace'] }),
  });
};
