import { memo, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../../../shared/checklist/answer-schema.ts';
import type { SimpleItem } from '../../../shared/checklist/item-schema.ts';
import { questionId } from './answer-paths.ts';
import { sameMessages } from './same-messages.ts';
import { ComputedValue } from './computed-value.tsx';
import { LabelledDraft } from './controls/labelled-draft.tsx';
import { ItemControl } from './item-control.tsx';
import { PhotoStrip } from './photos/photo-strip.tsx';
import type { PhotoActions } from './photos/use-photo-actions.ts';
import { ConflictCard } from './conflicts/conflict-card.tsx';
import { useAnswerConflicts } from './conflicts/visit-conflicts.ts';
import { QuestionRemark } from './review/question-remark.tsx';

interface ItemFieldProps {
  item: SimpleItem;
  path: string;
  answer: Answer | undefined;
  computed: number | null;
  issues: readonly string[];
  readOnly: boolean;
  onChange: (path: string, answer: Answer) => void;
  photoActions: PhotoActions;
}

/**
 * One question: its label, control, «не применимо», note, photos, and what is
 * wrong with the answer. For a photo item the photos are the answer itself.
 */
function ItemFieldView({
  item,
  path,
  answer,
  computed,
  issues,
  readOnly,
  onChange,
  photoActions,
}: ItemFieldProps) {
  const { t } = useTranslation();
  const base = useId();
  const ids = { label: `${base}-label`, input: `${base}-input`, issues: `${base}-issues` };
  const [noteOpen, setNoteOpen] = useState(Boolean(answer?.note));
  const change = (next: Answer) => onChange(path, next);
  const { conflicts, context } = useAnswerConflicts(path);

  if (item.kind === 'computed')
    return <ComputedValue item={item} value={computed} id={questionId(path)} />;

  const isPhoto = item.kind === 'photo';
  const numberNa = item.kind === 'number' && item.allowNa;
  const title = (
    <>
      {item.label}
      {item.required && <span className="question__required">{` · ${t('visits.required')}`}</span>}
    </>
  );
  const photos = (
    <PhotoStrip
      path={path}
      itemLabel={item.label}
      photos={answer?.photos ?? []}
      readOnly={readOnly}
      actions={photoActions}
      labelId={ids.label}
      asAnswer={isPhoto}
    />
  );
  return (
    <div
      className={issues.length > 0 ? 'question question--invalid' : 'question'}
      id={questionId(path)}
    >
      {isPhoto ? (
        <span className="question__label" id={ids.label}>
          {title}
        </span>
      ) : (
        <label className="question__label" id={ids.label} htmlFor={ids.input}>
          {title}
        </label>
      )}
      {item.help && <p className="question__help">{item.help}</p>}
      <div className="question__control">
        {isPhoto ? (
          photos
        ) : (
          <ItemControl
            item={item}
            inputId={ids.input}
            labelId={ids.label}
            answer={answer}
            disabled={readOnly}
            invalid={issues.length > 0}
            describedBy={issues.length > 0 ? ids.issues : undefined}
            onChange={change}
          />
        )}
        {'unit' in item && item.unit && <span className="question__unit">{item.unit}</span>}
      </div>
      {numberNa && (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={answer?.na === true}
            disabled={readOnly}
            onChange={(e) =>
              change(e.target.checked ? { ...answer, na: true } : { ...answer, na: false })
            }
          />
          <span>{t('visits.na')}</span>
        </label>
      )}
      {issues.length > 0 && (
        <ul className="question__issues" id={ids.issues}>
          {issues.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      {context &&
        conflicts.map((conflict) => (
          <ConflictCard
            key={conflict.id}
            conflict={conflict}
            conflicts={context}
            withPlace={false}
          />
        ))}
      <QuestionRemark path={path} />
      <div className="question__extras">
        {noteOpen ? (
          <LabelledDraft
            label={t('visits.note')}
            value={answer?.note ?? ''}
            multiline
            maxLength={4000}
            disabled={readOnly}
            onChange={(note) => change({ ...answer, note })}
          />
        ) : (
          !readOnly && (
            <button type="button" className="link-button" onClick={() => setNoteOpen(true)}>
              + {t('visits.addNote')}
            </button>
          )
        )}
        {!isPhoto && photos}
        <span className="question__source">{t('visits.source', { source: item.source })}</span>
      </div>
    </div>
  );
}

/** Re-rendered only when its own answer, value, issues or state change (one tap, one question). */
export const ItemField = memo(
  ItemFieldView,
  (before, after) =>
    before.item === after.item &&
    before.path === after.path &&
    before.answer === after.answer &&
    before.computed === after.computed &&
    before.readOnly === after.readOnly &&
    before.onChange === after.onChange &&
    before.photoActions === after.photoActions &&
    sameMessages(before.issues, after.issues),
);
