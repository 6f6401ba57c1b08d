import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { School } from '../../../shared/schemas/school.ts';
import type { User } from '../../../shared/schemas/user.ts';
import { visitKindSchema, type VisitKind } from '../../../shared/schemas/visit.ts';
import type { ChecklistDefinition } from '../../../shared/checklist/definition-schema.ts';
import type { PlannedVisit } from '../../../shared/schemas/plan.ts';
import { formatDate } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { Notice } from '../../components/notice.tsx';
import { todayInDistrict } from '../../../shared/district-today.ts';
import type { VisitStart } from './use-start-visit.ts';

interface NewVisitFormProps {
  user: User;
  schools: School[];
  /** The newest published version of each checklist. */
  checklists: ChecklistDefinition[];
  /** The planned visit this one carries out: its school, checklist and kind are set. */
  plan: PlannedVisit | null;
  onStart: (start: VisitStart) => Promise<void>;
}

function field(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

export function NewVisitForm({ user, schools, checklists, plan, onStart }: NewVisitFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const ids = { school: useId(), checklist: useId(), date: useId(), commission: useId() };
  const [problem, setProblem] = useState<string | undefined>();
  const ownSchool = user.role === 'school';
  const kinds: VisitKind[] = plan
    ? [plan.kind]
    : ownSchool
      ? ['self_audit']
      : ['inspection', 'self_audit'];
  const planned = plan ? checklists.findIndex((c) => c.id === plan.checklistId) : -1;

  function submit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const schoolId = plan?.schoolId ?? (ownSchool ? (user.schoolId ?? '') : field(form, 'school'));
    const checklist = checklists[planned >= 0 ? planned : Number(field(form, 'checklist'))];
    const date = field(form, 'date');
    const missing = !schoolId
      ? t('visits.schoolRequired')
      : !date
        ? t('visits.dateRequired')
        : null;
    setProblem(missing ?? undefined);
    if (missing !== null || !checklist) return;
    const commission = field(form, 'commission')
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean);
    // A school user has only self-audits; anyone may run one.
    const chosen = visitKindSchema.safeParse(field(form, 'kind'));
    const kind = chosen.success && kinds.includes(chosen.data) ? chosen.data : 'self_audit';
    void onStart({ schoolId, checklist, kind, date, commission, planId: plan?.id ?? null });
  }

  return (
    <form className="card form" onSubmit={submit} noValidate>
      {plan && (
        <Notice tone="info">
          {t('plans.startingFrom', {
            school: schools.find((s) => s.id === plan.schoolId)?.shortName ?? '',
            date: formatDate(`${plan.plannedOn}T12:00:00Z`, language),
          })}
          {plan.note && <span className="field__hint">{plan.note}</span>}
        </Notice>
      )}
      {!ownSchool && !plan && (
        <label className="field" htmlFor={ids.school}>
          <span className="field__label">{t('visits.school')}</span>
          <select id={ids.school} name="school" className="field__input" defaultValue="">
            <option value="" disabled>
              {t('visits.chooseSchool')}
            </option>
            {schools.map((school) => (
              <option key={school.id} value={school.id}>
                {school.shortName}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="field" htmlFor={ids.checklist}>
        <span className="field__label">{t('visits.checklist')}</span>
        <select
          id={ids.checklist}
          name="checklist"
          className="field__input"
          defaultValue={String(Math.max(planned, 0))}
          disabled={planned >= 0}
        >
          {checklists.map((checklist, index) => (
            <option key={checklist.id} value={index}>
              {checklist.title}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="segmented">
        <legend className="field__label">{t('visits.kind')}</legend>
        {kinds.map((kind, index) => (
          <label key={kind} className="segmented__option">
            <input type="radio" name="kind" value={kind} defaultChecked={index === 0} />
            <span>{t(`visits.kinds.${kind}`)}</span>
          </label>
        ))}
      </fieldset>
      <label className="field" htmlFor={ids.date}>
        <span className="field__label">{t('visits.date')}</span>
        <input
          id={ids.date}
          name="date"
          type="date"
          className="field__input"
          defaultValue={todayInDistrict(new Date())}
        />
      </label>
      <label className="field" htmlFor={ids.commission}>
        <span className="field__label">{t('visits.commission')}</span>
        <textarea
          id={ids.commission}
          name="commission"
          rows={3}
          className="field__input"
          defaultValue={user.fullName}
        />
        <span className="field__hint">{t('visits.commissionHint')}</span>
      </label>
      {problem && <Notice tone="error">{problem}</Notice>}
      <button type="submit" className="button button--primary">
        {t('visits.start')}
      </button>
    </form>
  );
}
