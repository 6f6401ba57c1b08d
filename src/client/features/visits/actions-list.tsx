import { useTranslation } from 'react-i18next';
import type { CorrectiveAction } from '../../../shared/schemas/visit.ts';
import { LabelledDraft } from './controls/labelled-draft.tsx';
import type { ActionEditing } from './use-action-editing.ts';

interface ActionsListProps {
  actions: readonly CorrectiveAction[];
  readOnly: boolean;
  editing: ActionEditing;
}

function ActionCard({
  action,
  number,
  readOnly,
  editing,
}: { action: CorrectiveAction; number: number } & Omit<ActionsListProps, 'actions'>) {
  const { t } = useTranslation();
  const update = (fields: Parameters<ActionEditing['update']>[1]) =>
    editing.update(action.id, fields);
  return (
    <li className="action-card">
      <LabelledDraft
        label={t('visits.actionWhat', { number })}
        value={action.what}
        multiline
        maxLength={2000}
        disabled={readOnly}
        onChange={(what) => update({ what })}
      />
      <div className="action-card__row">
        <LabelledDraft
          label={t('visits.actionResponsible')}
          value={action.responsible}
          maxLength={200}
          disabled={readOnly}
          onChange={(responsible) => update({ responsible })}
        />
        <LabelledDraft
          label={t('visits.actionDeadline')}
          type="date"
          value={action.deadline}
          disabled={readOnly}
          onChange={(deadline) => update({ deadline })}
        />
      </div>
      {!readOnly && (
        <button
          type="button"
          className="button button--small button--danger"
          onClick={() => editing.remove(action.id)}
        >
          {t('visits.removeAction')}
        </button>
      )}
    </li>
  );
}

/** The corrective actions agreed at this visit: what, who is responsible, by when. */
export function ActionsList({ actions, readOnly, editing }: ActionsListProps) {
  const { t } = useTranslation();
  return (
    <section className="actions" aria-labelledby="visit-actions">
      <h3 className="repeat-group__title" id="visit-actions">
        {t('visits.actions')}
      </h3>
      {actions.length === 0 && <p className="muted">{t('visits.noActions')}</p>}
      <ol className="actions__list">
        {actions.map((action, index) => (
          <ActionCard
            key={action.id}
            action={action}
            number={index + 1}
            readOnly={readOnly}
            editing={editing}
          />
        ))}
      </ol>
      {!readOnly && (
        <button type="button" className="button" onClick={editing.add}>
          + {t('visits.addAction')}
        </button>
      )}
    </section>
  );
}
