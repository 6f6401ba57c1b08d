import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../shared/analytics/dashboard-schema.ts';
import { failureCodeOf } from '../../api/api-error.ts';
import { Loading } from '../../components/loading.tsx';
import { Notice } from '../../components/notice.tsx';
import type { DashboardData } from './use-dashboard-data.ts';

interface FiguresStateProps {
  data: DashboardData;
  online: boolean;
  /** What to show once there are figures. */
  children: (dashboard: Dashboard) => ReactNode;
}

/** The figures, or why they are not there: no network, loading, a failure, nothing in the period. */
export function FiguresState({ data, online, children }: FiguresStateProps) {
  const { t } = useTranslation();
  if (!online && data.dashboard === undefined)
    return <Notice tone="warning">{t('dashboard.offline')}</Notice>;
  if (data.loading && data.dashboard === undefined)
    return <Loading label={t('dashboard.loading')} />;
  if (data.dashboard === undefined) {
    const reason = t(`problems.${failureCodeOf(data.failure)}`);
    return (
      <Notice tone="error">
        <p className="notice__text">{t('dashboard.failed', { reason })}</p>
        <button type="button" className="button" onClick={data.retry}>
          {t('dashboard.retry')}
        </button>
      </Notice>
    );
  }
  return (
    <>
      {!online && <Notice tone="warning">{t('dashboard.offline')}</Notice>}
      {data.dashboard.visits === 0 ? (
        <Notice tone="info">{t('dashboard.empty')}</Notice>
      ) : (
        children(data.dashboard)
      )}
    </>
  );
}
