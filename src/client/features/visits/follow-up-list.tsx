import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorrectiveAction } from '../../../shared/schemas/visit.ts';
import { formatDate } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { ChoiceButtons } from './controls/choice-buttons.tsx';
import { LabelledDraft } from './controls/labelled-draft.tsx';
import type { ActionEditing } from './use-action-editing.ts';

interface FollowUpListProps {
  visitId: string;
  actions: readonly CorrectiveAction[];
  readOnly: boolean;
  editing: ActionEditing;
}

function FollowUpCard({
  action,
  visitId,
  readOnly,
  editing,
}: { action: CorrectiveAction } & Omit<FollowUpListProps, 'actions'>) {
  const { t } = useTranslation();
  const language = useLanguage();
  const labelId = useId();
  const status = action.followedUpIn === visitId ? action.status : undefined;
  return (
    <li className="action-card">
      <p className="action-card__what" id={labelId}>
        {action.what || '—'}
      </p>
      <p className="muted">
        {t('visits.actionMeta', {
          responsible: action.responsible || '—',
          deadline: action.deadline ? formatDate(`${action.deadline}T12:00:00Z`, language) : '—',
        })}
      </p>
      <ChoiceButtons
        name={`follow-${action.id}`}
        labelledBy={labelId}
        options={[
          { value: 'done', label: t('visits.actionDone') },
          { value: 'not_done', label: t('visits.actionNotDone') },
        ]}
        value={status}
        disabled={readOnly}
        onChange={(value) =>
          editing.update(action.id, {
            status: value === 'done' ? 'done' : 'not_done',
            followedUpIn: visitId,
          })
        }
      />
      <LabelledDraft
        label={t('visits.actionComment')}
        value={action.comment}
        maxLength={4000}
        disabled={readOnly}
        onChange={(comment) => editing.update(action.id, { comment })}
      />
    </li>
  );
}

/** Open actions from the school's earlier visits: done or not, and what was seen. */
export function FollowUpList({ actions, ...rest }: FollowUpListProps) {
  const { t } = useTranslation();
  if (actions.length === 0) return null;
  return (
    <section className="actions" aria-labelledby="visit-follow-up">
      <h3 className="repeat-group__title" id="visit-follow-up">
        {t('visits.followUp')}
      </h3>
      <ol className="actions__list">
        {actions.map((action) => (
          <FollowUpCard key={action.id} action={action} {...rest} />
        ))}
      </ol>
    </section>
  );
}
