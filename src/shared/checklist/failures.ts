import type { Answer, Answers } from './answer-schema.ts';
import type { DefinitionIndex } from './definition-index.ts';
import { evaluate, scopeOf, type Scope } from './evaluate.ts';
import type { RepeatItem, SimpleItem } from './item-schema.ts';
import { itemScore } from './item-score.ts';
import { groupScore, rowScore } from './scoring.ts';
import { visibleItems } from './visibility.ts';

/** A row of a table that did not score in full (a journal with gaps, say). */
export interface FailedRow {
  id: string;
  /** The row's title answer (class, person), or its 1-based number when there is none. */
  title: string | number;
  percent: number;
}

/** A scored question of a visit that did not score in full: what a report lists as found wanting. */
export type FailedItem =
  | {
      kind: 'item';
      section: string;
      item: SimpleItem;
      answer: Answer | undefined;
      /** The computed value, for computed items. */
      computed: number | null;
      percent: number;
    }
  | { kind: 'group'; section: string; item: RepeatItem; percent: number; rows: FailedRow[] };

const toPercent = (ratio: number) => Math.round(ratio * 1000) / 10;

function rowTitle(group: RepeatItem, row: Scope, position: number): string | number {
  const value = group.rowTitle === undefined ? undefined : row.answer(group.rowTitle)?.value;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : position;
}

function failedRows(group: RepeatItem, scope: Scope): FailedRow[] {
  const rows: FailedRow[] = [];
  scope.rows(group.key).forEach((row, position) => {
    const score = rowScore(group, row);
    if (score === null || score >= 1) return;
    rows.push({
      id: row.rowId ?? String(position),
      title: rowTitle(group, row, position + 1),
      percent: toPercent(score),
    });
  });
  return rows;
}

/**
 * Every visible scored item whose score is below 100 %, in checklist order;
 * «не применимо» and unanswered items are not failures. A table is one entry
 * with the rows that fell short.
 */
export function failedItems(index: DefinitionIndex, answers: Answers): FailedItem[] {
  const scope = scopeOf(answers, index.computed);
  const failed: FailedItem[] = [];
  for (const section of index.definition.sections) {
    for (const item of visibleItems(section.items, scope)) {
      if (item.kind === 'repeat') {
        const score = groupScore(item, scope);
        if (score === null || score >= 1) continue;
        failed.push({
          kind: 'group',
          section: section.key,
          item,
          percent: toPercent(score),
          rows: failedRows(item, scope),
        });
        continue;
      }
      const answer = scope.answer(item.key);
      const score = itemScore(item, answer, scope);
      if (score === null || score >= 1) continue;
      failed.push({
        kind: 'item',
        section: section.key,
        item,
        answer,
        computed: item.kind === 'computed' ? evaluate(item.expression, scope) : null,
        percent: toPercent(score),
      });
    }
  }
  return failed;
}
