import { createHashRouter } from 'react-router';
import { DashboardRoute } from '@/features/dashboard/routes/dashboard-route';
import { SettingsRoute } from '@/features/settings/routes/settings-route';
import { AccountsComingSoon, AppraisalsComingSoon, ExportsComingSoon, OnboardingComingSoon, TeamComingSoon } from './coming-sections';
import { AppLayout } from './layout';
import { RouteError } from './route-error';

/** Hash routing, so a reload keeps the screen in the desktop window and the browser alike. */
export function createRouter() {
  return createHashRouter([
    {
      element: <AppLayout />,
      errorElement: <RouteError />,
      children: [
        { index: true, element: <DashboardRoute />, errorElement: <RouteError /> },
        { path: 'accounts', element: <AccountsComingSoon />, errorElement: <RouteError /> },
        { path: 'team', element: <TeamComingSoon />, errorElement: <RouteError /> },
        { path: 'appraisals', element: <AppraisalsComingSoon />, errorElement: <RouteError /> },
        { path: 'onboarding', element: <OnboardingComingSoon />, errorElement: <RouteError /> },
        { path: 'exports', element: <ExportsComingSoon />, errorElement: <RouteError /> },
        { path: 'settings', element: <SettingsRoute />, errorElement: <RouteError /> },
      ],
    },
  ]);
}
