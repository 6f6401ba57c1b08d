import { createBrowserRouter } from 'react-router';
import { FailureScreen } from './failure-screen.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { RootShell } from './root-shell.tsx';
import { StartingScreen } from './starting-screen.tsx';
import { requireSession, skipLoginWhenSignedIn } from './session-loaders.ts';
import { SignedInLayout } from './signed-in-layout.tsx';

/** A coordinator's screen module, once the texts only those screens use are in the catalogue. */
async function withDistrictTexts<T>(screen: Promise<T>): Promise<T> {
  const [module, texts] = await Promise.all([screen, import('../i18n/district-texts.ts')]);
  texts.addDistrictTexts();
  return module;
}

/** Every screen's code is its own chunk, precached by the service worker. */
export function createAppRouter() {
  return createBrowserRouter([
    {
      element: <RootShell />,
      errorElement: <FailureScreen />,
      HydrateFallback: StartingScreen,
      children: [
        {
          path: '/login',
          loader: skipLoginWhenSignedIn,
          lazy: async () => ({
            Component: (await import('../features/auth/login-page.tsx')).LoginPage,
          }),
        },
        {
          path: '/',
          loader: requireSession,
          element: <SignedInLayout />,
          errorElement: <FailureScreen />,
          children: [
            {
              index: true,
              lazy: async () => ({
                Component: (await import('../features/home/home-page.tsx')).HomePage,
              }),
            },
            {
              path: 'schools',
              lazy: async () => ({
                Component: (await import('../features/schools/schools-page.tsx')).SchoolsPage,
              }),
            },
            {
              path: 'schools/:schoolId',
              lazy: async () => ({
                Component: (await import('../features/schools/school-page.tsx')).SchoolPage,
              }),
            },
            {
              path: 'visits/new',
              lazy: async () => ({
                Component: (await import('../features/visits/new-visit-page.tsx')).NewVisitPage,
              }),
            },
            {
              path: 'visits/:visitId',
              lazy: async () => ({
                Component: (await import('../features/visits/visit-page.tsx')).VisitPage,
              }),
            },
            {
              path: 'visits/:visitId/report',
              lazy: async () => ({
                Component: (await import('../features/visits/report-page.tsx')).ReportPage,
              }),
            },
            {
              path: 'review',
              lazy: async () => ({
                Component: (await import('../features/review/review-queue-page.tsx'))
                  .ReviewQueuePage,
              }),
            },
            {
              path: 'plan',
              lazy: async () => ({
                Component: (await import('../features/plans/plan-page.tsx')).PlanPage,
              }),
            },
            {
              path: 'dashboard',
              lazy: async () => ({
                Component: (
                  await withDistrictTexts(import('../features/dashboard/dashboard-page.tsx'))
                ).DashboardPage,
              }),
            },
            {
              path: 'dashboard/report',
              lazy: async () => ({
                Component: (
                  await withDistrictTexts(import('../features/dashboard/report-page.tsx'))
                ).DistrictReportPage,
              }),
            },
            {
              path: 'dashboard/exports',
              lazy: async () => ({
                Component: (
                  await withDistrictTexts(import('../features/dashboard/exports-page.tsx'))
                ).ExportsPage,
              }),
            },
            {
              path: 'directory',
              lazy: async () => ({
                Component: (
                  await withDistrictTexts(import('../features/directory/directory-page.tsx'))
                ).DirectoryPage,
              }),
              children: [
                {
                  index: true,
                  lazy: async () => ({
                    Component: (
                      await withDistrictTexts(
                        import('../features/directory/schools/schools-tab.tsx'),
                      )
                    ).SchoolsTab,
                  }),
                },
                {
                  path: 'users',
                  lazy: async () => ({
                    Component: (
                      await withDistrictTexts(import('../features/directory/users/users-tab.tsx'))
                    ).UsersTab,
                  }),
                },
                {
                  path: 'coverage',
                  lazy: async () => ({
                    Component: (
                      await withDistrictTexts(
                        import('../features/directory/coverage/coverage-tab.tsx'),
                      )
                    ).CoverageTab,
                  }),
                },
                {
                  path: 'checklists',
                  lazy: async () => ({
                    Component: (
                      await withDistrictTexts(
                        import('../features/directory/checklists/checklists-tab.tsx'),
                      )
                    ).ChecklistsTab,
                  }),
                },
                {
                  path: 'audit',
                  lazy: async () => ({
                    Component: (
                      await withDistrictTexts(import('../features/directory/audit/audit-tab.tsx'))
                    ).AuditTab,
                  }),
                },
              ],
            },
            {
              path: 'settings',
              lazy: async () => ({
                Component: (await import('../features/settings/settings-page.tsx')).SettingsPage,
              }),
            },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
