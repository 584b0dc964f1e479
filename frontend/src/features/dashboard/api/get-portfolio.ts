import { queryOptions, useQuery } from '@tanstack/react-query';
import { Portfolio } from '../../../../wailsjs/go/app/DashboardAPI';

export const portfolioQueryOptions = () =>
  queryOptions({ queryKey: ['accounts', 'portfolio'], queryFn: () => Portfolio() });

export const usePortfolio = () => useQuery(portfolioQueryOptions());
