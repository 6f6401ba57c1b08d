import type { Answer, AnswerValue } from '../../../shared/checklist/answer-schema.ts';
import type { SimpleItem } from '../../../shared/checklist/item-schema.ts';
import { dayCell, percentCell, type CellValue } from './cell-values.ts';
import { NOT_APPLICABLE, skillLabels, yesNoLabels } from './value-labels.ts';

/** Turns one item's stored value into what a person reads in a cell. */
export type ValueCell = (value: AnswerValue) => CellValue;

const asText = (value: AnswerValue): string =>
  Array.isArray(value) ? value.join('; ') : String(value);

function choiceCell(options: readonly { value: string; label: string }[]): ValueCell {
  const labels = new Map(options.map((option) => [option.value, option.label]));
  const one = (value: string) => labels.get(value) ?? value;
  return (value) => (Array.isArray(value) ? value.map(one).join('; ') : one(String(value)));
}

/**
 * How an item's values read in a cell: words for yes/no and skill levels,
 * option labels for choices, numbers as numbers, dates as dates. Built once per
 * item of a checklist version (the option look-up is a map), used per answer.
 */
export function valueCellOf(item: SimpleItem): ValueCell {
  switch (item.kind) {
    case 'yes_no':
      return (value) => (typeof value === 'string' ? (yesNoLabels[value] ?? value) : asText(value));
    case 'skill':
      return (value) =>
        typeof value === 'number' ? (skillLabels[value] ?? String(value)) : asText(value);
    case 'choice':
      return choiceCell(item.options);
    case 'number':
      return (value) => (typeof value === 'number' ? value : asText(value));
    case 'date':
      return (value) => (typeof value === 'string' ? dayCell(value) : asText(value));
    case 'photo':
      return () => null;
    default:
      return asText;
  }
}

/** Whether anything was recorded for an item: a value, «не применимо», a note or a photo. */
export function isAnswered(answer: Answer | undefined): answer is Answer {
  if (answer === undefined) return false;
  const { value } = answer;
  const hasValue =
    value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);
  return (
    hasValue ||
    answer.na === true ||
    (answer.note ?? '').trim() !== '' ||
    (answer.photos?.length ?? 0) > 0
  );
}

/** An answer's cell: «Не применимо», the value's cell, or empty. */
export function answerCell(valueCell: ValueCell, answer: Answer | undefined): CellValue {
  if (answer?.na === true) return NOT_APPLICABLE;
  const value = answer?.value;
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
    return null;
  }
  return valueCell(value);
}

/** A computed value's cell: a percentage or a number rounded as the checklist shows it. */
export function computedCell(
  item: Extract<SimpleItem, { kind: 'computed' }>,
  value: number | null,
): CellValue {
  if (value === null) return null;
  if (item.format === 'percent') return percentCell(value);
  const scale = 10 ** item.decimals;
  return Math.round(value * scale) / scale;
}
