import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Visit } from '../../../shared/schemas/visit.ts';
import { isEditable } from '../../../shared/visits/status-transitions.ts';
import { useSchools, useVisits, useVisitsWithUnsentChanges } from '../../db/live-queries.ts';
import { formatDate } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';

type Group = 'drafts' | 'unsent' | 'sent';

/** Drafts to finish first, then finished visits still on the device only, then the rest. */
function groupOf(visit: Visit, unsent: ReadonlySet<string>): Group {
  if (isEditable(visit.status)) return 'drafts';
  return unsent.has(visit.id) ? 'unsent' : 'sent';
}

const groups: readonly Group[] = ['drafts', 'unsent', 'sent'];

function VisitLink({ visit, schoolName }: { visit: Visit; schoolName: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <li>
      <Link className="visit-list__item" to={`/visits/${visit.id}`}>
        <span className="visit-list__school">{schoolName}</span>
        <span className="visit-list__meta">
          {formatDate(`${visit.date}T12:00:00Z`, language)} · {t(`visits.kinds.${visit.kind}`)}
        </span>
        <span className={`status status--${visit.status}`}>
          {t(`visits.statuses.${visit.status}`)}
        </span>
      </Link>
    </li>
  );
}

/** The visits on this device, grouped by what is left to do with them, and the way to start one. */
export function VisitsCard() {
  const { t } = useTranslation();
  const visits = useVisits();
  const unsent = useVisitsWithUnsentChanges();
  const schools = useSchools();
  const schoolName = (id: string) => schools?.find((s) => s.id === id)?.shortName ?? '';
  const grouped = groups
    .map((group) => ({
      group,
      visits: (visits ?? []).filter((v) => groupOf(v, unsent ?? new Set()) === group),
    }))
    .filter(({ visits: list }) => list.length > 0);
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
      {grouped.map(({ group, visits: list }) => (
        <section key={group} className="visit-group" aria-labelledby={`home-visits-${group}`}>
          <h3 className="visit-group__title" id={`home-visits-${group}`}>
            {t(`home.visitGroups.${group}`)} ({list.length})
          </h3>
          <ul className="visit-list">
            {list.map((visit) => (
              <VisitLink key={visit.id} visit={visit} schoolName={schoolName(visit.schoolId)} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
