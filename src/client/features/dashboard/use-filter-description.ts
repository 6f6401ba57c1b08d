import { useTranslation } from 'react-i18next';
import type { ResultsFilter } from '../../../shared/schemas/results-filter.ts';
import type { DashboardLabels } from './use-dashboard-labels.ts';
import { useFigureFormat } from './use-figure-format.ts';

/** A filter in words: «за период с … по …», the schools by name, the checklist, the kind. */
export function useFilterDescription(filter: ResultsFilter, labels: DashboardLabels) {
  const { t } = useTranslation();
  const format = useFigureFormat();
  return {
    period: t('dashboard.report.period', {
      from: format.date(filter.from),
      to: format.date(filter.to),
    }),
    /** «01.09.2026 — 31.08.2027» */
    range: `${format.date(filter.from)} — ${format.date(filter.to)}`,
    schools:
      filter.schoolIds.length === 0
        ? t('dashboard.filter.allSchools')
        : filter.schoolIds
            .map((id) => labels.school(id))
            .sort((a, b) => a.localeCompare(b, 'ru'))
            .join(', '),
    checklist:
      filter.checklistId === undefined
        ? t('dashboard.filter.allChecklists')
        : labels.checklistTitle(filter.checklistId),
    kind:
      filter.kind === undefined ? t('dashboard.filter.allKinds') : t(`visits.kinds.${filter.kind}`),
  };
}
