import { useTranslation } from 'react-i18next';
import type { TrainingNeed } from '../../../shared/analytics/dashboard-schema.ts';
import { DataTable } from './figure-section.tsx';
import type { DashboardLabels } from './use-dashboard-labels.ts';

interface TrainingNeedsProps {
  needs: readonly TrainingNeed[];
  labels: DashboardLabels;
}

/** Topics where staff need help, most people first: the input of the consultation schedule. */
export function TrainingNeeds({ needs: all, labels }: TrainingNeedsProps) {
  const { t } = useTranslation();
  const needs = all.filter((need) => need.people > 0);
  return (
    <div className="dash-block">
      <h3 className="dash-block__title">{t('dashboard.staff.needs')}</h3>
      <p className="dash-section__hint">{t('dashboard.staff.needsHint')}</p>
      {needs.length === 0 ? (
        <p>{t('dashboard.staff.noNeeds')}</p>
      ) : (
        <DataTable caption={t('dashboard.staff.needs')} captionHidden wide>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.staff.topic')}</th>
              <th scope="col">{t('dashboard.staff.needPeople')}</th>
              <th scope="col">{t('dashboard.staff.needSchools')}</th>
            </tr>
          </thead>
          <tbody>
            {needs.map((need) => (
              <tr key={need.topic}>
                <th scope="row">{need.label}</th>
                <td className="dash-table__number">{need.people}</td>
                <td>
                  {need.schoolIds
                    .map((id) => labels.school(id))
                    .sort((a, b) => a.localeCompare(b, 'ru'))
                    .join(', ')}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </div>
  );
}
