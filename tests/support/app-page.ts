import type { Page } from 'playwright-core';
import { coordinator, directoryLoadedText, inspector } from './demo-accounts.ts';

/** Fills the login form the way a person does. Does not wait for the outcome. */
export async function submitLogin(page: Page, login: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Логин', { exact: true }).fill(login);
  await page.getByLabel('Пароль', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Войти' }).click();
}

/** Signs the demo inspector in and waits for the home screen's greeting. */
export async function logInAsInspector(page: Page): Promise<void> {
  await submitLogin(page, inspector.login, inspector.password);
  await page.getByRole('heading', { level: 1, name: inspector.greeting }).waitFor();
}

/** Signs the demo coordinator in and waits for the home screen's greeting. */
export async function logInAsCoordinator(page: Page): Promise<void> {
  await submitLogin(page, coordinator.login, coordinator.password);
  await page.getByRole('heading', { level: 1, name: coordinator.greeting }).waitFor();
}

const controlled = () => navigator.serviceWorker.controller?.state === 'activated';

/**
 * Waits until an active service worker controls this page. The worker claims the
 * page it was installed from; should that claim be slow on a loaded machine, a
 * reload — a navigation under the active worker — is always controlled.
 */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const claimed = await page
    .waitForFunction(controlled, undefined, { timeout: 10_000 })
    .then(() => true)
    .catch(() => false);
  if (claimed) return;
  console.warn('the service worker did not claim the page within 10 s: reloading');
  await page.reload();
  await page.waitForFunction(controlled);
}

/** Waits on the home screen until the school directory has reached the device. */
export async function waitForDirectory(page: Page): Promise<void> {
  await page.getByText(directoryLoadedText, { exact: true }).waitFor();
}

/** The ids of the schools listed on /schools, in the order shown. */
export async function listedSchoolIds(page: Page): Promise<string[]> {
  await page.goto('/schools');
  const links = page.getByRole('list').getByRole('link');
  await links.first().waitFor();
  const hrefs = await links.evaluateAll((anchors) =>
    anchors.map((anchor) => anchor.getAttribute('href') ?? ''),
  );
  return hrefs.map((href) => href.replace(/^\/schools\//, ''));
}

/** When the current document started loading: it changes exactly when the page reloads. */
export function documentTimeOrigin(page: Page): Promise<number> {
  return page.evaluate(() => performance.timeOrigin);
}

/** Uncaught errors thrown on the page, collected from now on. */
export function collectPageErrors(page: Page): Error[] {
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  return errors;
}

/** Whether the page can reach the server's API right now. */
export function serverReachable(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    fetch('/api/health', { cache: 'no-store' }).then(
      () => true,
      () => false,
    ),
  );
}

/** Where the current document came from: "cache-storage" means the service worker's cache. */
export function documentDelivery(page: Page): Promise<string> {
  return page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0] as
      (PerformanceNavigationTiming & { deliveryType?: string }) | undefined;
    return navigation?.deliveryType || (navigation?.workerStart ? 'service worker' : 'network');
  });
}
