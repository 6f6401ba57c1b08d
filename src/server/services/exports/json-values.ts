import type { Answer, AnswerValue } from '../../../shared/checklist/answer-schema.ts';
import { isDay, isPercent, type CellValue } from './cell-values.ts';

/** A cell as a person reads it, in plain text; `null` for an empty cell. */
export function cellText(cell: CellValue): string | null {
  if (cell === null) return null;
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return String(cell);
  if (isDay(cell)) return cell.day;
  if (isPercent(cell)) return `${String(cell.percent)} %`;
  return cell.link;
}

/** A cell's value for machines: numbers (percentages 0–100) as numbers, days as ISO text. */
function cellValue(cell: CellValue): AnswerValue | null {
  if (cell === null || typeof cell !== 'object') return cell;
  if (isDay(cell)) return cell.day;
  if (isPercent(cell)) return cell.percent;
  return cell.link;
}

/** A score 0…1 as a percentage rounded to hundredths, or `null`. */
export const scorePercent = (score: number | null) =>
  score === null ? null : Math.round(score * 10_000) / 100;

/** What a JSON answer holds. */
export interface JsonAnswer {
  value: AnswerValue | null;
  text: string | null;
  na: boolean;
  note: string;
  photos: number;
}

/**
 * An answer for machines: the stored value (codes) and its text side by side;
 * without a stored answer (a computed value, a table's rows), the cell's value.
 */
export function jsonAnswer(answer: Answer | undefined, cell: CellValue): JsonAnswer {
  return {
    value: answer ? (answer.value ?? null) : cellValue(cell),
    text: cellText(cell),
    na: answer?.na === true,
    note: answer?.note ?? '',
    photos: answer?.photos?.length ?? 0,
  };
}

/** What the document's fields mean, for whoever reads it. */
export const jsonFieldNotes = {
  value:
    'Значение, как оно сохранено: коды (yes, partly, no, коды вариантов выбора и статусов), уровни навыков 0–2, числа, даты ГГГГ-ММ-ДД.',
  text: 'То же значение, как его читает человек: «Да», «Частично», подписи вариантов, «Не применимо». Поля *Text — подписи кодов.',
  percent: 'Проценты (result.percent, score) — числа от 0 до 100.',
  score: 'Оценка пункта или строки; null — пункт не оценивается, не применим или не заполнен.',
  masked: 'true — ФИО работников школы заменены псевдонимами «Сотрудник N» в пределах файла.',
};
