import {
  IconBriefcase,
  IconChecklist,
  IconDatabaseImport,
  IconFileExport,
  IconLayoutDashboard,
  IconSettings,
  IconStars,
  IconUsers,
} from '@tabler/icons-react';

/** The navigation, in the order and with the labels DESIGN.md fixes. */
export const sections = [
  { label: 'Dashboard', path: '/', icon: IconLayoutDashboard },
  { label: 'Accounts', path: '/accounts', icon: IconBriefcase },
  { label: 'Team', path: '/team', icon: IconUsers },
  { label: 'Appraisals', path: '/appraisals', icon: IconStars },
  { label: 'Onboarding', path: '/onboarding', icon: IconChecklist },
  { label: 'Import', path: '/import', icon: IconDatabaseImport },
  { label: 'Exports', path: '/exports', icon: IconFileExport },
  { label: 'Settings', path: '/settings', icon: IconSettings },
] as const;
