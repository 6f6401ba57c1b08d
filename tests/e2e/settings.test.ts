import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { logInAsInspector, waitForServiceWorkerControl } from '../support/app-page.ts';
import { inspector } from '../support/demo-accounts.ts';
import { appForThisFile } from '../support/app-for-file.ts';

const app = appForThisFile();
let context: BrowserContext | undefined;

/** Every test is a fresh device: its own profile, database and service worker. */
async function freshPage(): Promise<Page> {
  await context?.close();
  context = await app.newContext();
  return context.newPage();
}

/** Puts a change into the device's outbox, as the checklist screens will. */
function addUnsentChange(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('inspektor-ezh');
        request.onerror = () => reject(new Error('cannot open the database'));
        request.onsuccess = () => {
          const tx = request.result.transaction('outbox', 'readwrite');
          tx.objectStore('outbox').add({
            mutationId: 1,
            table: 'answers',
            entityId: 'answer-1',
            op: 'put',
            payload: { value: 'yes' },
            createdAt: new Date().toISOString(),
          });
          tx.oncomplete = () => {
            request.result.close();
            resolve();
          };
          tx.onerror = () => reject(new Error('cannot write the outbox'));
        };
      }),
  );
}

function clearOutbox(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const request = indexedDB.open('inspektor-ezh');
        request.onsuccess = () => {
          const tx = request.result.transaction('outbox', 'readwrite');
          tx.objectStore('outbox').clear();
          tx.oncomplete = () => {
            request.result.close();
            resolve();
          };
        };
      }),
  );
}

describe('the interface language', () => {
  it('switches to English and back, and the choice survives a reload', async () => {
    const page = await freshPage();
    await logInAsInspector(page);
    await page.getByRole('link', { name: 'Настройки', exact: true }).click();
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await page.getByRole('link', { name: 'Schools', exact: true }).click();
    await page.getByText('10 schools', { exact: true }).waitFor();

    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await page.getByRole('radio', { name: 'Русский' }).check();
    await page.getByRole('heading', { level: 1, name: 'Настройки' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
  });
});

describe('signing out', () => {
  it('refuses while changes are unsent, says why, and works once they are gone', async () => {
    const page = await freshPage();
    await logInAsInspector(page);
    // Offline, so that the change cannot be sent before the person tries to sign out;
    // the service worker then serves the reloads.
    await waitForServiceWorkerControl(page);
    await context?.setOffline(true);
    await addUnsentChange(page);
    // Written behind the app's back: a reload makes the app read it, as after a restart.
    await page.reload();
    await page.getByText('1 изменение ждёт отправки').waitFor();

    await page.getByRole('link', { name: 'Настройки', exact: true }).click();
    await page.getByRole('button', { name: 'Выйти' }).click();
    await page
      .getByText('Выход невозможен: 1 изменение ещё не отправлено на сервер.', { exact: false })
      .waitFor();
    expect(new URL(page.url()).pathname).toBe('/settings');
    await page.reload();
    // Still signed in after a reload: the account is shown on the settings screen.
    await page.getByText(inspector.login, { exact: true }).waitFor();

    await clearOutbox(page);
    await page.reload();
    await page.getByRole('button', { name: 'Выйти' }).click();
    await page.getByRole('button', { name: 'Войти' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.goto('/settings');
    await page.getByRole('button', { name: 'Войти' }).waitFor();
  });
});
