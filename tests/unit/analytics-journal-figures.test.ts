import { describe, expect, it } from 'vitest';
import { catalogueOf } from '../../src/shared/analytics/checklist-catalogue.ts';
import { journalCompliance, journalFigures } from '../../src/shared/analytics/journal-figures.ts';
import type { JournalSummary } from '../../src/shared/analytics/summary-schema.ts';
import { builtinChecklists } from '../../src/shared/templates/builtin-checklists.ts';
import { resultRow, schoolId as school, summaryWith } from '../fixtures/result-rows.ts';

const a: JournalSummary = {
  journals: 3,
  lessons: {
    held: { filled: 29, lessons: 30 },
    topic: { filled: 28, lessons: 30 },
    homework: { filled: 15, lessons: 20 },
    control_type: { filled: 20, lessons: 30 },
  },
  answers: {
    marks: { yes: 1, partly: 1, no: 1 },
    absences: { yes: 1, partly: 1, no: 0 },
    substitute_teacher: { yes: 0, partly: 0, no: 1 },
  },
  timeliness: { late: 4, lessons: 30 },
};

const b: JournalSummary = {
  journals: 2,
  lessons: {
    held: { filled: 10, lessons: 10 },
    topic: { filled: 5, lessons: 10 },
    homework: { filled: 0, lessons: 0 },
    control_type: { filled: 10, lessons: 10 },
  },
  answers: { marks: { yes: 2, partly: 0, no: 0 }, absences: { yes: 0, partly: 0, no: 2 } },
  timeliness: { late: 10, lessons: 10 },
};

/** field → [numerator, denominator, rate] */
const rates = (sample: JournalSummary[]) =>
  Object.fromEntries(
    journalFigures(sample).fields.map((f) => [f.field, [f.numerator, f.denominator, f.rate]]),
  );

describe('journal fill rates', () => {
  it('sums numerators and denominators across schools; «частично» counts half', () => {
    expect(rates([a, b])).toEqual({
      held: [39, 40, 0.975],
      topic: [33, 40, 0.825],
      homework: [15, 20, 0.75],
      control_type: [30, 40, 0.75],
      marks: [3.5, 5, 0.7],
      absences: [1.5, 4, 0.375],
      substitute_teacher: [0, 1, 0],
    });
    const figures = journalFigures([a, b]);
    expect(figures.journals).toBe(5);
    expect(figures.timeliness).toEqual({ late: 14, lessons: 40, rate: 0.65 });
    expect(figures.fields.find((f) => f.field === 'marks')?.answers).toEqual({
      yes: 3,
      partly: 1,
      no: 1,
    });
  });

  it('gives no rate where nothing was counted, and no field a template lacks', () => {
    expect(rates([b])).toEqual({
      held: [10, 10, 1],
      topic: [5, 10, 0.5],
      homework: [0, 0, null],
      control_type: [10, 10, 1],
      marks: [2, 2, 1],
      absences: [0, 2, 0],
    });
    expect(journalFigures([b]).timeliness).toEqual({ late: 10, lessons: 10, rate: 0 });
    expect(journalFigures([])).toEqual({ journals: 0, fields: [], timeliness: null });
  });

  it('reports district-wide and per school, over the latest results with a sample', () => {
    const row = (
      n: number,
      journals: JournalSummary | undefined,
      checklistId = 'journal-compliance',
    ) =>
      resultRow(n, {
        schoolId: school(n),
        checklistId,
        summary: summaryWith(journals ? { journals } : {}),
      });
    const [compliance, ...rest] = journalCompliance(
      [row(2, b), row(1, a), row(3, undefined, 'readiness')],
      catalogueOf(builtinChecklists),
    );
    expect(rest).toEqual([]);
    expect(compliance?.checklistId).toBe('journal-compliance');
    expect(compliance?.district).toEqual(journalFigures([a, b]));
    expect(compliance?.schools).toEqual([
      { schoolId: school(1), ...journalFigures([a]) },
      { schoolId: school(2), ...journalFigures([b]) },
    ]);
    expect(compliance?.schools[0]?.timeliness?.rate).toBeCloseTo(26 / 30, 12);
  });
});
