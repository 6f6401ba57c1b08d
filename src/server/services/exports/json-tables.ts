import type { Answers, Row } from '../../../shared/checklist/answer-schema.ts';
import { evaluate, scopeOf, type Scope } from '../../../shared/checklist/evaluate.ts';
import { rowScore } from '../../../shared/checklist/scoring.ts';
import { answerCell, computedCell } from './answer-cells.ts';
import type { ChecklistLayout, RowItem } from './checklist-layouts.ts';
import { jsonAnswer, scorePercent, type JsonAnswer } from './json-values.ts';
import { tableSpecs } from './table-specs.ts';

/** `checklist/group/item` of every row item that holds a staff member's name. */
const staffNameItems = new Set(
  Object.values(tableSpecs).flatMap((spec) =>
    spec.staffNames.map((item) => `${spec.checklistId}/${spec.group}/${item}`),
  ),
);

function rowAnswer(rowItem: RowItem, row: Row, scope: Scope): JsonAnswer | null {
  const { item } = rowItem;
  if (item.kind === 'computed') {
    return jsonAnswer(undefined, computedCell(item, evaluate(item.expression, scope)));
  }
  const answer = row.answers[item.key];
  return answer === undefined ? null : jsonAnswer(answer, answerCell(rowItem.cell, answer));
}

function maskedAnswer(answer: JsonAnswer, mask: (name: string) => string): JsonAnswer {
  if (typeof answer.value !== 'string') return answer;
  const name = mask(answer.value);
  return { ...answer, value: name, text: name };
}

/** Every table of a visit: its rows, each with its number, score and answers by item key. */
export function jsonTables(
  layout: ChecklistLayout,
  answers: Answers,
  mask: (name: string) => string,
) {
  const checklist = layout.definition.id;
  return [...layout.tables].map(([key, { group, items }]) => ({
    key,
    label: group.label,
    rows: (answers.groups[key] ?? []).map((row, index) => {
      const scope = scopeOf(answers, layout.index.computed, row);
      const cells: Record<string, JsonAnswer> = {};
      for (const rowItem of items) {
        const answer = rowAnswer(rowItem, row, scope);
        if (answer === null) continue;
        const masked = staffNameItems.has(`${checklist}/${key}/${rowItem.item.key}`);
        cells[rowItem.item.key] = masked ? maskedAnswer(answer, mask) : answer;
      }
      const score = scorePercent(rowScore(group, scope));
      return { id: row.id, number: index + 1, score, answers: cells };
    }),
  }));
}
