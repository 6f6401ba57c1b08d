import type { Answer, Answers } from '../../../shared/checklist/answer-schema.ts';
import { evaluate, scopeOf, type Scope } from '../../../shared/checklist/evaluate.ts';
import { itemScore } from '../../../shared/checklist/item-score.ts';
import { groupScore } from '../../../shared/checklist/scoring.ts';
import { isVisible } from '../../../shared/checklist/visibility.ts';
import { answerCell, computedCell, isAnswered } from './answer-cells.ts';
import type { CellValue } from './cell-values.ts';
import type { ChecklistLayout, TopItem } from './checklist-layouts.ts';

/** What a visit recorded for one top-level item, as exports show it. */
export interface RecordedItem {
  top: TopItem;
  /** The stored answer (none for tables and computed values). */
  answer: Answer | undefined;
  /** The answer as a person reads it; a table's number of rows; a computed value. */
  cell: CellValue;
  /** 0…1; `null` when the item is not scored or does not apply. */
  score: number | null;
}

function recorded(top: TopItem, answers: Answers, scope: Scope): RecordedItem | null {
  const { item } = top;
  if (item.kind === 'repeat') {
    const rows = answers.groups[item.key]?.length ?? 0;
    if (rows === 0) return null;
    return { top, answer: undefined, cell: rows, score: groupScore(item, scope) };
  }
  if (item.kind === 'computed') {
    const value = evaluate(item.expression, scope);
    if (value === null) return null;
    const score = itemScore(item, undefined, scope);
    return { top, answer: undefined, cell: computedCell(item, value), score };
  }
  const answer = answers.items[item.key];
  if (!isAnswered(answer) || top.cell === null) return null;
  const score = itemScore(item, answer, scope);
  return { top, answer, cell: answerCell(top.cell, answer), score };
}

/**
 * Every top-level item that is shown for these answers and has something
 * recorded, in checklist order: answered questions, tables with rows (as their
 * number of rows and their score), computed values that can be computed.
 */
export function recordedItems(layout: ChecklistLayout, answers: Answers): RecordedItem[] {
  const scope = scopeOf(answers, layout.index.computed);
  const items: RecordedItem[] = [];
  for (const top of layout.topItems) {
    if (!isVisible(top.item, scope)) continue;
    const item = recorded(top, answers, scope);
    if (item) items.push(item);
  }
  return items;
}
