import type { Page } from 'playwright-core';

/** The demo school every visit test works in. */
export const DEMO_SCHOOL = 'МБОУ «Ивановская школа»';

/**
 * Starts a visit from the home screen the way an inspector does and waits for
 * the filling screen; resolves to the visit's path.
 */
export async function startVisit(
  page: Page,
  checklist: string,
  kind: 'Проверка рабочей группы' | 'Самоаудит школы' = 'Проверка рабочей группы',
): Promise<string> {
  await page.getByRole('link', { name: '+ Новое посещение' }).click();
  await page.getByLabel('Школа').selectOption({ label: DEMO_SCHOOL });
  await page.getByLabel('Чек-лист').selectOption({ label: checklist });
  await page.getByRole('radio', { name: kind }).check();
  await page.getByRole('button', { name: 'Начать заполнение' }).click();
  await page.waitForURL(/\/visits\/[0-9a-f-]{36}/);
  return new URL(page.url()).pathname;
}
