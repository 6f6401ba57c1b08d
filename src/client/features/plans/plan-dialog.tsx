import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isOpenPlan, planState } from '../../../shared/plans/plan-state.ts';
import type { PlannedVisit } from '../../../shared/schemas/plan.ts';
import { DetailList } from '../../components/detail-list.tsx';
import { Notice } from '../../components/notice.tsx';
import { formatDate } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { CancelControl } from './cancel-control.tsx';
import { serverIssues } from '../../lib/field-issues.ts';
import { MoveForm, NoteForm, ReassignForm } from './plan-change-forms.tsx';
import { RequestFailure } from './request-failure.tsx';
import { StateBadge } from './state-badge.tsx';
import type { PlanLookup } from './use-plan-lookup.ts';
import { usePlanChange } from './use-plan-change.ts';

interface PlanDialogProps {
  plan: PlannedVisit;
  token: string;
  lookup: PlanLookup;
  today: string;
  onChanged: (plan: PlannedVisit, message: string) => void;
  onClose: () => void;
}

const FIELDS = ['plannedOn', 'inspectorIds', 'note', 'cancelled'];

function PlanFacts({ plan, lookup, today }: Pick<PlanDialogProps, 'plan' | 'lookup' | 'today'>) {
  const { t } = useTranslation();
  const language = useLanguage();
  const names = plan.inspectorIds.map(lookup.personName).join(', ');
  return (
    <DetailList
      rows={[
        {
          label: t('plans.fields.date'),
          value: formatDate(`${plan.plannedOn}T12:00:00Z`, language),
        },
        { label: t('plans.fields.state'), value: <StateBadge state={planState(plan, today)} /> },
        { label: t('plans.fields.checklist'), value: lookup.checklistTitle(plan.checklistId) },
        { label: t('plans.fields.kind'), value: t(`visits.kinds.${plan.kind}`) },
        { label: t('plans.fields.inspectors'), value: names || t('plans.noInspectors') },
        ...(plan.round ? [{ label: t('plans.fields.round'), value: plan.round }] : []),
        ...(plan.visit
          ? [{ label: t('plans.fields.visit'), value: t(`visits.statuses.${plan.visit.status}`) }]
          : []),
      ]}
    />
  );
}

/**
 * A planned visit in a modal dialog: what it is, and — while it is still to
 * be carried out — moving, reassigning, the note, cancelling; a cancelled one
 * can be put back.
 */
export function PlanDialog({ plan, token, lookup, today, onChanged, onClose }: PlanDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const { request, done, change } = usePlanChange(token, plan, onChanged);
  const issues = serverIssues(request.error, FIELDS);
  const state = planState(plan, today);
  const props = { plan, lookup, issues, busy: request.busy, change };
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog ref={ref} className="plan-dialog" aria-labelledby={titleId} onClose={onClose}>
      <div className="plan-dialog__head">
        <h2 className="plan-dialog__title" id={titleId}>
          {lookup.schoolName(plan.schoolId)}
        </h2>
        <button type="button" className="button" onClick={() => ref.current?.close()}>
          {t('plans.close')}
        </button>
      </div>
      <PlanFacts plan={plan} lookup={lookup} today={today} />
      <RequestFailure error={request.error} issues={issues} />
      {done && <Notice tone="success">{done}</Notice>}
      {isOpenPlan(state) && (
        <div className="plan-dialog__actions">
          <MoveForm key={`date-${plan.plannedOn}`} {...props} />
          <ReassignForm key={`who-${plan.inspectorIds.join()}`} {...props} />
          <NoteForm key={`note-${plan.note}`} {...props} />
          <CancelControl {...props} onCancelled={() => ref.current?.close()} />
        </div>
      )}
      {state === 'cancelled' && (
        <button
          type="button"
          className="button"
          disabled={request.busy}
          onClick={() => void change({ cancelled: false }, t('plans.dialog.restored'))}
        >
          {t('plans.dialog.restore')}
        </button>
      )}
      {(state === 'completed' || state === 'accepted') && (
        <p className="field__hint">{t('plans.dialog.carriedOut')}</p>
      )}
    </dialog>
  );
}
