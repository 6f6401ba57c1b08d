import { useTranslation } from 'react-i18next';
import type { PlannedVisit } from '../../../shared/schemas/plan.ts';
import { formatDate } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { compactSchoolName, monthTitle } from './calendar-labels.ts';
import { monthWeeks, weekdayKeys } from './month-grid.ts';
import { entriesByDate, type PlanEntry } from './plan-entries.ts';
import { isWithin, monthsOf, type DateRange } from './plan-period.ts';
import type { PlanLookup } from './use-plan-lookup.ts';

interface PlanCalendarProps {
  entries: readonly PlanEntry[];
  lookup: PlanLookup;
  range: DateRange;
  today: string;
  onOpen: (plan: PlannedVisit) => void;
}

interface ChipProps {
  entry: PlanEntry;
  lookup: PlanLookup;
  onOpen: (plan: PlannedVisit) => void;
}

interface DayProps {
  day: string;
  entries: readonly PlanEntry[];
  lookup: PlanLookup;
  today: string;
  onOpen: (plan: PlannedVisit) => void;
}

function PlanChip({ entry, lookup, onOpen }: ChipProps) {
  const { t } = useTranslation();
  const { plan, state } = entry;
  const school = lookup.schoolName(plan.schoolId);
  const checklist = lookup.checklistShortTitle(plan.checklistId);
  const flagged = state === 'overdue' || state === 'cancelled';
  return (
    <li>
      <button
        type="button"
        className={`calendar__plan plan-state--${state}`}
        onClick={() => onOpen(plan)}
      >
        <span className="calendar__school">{compactSchoolName(school)}</span>
        <span className="calendar__checklist">{checklist}</span>
        <span className={flagged ? 'calendar__flag' : 'visually-hidden'}>
          {t(`plans.states.${state}`)}
        </span>
      </button>
    </li>
  );
}

function Day({ day, entries, lookup, today, onOpen }: DayProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const isToday = day === today;
  return (
    <td
      className={isToday ? 'calendar__day calendar__day--today' : 'calendar__day'}
      aria-current={isToday ? 'date' : undefined}
    >
      <span className="calendar__number" aria-hidden="true">
        {Number(day.slice(8))}
      </span>
      <span className="visually-hidden">{formatDate(`${day}T12:00:00Z`, language)}</span>
      {isToday && <span className="calendar__today">{t('plans.today')}</span>}
      {entries.length > 0 && (
        <ul className="calendar__plans">
          {entries.map((entry) => (
            <PlanChip key={entry.plan.id} entry={entry} lookup={lookup} onOpen={onOpen} />
          ))}
        </ul>
      )}
    </td>
  );
}

function CalendarMonth({
  month,
  byDate,
  ...props
}: Omit<PlanCalendarProps, 'entries'> & { month: string; byDate: Map<string, PlanEntry[]> }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <table className="calendar">
      <caption className="calendar__caption">{monthTitle(month, language)}</caption>
      <thead>
        <tr>
          {weekdayKeys.map((key) => (
            <th key={key} scope="col" abbr={t(`plans.weekdays.${key}`)}>
              {t(`plans.weekdaysShort.${key}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthWeeks(month).map((week) => (
          <tr key={week[0]}>
            {week.map((day) =>
              day.startsWith(month) && isWithin(day, props.range) ? (
                <Day
                  key={day}
                  day={day}
                  entries={byDate.get(day) ?? []}
                  lookup={props.lookup}
                  today={props.today}
                  onOpen={props.onOpen}
                />
              ) : (
                <td key={day} className="calendar__day calendar__day--outside">
                  <span aria-hidden="true">{Number(day.slice(8))}</span>
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The period as month grids, Monday to Sunday: each day its planned schools in their state's colour. */
export function PlanCalendar({ entries, ...props }: PlanCalendarProps) {
  const byDate = entriesByDate(entries);
  return (
    <div className="calendars">
      {monthsOf(props.range).map((month) => (
        <CalendarMonth key={month} month={month} byDate={byDate} {...props} />
      ))}
    </div>
  );
}
