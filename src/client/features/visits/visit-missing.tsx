import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** What a visit's screens show when the device lacks the visit or its checklist version. */
export function VisitMissing({ reason }: { reason: 'not_found' | 'unknown_checklist' }) {
  const { t } = useTranslation();
  return (
    <div className="page page--centered">
      <h1 className="page__title">
        {reason === 'not_found' ? t('visits.notFound') : t('visits.unknownChecklist')}
      </h1>
      <Link className="button button--primary" to="/">
        {t('visits.back')}
      </Link>
    </div>
  );
}
