import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Loading } from '../../components/loading.tsx';
import { Notice } from '../../components/notice.tsx';
import { useLatestChecklists } from '../../db/checklist-queries.ts';
import { usePlan, useSchools, useSession } from '../../db/live-queries.ts';
import { useFirstScreenMark } from '../../pwa/use-first-screen-mark.ts';
import { NewVisitForm } from './new-visit-form.tsx';
import { useStartVisit } from './use-start-visit.ts';

/** Starts a visit: freely, or from a planned visit (`?plan=<id>`), which fixes school, checklist and kind. */
export function NewVisitPage() {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const session = useSession();
  const schools = useSchools();
  const checklists = useLatestChecklists();
  const plan = usePlan(search.get('plan') ?? '');
  const start = useStartVisit(session?.user.id ?? '');
  useFirstScreenMark();
  const loading =
    !session || schools === undefined || checklists === undefined || plan === undefined;

  return (
    <div className="page page--narrow">
      <h1 className="page__title">{t('visits.newTitle')}</h1>
      {loading ? (
        <Loading label={t('common.loading')} />
      ) : schools.length === 0 ? (
        <Notice tone="warning">{t('visits.noSchools')}</Notice>
      ) : (
        <NewVisitForm
          user={session.user}
          schools={schools}
          checklists={checklists}
          plan={plan}
          onStart={start}
        />
      )}
    </div>
  );
}
