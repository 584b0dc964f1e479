import { useQuery } from '@tanstack/react-query';
import { Find } from '../../wailsjs/go/app/SearchAPI';

export const searchKeys = {
  find: (query: string) => ['search', query] as const,
};

/** Accounts, stakeholders, plans and objectives matching query, from two characters on. */
export const useSearch = (query: string) =>
  useQuery({
    queryKey: searchKeys.find(query),
    queryFn: () => Find(query),
    enabled: query.trim().length > 1,
    staleTime: 10_000,
  });
