import { createHashRouter } from 'react-router';
import { DashboardRoute } from '@/features/dashboard/routes/dashboard-route';
import { AppLayout } from './layout';
import { RouteError } from './route-error';

/** Hash routing, so a reload keeps the screen in the desktop window and the browser alike. */
export function createRouter() {
  return createHashRouter([
    {
      element: <AppLayout />,
      errorElement: <RouteError />,
      children: [
        // The Dashboard is the first screen, so it is in the main bundle; the
        // others load on first visit, so the window paints before their code is parsed.
        { index: true, element: <DashboardRoute />, errorElement: <RouteError /> },
        {
          path: 'accounts',
          lazy: () =>
            import('@/features/accounts/routes/accounts-route').then((m) => ({ Component: m.AccountsRoute })),
          errorElement: <RouteError />,
        },
        {
          path: 'accounts/:accountId',
          lazy: () =>
            import('@/features/accounts/routes/account-route').then((m) => ({ Component: m.AccountRoute })),
          errorElement: <RouteError />,
        },
        {
          path: 'team',
          lazy: () => import('@/features/team/routes/team-route').then((m) => ({ Component: m.TeamRoute })),
          errorElement: <RouteError />,
        },
        {
          path: 'team/:personId',
          lazy: () =>
            import('@/features/team/routes/person-route').then((m) => ({ Component: m.PersonRoute })),
          errorElement: <RouteError />,
        },
        {
          path: 'team/:personId/one-on-ones/new',
          lazy: () =>
            import('@/features/team/routes/one-on-one-route').then((m) => ({
              Component: m.NewOneOnOneRoute,
            })),
          errorElement: <RouteError />,
        },
        {
          path: 'team/:personId/one-on-ones/:oneOnOneId',
          lazy: () =>
            import('@/features/team/routes/one-on-one-route').then((m) => ({ Component: m.OneOnOneRoute })),
          errorElement: <RouteError />,
        },
        {
          path: 'appraisals',
          lazy: () =>
            import('@/features/appraisals/routes/appraisals-route').then((m) => ({
              Component: m.AppraisalsRoute,
            })),
          errorElement: <RouteError />,
        },
        {
          path: 'appraisals/cycles/:cycleId',
          lazy: () =>
            import('@/features/appraisals/routes/cycle-route').then((m) => ({ Component: m.CycleRoute })),
          errorElement: <RouteError />,
        },
        {
          path: 'appraisals/:appraisalId',
          lazy: () =>
            import('@/features/appraisals/routes/appraisal-route').then((m) => ({
              Component: m.AppraisalRoute,
            })),
          errorElement: <RouteError />,
        },
        {
          path: 'onboarding',
          lazy: () =>
            import('@/features/onboarding/routes/onboarding-route').then((m) => ({
              Component: m.OnboardingRoute,
            })),
          errorElement: <RouteError />,
        },
        {
          path: 'onboarding/templates/:templateId',
          lazy: () =>
            import('@/features/onboarding/routes/template-route').then((m) => ({
              Component: m.TemplateRoute,
            })),
          errorElement: <RouteError />,
        },
        {
          path: 'onboarding/:onboardingId',
          lazy: () =>
            import('@/features/onboarding/routes/checklist-route').then((m) => ({
              Component: m.ChecklistRoute,
            })),
          errorElement: <RouteError />,
        },
        {
          path: 'import',
          lazy: () =>
            import('@/features/imports/routes/import-route').then((m) => ({ Component: m.ImportRoute })),
          errorElement: <RouteError />,
        },
        {
          path: 'exports',
          lazy: () =>
            import('@/features/exports/routes/exports-route').then((m) => ({ Component: m.ExportsRoute })),
          errorElement: <RouteError />,
        },
        {
          path: 'settings',
          lazy: () =>
            import('@/features/settings/routes/settings-route').then((m) => ({ Component: m.SettingsRoute })),
          errorElement: <RouteError />,
        },
      ],
    },
  ]);
}
