import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Visit } from '../../../shared/schemas/visit.ts';
import { useActionsToFollowUp, useVisitActions } from '../../db/live-queries.ts';
import type { EditOutcome, VisitFields } from '../../db/visits-repository.ts';
import { ActionsList } from './actions-list.tsx';
import { FollowUpList } from './follow-up-list.tsx';
import { useActionEditing } from './use-action-editing.ts';
import { DraftInput } from './controls/draft-input.tsx';

interface FindingsPanelProps {
  visit: Visit;
  readOnly: boolean;
  onChange: (fields: VisitFields) => void;
  track: (write: Promise<EditOutcome>) => void;
}

/** What the commission found and recommends, in its own words. */
export function FindingsPanel({ visit, readOnly, onChange, track }: FindingsPanelProps) {
  const { t } = useTranslation();
  const actions = useVisitActions(visit.id) ?? [];
  const earlier = useActionsToFollowUp(visit.schoolId, visit.id) ?? [];
  const editing = useActionEditing(visit.id, track);
  const ids = { findings: useId(), recommendations: useId() };
  return (
    <div className="section-panel">
      <label className="field" htmlFor={ids.findings}>
        <span className="field__label">{t('visits.findings')}</span>
        <DraftInput
          id={ids.findings}
          value={visit.findings}
          multiline
          maxLength={20_000}
          disabled={readOnly}
          invalid={false}
          onChange={(findings) => onChange({ findings })}
        />
      </label>
      <label className="field" htmlFor={ids.recommendations}>
        <span className="field__label">{t('visits.recommendations')}</span>
        <DraftInput
          id={ids.recommendations}
          value={visit.recommendations}
          multiline
          maxLength={20_000}
          disabled={readOnly}
          invalid={false}
          onChange={(recommendations) => onChange({ recommendations })}
        />
      </label>
      <ActionsList actions={actions} readOnly={readOnly} editing={editing} />
      <FollowUpList visitId={visit.id} actions={earlier} readOnly={readOnly} editing={editing} />
    </div>
  );
}
