import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/spotlight/styles.css';
import './app.css';
import { Badge, MantineProvider, createTheme } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { RouterProvider } from 'react-router';
import { Get } from '../../wailsjs/go/app/SettingsAPI';
import { createQueryClient } from './query-client';
import { createRouter } from './router';

const theme = createTheme({
  primaryColor: 'blue',
  defaultRadius: 'md',
  fontFamily: 'Inter, "Segoe UI", system-ui, -apple-system, "DejaVu Sans", sans-serif',
  headings: { fontWeight: '650' },
  components: {
    // Calm badges: sentence case, not shouting capitals.
    Badge: Badge.extend({ styles: { label: { textTransform: 'none', fontWeight: 600 } } }),
  },
});

/** Keeps the Settings theme where index.html reads it to draw the starting frame. */
function rememberTheme(theme: string | undefined) {
  if (!theme) return;
  try {
    localStorage.setItem('accountdesk-theme', theme);
  } catch {
    // No storage (private mode): the frame follows the system colours.
  }
}

/** Follows the Settings theme: "system" follows the operating system. */
function Themed() {
  const settings = useQuery({ queryKey: ['settings'], queryFn: () => Get(), staleTime: 60_000 });
  const router = useMemo(() => createRouter(), []);
  const chosen = settings.data?.theme;
  useEffect(() => rememberTheme(chosen), [chosen]);
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto" forceColorScheme={chosen === 'light' || chosen === 'dark' ? chosen : undefined}>
      <Notifications position="bottom-right" />
      <RouterProvider router={router} />
    </MantineProvider>
  );
}

export function App() {
  const [client] = useState(createQueryClient);
  return (
    <QueryClientProvider client={client}>
      <Themed />
    </QueryClientProvider>
  );
}
