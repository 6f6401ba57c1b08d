import { useTranslation } from 'react-i18next';
import type { StatusChange } from '../../../shared/schemas/visit.ts';
import { useKnownUsers } from '../../db/live-queries.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';

/** Every status change of a visit: who, when, from what to what, and why. */
export function VisitHistory({ history }: { history: readonly StatusChange[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const users = useKnownUsers();
  return (
    <section className="history" aria-labelledby="visit-history">
      <h3 className="repeat-group__title" id="visit-history">
        {t('completion.history')}
      </h3>
      <ol className="history__list">
        {history.map((change) => (
          <li key={`${change.at}-${change.to}`} className="history__entry">
            <time dateTime={change.at}>{formatDateTime(change.at, language)}</time>{' '}
            {change.from === null
              ? t('completion.created')
              : t('completion.changed', {
                  from: t(`visits.statuses.${change.from}`),
                  to: t(`visits.statuses.${change.to}`),
                })}
            {users?.get(change.by) && (
              <span className="muted"> · {users.get(change.by)?.fullName}</span>
            )}
            {change.note && <p className="history__note">{change.note}</p>}
            {change.comments.length > 0 && (
              <p className="history__note">
                {t('review.remarksInHistory', { count: change.comments.length })}
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
