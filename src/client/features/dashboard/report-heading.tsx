import { useTranslation } from 'react-i18next';
import type { ResultsFilter } from '../../../shared/schemas/results-filter.ts';
import type { DashboardLabels } from './use-dashboard-labels.ts';
import { useFigureFormat } from './use-figure-format.ts';
import { useFilterDescription } from './use-filter-description.ts';

interface ReportHeadingProps {
  filter: ResultsFilter;
  today: string;
  labels: DashboardLabels;
}

/** The report's title and what it is about: period, schools, checklist, kind, when composed. */
export function ReportHeading({ filter, today, labels }: ReportHeadingProps) {
  const { t } = useTranslation();
  const format = useFigureFormat();
  const described = useFilterDescription(filter, labels);
  return (
    <header>
      <h1 className="report__title" id="district-report-title">
        {t('dashboard.report.title')}{' '}
        <span className="district-report__period">{described.period}</span>
      </h1>
      <dl className="report__meta">
        <dt>{t('dashboard.report.schools')}</dt>
        <dd>{described.schools}</dd>
        <dt>{t('dashboard.report.checklist')}</dt>
        <dd>{described.checklist}</dd>
        <dt>{t('dashboard.report.kind')}</dt>
        <dd>{described.kind}</dd>
        <dt>{t('dashboard.report.composed')}</dt>
        <dd>{format.date(today)}</dd>
      </dl>
    </header>
  );
}
