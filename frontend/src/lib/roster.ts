import { queryOptions } from '@tanstack/react-query';
import { People } from '../../wailsjs/go/app/TeamAPI';

// Shared, not in features/team: plans (owners), appraisals and onboarding pick people from the roster too.
export const rosterKey = ['team', 'people'] as const;

/** Everyone on the team roster, leavers included. */
export const rosterQueryOptions = () => queryOptions({ queryKey: rosterKey, queryFn: () => People() });
