import { managesDistrict } from '../../../shared/district-roles.ts';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/loading.tsx';
import { Notice } from '../../components/notice.tsx';
import { useSession } from '../../db/live-queries.ts';
import { todayInDistrict } from '../../../shared/district-today.ts';
import { useFirstScreenMark } from '../../pwa/use-first-screen-mark.ts';
import { useOnlineStatus } from '../../pwa/use-online-status.ts';
import { PlanWorkspace } from './plan-workspace.tsx';
import { usePlanLookup } from './use-plan-lookup.ts';

/**
 * The district's visit plan (`/plan`), for coordinators and administrators:
 * read and changed on the server, so it needs the network and says so.
 */
export function PlanPage() {
  const { t } = useTranslation();
  const session = useSession();
  const online = useOnlineStatus();
  const role = session?.user.role;
  const allowed = managesDistrict(role);
  const lookup = usePlanLookup(allowed ? session?.token : undefined);
  useFirstScreenMark();
  return (
    <div className="page plan-page">
      <h1 className="page__title">{t('plans.title')}</h1>
      {!online && <Notice tone="warning">{t('plans.offline')}</Notice>}
      {session === undefined || (allowed && lookup === undefined) ? (
        <Loading label={t('common.loading')} />
      ) : !session || !allowed || !lookup ? (
        <Notice tone="info">{t('plans.districtOnly')}</Notice>
      ) : (
        <PlanWorkspace
          token={session.token}
          lookup={lookup}
          online={online}
          today={todayInDistrict(new Date())}
        />
      )}
    </div>
  );
}
