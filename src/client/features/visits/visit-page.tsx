import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { findBuiltinChecklist } from '../../../shared/templates/builtin-checklists.ts';
import { Loading } from '../../components/loading.tsx';
import { useSchool, useSession, useVisit, useVisitAnswers } from '../../db/live-queries.ts';
import { useFirstScreenMark } from '../../pwa/use-first-screen-mark.ts';
import { VisitWorkspace } from './visit-workspace.tsx';

export function VisitPage() {
  const { t } = useTranslation();
  const { visitId = '' } = useParams();
  const visit = useVisit(visitId);
  const answers = useVisitAnswers(visitId);
  const school = useSchool(visit?.schoolId ?? '');
  const session = useSession();
  useFirstScreenMark();

  if (visit === undefined || answers === undefined) return <Loading label={t('common.loading')} />;
  const definition = visit && findBuiltinChecklist(visit.checklistId, visit.checklistVersion);
  if (!visit || !definition) {
    return (
      <div className="page page--centered">
        <h1 className="page__title">
          {visit ? t('visits.unknownChecklist') : t('visits.notFound')}
        </h1>
        <Link className="button button--primary" to="/">
          {t('visits.back')}
        </Link>
      </div>
    );
  }
  return (
    <VisitWorkspace
      visit={visit}
      schoolName={school?.shortName ?? ''}
      definition={definition}
      answers={answers}
      userId={session?.user.id ?? ''}
    />
  );
}
