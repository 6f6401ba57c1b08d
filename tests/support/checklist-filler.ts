import type { Page } from 'playwright-core';

const NEXT = /^Следующий незаполненный/;

/** What «следующий незаполненный» put the focus on. */
interface Focused {
  tag: string;
  type: string;
  mode: string;
  multiline: boolean;
}

async function focusedField(page: Page): Promise<Focused | null> {
  const handle = await page
    .waitForFunction(
      () => {
        const element = document.activeElement;
        if (!element || !element.closest('.visit__section')) return null;
        return {
          tag: element.tagName,
          type: element.getAttribute('type') ?? '',
          mode: element.getAttribute('inputmode') ?? '',
          multiline: element.tagName === 'TEXTAREA',
        };
      },
      undefined,
      { timeout: 5_000 },
    )
    .catch(() => null);
  return handle ? await handle.jsonValue() : null;
}

/** Answers the focused field as an inspector would, with a valid value of its kind. */
async function answer(page: Page, field: Focused, step: number): Promise<void> {
  const focused = page.locator(':focus');
  if (field.tag === 'BUTTON') await focused.click();
  else if (field.tag === 'SELECT') await focused.selectOption({ index: 1 });
  else if (field.type === 'radio' || field.type === 'checkbox') await focused.check();
  else if (field.type === 'date') await focused.fill('2026-11-20');
  else if (field.type === 'file') throw new Error('a required photo: attach it in the test');
  else if (field.mode === 'numeric' || field.mode === 'decimal') await focused.fill('1');
  else await focused.fill(field.multiline ? 'Проверено на месте' : `Т-${String(step)}`);
}

/**
 * Fills every required question of the open visit the way a person with a
 * keyboard does: «следующий незаполненный», answer the focused field, again,
 * until the button says that everything is answered. Returns the answers given.
 */
export async function fillRequiredQuestions(page: Page): Promise<number> {
  const next = page.locator('.visit__next button');
  for (let step = 0; step < 600; step += 1) {
    const label = (await next.textContent()) ?? '';
    if (!NEXT.test(label)) return step;
    await next.click();
    const field = await focusedField(page);
    if (!field) throw new Error(`«${label}» focused nothing to answer`);
    await answer(page, field, step);
    // The count changes once the answer is saved and read back (unless a follow-up question appeared).
    await page
      .waitForFunction(
        ([selector, before]) => document.querySelector(selector)?.textContent !== before,
        ['.visit__next button', label] as const,
        { timeout: 3_000 },
      )
      .catch(() => undefined);
  }
  throw new Error('the checklist did not end within 600 answers');
}
