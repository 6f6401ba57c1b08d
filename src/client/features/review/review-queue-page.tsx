import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Visit } from '../../../shared/schemas/visit.ts';
import { Loading } from '../../components/loading.tsx';
import { useLatestChecklists } from '../../db/checklist-queries.ts';
import { useKnownUsers, useSchools, useVisitsWithStatus } from '../../db/live-queries.ts';
import { formatDate } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';

interface QueueListProps {
  title: string;
  empty: string;
  visits: readonly Visit[];
  name: (visit: Visit) => { school: string; checklist: string; author: string };
}

function QueueList({ title, empty, visits, name }: QueueListProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section className="card card--wide" aria-label={title}>
      <h2 className="card__title">
        {title} ({visits.length})
      </h2>
      {visits.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul className="visit-list">
          {visits.map((visit) => {
            const names = name(visit);
            return (
              <li key={visit.id}>
                <Link className="visit-list__item" to={`/visits/${visit.id}`}>
                  <span className="visit-list__school">{names.school}</span>
                  <span className="visit-list__meta">
                    {formatDate(`${visit.date}T12:00:00Z`, language)} · {names.checklist} ·{' '}
                    {t(`visits.kinds.${visit.kind}`)}
                  </span>
                  <span className="review-queue__meta">
                    {t('review.by', { name: names.author })}
                  </span>
                  <span className={`status status--${visit.status}`}>
                    {t(`visits.statuses.${visit.status}`)}
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/**
 * The coordinator's review queue: completed visits waiting for a decision
 * (the longest waiting first) and those returned and still being corrected.
 */
export function ReviewQueuePage() {
  const { t } = useTranslation();
  const completed = useVisitsWithStatus('completed');
  const returned = useVisitsWithStatus('returned');
  const schools = useSchools();
  const checklists = useLatestChecklists();
  const users = useKnownUsers();
  if (completed === undefined || returned === undefined) {
    return <Loading label={t('common.loading')} />;
  }
  const name = (visit: Visit) => ({
    school: schools?.find((s) => s.id === visit.schoolId)?.shortName ?? '',
    checklist: checklists?.find((c) => c.id === visit.checklistId)?.shortTitle ?? visit.checklistId,
    author: users?.get(visit.authorId)?.fullName ?? '',
  });
  return (
    <div className="page">
      <h1 className="page__title">{t('review.queueTitle')}</h1>
      <div className="cards">
        <QueueList
          title={t('review.waiting')}
          empty={t('review.noneWaiting')}
          visits={[...completed].reverse()}
          name={name}
        />
        <QueueList
          title={t('review.returned')}
          empty={t('review.noneReturned')}
          visits={returned}
          name={name}
        />
      </div>
    </div>
  );
}
