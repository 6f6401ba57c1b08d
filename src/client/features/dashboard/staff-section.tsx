import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffFigures } from '../../../shared/analytics/dashboard-schema.ts';
import { ChartView } from './chart-view.tsx';
import { DataTable, FigureSection } from './figure-section.tsx';
import { assessedSkills, distributionChart, skillLevels, skillsChart } from './staff-charts.ts';
import { TrainingNeeds } from './training-needs.tsx';
import type { DashboardLabels } from './use-dashboard-labels.ts';
import { useFigureFormat } from './use-figure-format.ts';

interface StaffSectionProps {
  staff: readonly StaffFigures[];
  labels: DashboardLabels;
  chartHeight: number;
}

function Distribution({ figures, chartHeight }: { figures: StaffFigures; chartHeight: number }) {
  const { t } = useTranslation();
  const format = useFigureFormat();
  const spec = useMemo(() => distributionChart(t, figures, format.locale), [t, figures, format]);
  if (spec === null || figures.byLevel === null) return null;
  const total = figures.byLevel.reduce((sum, n) => sum + n, 0);
  return (
    <div className="dash-pair">
      <ChartView
        spec={spec}
        label={t('dashboard.staff.distributionChart')}
        height={Math.round(chartHeight * 0.75)}
      />
      <DataTable caption={t('dashboard.staff.distribution')}>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.staff.level')}</th>
            <th scope="col">{t('dashboard.staff.people')}</th>
          </tr>
        </thead>
        <tbody>
          {skillLevels.map((level, index) => {
            const people = figures.byLevel?.[index] ?? 0;
            return (
              <tr key={level}>
                <th scope="row">{t(`dashboard.staff.levels.${level}`)}</th>
                <td className="dash-table__number">
                  {people} ({format.share(total === 0 ? null : people / total)})
                </td>
              </tr>
            );
          })}
        </tbody>
      </DataTable>
    </div>
  );
}

function Skills({ figures }: { figures: StaffFigures }) {
  const { t } = useTranslation();
  const format = useFigureFormat();
  const spec = useMemo(() => skillsChart(t, figures, format.locale), [t, figures, format]);
  const skills = assessedSkills(figures);
  if (skills.length === 0) return null;
  return (
    <>
      <ChartView
        spec={spec}
        label={t('dashboard.staff.skillsChart')}
        height={skills.length * 48 + 80}
      />
      <DataTable caption={t('dashboard.tableOfChart')} wide>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.staff.skill')}</th>
            {skillLevels.map((level) => (
              <th scope="col" key={level}>
                {t(`dashboard.staff.levels.${level}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {skills.map((skill) => (
            <tr key={skill.skillKey}>
              <th scope="row">{skill.label}</th>
              {skill.people.map((people, index) => (
                <td key={skillLevels[index]} className="dash-table__number">
                  {people}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </DataTable>
    </>
  );
}

function Readiness({ figures }: { figures: StaffFigures }) {
  const { t } = useTranslation();
  if (figures.readiness.length === 0) return null;
  return (
    <DataTable caption={t('dashboard.staff.readiness')}>
      <thead>
        <tr>
          <th scope="col">{t('dashboard.staff.answer')}</th>
          <th scope="col">{t('dashboard.staff.people')}</th>
        </tr>
      </thead>
      <tbody>
        {figures.readiness.map((answer) => (
          <tr key={answer.value}>
            <th scope="row">{answer.label}</th>
            <td className="dash-table__number">{answer.people}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

/** ICT skills over the schools' latest rosters: levels, skills, readiness, training needs. */
export function StaffSection({ staff, labels, chartHeight }: StaffSectionProps) {
  const { t } = useTranslation();
  return (
    <FigureSection title={t('dashboard.sections.staff')}>
      {staff.length === 0 && <p>{t('dashboard.none')}</p>}
      {staff.map((figures) => (
        <div key={figures.checklistId} className="dash-block">
          {staff.length > 1 && (
            <h3 className="dash-block__title">{labels.checklistTitle(figures.checklistId)}</h3>
          )}
          <p>
            {t('dashboard.staff.summary', {
              schools: t('dashboard.schools', { count: figures.schools }),
              people: t('dashboard.staff.peopleCount', { count: figures.people }),
              trained: figures.trained ?? '—',
            })}
          </p>
          <Distribution figures={figures} chartHeight={chartHeight} />
          <Skills figures={figures} />
          <Readiness figures={figures} />
          <TrainingNeeds needs={figures.needs} labels={labels} />
        </div>
      ))}
    </FigureSection>
  );
}
