import { queryOptions, useQuery } from '@tanstack/react-query';
import { Info } from '../../../../wailsjs/go/app/WorkspaceAPI';

export const workspaceInfoQueryOptions = () =>
  queryOptions({ queryKey: ['workspace', 'info'], queryFn: () => Info() });

export const useWorkspaceInfo = () => useQuery(workspaceInfoQueryOptions());
