import type { BrowserContext, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { describeViolations, seriousAxeViolations } from '../support/axe.ts';
import {
  logInAsInspector,
  waitForDirectory,
  waitForServiceWorkerControl,
} from '../support/app-page.ts';
import { stripedPng } from '../support/png-image.ts';
import { appForThisFile } from '../support/app-for-file.ts';
import { startVisit } from '../support/visit-start.ts';

const app = appForThisFile();

const READINESS = 'Готовность материально-технической базы и организационных условий';
const PHOTO_ITEM = 'Фото рабочего места учителя';
const BLUE = [31, 78, 140] as const;
const AMBER = [242, 182, 50] as const;
/** A picture the size of a tablet camera's photo. */
const cameraPhoto = {
  name: 'IMG_0412.png',
  mimeType: 'image/png',
  buffer: stripedPng(3000, 2000, [BLUE, AMBER]),
};

const saved = (page: Page) => page.getByText('Сохранено на устройстве').waitFor();
/** «+ Фото» of the question with this label. */
const addPhotoInput = (page: Page, item: string) =>
  page
    .locator('.question')
    .filter({ has: page.getByText(item, { exact: true }) })
    .getByLabel('Добавить фото');
const thumbnail = (page: Page, item: string, number: number) =>
  page.getByRole('button', { name: `Фото ${number} к вопросу «${item}»` });

/**
 * Marks a visit completed right in the device's database, standing in for the
 * completion step: the screen is then read-only. Only offline: the change is
 * not in the outbox, so the next sync puts the server's draft back.
 */
async function markCompleted(page: Page): Promise<void> {
  const visitId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
  await page.evaluate(
    (id) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('inspektor-ezh');
        request.onerror = () => reject(request.error ?? new Error('indexedDB.open failed'));
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction('visits', 'readwrite');
          const visits = tx.objectStore('visits');
          const get = visits.get(id);
          get.onsuccess = () => {
            visits.put({ ...(get.result as object), status: 'completed' });
          };
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('the transaction failed'));
        };
      }),
    visitId,
  );
}

/** The natural size of an image once it has loaded (0×0 if it cannot be shown). */
async function naturalSize(image: Locator): Promise<{ width: number; height: number }> {
  await image.waitFor();
  return image.evaluate(async (element: HTMLImageElement) => {
    await element.decode().catch(() => undefined);
    return { width: element.naturalWidth, height: element.naturalHeight };
  });
}

describe('photos at a visit with the network off', () => {
  let context: BrowserContext;

  it('are taken, kept through a reload, shown full size at most 1600 px and deleted', async () => {
    context = await app.newContext();
    const page = await context.newPage();
    await logInAsInspector(page);
    await waitForDirectory(page);
    await waitForServiceWorkerControl(page);
    await context.setOffline(true);
    await startVisit(page, READINESS);

    // A photo item's answer is its photos: «+ Фото» is its control, in a group named after it.
    const photoItem = page.getByRole('group', { name: PHOTO_ITEM, exact: true });
    await photoItem.getByLabel('Добавить фото').setInputFiles(cameraPhoto);
    await saved(page);
    const thumb = thumbnail(page, PHOTO_ITEM, 1);
    const thumbSize = await naturalSize(thumb.getByRole('img'));
    expect(Math.max(thumbSize.width, thumbSize.height)).toBe(240);

    await page.reload();
    await thumb.waitFor();
    expect((await naturalSize(thumb.getByRole('img'))).width).toBe(240);

    await thumb.click();
    const viewer = page.getByRole('dialog', { name: `Фото 1 к вопросу «${PHOTO_ITEM}»` });
    expect(await naturalSize(viewer.getByRole('img'))).toEqual({ width: 1600, height: 1067 });
    await page.keyboard.press('Escape');
    await viewer.waitFor({ state: 'detached' });

    await thumb.click();
    page.once('dialog', (dialog) => void dialog.accept());
    await viewer.getByRole('button', { name: 'Удалить фото' }).click();
    await viewer.waitFor({ state: 'detached' });
    await saved(page);
    await thumb.waitFor({ state: 'detached' });
    await page.reload();
    await addPhotoInput(page, PHOTO_ITEM).waitFor({ state: 'attached' });
    expect(await thumb.count()).toBe(0);
    await context.setOffline(false);
    await context.close();
  });

  it('refuses a file that is not an image, saying so, and keeps nothing of it', async () => {
    context = await app.newContext();
    const page = await context.newPage();
    await logInAsInspector(page);
    await startVisit(page, READINESS);
    const item = 'Есть резервное питание или резервный канал связи';
    await addPhotoInput(page, item).setInputFiles({
      name: 'акт.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.7 не фото'),
    });
    await page
      .getByRole('alert')
      .getByText(
        'Файл «акт.pdf» не открывается как изображение. Выберите фотографию (JPEG или PNG).',
      )
      .waitFor();
    expect(await thumbnail(page, item, 1).count()).toBe(0);
    expect(await page.getByText('Сохранено на устройстве').count()).toBe(0);
    await context.close();
  });

  it('are accessible, and only shown once the visit is completed', async () => {
    // The app's CSP forbids injected scripts; axe-core is injected only here, in tests.
    context = await app.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await logInAsInspector(page);
    await waitForServiceWorkerControl(page);
    await context.setOffline(true);
    await startVisit(page, READINESS);
    const item = 'Есть резервное питание или резервный канал связи';
    await addPhotoInput(page, item).setInputFiles(cameraPhoto);
    await thumbnail(page, item, 1).waitFor();
    let violations = await seriousAxeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await thumbnail(page, item, 1).click();
    await page.getByRole('dialog').getByRole('img').waitFor();
    violations = await seriousAxeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.keyboard.press('Escape');

    await markCompleted(page);
    await page.reload();
    await thumbnail(page, item, 1).click();
    await page.getByRole('dialog').getByRole('img').waitFor();
    expect(await page.getByRole('button', { name: 'Удалить фото' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Закрыть' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await addPhotoInput(page, item).count()).toBe(0);
    expect(await addPhotoInput(page, PHOTO_ITEM).count()).toBe(0);
    expect(await page.getByText('+ Фото').count()).toBe(0);
    await context.close();
  });
});
