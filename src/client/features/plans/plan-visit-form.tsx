import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlannedVisit, PlannedVisitInput } from '../../../shared/schemas/plan.ts';
import { createPlan } from '../../api/plans-api.ts';
import { Notice } from '../../components/notice.tsx';
import { formatDate } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { serverIssues } from '../../lib/field-issues.ts';
import { InputField, SelectField, TextAreaField } from '../../components/form-fields.tsx';
import { ChoiceChecks } from './choice-checks.tsx';
import { inspectorChoices } from './inspector-choices.ts';
import { KindChoice } from './kind-choice.tsx';
import { RequestFailure } from './request-failure.tsx';
import type { PlanLookup } from './use-plan-lookup.ts';
import { useRequest } from '../../lib/use-request.ts';

interface PlanVisitFormProps {
  token: string;
  lookup: PlanLookup;
  today: string;
  onPlanned: (plan: PlannedVisit) => void;
}

const FIELDS = ['schoolId', 'checklistId', 'kind', 'plannedOn', 'inspectorIds', 'round', 'note'];

function emptyDraft(lookup: PlanLookup, today: string): PlannedVisitInput {
  return {
    schoolId: '',
    checklistId: lookup.checklists[0]?.id ?? '',
    kind: 'inspection',
    plannedOn: today,
    inspectorIds: [],
    round: '',
    note: '',
  };
}

/** The form's state: what is typed, the request, and the sentence after success. */
function useVisitDraft(lookup: PlanLookup, today: string) {
  const [draft, setDraft] = useState(() => emptyDraft(lookup, today));
  const [done, setDone] = useState<string | undefined>();
  const set = (patch: Partial<PlannedVisitInput>) => {
    setDraft((before) => ({ ...before, ...patch }));
    setDone(undefined);
  };
  const restart = (message: string) => {
    setDraft((before) => ({ ...emptyDraft(lookup, today), checklistId: before.checklistId }));
    setDone(message);
  };
  return { draft, set, done, restart };
}

/**
 * One visit into the plan: school, checklist, kind, date, inspectors (those
 * who cover the school first), note. The server checks it; its messages are
 * shown at the fields, and what was typed stays when the network is down.
 */
export function PlanVisitForm({ token, lookup, today, onPlanned }: PlanVisitFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const { draft, set, done, restart } = useVisitDraft(lookup, today);
  const request = useRequest();
  const issues = serverIssues(request.error, FIELDS);

  async function submit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    const plan = await request.run(() => createPlan(token, draft));
    if (!plan) return;
    const date = formatDate(`${plan.plannedOn}T12:00:00Z`, language);
    restart(t('plans.newVisit.done', { school: lookup.schoolName(plan.schoolId), date }));
    onPlanned(plan);
  }

  return (
    <form className="plan-form" onSubmit={(event) => void submit(event)} noValidate>
      <div className="plan-form__grid">
        <SelectField
          id={`${id}-school`}
          label={t('plans.fields.school')}
          value={draft.schoolId}
          onChange={(schoolId) => set({ schoolId })}
          placeholder={t('plans.newVisit.chooseSchool')}
          options={lookup.schools.map((s) => ({ value: s.id, label: s.shortName }))}
          error={issues.byField.schoolId}
        />
        <SelectField
          id={`${id}-checklist`}
          label={t('plans.fields.checklist')}
          value={draft.checklistId}
          onChange={(checklistId) => set({ checklistId })}
          options={lookup.checklists.map((c) => ({ value: c.id, label: c.title }))}
          error={issues.byField.checklistId}
        />
        <KindChoice name={`${id}-kind`} value={draft.kind} onChange={(kind) => set({ kind })} />
        <InputField
          id={`${id}-date`}
          type="date"
          label={t('plans.fields.date')}
          value={draft.plannedOn}
          onChange={(plannedOn) => set({ plannedOn })}
          error={issues.byField.plannedOn}
        />
      </div>
      <ChoiceChecks
        legend={t('plans.fields.inspectors')}
        choices={inspectorChoices(lookup.inspectors, draft.schoolId, t('plans.newVisit.covers'))}
        chosen={draft.inspectorIds}
        onChange={(inspectorIds) => set({ inspectorIds })}
        empty={t('plans.newVisit.noInspectors')}
        hint={draft.kind === 'self_audit' ? t('plans.newVisit.selfAuditHint') : undefined}
        error={issues.byField.inspectorIds}
        errorId={`${id}-inspectors-error`}
      />
      <div className="plan-form__grid">
        <InputField
          id={`${id}-round`}
          label={t('plans.fields.round')}
          value={draft.round}
          onChange={(round) => set({ round })}
          hint={t('plans.newVisit.optional')}
          error={issues.byField.round}
        />
        <TextAreaField
          id={`${id}-note`}
          label={t('plans.fields.note')}
          value={draft.note}
          onChange={(note) => set({ note })}
          error={issues.byField.note}
        />
      </div>
      <RequestFailure error={request.error} issues={issues} />
      {done && <Notice tone="success">{done}</Notice>}
      <button type="submit" className="button button--primary" disabled={request.busy}>
        {t('plans.newVisit.submit')}
      </button>
    </form>
  );
}
