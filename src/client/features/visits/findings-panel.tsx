import { useTranslation } from 'react-i18next';
import type { Visit } from '../../../shared/schemas/visit.ts';
import { useActionsToFollowUp, useVisitActions } from '../../db/live-queries.ts';
import type { EditOutcome, VisitFields } from '../../db/draft-edit.ts';
import { ActionsList } from './actions-list.tsx';
import { LabelledDraft } from './controls/labelled-draft.tsx';
import { FollowUpList } from './follow-up-list.tsx';
import { useActionEditing } from './use-action-editing.ts';

interface FindingsPanelProps {
  visit: Visit;
  readOnly: boolean;
  onChange: (fields: VisitFields) => void;
  track: (write: Promise<EditOutcome>) => void;
}

/** What the commission found and recommends, and the corrective actions agreed. */
export function FindingsPanel({ visit, readOnly, onChange, track }: FindingsPanelProps) {
  const { t } = useTranslation();
  const actions = useVisitActions(visit.id) ?? [];
  const earlier = useActionsToFollowUp(visit.schoolId, visit.id) ?? [];
  const editing = useActionEditing(visit.id, track);
  return (
    <div className="section-panel">
      <LabelledDraft
        label={t('visits.findings')}
        value={visit.findings}
        multiline
        maxLength={20_000}
        disabled={readOnly}
        onChange={(findings) => onChange({ findings })}
      />
      <LabelledDraft
        label={t('visits.recommendations')}
        value={visit.recommendations}
        multiline
        maxLength={20_000}
        disabled={readOnly}
        onChange={(recommendations) => onChange({ recommendations })}
      />
      <ActionsList actions={actions} readOnly={readOnly} editing={editing} />
      <FollowUpList visitId={visit.id} actions={earlier} readOnly={readOnly} editing={editing} />
    </div>
  );
}
