import { useTranslation } from 'react-i18next';
import type { Answer, Answers } from '../../../shared/checklist/answer-schema.ts';
import { rowAnswerKey } from '../../../shared/checklist/answer-keys.ts';
import type { Scope } from '../../../shared/checklist/evaluate.ts';
import type { RepeatItem } from '../../../shared/checklist/item-schema.ts';
import { questionId } from './answer-paths.ts';
import type { PhotoActions } from './photos/use-photo-actions.ts';
import { RowCard } from './row-card.tsx';
import type { RowActions } from './use-row-actions.ts';

interface RepeatGroupProps {
  group: RepeatItem;
  answers: Answers;
  /** The visit's scope: the rows' scopes come from it. */
  scope: Scope;
  issues: ReadonlyMap<string, string[]>;
  readOnly: boolean;
  expanded: ReadonlySet<string>;
  onToggle: (rowId: string) => void;
  onChange: (path: string, answer: Answer) => void;
  actions: RowActions;
  photoActions: PhotoActions;
}

/** Every issue message of one row, in path order. */
function rowIssuesOf(issues: ReadonlyMap<string, string[]>, prefix: string): string[] {
  const found: string[] = [];
  for (const [path, messages] of issues) {
    if (path.startsWith(prefix)) found.push(path, ...messages);
  }
  return found;
}

/** A table of the checklist (the roster, the journal sample): rows added, copied, removed. */
export function RepeatGroup({
  group,
  answers,
  scope,
  issues,
  readOnly,
  expanded,
  onToggle,
  onChange,
  actions,
  photoActions,
}: RepeatGroupProps) {
  const { t } = useTranslation();
  const rows = answers.groups[group.key] ?? [];
  const scopes = scope.rows(group.key);
  const { items } = answers;
  return (
    <section className="repeat-group" aria-label={group.label} id={questionId(group.key)}>
      <h3 className="repeat-group__title">{group.label}</h3>
      {group.help && <p className="question__help">{group.help}</p>}
      {rows.length === 0 && <p className="muted">{t('visits.emptyRows')}</p>}
      <ol className="repeat-group__rows">
        {rows.map((row, index) => {
          const prefix = rowAnswerKey(group.key, row.id, '');
          return (
            <RowCard
              key={row.id}
              group={group}
              row={row}
              scope={scopes[index] ?? scope}
              items={items}
              number={index + 1}
              open={expanded.has(row.id)}
              issues={issues}
              rowIssues={rowIssuesOf(issues, prefix)}
              readOnly={readOnly}
              onToggle={onToggle}
              onChange={onChange}
              actions={actions}
              photoActions={photoActions}
            />
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
