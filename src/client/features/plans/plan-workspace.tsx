import { useTranslation } from 'react-i18next';
import type { PlannedVisit, RoundRequest } from '../../../shared/schemas/plan.ts';
import { Notice } from '../../components/notice.tsx';
import { PeriodControls } from './period-controls.tsx';
import { PlanDialog } from './plan-dialog.tsx';
import { planEntries } from './plan-entries.ts';
import { PlanFiltersBar } from './plan-filters-bar.tsx';
import { PlanPanel } from './plan-panel.tsx';
import { isWithin } from './plan-period.ts';
import { PlanResults } from './plan-results.tsx';
import { PlanVisitForm } from './plan-visit-form.tsx';
import { RoundForm } from './round-form.tsx';
import { useDistrictPlans } from './use-district-plans.ts';
import type { PlanLookup } from './use-plan-lookup.ts';
import { usePlanScreen } from './use-plan-screen.ts';
import { ViewSwitch } from './view-switch.tsx';

interface PlanWorkspaceProps {
  token: string;
  lookup: PlanLookup;
  online: boolean;
  today: string;
}

/** The plan screen once the person may plan: the forms, the period, the filter and the plan itself. */
export function PlanWorkspace({ token, lookup, online, today }: PlanWorkspaceProps) {
  const { t } = useTranslation();
  const screen = usePlanScreen(today);
  const data = useDistrictPlans(token, screen.range, online);
  const inPeriod = data.plans?.filter((plan) => isWithin(plan.plannedOn, screen.range));
  const entries = inPeriod && planEntries(inPeriod, today, screen.filter);
  const planned = (date: string) => {
    screen.reveal(date);
    data.reload();
  };
  const changed = (plan: PlannedVisit, message: string) => {
    data.replace(plan);
    screen.setOpened(plan);
    if (plan.cancelled) screen.setAnnouncement(message);
  };
  return (
    <>
      <div className="plan-actions">
        <button
          type="button"
          className="button button--primary"
          aria-expanded={screen.panel === 'visit'}
          onClick={() => screen.setPanel('visit')}
        >
          {t('plans.newVisit.open')}
        </button>
        <button
          type="button"
          className="button"
          aria-expanded={screen.panel === 'round'}
          onClick={() => screen.setPanel('round')}
        >
          {t('plans.round.open')}
        </button>
      </div>
      <PlanPanel
        title={t('plans.newVisit.title')}
        open={screen.panel === 'visit'}
        onClose={() => screen.setPanel(null)}
      >
        <PlanVisitForm
          token={token}
          lookup={lookup}
          today={today}
          onPlanned={(plan) => planned(plan.plannedOn)}
        />
      </PlanPanel>
      <PlanPanel
        title={t('plans.round.title')}
        open={screen.panel === 'round'}
        onClose={() => screen.setPanel(null)}
      >
        <RoundForm
          token={token}
          lookup={lookup}
          today={today}
          onPlanned={(round: RoundRequest) => planned(round.from)}
        />
      </PlanPanel>
      <PeriodControls period={screen.period} today={today} onChange={screen.setPeriod} />
      <div className="plan-toolbar">
        <PlanFiltersBar filter={screen.filter} lookup={lookup} onChange={screen.setFilter} />
        <ViewSwitch view={screen.view} onChange={screen.setView} />
      </div>
      {screen.announcement && <Notice tone="success">{screen.announcement}</Notice>}
      <PlanResults
        data={data}
        entries={entries}
        filtered={Object.values(screen.filter).some((value) => value !== '')}
        view={screen.view}
        lookup={lookup}
        range={screen.range}
        today={today}
        online={online}
        onOpen={(plan) => {
          screen.setAnnouncement(undefined);
          screen.setOpened(plan);
        }}
      />
      {screen.opened && (
        <PlanDialog
          key={screen.opened.id}
          plan={screen.opened}
          token={token}
          lookup={lookup}
          today={today}
          onChanged={changed}
          onClose={() => screen.setOpened(null)}
        />
      )}
    </>
  );
}
