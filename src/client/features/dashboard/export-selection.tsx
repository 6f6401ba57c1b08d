import { useTranslation } from 'react-i18next';
import type { ResultsFilter } from '../../../shared/schemas/results-filter.ts';
import type { DashboardLabels } from './use-dashboard-labels.ts';
import { useFilterDescription } from './use-filter-description.ts';

interface ExportSelectionProps {
  filter: ResultsFilter;
  labels: DashboardLabels;
}

/** What «Скачать» will export, in words: the applied filter, not the form still being edited. */
export function ExportSelection({ filter, labels }: ExportSelectionProps) {
  const { t } = useTranslation();
  const described = useFilterDescription(filter, labels);
  return (
    <section className="export-selection" aria-label={t('dashboard.exports.selection')}>
      <h2 className="dash-block__title">{t('dashboard.exports.selection')}</h2>
      <dl className="export-selection__list">
        <dt>{t('dashboard.filter.period')}</dt>
        <dd>{described.range}</dd>
        <dt>{t('dashboard.report.schools')}</dt>
        <dd>{described.schools}</dd>
        <dt>{t('dashboard.report.checklist')}</dt>
        <dd>{described.checklist}</dd>
        <dt>{t('dashboard.report.kind')}</dt>
        <dd>{described.kind}</dd>
      </dl>
    </section>
  );
}
