import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Presses «Синхронизировать» and waits until everything is sent and the sync is over. */
export async function syncNow(page: Page): Promise<void> {
  const status = page.getByTestId('sync-status');
  const button = status.getByRole('button', { name: 'Синхронизировать' });
  await button.click();
  await status.getByRole('button', { name: 'Синхронизировать' }).waitFor();
  await status.getByText('Всё отправлено').waitFor();
  await status.getByTestId('sync-photos').waitFor({ state: 'detached' });
  expect(await status.getByTestId('sync-error').count()).toBe(0);
}
