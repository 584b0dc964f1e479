import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/spotlight/styles.css';
import './app.css';
import {
  Badge,
  Drawer,
  MantineProvider,
  Modal,
  Notification,
  createTheme,
  type CSSVariablesResolver,
} from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { RouterProvider } from 'react-router';
import { useSettings } from '@/lib/settings';
import { createQueryClient } from './query-client';
import { createRouter } from './router';

const theme = createTheme({
  primaryColor: 'blue',
  // Shade 8 in light mode: links and filled buttons at 5:1 on white (shade 6 was 3.6:1).
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'md',
  fontFamily: 'Inter, "Segoe UI", system-ui, -apple-system, "DejaVu Sans", sans-serif',
  headings: { fontWeight: '650' },
  components: {
    // Calm badges: sentence case, not shouting capitals.
    Badge: Badge.extend({ styles: { label: { textTransform: 'none', fontWeight: 600 } } }),
    // A dialog opens on its first field, not on its ✕ (which Escape does from
    // anywhere in the dialog; the mouse still clicks it).
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { tabIndex: -1, 'aria-label': 'Close' } } }),
    // The ✕ of drawers and notifications is an icon too: give it a name.
    Drawer: Drawer.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } }),
    Notification: Notification.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } }),
  },
});

/**
 * Secondary ("dimmed") text readable in both themes: WCAG AA asks 4.5:1 for
 * body text; Mantine's greys give 3.3:1 on white and 4.0:1 on its dark body.
 */
const paletteNames = [
  'dark',
  'gray',
  'red',
  'pink',
  'grape',
  'violet',
  'indigo',
  'blue',
  'cyan',
  'teal',
  'green',
  'lime',
  'yellow',
  'orange',
];
const readableColors: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#5c636a',
    '--mantine-color-anchor': 'var(--mantine-color-blue-8)',
    // Field errors: red shade 6 was 3.3:1 on white; shade 9 is 5.6:1.
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    // Text of light badges, alerts and buttons on their pale fill: shade 9
    // darkened a third (yellow's shade 9 alone was 2.7:1 on its fill, teal's 4.3:1).
    ...Object.fromEntries(
      paletteNames.map((c) => [
        `--mantine-color-${c}-light-color`,
        `color-mix(in srgb, var(--mantine-color-${c}-9), black 30%)`,
      ]),
    ),
  },
  // Field errors in dark: red shade 8 was 3.0:1 on a dialog; shade 4 is 6:1.
  dark: {
    '--mantine-color-dimmed': '#a6a6a6',
    '--mantine-color-anchor': 'var(--mantine-color-blue-3)',
    '--mantine-color-error': 'var(--mantine-color-red-4)',
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
  const settings = useSettings();
  const router = useMemo(() => createRouter(), []);
  const chosen = settings.data?.theme;
  useEffect(() => rememberTheme(chosen), [chosen]);
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={readableColors}
      defaultColorScheme="auto"
      forceColorScheme={chosen === 'light' || chosen === 'dark' ? chosen : undefined}
    >
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
