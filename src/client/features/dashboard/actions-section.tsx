import { useTranslation } from 'react-i18next';
import type { ActionCounts, ActionFigures } from '../../../shared/analytics/dashboard-schema.ts';
import { DataTable, FigureSection } from './figure-section.tsx';
import type { DashboardLabels } from './use-dashboard-labels.ts';

interface ActionsSectionProps {
  actions: ActionFigures;
  labels: DashboardLabels;
}

const states = [
  'open',
  'overdue',
  'done',
  'notDone',
] as const satisfies readonly (keyof ActionCounts)[];

/** Corrective actions as of today: open, overdue and closed, district-wide and per school. */
export function ActionsSection({ actions, labels }: ActionsSectionProps) {
  const { t } = useTranslation();
  const schools = [...actions.schools].sort(
    (a, b) => b.overdue - a.overdue || labels.bySchoolName(a.schoolId, b.schoolId),
  );
  return (
    <FigureSection title={t('dashboard.sections.actions')} hint={t('dashboard.actions.hint')}>
      <dl className="action-totals" aria-label={t('dashboard.actions.district')}>
        {states.map((state) => (
          <div
            key={state}
            className={
              actions.district[state] > 0
                ? `action-totals__item action-totals__item--${state}`
                : 'action-totals__item'
            }
          >
            <dt>{t(`dashboard.actions.${state}`)}</dt>
            <dd>{actions.district[state]}</dd>
          </div>
        ))}
      </dl>
      {schools.length > 0 && (
        <DataTable captionHidden caption={t('dashboard.sections.actions')} wide>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.actions.school')}</th>
              {states.map((state) => (
                <th scope="col" key={state}>
                  {t(`dashboard.actions.${state}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {schools.map((school) => (
              <tr key={school.schoolId}>
                <th scope="row">{labels.school(school.schoolId)}</th>
                {states.map((state) => (
                  <td
                    key={state}
                    className={
                      state === 'overdue' && school.overdue > 0
                        ? 'dash-table__number dash-table__alert'
                        : 'dash-table__number'
                    }
                  >
                    {school[state]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </FigureSection>
  );
}
