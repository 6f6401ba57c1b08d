import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlannedVisit } from '../../../shared/schemas/plan.ts';
import { isOpenPlan, planState, type PlanState } from '../../../shared/plans/plan-state.ts';
import { usePlans, useSchools, useVisitsOfPlans } from '../../db/live-queries.ts';
import { formatDate } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { todayInDistrict } from '../../../shared/district-today.ts';

interface PlanEntry {
  plan: PlannedVisit;
  state: PlanState;
  /** The visit on this device (or on the server) started from the plan. */
  visitId: string | null;
}

function PlanItem({ entry, schoolName }: { entry: PlanEntry; schoolName: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { plan, state, visitId } = entry;
  const date = formatDate(`${plan.plannedOn}T12:00:00Z`, language);
  return (
    <li className={`plan-item plan-item--${state}`}>
      <div className="plan-item__text">
        <span className="visit-list__school">{schoolName}</span>
        <span className="visit-list__meta">
          {state === 'overdue' ? t('plans.overdueSince', { date }) : t('plans.planned', { date })}
          {plan.round && ` · ${plan.round}`}
        </span>
        {plan.note && <span className="visit-list__meta">{plan.note}</span>}
      </div>
      <span className={`status status--plan-${state}`}>{t(`plans.states.${state}`)}</span>
      {visitId ? (
        <Link className="button" to={`/visits/${visitId}`}>
          {t('plans.openVisit')}
        </Link>
      ) : (
        <Link className="button button--primary" to={`/visits/new?plan=${plan.id}`}>
          {t('plans.start')}
        </Link>
      )}
    </li>
  );
}

/**
 * The visits the district planned for this person, still to be carried out,
 * by date: overdue ones stand out. Kept on the device, so the plan is there
 * in a school without network.
 */
export function PlansCard() {
  const { t } = useTranslation();
  const plans = usePlans();
  const local = useVisitsOfPlans();
  const schools = useSchools();
  if (plans === undefined || local === undefined) return null;
  const today = todayInDistrict(new Date());
  const entries = plans
    .map((plan): PlanEntry => {
      const visit = local.get(plan.id) ?? plan.visit;
      return {
        plan,
        state: planState({ ...plan, visit }, today),
        visitId: visit?.id ?? null,
      };
    })
    .filter((entry) => isOpenPlan(entry.state));
  const schoolName = (id: string) => schools?.find((s) => s.id === id)?.shortName ?? '';
  return (
    <section className="card card--wide" aria-labelledby="home-plans">
      <h2 className="card__title" id="home-plans">
        {t('plans.myTitle')}
      </h2>
      {entries.length === 0 ? (
        <p>{t('plans.none')}</p>
      ) : (
        <ul className="visit-list">
          {entries.map((entry) => (
            <PlanItem
              key={entry.plan.id}
              entry={entry}
              schoolName={schoolName(entry.plan.schoolId)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
