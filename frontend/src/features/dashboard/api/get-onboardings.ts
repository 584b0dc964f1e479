import { queryOptions, useQuery } from '@tanstack/react-query';
import { List } from '../../../../wailsjs/go/app/OnboardingAPI';

export const onboardingsQueryOptions = () =>
  queryOptions({ queryKey: ['onboarding', 'list'], queryFn: () => List() });

export const useOnboardings = () => useQuery(onboardingsQueryOptions());
