import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/loading.tsx';
import { Notice } from '../../components/notice.tsx';
import { useSchools, useSession } from '../../db/live-queries.ts';
import { useFirstScreenMark } from '../../pwa/use-first-screen-mark.ts';
import { NewVisitForm } from './new-visit-form.tsx';
import { useStartVisit } from './use-start-visit.ts';

export function NewVisitPage() {
  const { t } = useTranslation();
  const session = useSession();
  const schools = useSchools();
  const start = useStartVisit(session?.user.id ?? '');
  useFirstScreenMark();

  return (
    <div className="page page--narrow">
      <h1 className="page__title">{t('visits.newTitle')}</h1>
      {!session || schools === undefined ? (
        <Loading label={t('common.loading')} />
      ) : schools.length === 0 ? (
        <Notice tone="warning">{t('visits.noSchools')}</Notice>
      ) : (
        <NewVisitForm user={session.user} schools={schools} onStart={start} />
      )}
    </div>
  );
}
