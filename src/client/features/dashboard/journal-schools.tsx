import { useTranslation } from 'react-i18next';
import type { JournalCompliance } from '../../../shared/analytics/dashboard-schema.ts';
import { DataTable } from './figure-section.tsx';
import type { DashboardLabels } from './use-dashboard-labels.ts';
import { useFigureFormat } from './use-figure-format.ts';

interface JournalSchoolsProps {
  compliance: JournalCompliance;
  labels: DashboardLabels;
}

/** Each school's fill rates and timeliness, one row per school. */
export function JournalSchools({ compliance, labels }: JournalSchoolsProps) {
  const { t } = useTranslation();
  const format = useFigureFormat();
  const fields = compliance.district.fields.map((field) => field.field);
  const schools = [...compliance.schools].sort((a, b) =>
    labels.bySchoolName(a.schoolId, b.schoolId),
  );
  return (
    <DataTable caption={t('dashboard.journals.bySchool')} wide dense>
      <thead>
        <tr>
          <th scope="col">{t('dashboard.latest.school')}</th>
          {fields.map((field) => (
            <th scope="col" key={field}>
              {t(`dashboard.journals.fields.${field}`)}
            </th>
          ))}
          <th scope="col">{t('dashboard.journals.timeliness')}</th>
        </tr>
      </thead>
      <tbody>
        {schools.map((school) => (
          <tr key={school.schoolId}>
            <th scope="row">{labels.school(school.schoolId)}</th>
            {fields.map((field) => (
              <td key={field} className="dash-table__number">
                {format.share(school.fields.find((f) => f.field === field)?.rate ?? null)}
              </td>
            ))}
            <td className="dash-table__number">{format.share(school.timeliness?.rate ?? null)}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
