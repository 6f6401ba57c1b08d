import type { ResultsFilter } from '../../../shared/schemas/results-filter.ts';

/** Media types of the exports. */
export const exportMediaTypes = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
} as const;

const russianDay = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

/** «Результаты посещений 01.11.2026–30.11.2026.xlsx», «Ответы … .csv». */
export function exportFileName(
  title: string,
  filter: ResultsFilter,
  extension: keyof typeof exportMediaTypes,
): string {
  return `${title} ${russianDay(filter.from)}–${russianDay(filter.to)}.${extension}`;
}
