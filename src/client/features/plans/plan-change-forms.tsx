import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlannedVisit, PlannedVisitChange } from '../../../shared/schemas/plan.ts';
import { formatDate } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { ChoiceChecks } from './choice-checks.tsx';
import type { FieldIssues } from '../../lib/field-issues.ts';
import { InputField, TextAreaField } from '../../components/form-fields.tsx';
import { inspectorChoices } from './inspector-choices.ts';
import type { PlanLookup } from './use-plan-lookup.ts';

/** What every change form of the dialog gets. */
export interface ChangeFormProps {
  plan: PlannedVisit;
  lookup: PlanLookup;
  issues: FieldIssues;
  busy: boolean;
  change: (patch: PlannedVisitChange, message: string) => Promise<boolean>;
}

const submitted = (run: () => void) => (event: SyntheticEvent<HTMLFormElement>) => {
  event.preventDefault();
  run();
};

/** Moves the plan to another day. */
export function MoveForm({ plan, issues, busy, change }: ChangeFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const [date, setDate] = useState(plan.plannedOn);
  const moved = t('plans.dialog.moved', { date: formatDate(`${date}T12:00:00Z`, language) });
  return (
    <form
      className="plan-change"
      noValidate
      onSubmit={submitted(() => void change({ plannedOn: date }, moved))}
    >
      <InputField
        id={`${id}-date`}
        type="date"
        label={t('plans.dialog.newDate')}
        value={date}
        onChange={setDate}
        error={issues.byField.plannedOn}
      />
      <button type="submit" className="button" disabled={busy || date === plan.plannedOn}>
        {t('plans.dialog.move')}
      </button>
    </form>
  );
}

/** Sends other inspectors; those who cover the school come first. */
export function ReassignForm({ plan, lookup, issues, busy, change }: ChangeFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [chosen, setChosen] = useState<string[]>(plan.inspectorIds);
  const choices = inspectorChoices(lookup.inspectors, plan.schoolId, t('plans.newVisit.covers'));
  return (
    <form
      className="plan-change plan-change--wide"
      noValidate
      onSubmit={submitted(
        () => void change({ inspectorIds: chosen }, t('plans.dialog.reassigned')),
      )}
    >
      <ChoiceChecks
        legend={t('plans.fields.inspectors')}
        choices={choices}
        chosen={chosen}
        onChange={setChosen}
        error={issues.byField.inspectorIds}
        errorId={`${id}-error`}
      />
      <button type="submit" className="button" disabled={busy}>
        {t('plans.dialog.reassign')}
      </button>
    </form>
  );
}

/** The note inspectors read with the plan. */
export function NoteForm({ plan, issues, busy, change }: ChangeFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [note, setNote] = useState(plan.note);
  return (
    <form
      className="plan-change plan-change--wide"
      noValidate
      onSubmit={submitted(() => void change({ note }, t('plans.dialog.noteSaved')))}
    >
      <TextAreaField
        id={`${id}-note`}
        label={t('plans.fields.note')}
        value={note}
        onChange={setNote}
        error={issues.byField.note}
      />
      <button type="submit" className="button" disabled={busy || note === plan.note}>
        {t('plans.dialog.saveNote')}
      </button>
    </form>
  );
}
