import { managesDistrict } from '../../../shared/district-roles.ts';
import { useSession } from '../../db/live-queries.ts';
import { useOnlineStatus } from '../../pwa/use-online-status.ts';
import { useDashboardData } from './use-dashboard-data.ts';
import { useDashboardFilter } from './use-dashboard-filter.ts';
import { useDashboardLabels } from './use-dashboard-labels.ts';

/**
 * Everything the dashboard and the report need: who is signed in (and may
 * see the district), the filter in the address, the labels, the figures.
 */
export function useDistrictFigures() {
  const session = useSession();
  const online = useOnlineStatus();
  const labels = useDashboardLabels();
  const filter = useDashboardFilter();
  const role = session?.user.role;
  const allowed = managesDistrict(role);
  const data = useDashboardData(
    allowed ? session?.token : undefined,
    filter.current.ok ? filter.current.filter : undefined,
    online,
  );
  return {
    /** `false` while the session and the labels are read from the device. */
    ready: session !== undefined && labels !== undefined,
    allowed,
    online,
    labels,
    filter,
    data,
  };
}
