import { useTranslation } from 'react-i18next';
import type { FailingItems } from '../../../shared/analytics/dashboard-schema.ts';
import { DataTable, FigureSection } from './figure-section.tsx';
import { ShareBar } from './share-bar.tsx';
import type { DashboardLabels } from './use-dashboard-labels.ts';
import { useFigureFormat } from './use-figure-format.ts';

interface FailingSectionProps {
  failing: readonly FailingItems[];
  labels: DashboardLabels;
}

/** Per checklist, the items the schools' latest results fail most, with the share of schools. */
export function FailingSection({ failing, labels }: FailingSectionProps) {
  const { t } = useTranslation();
  const format = useFigureFormat();
  const lists = failing.filter((list) => list.items.length > 0);
  return (
    <FigureSection title={t('dashboard.sections.failing')} hint={t('dashboard.failing.hint')}>
      {lists.length === 0 && <p>{t('dashboard.none')}</p>}
      {lists.map((list) => (
        <DataTable key={list.checklistId} caption={labels.checklistTitle(list.checklistId)}>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.failing.item')}</th>
              <th scope="col">{t('dashboard.failing.schools')}</th>
              <th scope="col">{t('dashboard.failing.share')}</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((item) => (
              <tr key={item.itemKey}>
                <th scope="row">
                  {item.label}
                  {item.sectionTitle !== null && (
                    <span className="dash-table__sub">{item.sectionTitle}</span>
                  )}
                </th>
                <td className="dash-table__number">
                  {t('dashboard.failing.ofSchools', {
                    failed: item.failedSchools,
                    scored: item.scoredSchools,
                  })}
                </td>
                <td className="dash-table__bar">
                  <ShareBar share={item.share} text={format.share(item.share)} />
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ))}
    </FigureSection>
  );
}
