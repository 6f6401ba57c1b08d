import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { logInAsInspector, waitForDirectory } from '../support/app-page.ts';
import { inspector } from '../support/demo-accounts.ts';
import { appForThisFile } from '../support/app-for-file.ts';

const app = appForThisFile();
let context: BrowserContext;

beforeAll(async () => {
  context = await app.newContext();
});

/** The token this device keeps in IndexedDB. */
function deviceToken(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const request = indexedDB.open('inspektor-ezh');
        request.onsuccess = () => {
          const get = request.result.transaction('session').objectStore('session').get('current');
          get.onsuccess = () => {
            request.result.close();
            resolve((get.result as { token: string }).token);
          };
          get.onerror = () => reject(new Error('no session'));
        };
      }),
  );
}

describe('a sign-in the server no longer accepts', () => {
  it('keeps the data, asks to sign in again, and the same person gets straight back', async () => {
    const page = await context.newPage();
    await logInAsInspector(page);
    await waitForDirectory(page);

    // The token ends on the server (revoked, or expired while the tablet was away).
    const revoked = await fetch(`${app.server.url}/api/auth/logout`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await deviceToken(page)}` },
    });
    expect(revoked.status).toBe(200);

    await page.getByRole('link', { name: 'Школы', exact: true }).click();
    await page.getByRole('button', { name: 'Обновить справочник' }).click();
    await page.getByText('Сервер больше не принимает этот вход.', { exact: false }).waitFor();
    expect(await page.getByRole('list').getByRole('link').count()).toBe(10);

    await page.getByRole('link', { name: 'Войти заново' }).click();
    await page.getByText('Сервер просит войти заново.', { exact: false }).waitFor();
    expect(await page.getByLabel('Логин', { exact: true }).inputValue()).toBe(inspector.login);
    await page.getByLabel('Пароль', { exact: true }).fill(inspector.password);
    await page.getByRole('button', { name: 'Войти' }).click();

    await page.getByRole('heading', { level: 1, name: inspector.greeting }).waitFor();
    await waitForDirectory(page);
    expect(await page.getByText('Сервер больше не принимает этот вход.').count()).toBe(0);
  });
});
