import { managesDistrict } from '../../../shared/district-roles.ts';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { Loading } from '../../components/loading.tsx';
import { Notice } from '../../components/notice.tsx';
import { useSession } from '../../db/live-queries.ts';
import { useFirstScreenMark } from '../../pwa/use-first-screen-mark.ts';
import { useOnlineStatus } from '../../pwa/use-online-status.ts';
import type { DirectoryContext } from './directory-context.ts';
import { DirectoryTabs } from './directory-tabs.tsx';

/**
 * The district's directories (`/directory/*`) for coordinators and
 * administrators: schools, users, coverage, checklist versions, the audit log.
 * They live on the server, so the page needs the network and says so.
 */
export function DirectoryPage() {
  const { t } = useTranslation();
  const session = useSession();
  const online = useOnlineStatus();
  useFirstScreenMark();
  const role = session?.user.role;
  const allowed = managesDistrict(role);
  if (session === undefined) return <Loading label={t('common.loading')} />;
  return (
    <div className="page directory">
      <h1 className="page__title">{t('directory.title')}</h1>
      {!session || !allowed ? (
        <Notice tone="info">{t('directory.districtOnly')}</Notice>
      ) : (
        <>
          <DirectoryTabs />
          {!online && <Notice tone="warning">{t('directory.offline')}</Notice>}
          <Outlet
            context={{ token: session.token, online, me: session.user } satisfies DirectoryContext}
          />
        </>
      )}
    </div>
  );
}
