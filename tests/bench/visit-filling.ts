import {
  logInAsInspector,
  waitForDirectory,
  waitForServiceWorkerControl,
} from '../support/app-page.ts';
import { startRunningApp } from '../support/running-app.ts';
import type { Bench, BenchReport } from './report.ts';
import {
  answerTaps,
  coldLoad,
  openFromHome,
  type AnswerSample,
  type ColdLoad,
} from './visit-measure.ts';
import { visitScenarios, type VisitScenario } from './visit-plans.ts';
import { visitProbeScript, type QuestionTiming } from './visit-probe.ts';
import { comparisonNote, visitReport, type VisitFigures } from './visit-report.ts';
import { startVisit, writeVisitContent } from './visit-seed.ts';

const LOADS = 5;
const OPENS = 5;
const ANSWERS = 40;
const SAVED_TEXT = 'Сохранено на устройстве';
/** The main thread free this long ends an answer (the live query's re-render included). */
const QUIET_MS = 300;

/**
 * The filling screen with the largest visits the built-in checklists make: a
 * cold load of the visit's address, opening it from the home screen, and
 * answers one tap at a time, in Chromium with the CPU slowed down.
 */
export const visitFilling: Bench = {
  name: 'visit-filling',
  async run() {
    const scenarios = visitScenarios();
    const app = await startRunningApp();
    try {
      const context = await app.newContext();
      await context.addInitScript(visitProbeScript({ savedText: SAVED_TEXT, quietMs: QUIET_MS }));
      const page = await context.newPage();
      await logInAsInspector(page);
      await waitForDirectory(page);
      await waitForServiceWorkerControl(page);
      await context.setOffline(true);
      const cdp = await context.newCDPSession(page);

      const visits: { scenario: VisitScenario; id: string }[] = [];
      for (const scenario of scenarios) {
        const id = await startVisit(page, scenario.definition.title);
        await writeVisitContent(page, id, scenario.content);
        visits.push({ scenario, id });
      }

      const figures: VisitFigures[] = [];
      for (const { scenario, id } of visits) {
        const coldLoads: ColdLoad[] = [];
        for (let run = 0; run < LOADS; run += 1) {
          coldLoads.push(await coldLoad(page, cdp, `/visits/${id}`));
        }
        const opens: QuestionTiming[] = [];
        for (let run = 0; run < OPENS; run += 1) opens.push(await openFromHome(page, cdp, id));
        const answers: AnswerSample[] = await answerTaps(
          page,
          cdp,
          `/visits/${id}`,
          scenario,
          ANSWERS,
        );
        figures.push({ scenario, coldLoads, opens, answers });
      }
      await context.close();

      const reports: BenchReport[] = figures.map((f, index) =>
        visitReport(f, `(${String.fromCharCode(100 + index)})`),
      );
      reports.at(-1)?.notes?.push(comparisonNote);
      return reports;
    } finally {
      await app.stop();
    }
  },
};
