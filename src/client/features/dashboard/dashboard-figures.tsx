import type { Dashboard } from '../../../shared/analytics/dashboard-schema.ts';
import { ActionsSection } from './actions-section.tsx';
import { ComparisonSection } from './comparison-section.tsx';
import { FailingSection } from './failing-section.tsx';
import { JournalSection } from './journal-section.tsx';
import { LatestTable } from './latest-table.tsx';
import { StaffSection } from './staff-section.tsx';
import { TrendSection } from './trend-section.tsx';
import type { DashboardLabels } from './use-dashboard-labels.ts';

interface DashboardFiguresProps {
  dashboard: Dashboard;
  labels: DashboardLabels;
  /** Shorter charts for the printed report. */
  compact?: boolean;
}

/** Every section of the district's figures, in the order the coordinator reads them. */
export function DashboardFigures({ dashboard, labels, compact = false }: DashboardFiguresProps) {
  const chartHeight = compact ? 200 : 280;
  const checklistIds = dashboard.trend.series.map((series) => series.checklistId);
  return (
    <div className="dash-figures">
      <LatestTable latest={dashboard.latest} checklistIds={checklistIds} labels={labels} />
      <TrendSection trend={dashboard.trend} labels={labels} chartHeight={chartHeight} />
      <FailingSection failing={dashboard.failingItems} labels={labels} />
      <StaffSection staff={dashboard.staff} labels={labels} chartHeight={chartHeight} />
      <JournalSection journals={dashboard.journals} labels={labels} />
      <ActionsSection actions={dashboard.actions} labels={labels} />
      <ComparisonSection comparison={dashboard.comparison} labels={labels} />
    </div>
  );
}
