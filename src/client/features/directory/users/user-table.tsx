import { useTranslation } from 'react-i18next';
import type { DirectoryUser } from '../../../../shared/schemas/directory.ts';

interface UserTableProps {
  users: readonly DirectoryUser[];
  /** The short name of a school by id. */
  schoolName: (id: string) => string | undefined;
  myId: string;
  onEdit: (user: DirectoryUser) => void;
}

function SchoolCell({
  user,
  schoolName,
}: Pick<UserTableProps, 'schoolName'> & { user: DirectoryUser }) {
  const { t } = useTranslation();
  if (user.role === 'inspector') {
    const count = user.schoolIds.length;
    return (
      <>{count === 0 ? t('directory.users.coversNone') : t('directory.users.covers', { count })}</>
    );
  }
  if (user.schoolId === null) return <>{t('directory.users.noSchool')}</>;
  return <>{schoolName(user.schoolId) ?? t('directory.users.unknownSchool')}</>;
}

/** The district's accounts: who, which login and role, which school, on or off. */
export function UserTable({ users, schoolName, myId, onEdit }: UserTableProps) {
  const { t } = useTranslation();
  return (
    <div className="directory-table-wrap">
      <table className="directory-table">
        <thead>
          <tr>
            <th scope="col">{t('directory.users.columns.fullName')}</th>
            <th scope="col">{t('directory.users.columns.role')}</th>
            <th scope="col">{t('directory.users.columns.school')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('directory.users.columns.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} className={user.active ? undefined : 'is-inactive'}>
              <td>
                <span className="directory-table__main">{user.fullName}</span>
                <span className="directory-table__meta directory-table__code">
                  {user.login} {user.id === myId && t('directory.users.you')}
                </span>
              </td>
              <td>
                <span className="directory-table__line">{t(`roles.${user.role}`)}</span>
                <span
                  className={`directory-badge directory-badge--${user.active ? 'active' : 'inactive'}`}
                >
                  {user.active ? t('directory.users.active') : t('directory.users.inactive')}
                </span>
              </td>
              <td>
                <SchoolCell user={user} schoolName={schoolName} />
              </td>
              <td className="directory-table__actions">
                <button
                  type="button"
                  className="button"
                  aria-label={t('directory.users.editOf', { name: user.fullName })}
                  onClick={() => onEdit(user)}
                >
                  {t('directory.edit')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
