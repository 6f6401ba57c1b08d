import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { createAppRouter } from './app/router.tsx';
import { StorageFailureScreen } from './app/storage-failure-screen.tsx';
import { appDatabase } from './db/app-database.ts';
import { readLanguage } from './db/settings-repository.ts';
import { DEFAULT_LANGUAGE } from './i18n/languages.ts';
import { setupI18n } from './i18n/setup-i18n.ts';
import { registerServiceWorker } from './pwa/service-worker-state.ts';
import './styles/app.css';

/** The device's database opens first; if it cannot, the person is told why instead of a blank page. */
async function firstScreen(): Promise<ReactNode> {
  try {
    await setupI18n(await readLanguage(appDatabase()));
    return <RouterProvider router={createAppRouter()} />;
  } catch (error) {
    console.error(error);
    await setupI18n(DEFAULT_LANGUAGE);
    return <StorageFailureScreen errorName={(error as { name?: string } | null)?.name ?? ''} />;
  }
}

if (import.meta.env.PROD) registerServiceWorker();
const screen = await firstScreen();
const container = document.getElementById('root');
if (container) createRoot(container).render(<StrictMode>{screen}</StrictMode>);
