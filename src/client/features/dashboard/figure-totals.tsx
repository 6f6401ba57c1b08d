import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../shared/analytics/dashboard-schema.ts';

/** «В отборе: 12 посещений, 5 школ.» */
export function FigureTotals({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  return (
    <p className="dash-totals" role="status">
      {t('dashboard.totals', {
        visits: t('dashboard.visits', { count: dashboard.visits }),
        schools: t('dashboard.schools', { count: dashboard.schools }),
      })}
    </p>
  );
}
