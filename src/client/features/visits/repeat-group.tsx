import { useTranslation } from 'react-i18next';
import type { Answer } from '../../../shared/checklist/answer-schema.ts';
import { evaluate, type Scope } from '../../../shared/checklist/evaluate.ts';
import type { RepeatItem } from '../../../shared/checklist/item-schema.ts';
import { rowProgress } from '../../../shared/checklist/progress.ts';
import { visibleItems } from '../../../shared/checklist/visibility.ts';
import { rowAnswerKey } from '../../../shared/checklist/answer-keys.ts';
import { questionId } from './answer-paths.ts';
import { ItemField } from './item-field.tsx';
import type { RowActions } from './use-row-actions.ts';
import type { PhotoActions } from './photos/use-photo-actions.ts';

interface RepeatGroupProps {
  group: RepeatItem;
  rows: Scope[];
  issues: ReadonlyMap<string, string[]>;
  readOnly: boolean;
  expanded: ReadonlySet<string>;
  onToggle: (rowId: string) => void;
  onChange: (path: string, answer: Answer) => void;
  actions: RowActions;
  photoActions: PhotoActions;
}

/** A table of the checklist (the roster, the journal sample): rows added, copied, removed. */
export function RepeatGroup({
  group,
  rows,
  issues,
  readOnly,
  expanded,
  onToggle,
  onChange,
  actions,
  photoActions,
}: RepeatGroupProps) {
  const { t } = useTranslation();
  const titleOf = (scope: Scope, index: number) => {
    const value = group.rowTitle === undefined ? undefined : scope.answer(group.rowTitle)?.value;
    return typeof value === 'string' && value.trim() !== ''
      ? value
      : t('visits.rowUntitled', { label: group.rowLabel, number: index + 1 });
  };
  return (
    <section className="repeat-group" aria-label={group.label} id={questionId(group.key)}>
      <h3 className="repeat-group__title">{group.label}</h3>
      {group.help && <p className="question__help">{group.help}</p>}
      {rows.length === 0 && <p className="muted">{t('visits.emptyRows')}</p>}
      <ol className="repeat-group__rows">
        {rows.map((scope, index) => {
          const id = scope.rowId ?? String(index);
          const open = expanded.has(id);
          const progress = rowProgress(group, scope);
          const title = titleOf(scope, index);
          return (
            <li key={id} className={open ? 'row-card row-card--open' : 'row-card'}>
              <div className="row-card__head">
                <button
                  type="button"
                  className="row-card__toggle"
                  aria-expanded={open}
                  onClick={() => onToggle(id)}
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
                      onClick={() => actions.duplicate(id)}
                    >
                      {t('visits.duplicateRow')}
                    </button>
                    <button
                      type="button"
                      className="button button--small button--danger"
                      onClick={() => {
                        if (window.confirm(t('visits.removeConfirm', { title })))
                          actions.remove(id);
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
                    const path = rowAnswerKey(group.key, id, item.key);
                    return (
                      <ItemField
                        key={item.key}
                        item={item}
                        path={path}
                        answer={scope.answer(item.key)}
                        computed={
                          item.kind === 'computed' ? evaluate(item.expression, scope) : null
                        }
                        issues={issues.get(path) ?? []}
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
        })}
      </ol>
      {!readOnly && (
        <button
          type="button"
          className="button repeat-group__add"
          onClick={() => actions.add(group.key)}
        >
          + {t('visits.addRow', { label: group.rowLabel.toLowerCase() })}
        </button>
      )}
    </section>
  );
}
