import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '../../components/loading.tsx';
import { Notice } from '../../components/notice.tsx';
import { DashboardFigures } from './dashboard-figures.tsx';
import { FigureTotals } from './figure-totals.tsx';
import { FiguresState } from './figures-state.tsx';
import { ReportHeading } from './report-heading.tsx';
import { useDistrictFigures } from './use-district-figures.ts';

/**
 * «Справка по итогам мониторинга за период …» (`/dashboard/report?<filter>`):
 * the dashboard's figures laid out for A4, printed or saved as PDF.
 */
export function DistrictReportPage() {
  const { t } = useTranslation();
  const { ready, allowed, online, labels, filter, data } = useDistrictFigures();
  const { current } = filter;
  if (!ready || labels === undefined) return <Loading label={t('common.loading')} />;
  if (!allowed) return <Notice tone="info">{t('problems.forbidden')}</Notice>;
  if (!current.ok) return <Notice tone="error">{current.message}</Notice>;
  return (
    <div className="report-page district-report-page">
      <div className="report-page__tools no-print">
        <Link className="button" to={`/dashboard?${current.query}`}>
          ← {t('dashboard.backToDashboard')}
        </Link>
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          {t('dashboard.report.print')}
        </button>
      </div>
      <article className="report district-report" aria-labelledby="district-report-title">
        <ReportHeading filter={current.filter} today={filter.today} labels={labels} />
        <FiguresState data={data} online={online}>
          {(dashboard) => (
            <>
              <FigureTotals dashboard={dashboard} />
              <DashboardFigures dashboard={dashboard} labels={labels} compact />
            </>
          )}
        </FiguresState>
      </article>
    </div>
  );
}
