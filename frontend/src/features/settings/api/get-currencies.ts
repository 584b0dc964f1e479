import { queryOptions, useQuery } from '@tanstack/react-query';
import { Currencies } from '../../../../wailsjs/go/app/SettingsAPI';

export const currenciesQueryOptions = () =>
  queryOptions({ queryKey: ['settings', 'currencies'], queryFn: () => Currencies(), staleTime: Infinity });

export const useCurrencies = () => useQuery(currenciesQueryOptions());
