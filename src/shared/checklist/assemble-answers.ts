import type { Answer, Answers } from './answer-schema.ts';

/** A stored answer as both sides keep it: an item key or `group/rowId/item`. */
export interface KeyedAnswer {
  itemKey: string;
  answer: Answer;
}

/** A stored table row: which table, and where it stands in it. */
export interface PlacedRow {
  id: string;
  group: string;
  position: number;
}

/**
 * Every answer of a visit in the engine's shape, table rows in their order.
 * Answers of a row that is not among `rows` (deleted) are left out.
 */
export function assembleAnswers(
  records: Iterable<KeyedAnswer>,
  rows: readonly PlacedRow[],
): Answers {
  const answers: Answers = { items: {}, groups: {} };
  const byRow = new Map<string, Record<string, Answer>>();
  const ordered = [...rows].sort((a, b) => a.position - b.position);
  for (const row of ordered) {
    const rowAnswers: Record<string, Answer> = {};
    byRow.set(row.id, rowAnswers);
    (answers.groups[row.group] ??= []).push({ id: row.id, answers: rowAnswers });
  }
  for (const { itemKey, answer } of records) {
    const [group, rowId, key] = itemKey.split('/');
    if (key === undefined) answers.items[itemKey] = answer;
    else if (group !== undefined && rowId !== undefined) {
      const rowAnswers = byRow.get(rowId);
      if (rowAnswers) rowAnswers[key] = answer;
    }
  }
  return answers;
}
