import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSchools, useVisits } from '../../db/live-queries.ts';
import { formatDate } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';

/** The visits on this device, newest first, and the way to start one. */
export function VisitsCard() {
  const { t } = useTranslation();
  const language = useLanguage();
  const visits = useVisits();
  const schools = useSchools();
  const schoolName = (id: string) => schools?.find((s) => s.id === id)?.shortName ?? '';
  return (
    <section className="card card--wide" aria-labelledby="home-visits">
      <div className="card__heading">
        <h2 className="card__title" id="home-visits">
          {t('visits.listTitle')}
        </h2>
        <Link className="button button--primary" to="/visits/new">
          + {t('visits.newVisit')}
        </Link>
      </div>
      {visits !== undefined && visits.length === 0 && <p>{t('visits.none')}</p>}
      {visits !== undefined && visits.length > 0 && (
        <ul className="visit-list">
          {visits.map((visit) => (
            <li key={visit.id}>
              <Link className="visit-list__item" to={`/visits/${visit.id}`}>
                <span className="visit-list__school">{schoolName(visit.schoolId)}</span>
                <span className="visit-list__meta">
                  {formatDate(`${visit.date}T12:00:00Z`, language)} ·{' '}
                  {t(`visits.kinds.${visit.kind}`)}
                </span>
                <span className={`status status--${visit.status}`}>
                  {t(`visits.statuses.${visit.status}`)}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
