import { queryOptions, useQuery } from '@tanstack/react-query';
import { Cycles } from '../../../../wailsjs/go/app/AppraisalsAPI';

export const cyclesQueryOptions = () =>
  queryOptions({ queryKey: ['appraisals', 'cycles'], queryFn: () => Cycles() });

export const useCycles = () => useQuery(cyclesQueryOptions());
