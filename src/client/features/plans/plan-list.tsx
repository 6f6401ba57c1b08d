import { useTranslation } from 'react-i18next';
import type { PlannedVisit } from '../../../shared/schemas/plan.ts';
import { formatDate } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { weekdayOf } from './month-grid.ts';
import { entriesByDate, type PlanEntry } from './plan-entries.ts';
import { StateBadge } from './state-badge.tsx';
import type { PlanLookup } from './use-plan-lookup.ts';

interface PlanListProps {
  entries: readonly PlanEntry[];
  lookup: PlanLookup;
  today: string;
  onOpen: (plan: PlannedVisit) => void;
}

function PlanRow({
  entry,
  lookup,
  date,
  onOpen,
}: {
  entry: PlanEntry;
  lookup: PlanLookup;
  date: string;
  onOpen: (plan: PlannedVisit) => void;
}) {
  const { t } = useTranslation();
  const { plan, state } = entry;
  const school = lookup.schoolName(plan.schoolId);
  const names = plan.inspectorIds.map(lookup.personName).join(', ');
  return (
    <li className={`plan-row plan-row--${state}`}>
      <div className="plan-row__text">
        <span className="plan-row__school">{school}</span>
        <span className="plan-row__meta">
          {lookup.checklistShortTitle(plan.checklistId)} · {t(`visits.kinds.${plan.kind}`)}
        </span>
        <span className="plan-row__meta">
          {t('plans.inspectorsLine', { names: names || t('plans.noInspectors') })}
        </span>
        {plan.round && (
          <span className="plan-row__meta">{t('plans.roundLine', { round: plan.round })}</span>
        )}
        {plan.note && <span className="plan-row__note">{plan.note}</span>}
      </div>
      <StateBadge state={state} />
      <button
        type="button"
        className="button plan-row__open"
        aria-label={`${t('plans.edit')}: ${school}, ${date}`}
        onClick={() => onOpen(plan)}
      >
        {t('plans.edit')}
      </button>
    </li>
  );
}

/** The plans of the period by date: each day a heading, each visit a row with its state and actions. */
export function PlanList({ entries, lookup, today, onOpen }: PlanListProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="plan-days">
      {[...entriesByDate(entries)].map(([day, list]) => {
        const date = formatDate(`${day}T12:00:00Z`, language);
        return (
          <section key={day} className="plan-day" aria-labelledby={`plan-day-${day}`}>
            <h2 className="plan-day__title" id={`plan-day-${day}`}>
              {date}, {t(`plans.weekdays.${weekdayOf(day)}`)}
              {day === today && <span className="plan-day__today"> · {t('plans.today')}</span>}
            </h2>
            <ul className="plan-rows">
              {list.map((entry) => (
                <PlanRow
                  key={entry.plan.id}
                  entry={entry}
                  lookup={lookup}
                  date={date}
                  onOpen={onOpen}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
