import type { Answer } from '../../../shared/checklist/answer-schema.ts';
import type { Section } from '../../../shared/checklist/definition-schema.ts';
import { evaluate } from '../../../shared/checklist/evaluate.ts';
import { visibleItems } from '../../../shared/checklist/visibility.ts';
import { ItemField } from './item-field.tsx';
import { RepeatGroup } from './repeat-group.tsx';
import type { VisitEngine } from './use-visit-engine.ts';
import type { RowActions } from './use-row-actions.ts';
import type { PhotoActions } from './photos/use-photo-actions.ts';

const NO_ISSUES: readonly string[] = [];

interface SectionPanelProps {
  section: Section;
  engine: VisitEngine;
  readOnly: boolean;
  expanded: ReadonlySet<string>;
  onToggleRow: (rowId: string) => void;
  onChange: (path: string, answer: Answer) => void;
  rowActions: RowActions;
  photoActions: PhotoActions;
}

/** One section of the checklist, its questions in order. */
export function SectionPanel({
  section,
  engine,
  readOnly,
  expanded,
  onToggleRow,
  onChange,
  rowActions,
  photoActions,
}: SectionPanelProps) {
  const { scope, issues } = engine;
  return (
    <div className="section-panel">
      {section.description && <p className="page__subtitle">{section.description}</p>}
      {visibleItems(section.items, scope).map((item) => {
        if (item.kind === 'repeat') {
          return (
            <RepeatGroup
              key={item.key}
              group={item}
              answers={engine.answers}
              scope={scope}
              issues={issues}
              readOnly={readOnly}
              expanded={expanded}
              onToggle={onToggleRow}
              onChange={onChange}
              actions={rowActions}
              photoActions={photoActions}
            />
          );
        }
        return (
          <ItemField
            key={item.key}
            item={item}
            path={item.key}
            answer={scope.answer(item.key)}
            computed={item.kind === 'computed' ? evaluate(item.expression, scope) : null}
            issues={issues.get(item.key) ?? NO_ISSUES}
            readOnly={readOnly}
            onChange={onChange}
            photoActions={photoActions}
          />
        );
      })}
    </div>
  );
}
