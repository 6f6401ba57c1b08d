import { useTranslation } from 'react-i18next';
import type { Conflict, ConflictSide } from '../../../../shared/schemas/conflict.ts';
import { parseHlc } from '../../../../shared/sync/hlc.ts';
import { useKnownUsers } from '../../../db/live-queries.ts';
import { formatDateTime } from '../../../i18n/format.ts';
import { useLanguage } from '../../../i18n/use-language.ts';
import { conflictPlace, conflictValueText, shortened } from './conflict-text.ts';
import type { VisitConflicts } from './visit-conflicts.ts';

interface ConflictCardProps {
  conflict: Conflict;
  conflicts: VisitConflicts;
  /** On the visit's list the card names its question; at the question it need not. */
  withPlace: boolean;
}

/**
 * Two people (or two tablets) wrote different values into one field without
 * seeing each other: both values, who wrote them and when, and a choice.
 */
export function ConflictCard({ conflict, conflicts, withPlace }: ConflictCardProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const users = useKnownUsers();
  const { index, readOnly, resolve } = conflicts;
  const text = (value: unknown) => conflictValueText(conflict, value, index, t, language);
  const place = conflictPlace(conflict, index, t);
  const origin = (side: ConflictSide) => {
    const wall = parseHlc(side.hlc)?.wall;
    const who = (side.userId && users?.get(side.userId)?.fullName) ?? t('conflicts.someone');
    return wall === undefined
      ? who
      : `${who}, ${formatDateTime(new Date(wall).toISOString(), language)}`;
  };
  // Once a visit is closed only its acknowledgement can still change (the server checks the same).
  const canRestore = !readOnly || conflict.field === 'acknowledgement';

  return (
    <div className="conflict" role="group" aria-label={t('conflicts.about', { place })}>
      <p className="conflict__place">{withPlace ? place : t('conflicts.atQuestion')}</p>
      <dl className="conflict__values">
        <dt>{t('conflicts.current')}</dt>
        <dd>
          <span className="conflict__value">{text(conflict.kept.value)}</span>
          <span className="muted"> — {origin(conflict.kept)}</span>
        </dd>
        <dt>{t('conflicts.other')}</dt>
        <dd>
          <span className="conflict__value">{text(conflict.lost.value)}</span>
          <span className="muted"> — {origin(conflict.lost)}</span>
        </dd>
      </dl>
      <div className="conflict__choice">
        <button
          type="button"
          className="button button--small"
          onClick={() => resolve(conflict.id, 'kept')}
        >
          {t('conflicts.keep', { value: shortened(text(conflict.kept.value)) })}
        </button>
        {canRestore && (
          <button
            type="button"
            className="button button--small"
            onClick={() => resolve(conflict.id, 'lost')}
          >
            {t('conflicts.restore', { value: shortened(text(conflict.lost.value)) })}
          </button>
        )}
      </div>
      {!canRestore && <p className="muted">{t('conflicts.closed')}</p>}
    </div>
  );
}
