import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Trend } from '../../../shared/analytics/dashboard-schema.ts';
import { seriesColours, type ChartSpec } from './chart-spec.ts';
import { ChartView } from './chart-view.tsx';
import { DataTable, FigureSection } from './figure-section.tsx';
import { quarterLabel } from './quarter-label.ts';
import type { DashboardLabels } from './use-dashboard-labels.ts';
import { useFigureFormat } from './use-figure-format.ts';

interface TrendSectionProps {
  trend: Trend;
  labels: DashboardLabels;
  chartHeight: number;
}

/** The district's mean percent by quarter, one line per checklist, and the same in a table. */
export function TrendSection({ trend, labels, chartHeight }: TrendSectionProps) {
  const { t } = useTranslation();
  const format = useFigureFormat();
  const quarters = trend.quarters.map((quarter) => quarterLabel(t, quarter));
  const spec = useMemo<ChartSpec>(
    () => ({
      type: 'line',
      labels: trend.quarters.map((quarter) => quarterLabel(t, quarter)),
      series: trend.series.map((series, index) => ({
        label: labels.checklist(series.checklistId),
        values: series.points.map((point) => point.meanPercent),
        colour: seriesColours[index % seriesColours.length] ?? seriesColours[0],
      })),
      max: 100,
      percent: true,
      locale: format.locale,
    }),
    [trend, labels, format.locale, t],
  );
  const names = trend.series.map((series) => labels.checklist(series.checklistId)).join(', ');
  return (
    <FigureSection title={t('dashboard.sections.trend')} hint={t('dashboard.trend.hint')}>
      <ChartView
        spec={spec}
        label={t('dashboard.trend.chart', { checklists: names })}
        height={chartHeight}
      />
      <DataTable caption={t('dashboard.tableOfChart')} wide>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.trend.quarter')}</th>
            {trend.series.map((series) => (
              <th scope="col" key={series.checklistId}>
                {labels.checklist(series.checklistId)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {quarters.map((quarter, index) => (
            <tr key={quarter}>
              <th scope="row">{quarter}</th>
              {trend.series.map((series) => {
                const point = series.points[index];
                return (
                  <td key={series.checklistId} className="dash-table__number">
                    {point && point.schools > 0
                      ? `${format.percent(point.meanPercent)} (${t('dashboard.schools', { count: point.schools })})`
                      : '—'}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </DataTable>
    </FigureSection>
  );
}
