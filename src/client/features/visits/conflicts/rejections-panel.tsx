import { useTranslation } from 'react-i18next';
import type { DefinitionIndex } from '../../../../shared/checklist/definition-index.ts';
import { itemKeyOfRecordId } from '../../../../shared/checklist/answer-keys.ts';
import { appDatabase } from '../../../db/app-database.ts';
import { useVisitRejections } from '../../../db/live-queries.ts';
import { dismissRejection } from '../../../db/rejections-repository.ts';
import type { RejectionRow } from '../../../db/rows.ts';
import { formatDateTime } from '../../../i18n/format.ts';
import { useLanguage } from '../../../i18n/use-language.ts';
import { itemOfAnswerKey } from './conflict-text.ts';

interface RejectionsPanelProps {
  visitId: string;
  index: DefinitionIndex;
}

/** What the refused change was about, in the words of the visit's screen. */
function useSubject(index: DefinitionIndex) {
  const { t } = useTranslation();
  return (rejection: RejectionRow): string => {
    if (rejection.collection === 'answers') {
      const key = itemKeyOfRecordId(rejection.entityId);
      return itemOfAnswerKey(index, key)?.label ?? key;
    }
    const subjects: Record<string, string> = {
      visits: t('rejections.visit'),
      rows: t('conflicts.tableRow'),
      actions: t('conflicts.action'),
      attachments: t('rejections.photo'),
      conflicts: t('rejections.choice'),
    };
    return subjects[rejection.collection] ?? rejection.collection;
  };
}

/**
 * Changes made on this device that the server refused, with its reason: they
 * are not sent again, and the person sees each until they dismiss it.
 */
export function RejectionsPanel({ visitId, index }: RejectionsPanelProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const rejections = useVisitRejections(visitId) ?? [];
  const subject = useSubject(index);
  if (rejections.length === 0) return null;
  return (
    <section className="rejections notice notice--error" aria-labelledby="rejections-title">
      <h2 className="conflicts__title" id="rejections-title">
        {t('rejections.title', { count: rejections.length })}
      </h2>
      <ul className="conflicts__list">
        {rejections.map((rejection) => (
          <li key={rejection.id} className="rejection">
            <p>
              <strong>{subject(rejection)}</strong>
              <span className="muted"> — {formatDateTime(rejection.at, language)}</span>
            </p>
            <p>{rejection.problem.message || t(`problems.${rejection.problem.code}`)}</p>
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                if (rejection.id !== undefined) void dismissRejection(appDatabase(), rejection.id);
              }}
            >
              {t('rejections.dismiss')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
