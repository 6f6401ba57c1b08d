import { useTranslation } from 'react-i18next';
import type { DirectoryUser } from '../../../../shared/schemas/directory.ts';
import type { School } from '../../../../shared/schemas/school.ts';
import { schoolsOf, uncoveredSchools } from './coverage-figures.ts';

interface CoverageSummaryProps {
  inspectors: readonly DirectoryUser[];
  schools: readonly School[];
}

/** Every inspector with their schools, and the schools nobody covers. */
export function CoverageSummary({ inspectors, schools }: CoverageSummaryProps) {
  const { t } = useTranslation();
  const uncovered = uncoveredSchools(inspectors, schools);
  return (
    <section className="card directory-panel" aria-labelledby="coverage-summary-title">
      <h2 className="card__title" id="coverage-summary-title">
        {t('directory.coverage.summaryTitle')}
      </h2>
      <div className="directory-table-wrap">
        <table className="directory-table">
          <thead>
            <tr>
              <th scope="col">{t('directory.coverage.inspector')}</th>
              <th scope="col">{t('directory.tabs.schools')}</th>
            </tr>
          </thead>
          <tbody>
            {inspectors.map((inspector) => {
              const names = schoolsOf(inspector, schools).map((school) => school.shortName);
              return (
                <tr key={inspector.id} className={inspector.active ? undefined : 'is-inactive'}>
                  <td>
                    {inspector.fullName}
                    {!inspector.active && (
                      <span className="directory-table__meta">
                        {t('directory.coverage.inactive')}
                      </span>
                    )}
                  </td>
                  <td>{names.length > 0 ? names.join(', ') : t('directory.coverage.none')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p>
        {uncovered.length === 0
          ? t('directory.coverage.allCovered')
          : t('directory.coverage.uncovered', {
              schools: uncovered.map((school) => school.shortName).join(', '),
            })}
      </p>
    </section>
  );
}
