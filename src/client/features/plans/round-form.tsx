import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoundRequest } from '../../../shared/schemas/plan.ts';
import { ChoiceChecks } from './choice-checks.tsx';
import { serverIssues } from '../../lib/field-issues.ts';
import { inspectorChoices } from './inspector-choices.ts';
import { RequestFailure } from './request-failure.tsx';
import { RoundBasics } from './round-basics.tsx';
import { RoundPreviewView } from './round-preview.tsx';
import { SchoolChoice } from './school-choice.tsx';
import type { PlanLookup } from './use-plan-lookup.ts';
import { useRoundPlanning } from './use-round-planning.ts';

interface RoundFormProps {
  token: string;
  lookup: PlanLookup;
  today: string;
  onPlanned: (request: RoundRequest) => void;
}

const FIELDS = ['round', 'from', 'to', 'schoolIds', 'checklistIds', 'perDay', 'inspectorIds'];

/**
 * A whole monitoring round: a road-map stage (or one's own), its period, the
 * schools, checklists, visits a day and, if wanted, who goes. The preview
 * comes first; only then is it planned.
 */
export function RoundForm({ token, lookup, today, onPlanned }: RoundFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const { draft, update, chooseStage, shown, request, preview, plan } = useRoundPlanning(
    token,
    lookup,
    today,
    onPlanned,
  );
  const issues = serverIssues(request.error, FIELDS);
  return (
    <form
      className="plan-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void preview();
      }}
    >
      <RoundBasics
        id={id}
        draft={draft}
        update={update}
        chooseStage={chooseStage}
        issues={issues}
      />
      <SchoolChoice
        name={`${id}-schools`}
        schools={lookup.schools}
        all={draft.allSchools}
        chosen={draft.schoolIds}
        onChange={update}
        error={issues.byField.schoolIds}
        errorId={`${id}-schools-error`}
      />
      <ChoiceChecks
        legend={t('plans.round.checklists')}
        choices={lookup.checklists.map((c) => ({ value: c.id, label: c.title }))}
        chosen={draft.checklistIds}
        onChange={(checklistIds) => update({ checklistIds })}
        error={issues.byField.checklistIds}
        errorId={`${id}-checklists-error`}
      />
      <ChoiceChecks
        legend={t('plans.round.inspectors')}
        hint={t('plans.round.inspectorsHint')}
        choices={inspectorChoices(lookup.inspectors, '', '')}
        chosen={draft.inspectorIds}
        onChange={(inspectorIds) => update({ inspectorIds })}
        error={issues.byField.inspectorIds}
        errorId={`${id}-inspectors-error`}
      />
      <RequestFailure error={request.error} issues={issues} />
      <button type="submit" className="button" disabled={request.busy}>
        {t('plans.round.preview')}
      </button>
      {shown && (
        <RoundPreviewView
          shown={shown}
          lookup={lookup}
          busy={request.busy}
          onPlan={() => void plan()}
        />
      )}
    </form>
  );
}
