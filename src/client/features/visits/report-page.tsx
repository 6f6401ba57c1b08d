import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Loading } from '../../components/loading.tsx';
import { useVisitOnDevice } from './use-visit-on-device.ts';
import { VisitMissing } from './visit-missing.tsx';
import { COMPLETION } from './visit-steps.ts';
import { VisitReport } from './visit-report.tsx';

/** «Справка по итогам посещения»: a document to print on A4 or save as PDF, offline too. */
export function ReportPage() {
  const { t } = useTranslation();
  const { visitId = '' } = useParams();
  const loaded = useVisitOnDevice(visitId);

  // The report names the school in full: it waits for the school too.
  if (loaded.state === 'loading' || (loaded.state === 'ready' && loaded.school === undefined))
    return <Loading label={t('common.loading')} />;
  if (loaded.state !== 'ready') return <VisitMissing reason={loaded.state} />;
  const { visit, school, definition, answers } = loaded;
  return (
    <div className="report-page">
      <div className="report-page__tools no-print">
        <Link className="button" to={`/visits/${visit.id}?section=${COMPLETION}`}>
          ← {t('report.back')}
        </Link>
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          {t('report.print')}
        </button>
      </div>
      <VisitReport
        visit={visit}
        school={school ?? null}
        definition={definition}
        answers={answers}
      />
    </div>
  );
}
