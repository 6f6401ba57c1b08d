import type { ChecklistCatalogue } from './checklist-catalogue.ts';
import type { JournalCompliance, JournalField, JournalFigures } from './dashboard-schema.ts';
import type { ResultRow } from './result-row.ts';
import type { AnswerTally, JournalSummary } from './summary-schema.ts';
import { compareText, pushTo, shareOf } from './tallies.ts';
import { answerFieldKeys, answerFields, lessonFieldKeys, lessonFields } from './template-keys.ts';

function lessonField(field: (typeof lessonFields)[number], sample: readonly JournalSummary[]) {
  const tallies = sample.flatMap((s) => s.lessons[field] ?? []);
  if (tallies.length === 0) return [];
  const numerator = tallies.reduce((sum, t) => sum + t.filled, 0);
  const denominator = tallies.reduce((sum, t) => sum + t.lessons, 0);
  const entry: JournalField = {
    field,
    itemKey: lessonFieldKeys[field],
    numerator,
    denominator,
    rate: shareOf(numerator, denominator),
  };
  return [entry];
}

function answerField(field: (typeof answerFields)[number], sample: readonly JournalSummary[]) {
  const tallies = sample.flatMap((s) => s.answers[field] ?? []);
  if (tallies.length === 0) return [];
  const answers: AnswerTally = { yes: 0, partly: 0, no: 0 };
  for (const t of tallies) {
    answers.yes += t.yes;
    answers.partly += t.partly;
    answers.no += t.no;
  }
  const numerator = answers.yes + answers.partly / 2;
  const denominator = answers.yes + answers.partly + answers.no;
  const entry: JournalField = {
    field,
    itemKey: answerFieldKeys[field],
    numerator,
    denominator,
    rate: shareOf(numerator, denominator),
    answers,
  };
  return [entry];
}

/**
 * Fill rates of the mandatory lesson fields and timeliness over some journal
 * samples: sums of numerators over sums of denominators. «Частично» counts half.
 */
export function journalFigures(sample: readonly JournalSummary[]): JournalFigures {
  const timed = sample.flatMap((s) => s.timeliness ?? []);
  const late = timed.reduce((sum, t) => sum + t.late, 0);
  const lessons = timed.reduce((sum, t) => sum + t.lessons, 0);
  const lateShare = shareOf(late, lessons);
  return {
    journals: sample.reduce((sum, s) => sum + s.journals, 0),
    fields: [
      ...lessonFields.flatMap((field) => lessonField(field, sample)),
      ...answerFields.flatMap((field) => answerField(field, sample)),
    ],
    timeliness:
      timed.length === 0
        ? null
        : { late, lessons, rate: lateShare === null ? null : 1 - lateShare },
  };
}

/** Per checklist with a journal sample: district-wide and per-school figures over latest results. */
export function journalCompliance(
  latest: readonly ResultRow[],
  catalogue: ChecklistCatalogue,
): JournalCompliance[] {
  const byChecklist = new Map<string, { schoolId: string; journals: JournalSummary }[]>();
  for (const { checklistId, schoolId, summary } of latest) {
    if (summary.journals)
      pushTo(byChecklist, checklistId, { schoolId, journals: summary.journals });
  }
  return [...byChecklist]
    .sort(([a], [b]) => catalogue.compareChecklists(a, b))
    .map(([checklistId, results]) => ({
      checklistId,
      district: journalFigures(results.map((r) => r.journals)),
      schools: results
        .map((r) => ({ schoolId: r.schoolId, ...journalFigures([r.journals]) }))
        .sort((a, b) => compareText(a.schoolId, b.schoolId)),
    }));
}
