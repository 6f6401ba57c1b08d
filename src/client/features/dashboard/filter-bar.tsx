import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResultsFilter } from '../../../shared/schemas/results-filter.ts';
import { visitKinds } from '../../../shared/schemas/visit.ts';
import { draftOf, filterOf, type FilterDraft } from './filter-draft.ts';
import { PeriodFields } from './period-fields.tsx';
import { SchoolPicker } from './school-picker.tsx';
import type { DashboardLabels } from './use-dashboard-labels.ts';

interface FilterBarProps {
  filter: ResultsFilter;
  today: string;
  labels: DashboardLabels;
  onApply: (filter: ResultsFilter) => void;
  /** The button's words when «Показать» would mislead (the exports screen). */
  applyLabel?: string;
}

/**
 * The filter of the dashboard, the report and the exports: the period (with
 * presets), the schools, the checklist, the kind. Applied by «Показать».
 */
export function FilterBar({ filter, today, labels, onApply, applyLabel }: FilterBarProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<FilterDraft>(() => draftOf(filter));
  const [problem, setProblem] = useState<'periodRequired' | 'badPeriod' | undefined>();
  const errorId = useId();
  const checklistId = useId();
  const kindId = useId();
  const change = (part: Partial<FilterDraft>) => {
    setDraft((before) => ({ ...before, ...part }));
    setProblem(undefined);
  };
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const result = filterOf(draft);
    if (result.ok) onApply(result.filter);
    else setProblem(result.problem);
  };
  return (
    <form
      className="filter-bar no-print"
      onSubmit={submit}
      aria-label={t('dashboard.filter.title')}
    >
      <PeriodFields
        draft={draft}
        today={today}
        onChange={change}
        {...(problem ? { errorId } : {})}
      />
      <SchoolPicker
        schools={labels.schools}
        chosen={draft.schoolIds}
        onChange={(schoolIds) => change({ schoolIds })}
      />
      <div className="field">
        <label className="field__label" htmlFor={checklistId}>
          {t('dashboard.filter.checklist')}
        </label>
        <select
          id={checklistId}
          className="field__input"
          value={draft.checklistId}
          onChange={(event) => change({ checklistId: event.target.value })}
        >
          <option value="">{t('dashboard.filter.allChecklists')}</option>
          {labels.checklists.map((checklist) => (
            <option key={checklist.id} value={checklist.id}>
              {checklist.shortTitle}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={kindId}>
          {t('dashboard.filter.kind')}
        </label>
        <select
          id={kindId}
          className="field__input"
          value={draft.kind}
          onChange={(event) => {
            const kind = visitKinds.find((k) => k === event.target.value);
            change({ kind: kind ?? '' });
          }}
        >
          <option value="">{t('dashboard.filter.allKinds')}</option>
          {visitKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`visits.kinds.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-bar__apply">
        <button type="submit" className="button button--primary">
          {applyLabel ?? t('dashboard.filter.apply')}
        </button>
      </div>
      {problem && (
        <p className="field__error filter-bar__error" id={errorId} role="alert">
          {t(`dashboard.filter.${problem}`)}
        </p>
      )}
    </form>
  );
}
