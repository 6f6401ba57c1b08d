import { useState } from 'react';
import type { PlannedVisit } from '../../../shared/schemas/plan.ts';
import { noFilter, type PlanFilter } from './plan-entries.ts';
import { isWithin, monthOf, periodRange, type PlanPeriod } from './plan-period.ts';
import type { PlanView } from './view-switch.tsx';

/** Which form is open above the plan. */
export type PlanPanelKind = 'visit' | 'round' | null;

/**
 * What the plan screen shows: the period (this month first), the filter, the
 * view, the plan opened in the dialog, the open form and the last outcome to
 * announce.
 */
export function usePlanScreen(today: string) {
  const [period, setPeriod] = useState<PlanPeriod>({ kind: 'month', month: monthOf(today) });
  const [filter, setFilter] = useState<PlanFilter>(noFilter);
  const [view, setView] = useState<PlanView>('list');
  const [opened, setOpened] = useState<PlannedVisit | null>(null);
  const [panel, setPanel] = useState<PlanPanelKind>(null);
  const [announcement, setAnnouncement] = useState<string | undefined>();
  const range = periodRange(period);
  /** Brings a date into view: the period moves to its month when it is outside. */
  const reveal = (date: string) => {
    if (!isWithin(date, range)) setPeriod({ kind: 'month', month: monthOf(date) });
  };
  return {
    period,
    setPeriod,
    range,
    reveal,
    filter,
    setFilter,
    view,
    setView,
    opened,
    setOpened,
    panel,
    setPanel,
    announcement,
    setAnnouncement,
  };
}
