import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LabelledDraft } from '../controls/labelled-draft.tsx';
import { useQuestionReview } from './visit-review.ts';

/**
 * Under a question: the coordinator's remark it came back with, and, while a
 * coordinator reviews the visit, the field to write one.
 */
export function QuestionRemark({ path }: { path: string }) {
  const { t } = useTranslation();
  const { remark, reviewing, comment, setComment } = useQuestionReview(path);
  const [open, setOpen] = useState(false);
  return (
    <>
      {remark && (
        <div className="remark" role="note">
          <span className="remark__title">{t('review.remarkTitle')}</span> {remark}
        </div>
      )}
      {reviewing &&
        setComment &&
        (open || comment ? (
          <LabelledDraft
            label={t('review.remarkField')}
            value={comment}
            multiline
            maxLength={4000}
            disabled={false}
            onChange={(text) => setComment(path, text)}
          />
        ) : (
          <button type="button" className="link-button" onClick={() => setOpen(true)}>
            + {t('review.addRemark')}
          </button>
        ))}
    </>
  );
}
