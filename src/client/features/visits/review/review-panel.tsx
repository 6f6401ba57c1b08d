import { useContext, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DefinitionIndex } from '../../../../shared/checklist/definition-index.ts';
import { Notice } from '../../../components/notice.tsx';
import { appDatabase } from '../../../db/app-database.ts';
import { acceptVisit, commentsOf, returnVisit } from '../../../db/review-repository.ts';
import { LabelledDraft } from '../controls/labelled-draft.tsx';
import { RemarkList } from './remark-list.tsx';
import { VisitReviewContext } from './visit-review.ts';

interface ReviewPanelProps {
  visitId: string;
  userId: string;
  index: DefinitionIndex;
  onOpenQuestion: (path: string) => void;
}

/**
 * The coordinator's decision on a completed visit: accept it, or return it to
 * its author with a remark on the visit and on single questions (written at
 * the questions). Works offline: the decision travels with the next sync.
 */
export function ReviewPanel({ visitId, userId, index, onOpenQuestion }: ReviewPanelProps) {
  const { t } = useTranslation();
  const review = useContext(VisitReviewContext);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!review?.reviewing) return null;
  const { draft } = review;
  const comments = commentsOf(draft);

  async function decide(decision: 'accept' | 'return') {
    if (decision === 'return' && draft.note.trim() === '' && comments.length === 0) {
      setProblem(t('review.returnNeedsRemark'));
      return;
    }
    setProblem(null);
    setBusy(true);
    const db = appDatabase();
    const now = new Date();
    const outcome =
      decision === 'accept'
        ? await acceptVisit(db, visitId, userId, draft.note, now)
        : await returnVisit(db, visitId, userId, draft, now);
    setBusy(false);
    if (outcome !== 'changed') setProblem(t('review.notAllowed'));
  }

  return (
    <section className="card review-panel" aria-labelledby="review-title">
      <h2 className="card__title" id="review-title">
        {t('review.title')}
      </h2>
      <p>{t('review.explained')}</p>
      <LabelledDraft
        label={t('review.note')}
        value={draft.note}
        multiline
        maxLength={4000}
        disabled={busy}
        onChange={review.setNote}
      />
      {comments.length > 0 && (
        <>
          <h3 className="review-panel__subtitle">
            {t('review.remarksCount', { count: comments.length })}
          </h3>
          <RemarkList remarks={comments} index={index} onOpenQuestion={onOpenQuestion} />
        </>
      )}
      {problem && <Notice tone="error">{problem}</Notice>}
      <div className="review-panel__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={() => void decide('accept')}
        >
          {t('review.accept')}
        </button>
        <button
          type="button"
          className="button button--danger"
          disabled={busy}
          onClick={() => void decide('return')}
        >
          {t('review.return')}
        </button>
      </div>
    </section>
  );
}
