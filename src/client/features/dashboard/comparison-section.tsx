import { useTranslation } from 'react-i18next';
import type { SelfAuditComparison } from '../../../shared/analytics/dashboard-schema.ts';
import { DataTable, FigureSection } from './figure-section.tsx';
import { ShareBar } from './share-bar.tsx';
import type { DashboardLabels } from './use-dashboard-labels.ts';
import { useFigureFormat } from './use-figure-format.ts';

interface ComparisonSectionProps {
  comparison: SelfAuditComparison;
  labels: DashboardLabels;
}

/** How many items with the least agreement are listed. */
const ITEMS_SHOWN = 10;

function ItemAgreement({ comparison, labels }: ComparisonSectionProps) {
  const { t } = useTranslation();
  const format = useFigureFormat();
  const items = comparison.items.filter((item) => item.rate < 1).slice(0, ITEMS_SHOWN);
  if (items.length === 0) return null;
  return (
    <DataTable caption={t('dashboard.comparison.items')} wide>
      <thead>
        <tr>
          <th scope="col">{t('dashboard.comparison.item')}</th>
          <th scope="col">{t('dashboard.comparison.agreedSchools')}</th>
          <th scope="col">{t('dashboard.comparison.agreement')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={`${item.checklistId}|${item.itemKey}`}>
            <th scope="row">
              {item.label}
              <span className="dash-table__sub">{labels.checklist(item.checklistId)}</span>
            </th>
            <td className="dash-table__number">
              {t('dashboard.failing.ofSchools', { failed: item.agreed, scored: item.schools })}
            </td>
            <td className="dash-table__bar">
              <ShareBar share={item.rate} text={format.share(item.rate)} />
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

/** Each school's self-audit against the inspection: agreement and what the school rated higher. */
export function ComparisonSection({ comparison, labels }: ComparisonSectionProps) {
  const { t } = useTranslation();
  const format = useFigureFormat();
  const pairs = [...comparison.pairs].sort((a, b) => labels.bySchoolName(a.schoolId, b.schoolId));
  return (
    <FigureSection title={t('dashboard.sections.comparison')} hint={t('dashboard.comparison.hint')}>
      {pairs.length === 0 ? (
        <p>{t('dashboard.comparison.noPairs')}</p>
      ) : (
        <DataTable caption={t('dashboard.sections.comparison')} captionHidden wide>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.latest.school')}</th>
              <th scope="col">{t('dashboard.comparison.selfAudit')}</th>
              <th scope="col">{t('dashboard.comparison.inspection')}</th>
              <th scope="col">{t('dashboard.comparison.agreement')}</th>
              <th scope="col">{t('dashboard.comparison.overRated')}</th>
            </tr>
          </thead>
          <tbody>
            {pairs.map((pair) => (
              <tr key={`${pair.schoolId}|${pair.checklistId}`}>
                <th scope="row">
                  {labels.school(pair.schoolId)}
                  <span className="dash-table__sub">{labels.checklist(pair.checklistId)}</span>
                </th>
                <td className="dash-table__number">
                  {format.percent(pair.selfAudit.percent)}
                  <span className="dash-table__sub">{format.date(pair.selfAudit.date)}</span>
                </td>
                <td className="dash-table__number">
                  {format.percent(pair.inspection.percent)}
                  <span className="dash-table__sub">{format.date(pair.inspection.date)}</span>
                </td>
                <td className="dash-table__number">
                  {format.share(pair.agreement)}
                  <span className="dash-table__sub">
                    {t('dashboard.comparison.agreedOf', {
                      agreed: pair.itemsAgreed,
                      compared: pair.itemsCompared,
                    })}
                  </span>
                </td>
                <td>
                  {pair.overRated.length === 0 ? (
                    t('dashboard.comparison.overRatedNone')
                  ) : (
                    <ul className="dash-list">
                      {pair.overRated.map((item) => (
                        <li key={item.itemKey}>
                          {item.label}
                          <span className="dash-table__sub">
                            {t('dashboard.comparison.scores', {
                              self: format.share(item.selfScore),
                              inspection: format.share(item.inspectorScore),
                            })}
                          </span>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      <ItemAgreement comparison={comparison} labels={labels} />
    </FigureSection>
  );
}
