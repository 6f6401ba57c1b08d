import { useTranslation } from 'react-i18next';
import type { School } from '../../../../shared/schemas/school.ts';
import { SchoolSearch } from '../../../components/school-search.tsx';

interface SchoolTableProps {
  schools: readonly School[];
  onEdit: (school: School) => void;
}

/** The directory's schools with a search, each with a button to change it. */
export function SchoolTable({ schools, onEdit }: SchoolTableProps) {
  const { t } = useTranslation();
  if (schools.length === 0) return <p className="empty">{t('directory.schools.empty')}</p>;
  return (
    <SchoolSearch schools={schools}>
      {(found) => (
        <div className="directory-table-wrap">
          <table className="directory-table">
            <thead>
              <tr>
                <th scope="col">{t('directory.schools.columns.school')}</th>
                <th scope="col">{t('directory.schools.columns.address')}</th>
                <th scope="col">{t('directory.schools.columns.director')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('directory.schools.columns.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {found.map((school) => (
                <tr key={school.id}>
                  <td>
                    <span className="directory-table__main">{school.shortName}</span>
                    <span className="directory-table__meta">{school.municipality}</span>
                  </td>
                  <td>{school.address || '—'}</td>
                  <td>
                    {school.director || '—'}
                    {school.phone && (
                      <span className="directory-table__meta directory-table__nowrap">
                        {school.phone}
                      </span>
                    )}
                  </td>
                  <td className="directory-table__actions">
                    <button
                      type="button"
                      className="button"
                      aria-label={t('directory.schools.editOf', { name: school.shortName })}
                      onClick={() => onEdit(school)}
                    >
                      {t('directory.edit')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </SchoolSearch>
  );
}
