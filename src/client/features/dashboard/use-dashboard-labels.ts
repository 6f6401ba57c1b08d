import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistDefinition } from '../../../shared/checklist/definition-schema.ts';
import type { School } from '../../../shared/schemas/school.ts';
import { useLatestChecklists } from '../../db/checklist-queries.ts';
import { useSchools } from '../../db/live-queries.ts';

/** Names for the ids the figures carry: schools from the directory, checklists from their definitions. */
export interface DashboardLabels {
  schools: readonly School[];
  checklists: readonly ChecklistDefinition[];
  school: (id: string) => string;
  /** The checklist's short title, for column heads. */
  checklist: (id: string) => string;
  /** The checklist's full title, for the report. */
  checklistTitle: (id: string) => string;
  /** Sorts school ids by their names, as people look them up. */
  bySchoolName: (a: string, b: string) => number;
}

/** The labels, once the directory and the checklists are read from the device. */
export function useDashboardLabels(): DashboardLabels | undefined {
  const { t } = useTranslation();
  const schools = useSchools();
  const checklists = useLatestChecklists();
  return useMemo(() => {
    if (schools === undefined || checklists === undefined) return undefined;
    const schoolNames = new Map(schools.map((s) => [s.id, s.shortName]));
    const definitions = new Map(checklists.map((c) => [c.id, c]));
    const school = (id: string) => schoolNames.get(id) ?? t('dashboard.unknownSchool');
    const definition = (id: string) => definitions.get(id);
    return {
      schools,
      checklists,
      school,
      checklist: (id) => definition(id)?.shortTitle ?? t('dashboard.unknownChecklist'),
      checklistTitle: (id) => definition(id)?.title ?? t('dashboard.unknownChecklist'),
      bySchoolName: (a, b) => school(a).localeCompare(school(b), 'ru'),
    };
  }, [schools, checklists, t]);
}
