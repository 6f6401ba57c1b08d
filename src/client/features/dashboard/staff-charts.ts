import type { TFunction } from 'i18next';
import type { StaffFigures } from '../../../shared/analytics/dashboard-schema.ts';
import { skillLevelColours, type ChartSpec } from './chart-spec.ts';

/** The three ICT skill levels, as the catalogue keys them. */
export const skillLevels = ['0', '1', '2'] as const;

/** People by overall level: three bars, red to green. */
export function distributionChart(
  t: TFunction,
  figures: StaffFigures,
  locale: string,
): ChartSpec | null {
  if (figures.byLevel === null) return null;
  return {
    type: 'bar',
    labels: skillLevels.map((level) => t(`dashboard.staff.levels.${level}`)),
    series: [
      {
        label: t('dashboard.staff.people'),
        values: [...figures.byLevel],
        colour: skillLevelColours,
      },
    ],
    locale,
  };
}

/** The skills someone was rated on (a skill nobody was asked about says nothing). */
export function assessedSkills(figures: StaffFigures): StaffFigures['skills'] {
  return figures.skills.filter((skill) => skill.people.some((people) => people > 0));
}

/** Each skill's people by level, stacked: how far the staff are, skill by skill. */
export function skillsChart(t: TFunction, figures: StaffFigures, locale: string): ChartSpec {
  const skills = assessedSkills(figures);
  return {
    type: 'bar',
    horizontal: true,
    stacked: true,
    labels: skills.map((skill) => skill.label),
    series: skillLevels.map((level, index) => ({
      label: t(`dashboard.staff.levels.${level}`),
      values: skills.map((skill) => skill.people[index] ?? 0),
      colour: skillLevelColours[index] ?? skillLevelColours[0],
    })),
    locale,
  };
}
