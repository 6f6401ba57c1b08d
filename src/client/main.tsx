import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { createAppRouter } from './app/router.tsx';
import { appDatabase } from './db/app-database.ts';
import { readLanguage } from './db/settings-repository.ts';
import { setupI18n } from './i18n/setup-i18n.ts';
import { registerServiceWorker } from './pwa/service-worker-state.ts';
import './styles/app.css';

await setupI18n(await readLanguage(appDatabase()));
if (import.meta.env.PROD) registerServiceWorker();

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <RouterProvider router={createAppRouter()} />
    </StrictMode>,
  );
}
