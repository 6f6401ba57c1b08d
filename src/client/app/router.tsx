import { createBrowserRouter } from 'react-router';
import { FailureScreen } from './failure-screen.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { RootShell } from './root-shell.tsx';
import { StartingScreen } from './starting-screen.tsx';
import { requireSession, skipLoginWhenSignedIn } from './session-loaders.ts';
import { SignedInLayout } from './signed-in-layout.tsx';

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
