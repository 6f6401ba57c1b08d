import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import type { DefinitionIndex } from '../../../../shared/checklist/definition-index.ts';
import type { StatusChange, VisitStatus } from '../../../../shared/schemas/visit.ts';
import { useKnownUsers } from '../../../db/live-queries.ts';
import { formatDateTime } from '../../../i18n/format.ts';
import { useLanguage } from '../../../i18n/use-language.ts';
import { RemarkList } from './remark-list.tsx';
import { VisitReviewContext } from './visit-review.ts';

interface ReturnedPanelProps {
  status: VisitStatus;
  index: DefinitionIndex;
  onOpenQuestion: (path: string) => void;
}

/**
 * What the coordinator said when returning the visit: who, when, the remark
 * on the visit and the questions to correct. Stays in sight until the visit
 * is accepted, so the next review can check the corrections.
 */
export function ReturnedPanel(props: ReturnedPanelProps) {
  const lastReturn = useContext(VisitReviewContext)?.lastReturn;
  // Names are read only for a visit that was returned: the others' pages skip the query.
  return lastReturn ? <ReturnNotice {...props} lastReturn={lastReturn} /> : null;
}

function ReturnNotice({
  status,
  index,
  onOpenQuestion,
  lastReturn,
}: ReturnedPanelProps & { lastReturn: StatusChange }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const users = useKnownUsers();
  const who = users?.get(lastReturn.by)?.fullName ?? '';
  const current = status === 'returned';
  return (
    <section
      className={
        current ? 'notice notice--warning returned-panel' : 'notice notice--info returned-panel'
      }
      aria-labelledby="returned-title"
    >
      <h2 className="returned-panel__title" id="returned-title">
        {current ? t('review.returnedTitle') : t('review.previousReturnTitle')}
      </h2>
      <p className="muted">
        {formatDateTime(lastReturn.at, language)}
        {who && ` · ${who}`}
      </p>
      {lastReturn.note && <p className="returned-panel__note">{lastReturn.note}</p>}
      {lastReturn.comments.length > 0 && (
        <RemarkList remarks={lastReturn.comments} index={index} onOpenQuestion={onOpenQuestion} />
      )}
      {current && <p>{t('review.correctAndComplete')}</p>}
    </section>
  );
}
