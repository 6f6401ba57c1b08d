import type { TFunction } from 'i18next';
import type { Quarter } from '../../../shared/analytics/dashboard-schema.ts';

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** «III кв. 2026». */
export function quarterLabel(t: TFunction, quarter: Quarter): string {
  return t('dashboard.quarter', {
    roman: ROMAN[quarter.quarter - 1] ?? String(quarter.quarter),
    year: String(quarter.year),
  });
}
