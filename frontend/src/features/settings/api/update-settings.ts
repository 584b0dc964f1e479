import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Update } from '../../../../wailsjs/go/app/SettingsAPI';
import { backend } from '../../../../wailsjs/go/models';
import { settingsKey } from '@/lib/settings';

export const updateSettings = (s: backend.Settings) => Update(s);

/** Saves settings; field errors are shown on the form, so no toast here. */
export const useUpdateSettings = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: updateSettings,
    meta: { handlesErrors: true },
    onSuccess: (saved) => client.setQueryData(settingsKey, saved),
  });
};
