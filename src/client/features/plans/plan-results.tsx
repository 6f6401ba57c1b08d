import { useTranslation } from 'react-i18next';
import type { PlannedVisit } from '../../../shared/schemas/plan.ts';
import { Loading } from '../../components/loading.tsx';
import { Notice } from '../../components/notice.tsx';
import { PlanCalendar } from './plan-calendar.tsx';
import type { PlanEntry } from './plan-entries.ts';
import { PlanList } from './plan-list.tsx';
import type { DateRange } from './plan-period.ts';
import type { DistrictPlans } from './use-district-plans.ts';
import { useFailureText } from '../../lib/use-failure-text.ts';
import type { PlanLookup } from './use-plan-lookup.ts';
import type { PlanView } from './view-switch.tsx';

interface PlanResultsProps {
  data: DistrictPlans;
  /** The plans of the period that pass the filter; `undefined` before the first answer. */
  entries: PlanEntry[] | undefined;
  filtered: boolean;
  view: PlanView;
  lookup: PlanLookup;
  range: DateRange;
  today: string;
  online: boolean;
  onOpen: (plan: PlannedVisit) => void;
}

/** The plan of the period as a list or a calendar, or why it cannot be shown. */
export function PlanResults(props: PlanResultsProps) {
  const { t } = useTranslation();
  const failureText = useFailureText();
  const { data, entries, view } = props;
  return (
    <>
      {data.failure !== undefined && (
        <Notice tone="error">
          <p className="notice__text">
            {t('plans.loadFailed', { reason: failureText(data.failure) })}
          </p>
          <button type="button" className="button" onClick={data.reload}>
            {t('plans.retry')}
          </button>
        </Notice>
      )}
      {entries === undefined ? (
        props.online && <Loading label={t('plans.loading')} />
      ) : (
        <>
          <p className="list-count" aria-live="polite">
            {t('plans.count', { count: entries.length })}
          </p>
          {entries.length === 0 && view === 'list' ? (
            <p className="empty">{props.filtered ? t('plans.emptyFiltered') : t('plans.empty')}</p>
          ) : view === 'list' ? (
            <PlanList
              entries={entries}
              lookup={props.lookup}
              today={props.today}
              onOpen={props.onOpen}
            />
          ) : (
            <PlanCalendar
              entries={entries}
              lookup={props.lookup}
              range={props.range}
              today={props.today}
              onOpen={props.onOpen}
            />
          )}
        </>
      )}
    </>
  );
}
