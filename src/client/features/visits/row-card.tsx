import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer, Answers, Row } from '../../../shared/checklist/answer-schema.ts';
import { rowAnswerKey } from '../../../shared/checklist/answer-keys.ts';
import { evaluate, type Scope } from '../../../shared/checklist/evaluate.ts';
import type { RepeatItem } from '../../../shared/checklist/item-schema.ts';
import { rowProgress } from '../../../shared/checklist/progress.ts';
import { visibleItems } from '../../../shared/checklist/visibility.ts';
import { ItemField } from './item-field.tsx';
import { sameMessages } from './same-messages.ts';
import type { PhotoActions } from './photos/use-photo-actions.ts';
import type { RowActions } from './use-row-actions.ts';

interface RowCardProps {
  group: RepeatItem;
  row: Row;
  /** The row's scope: its answers first, then the visit's. */
  scope: Scope;
  /** The visit's own answers: a row's computed values and conditions may read them. */
  items: Answers['items'];
  number: number;
  open: boolean;
  issues: ReadonlyMap<string, string[]>;
  /** The messages of this row's questions, to tell whether they changed. */
  rowIssues: readonly string[];
  readOnly: boolean;
  onToggle: (rowId: string) => void;
  onChange: (path: string, answer: Answer) => void;
  actions: RowActions;
  photoActions: PhotoActions;
}

const NO_ISSUES: readonly string[] = [];

function RowCardView({
  group,
  row,
  scope,
  number,
  open,
  issues,
  readOnly,
  onToggle,
  onChange,
  actions,
  photoActions,
}: RowCardProps) {
  const { t } = useTranslation();
  const progress = rowProgress(group, scope);
  const value = group.rowTitle === undefined ? undefined : scope.answer(group.rowTitle)?.value;
  const title =
    typeof value === 'string' && value.trim() !== ''
      ? value
      : t('visits.rowUntitled', { label: group.rowLabel, number });
  return (
    <li className={open ? 'row-card row-card--open' : 'row-card'}>
      <div className="row-card__head">
        <button
          type="button"
          className="row-card__toggle"
          aria-expanded={open}
          onClick={() => onToggle(row.id)}
        >
          <span className="row-card__title">{title}</span>
          <span className="row-card__progress">
            {t('visits.progress', {
              answered: progress.answeredRequired,
              required: progress.required,
            })}
          </span>
        </button>
        {!readOnly && (
          <div className="row-card__actions">
            <button
              type="button"
              className="button button--small"
              onClick={() => actions.duplicate(row.id)}
            >
              {t('visits.duplicateRow')}
            </button>
            <button
              type="button"
              className="button button--small button--danger"
              onClick={() => {
                if (window.confirm(t('visits.removeConfirm', { title }))) actions.remove(row.id);
              }}
            >
              {t('visits.removeRow')}
            </button>
          </div>
        )}
      </div>
      {open && (
        <div className="row-card__body">
          {visibleItems(group.items, scope).map((item) => {
            const path = rowAnswerKey(group.key, row.id, item.key);
            return (
              <ItemField
                key={item.key}
                item={item}
                path={path}
                answer={scope.answer(item.key)}
                computed={item.kind === 'computed' ? evaluate(item.expression, scope) : null}
                issues={issues.get(path) ?? NO_ISSUES}
                readOnly={readOnly}
                onChange={onChange}
                photoActions={photoActions}
              />
            );
          })}
        </div>
      )}
    </li>
  );
}

/**
 * One row of a table: re-rendered only when its own answers, the visit's own
 * answers, its issues or its state change — a tap in one row of thirty leaves
 * the other twenty-nine alone.
 */
export const RowCard = memo(
  RowCardView,
  (before, after) =>
    before.group === after.group &&
    before.row === after.row &&
    before.items === after.items &&
    before.number === after.number &&
    before.open === after.open &&
    before.readOnly === after.readOnly &&
    before.onToggle === after.onToggle &&
    before.onChange === after.onChange &&
    before.actions === after.actions &&
    before.photoActions === after.photoActions &&
    sameMessages(before.rowIssues, after.rowIssues),
);
