import type { Page } from 'playwright-core';
import { DATABASE_NAME } from '../../src/client/db/app-database.ts';
import type { VisitContent } from './visit-answers.ts';

const SCHOOL = 'МБОУ «Ивановская школа»';

/** Starts a visit from the home screen the way a person does; resolves to its id. */
export async function startVisit(page: Page, checklistTitle: string): Promise<string> {
  await page.goto('/');
  await page.getByRole('link', { name: '+ Новое посещение' }).click();
  await page.getByLabel('Школа').selectOption({ label: SCHOOL });
  await page.getByLabel('Чек-лист').selectOption({ label: checklistTitle });
  await page.getByRole('button', { name: 'Начать заполнение' }).click();
  await page.waitForURL(/\/visits\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname.split('/').pop()!;
}

/**
 * Writes a visit's rows and answers straight into the device's IndexedDB (no
 * outbox rows: nothing is sent). The app's live queries do not see writes from
 * outside Dexie: the page is reloaded afterwards.
 */
export async function writeVisitContent(
  page: Page,
  visitId: string,
  content: VisitContent,
): Promise<void> {
  const updatedAt = new Date().toISOString();
  await page.evaluate(
    ({ database, rows, answers }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open(database);
        request.onerror = () => reject(request.error ?? new Error('indexedDB.open failed'));
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['rows', 'answers'], 'readwrite');
          for (const row of rows) tx.objectStore('rows').put(row);
          for (const answer of answers) tx.objectStore('answers').put(answer);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('the transaction failed'));
        };
      }),
    {
      database: DATABASE_NAME,
      rows: content.rows.map((row) => ({ ...row, visitId, createdAt: updatedAt })),
      answers: content.answers.map((a) => ({ ...a, visitId, updatedAt })),
    },
  );
  await page.reload();
}
