import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '../../components/loading.tsx';
import { Notice } from '../../components/notice.tsx';
import { useFirstScreenMark } from '../../pwa/use-first-screen-mark.ts';
import { DashboardFigures } from './dashboard-figures.tsx';
import { FigureTotals } from './figure-totals.tsx';
import { FiguresState } from './figures-state.tsx';
import { FilterBar } from './filter-bar.tsx';
import { useDistrictFigures } from './use-district-figures.ts';

/**
 * The district dashboard (`/dashboard`), for coordinators and administrators:
 * the filter, then every section of figures. The figures are computed on the
 * server, so the screen needs the network and says so.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const { ready, allowed, online, labels, filter, data } = useDistrictFigures();
  useFirstScreenMark();
  const { current } = filter;
  return (
    <div className="page dashboard-page">
      <h1 className="page__title">{t('dashboard.title')}</h1>
      <p className="page__subtitle">{t('dashboard.subtitle')}</p>
      {!ready || labels === undefined ? (
        <Loading label={t('common.loading')} />
      ) : !allowed ? (
        <Notice tone="info">{t('problems.forbidden')}</Notice>
      ) : (
        <>
          <FilterBar
            key={current.ok ? current.query : 'invalid'}
            filter={current.ok ? current.filter : filter.fallback}
            today={filter.today}
            labels={labels}
            onApply={filter.change}
          />
          {current.ok ? (
            <>
              <nav className="dash-links no-print" aria-label={t('dashboard.title')}>
                <Link className="button" to={`/dashboard/report?${current.query}`}>
                  {t('dashboard.openReport')}
                </Link>
                <Link className="button" to={`/dashboard/exports?${current.query}`}>
                  {t('dashboard.openExports')}
                </Link>
              </nav>
              <FiguresState data={data} online={online}>
                {(dashboard) => (
                  <>
                    <FigureTotals dashboard={dashboard} />
                    <DashboardFigures dashboard={dashboard} labels={labels} />
                  </>
                )}
              </FiguresState>
            </>
          ) : (
            <Notice tone="error">{current.message}</Notice>
          )}
        </>
      )}
    </div>
  );
}
