import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { findBuiltinChecklist } from '../../../shared/templates/builtin-checklists.ts';
import { Loading } from '../../components/loading.tsx';
import { Notice } from '../../components/notice.tsx';
import { useSchool, useVisit, useVisitAnswers } from '../../db/live-queries.ts';
import { VisitReport } from './visit-report.tsx';

/** «Справка по итогам посещения»: a document to print on A4 or save as PDF, offline too. */
export function ReportPage() {
  const { t } = useTranslation();
  const { visitId = '' } = useParams();
  const visit = useVisit(visitId);
  const answers = useVisitAnswers(visitId);
  const school = useSchool(visit?.schoolId ?? '');

  if (visit === undefined || answers === undefined || school === undefined)
    return <Loading label={t('common.loading')} />;
  const definition = visit && findBuiltinChecklist(visit.checklistId, visit.checklistVersion);
  if (!visit || !definition) {
    return (
      <div className="page page--centered">
        <Notice tone="error">{visit ? t('visits.unknownChecklist') : t('visits.notFound')}</Notice>
        <Link className="button button--primary" to="/">
          {t('visits.back')}
        </Link>
      </div>
    );
  }
  return (
    <div className="report-page">
      <div className="report-page__tools no-print">
        <Link className="button" to={`/visits/${visit.id}?section=visit-completion`}>
          ← {t('report.back')}
        </Link>
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          {t('report.print')}
        </button>
      </div>
      <VisitReport visit={visit} school={school} definition={definition} answers={answers} />
    </div>
  );
}
