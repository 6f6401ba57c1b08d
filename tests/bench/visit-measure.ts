import type { CDPSession, Page } from 'playwright-core';
import { rowAnswerKey } from '../../src/shared/checklist/answer-keys.ts';
import { questionId } from '../../src/client/features/visits/answer-paths.ts';
import { documentDelivery } from '../support/app-page.ts';
import type { AnswerTiming, QuestionTiming } from './visit-probe.ts';
import type { VisitScenario } from './visit-plans.ts';

export const CPU_SLOWDOWN = 4;

/** How often Playwright looks at the probe: rarely, so that it adds little to the main thread. */
const POLL = { polling: 100 } as const;

async function throttled<T>(cdp: CDPSession, measure: () => Promise<T>): Promise<T> {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  try {
    return await measure();
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  }
}

async function questionTiming(page: Page): Promise<QuestionTiming> {
  const handle = await page.waitForFunction(() => window.visitProbe?.question, undefined, POLL);
  return (await handle.jsonValue())!;
}

export interface ColdLoad extends QuestionTiming {
  delivery: string;
}

/** Loads the visit's address afresh (the network is off) until its first question takes input. */
export async function coldLoad(page: Page, cdp: CDPSession, visitPath: string): Promise<ColdLoad> {
  const timing = await throttled(cdp, async () => {
    await page.goto(visitPath);
    return questionTiming(page);
  });
  return { ...timing, delivery: await documentDelivery(page) };
}

/** From a tap on the visit in the home screen's list until its first question takes input. */
export async function openFromHome(
  page: Page,
  cdp: CDPSession,
  visitId: string,
): Promise<QuestionTiming> {
  await page.goto('/');
  const link = page.locator(`a[href="/visits/${visitId}"]`);
  await link.waitFor();
  await page.evaluate(() => window.visitProbe!.settle());
  return throttled(cdp, async () => {
    await page.evaluate(() => {
      window.visitProbe!.armQuestionOnClick();
    });
    await link.click();
    return questionTiming(page);
  });
}

export interface AnswerSample extends AnswerTiming {
  /** Main-thread time (CDP TaskDuration) from just before the click until the page was quiet. */
  mainThreadMs: number;
}

async function taskDuration(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? Number.NaN) * 1000;
}

/**
 * Opens the table's section, expands its last row and answers `count` times
 * there, one tap at a time, cycling through the row's one-tap questions.
 */
export async function answerTaps(
  page: Page,
  cdp: CDPSession,
  visitPath: string,
  scenario: VisitScenario,
  count: number,
): Promise<AnswerSample[]> {
  const row = scenario.content.rows.at(-1)!;
  await page.goto(`${visitPath}?section=${scenario.tableSection}`);
  await page.locator('.row-card__toggle').last().click();
  const questions = scenario.tapItems.map((key) =>
    page.locator(`[id="${questionId(rowAnswerKey(row.group, row.id, key))}"]`),
  );
  await questions[0]!.waitFor();
  await cdp.send('Performance.enable');
  return throttled(cdp, async () => {
    const samples: AnswerSample[] = [];
    for (let i = 0; i < count; i += 1) {
      const radio = questions[i % questions.length]!.locator('input[type="radio"]:not(:checked)');
      await radio.first().scrollIntoViewIfNeeded();
      await page.evaluate(() => window.visitProbe!.settle());
      const before = await taskDuration(cdp);
      await page.evaluate(() => {
        window.visitProbe!.armAnswer();
      });
      await radio.first().click();
      const handle = await page.waitForFunction(() => window.visitProbe?.answer, undefined, POLL);
      const timing = (await handle.jsonValue())!;
      samples.push({ ...timing, mainThreadMs: (await taskDuration(cdp)) - before });
    }
    return samples;
  });
}
