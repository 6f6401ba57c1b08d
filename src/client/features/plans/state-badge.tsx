import { useTranslation } from 'react-i18next';
import type { PlanState } from '../../../shared/plans/plan-state.ts';

/** Where a plan stands, in words and colour (an overdue plan is red and says so). */
export function StateBadge({ state }: { state: PlanState }) {
  const { t } = useTranslation();
  return <span className={`plan-state plan-state--${state}`}>{t(`plans.states.${state}`)}</span>;
}
