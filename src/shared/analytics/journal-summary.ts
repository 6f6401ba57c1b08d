import type { DefinitionIndex } from '../checklist/definition-index.ts';
import type { Scope } from '../checklist/evaluate.ts';
import type { SimpleItem } from '../checklist/item-schema.ts';
import { isVisible } from '../checklist/visibility.ts';
import { shownNumber, shownValue } from './row-values.ts';
import type { AnswerTally, JournalSummary, LessonTally } from './summary-schema.ts';
import {
  answerFieldKeys,
  answerFields,
  lessonFieldKeys,
  lessonFields,
  sampleKeys,
} from './template-keys.ts';

type Lookup = (key: string) => SimpleItem | undefined;

/**
 * Σ min(count, lessons) and Σ lessons over the journals where both are answered:
 * what a fill rate (or a late share) is made of, never above 1.
 */
function lessonTally(
  counted: SimpleItem | undefined,
  lessons: SimpleItem | undefined,
  rows: readonly Scope[],
): LessonTally | undefined {
  if (counted?.kind !== 'number' || lessons?.kind !== 'number') return undefined;
  const tally = { filled: 0, lessons: 0 };
  for (const row of rows) {
    const total = shownNumber(lessons, row);
    const value = shownNumber(counted, row);
    if (total === undefined || value === undefined) continue;
    tally.filled += Math.min(value, total);
    tally.lessons += total;
  }
  return tally;
}

function answerTally(
  item: SimpleItem | undefined,
  rows: readonly Scope[],
): AnswerTally | undefined {
  if (item?.kind !== 'yes_no') return undefined;
  const tally = { yes: 0, partly: 0, no: 0 };
  for (const row of rows) {
    const value = shownValue(item, row);
    if (value === 'yes' || value === 'partly' || value === 'no') tally[value] += 1;
  }
  return tally;
}

function collect<F extends string, T>(
  fields: readonly F[],
  tally: (field: F) => T | undefined,
): Partial<Record<F, T>> {
  const entries = fields.flatMap((field) => {
    const value = tally(field);
    return value === undefined ? [] : [[field, value] as const];
  });
  return Object.fromEntries(entries) as Partial<Record<F, T>>;
}

function timeliness(item: Lookup, rows: readonly Scope[]) {
  const tally = lessonTally(item(sampleKeys.late), item(sampleKeys.lessons), rows);
  return tally && { late: tally.filled, lessons: tally.lessons };
}

/** Sums over the journal sample that add up across visits; none without a sample table. */
export function summariseJournals(
  index: DefinitionIndex,
  scope: Scope,
): JournalSummary | undefined {
  const sample = index.items.get(sampleKeys.group);
  if (sample?.kind !== 'repeat' || !isVisible(sample, scope)) return undefined;
  const rows = scope.rows(sample.key);
  const inner = index.groupItems.get(sample.key);
  const item: Lookup = (key) => inner?.get(key);
  const lessons = item(sampleKeys.lessons);
  const late = timeliness(item, rows);
  return {
    journals: rows.length,
    lessons: collect(lessonFields, (field) =>
      lessonTally(item(lessonFieldKeys[field]), lessons, rows),
    ),
    answers: collect(answerFields, (field) => answerTally(item(answerFieldKeys[field]), rows)),
    ...(late ? { timeliness: late } : {}),
  };
}
