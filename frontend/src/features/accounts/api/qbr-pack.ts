import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import * as Q from '../../../../wailsjs/go/app/QBRPackAPI';
import { backend } from '../../../../wailsjs/go/models';
import { accountsKeys } from './keys';

const options = (quarter: string, hours: boolean) => backend.QBRPackOptions.createFrom({ quarter, hours });

/** The pack as the client will read it, with what was left out, for the preview. */
export const useQBRPackPreview = (accountId: number, quarter: string, hours: boolean) =>
  useQuery({
    queryKey: accountsKeys.qbrPack(accountId, quarter, hours),
    queryFn: () => Q.Preview(accountId, options(quarter, hours)),
    placeholderData: keepPreviousData,
    // The pack is read from the account's records as they are now.
    staleTime: 0,
  });

/** Saves the pack as a PDF and HTML into a folder; answers both paths. */
export const useSaveQBRPack = () =>
  useMutation({
    mutationFn: (v: { accountId: number; quarter: string; hours: boolean; folder: string }) =>
      Q.Save(v.accountId, options(v.quarter, v.hours), v.folder),
    meta: { handlesErrors: true },
  });
