import { AppShell, Group, Kbd, NavLink, Text, UnstyledButton } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { NavLink as RouterNavLink, Outlet, useLocation } from 'react-router';
import { useSettings } from '@/lib/settings';
import { WorkspaceNotices } from '@/features/settings/components/workspace-notices';
import { CommandPalette, palette } from './command-palette';
import { sections } from './sections';

/** The window: navigation on the left, the current screen on the right. */
export function AppLayout() {
  const settings = useSettings();
  const agency = settings.data?.agencyName ?? '';
  const location = useLocation();
  useEffect(() => {
    document.title = agency ? `${agency} — AccountDesk` : 'AccountDesk';
  }, [agency]);
  // After moving to another screen (a palette result, a link, a saved form
  // that opens its record), focus goes to the new screen's heading, so the
  // next Tab continues there instead of restarting at the header.
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // Unless the new screen opened a dialog (accounts?new=1): focus is in it.
    const before = new Set(document.querySelectorAll('[role="dialog"]'));
    const t = setTimeout(() => {
      if (![...document.querySelectorAll('[role="dialog"]')].some((d) => !before.has(d)))
        focusScreen(main.current);
    }, 50);
    return () => clearTimeout(t);
  }, [location.pathname]);

  return (
    <AppShell navbar={{ width: 224, breakpoint: 0 }} header={{ height: 52 }} padding="lg">
      <a
        href="#"
        className="skip-link"
        onClick={(e) => {
          e.preventDefault(); // the router lives in the hash
          focusScreen(main.current);
        }}
      >
        Skip to content
      </a>
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between">
          <Group gap={10}>
            <img src="/appicon.svg" alt="" width={24} height={24} />
            <Text fw={700}>AccountDesk</Text>
            {agency && (
              <Text c="dimmed" size="sm">
                {agency}
              </Text>
            )}
          </Group>
          <UnstyledButton
            onClick={() => palette.open()}
            aria-keyshortcuts="Control+K"
            title="Search and commands (Ctrl+K)"
          >
            <Group
              gap={6}
              px="sm"
              py={4}
              style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 6 }}
            >
              <IconSearch size={14} />
              <Text size="sm" c="dimmed">
                Search
              </Text>
              <Kbd size="xs">Ctrl K</Kbd>
            </Group>
          </UnstyledButton>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main">
        {/* A native scroll (not ScrollArea): seven links rarely overflow, and
            ScrollArea measures its content on every resize, ~10 ms of forced
            layout while the first screen is drawn. */}
        <AppShell.Section grow style={{ overflowY: 'auto' }}>
          {sections.map((s) => {
            const active = s.path === '/' ? location.pathname === '/' : location.pathname.startsWith(s.path);
            return (
              <NavLink
                key={s.path}
                component={RouterNavLink}
                to={s.path}
                end={s.path === '/'}
                label={s.label}
                leftSection={<s.icon size={18} stroke={1.6} />}
                active={active}
                aria-current={active ? 'page' : undefined}
                style={{ borderRadius: 6 }}
              />
            );
          })}
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main ref={main} id="content">
        <Outlet />
      </AppShell.Main>
      <CommandPalette />
      <WorkspaceNotices />
    </AppShell>
  );
}

/** Focuses the screen's main heading (or the main area while it loads). */
function focusScreen(main: HTMLElement | null) {
  if (!main) return;
  const target = main.querySelector<HTMLElement>('h1') ?? main;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: false });
}
