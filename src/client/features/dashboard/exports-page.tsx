import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '../../components/loading.tsx';
import { Notice } from '../../components/notice.tsx';
import { useSession } from '../../db/live-queries.ts';
import { useOnlineStatus } from '../../pwa/use-online-status.ts';
import { ExportForm } from './export-form.tsx';
import { ExportSelection } from './export-selection.tsx';
import { FilterBar } from './filter-bar.tsx';
import { useDashboardFilter } from './use-dashboard-filter.ts';
import { useDashboardLabels } from './use-dashboard-labels.ts';

/**
 * Exports of the district's results (`/dashboard/exports?<filter>`): the same
 * filter as the dashboard, a format, and the file downloaded with the person's token.
 */
export function ExportsPage() {
  const { t } = useTranslation();
  const session = useSession();
  const online = useOnlineStatus();
  const labels = useDashboardLabels();
  const filter = useDashboardFilter();
  const { current } = filter;
  const role = session?.user.role;
  if (session === undefined || labels === undefined) return <Loading label={t('common.loading')} />;
  if (!session || (role !== 'coordinator' && role !== 'admin'))
    return <Notice tone="info">{t('problems.forbidden')}</Notice>;
  return (
    <div className="page exports-page">
      <h1 className="page__title">{t('dashboard.exports.title')}</h1>
      <p className="page__subtitle">{t('dashboard.exports.subtitle')}</p>
      <nav className="dash-links" aria-label={t('dashboard.exports.title')}>
        <Link className="button" to={`/dashboard${current.ok ? `?${current.query}` : ''}`}>
          ← {t('dashboard.backToDashboard')}
        </Link>
      </nav>
      <FilterBar
        key={current.ok ? current.query : 'invalid'}
        filter={current.ok ? current.filter : filter.fallback}
        today={filter.today}
        labels={labels}
        onApply={filter.change}
        applyLabel={t('dashboard.filter.applyToExport')}
      />
      {current.ok ? (
        <>
          <ExportSelection filter={current.filter} labels={labels} />
          <ExportForm filter={current.filter} token={session.token} online={online} />
        </>
      ) : (
        <Notice tone="error">{current.message}</Notice>
      )}
    </div>
  );
}
