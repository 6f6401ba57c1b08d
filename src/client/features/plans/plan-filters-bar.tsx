import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanState } from '../../../shared/plans/plan-state.ts';
import { SelectField } from '../../components/form-fields.tsx';
import type { PlanFilter } from './plan-entries.ts';
import type { PlanLookup } from './use-plan-lookup.ts';

const states: readonly PlanState[] = [
  'planned',
  'overdue',
  'in_progress',
  'returned',
  'completed',
  'accepted',
  'cancelled',
];

interface PlanFiltersBarProps {
  filter: PlanFilter;
  lookup: PlanLookup;
  onChange: (filter: PlanFilter) => void;
}

const isState = (value: string): value is PlanState =>
  (states as readonly string[]).includes(value);

/** Narrows the plan to a school, an inspector, a state. */
export function PlanFiltersBar({ filter, lookup, onChange }: PlanFiltersBarProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="plan-filters" role="group" aria-label={t('plans.filters.legend')}>
      <SelectField
        id={`${id}-school`}
        label={t('plans.fields.school')}
        value={filter.schoolId}
        onChange={(schoolId) => onChange({ ...filter, schoolId })}
        placeholder={t('plans.filters.allSchools')}
        options={lookup.schools.map((s) => ({ value: s.id, label: s.shortName }))}
      />
      <SelectField
        id={`${id}-inspector`}
        label={t('plans.filters.inspector')}
        value={filter.inspectorId}
        onChange={(inspectorId) => onChange({ ...filter, inspectorId })}
        placeholder={t('plans.filters.allInspectors')}
        options={lookup.inspectors.map((i) => ({ value: i.id, label: i.fullName }))}
      />
      <SelectField
        id={`${id}-state`}
        label={t('plans.filters.state')}
        value={filter.state}
        onChange={(state) => onChange({ ...filter, state: isState(state) ? state : '' })}
        placeholder={t('plans.filters.allStates')}
        options={states.map((state) => ({ value: state, label: t(`plans.states.${state}`) }))}
      />
    </div>
  );
}
