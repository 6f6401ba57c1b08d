import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DirectoryUser } from '../../../../shared/schemas/directory.ts';
import { roles, type Role } from '../../../../shared/schemas/user.ts';
import { fetchSchools } from '../../../api/schools-api.ts';
import { fetchUsers } from '../../../api/users-api.ts';
import { Notice } from '../../../components/notice.tsx';
import { useDirectoryContext } from '../directory-context.ts';
import { LoadState } from '../load-state.tsx';
import { sortSchools } from '../../../lib/school-search.ts';
import { useServerData } from '../use-server-data.ts';
import { AccountActions } from './account-actions.tsx';
import { TemporaryPassword, type IssuedPassword } from './temporary-password.tsx';
import { UserForm } from './user-form.tsx';
import { sortUsers, withUser } from './user-labels.ts';
import { UserTable } from './user-table.tsx';

type Panel = { kind: 'new' } | { kind: 'edit'; id: string };

const loadUsers = async (token: string) => sortUsers(await fetchUsers(token));
const loadSchools = async (token: string) => sortSchools(await fetchSchools(token));

/** The users tab: the accounts by role, a new account, an account's changes and actions. */
export function UsersTab() {
  const { t } = useTranslation();
  const { token, online, me } = useDirectoryContext();
  const filterId = useId();
  const users = useServerData(loadUsers, token, online);
  const schools = useServerData(loadSchools, token, online);
  const [role, setRole] = useState<Role | ''>('');
  const [panel, setPanel] = useState<Panel>();
  const [done, setDone] = useState<string>();
  const [issued, setIssued] = useState<IssuedPassword>();
  const schoolList = schools.data ?? [];
  const schoolName = (id: string) => schoolList.find((school) => school.id === id)?.shortName;
  const editing = panel?.kind === 'edit' ? users.data?.find((u) => u.id === panel.id) : undefined;
  const shown = (users.data ?? []).filter((user) => role === '' || user.role === role);

  const open = (next: Panel | undefined) => {
    setPanel(next);
    setDone(undefined);
  };
  const changed = (user: DirectoryUser, message: string) => {
    users.update((list) => withUser(list, user));
    setDone(message);
  };
  const saved = (user: DirectoryUser, password: IssuedPassword | undefined) => {
    const key = panel?.kind === 'new' ? 'directory.users.created' : 'directory.users.updated';
    changed(user, t(key, { login: user.login }));
    setPanel(undefined);
    setIssued(password);
  };

  return (
    <>
      {issued && <TemporaryPassword issued={issued} onDone={() => setIssued(undefined)} />}
      <div className="directory-buttons directory-toolbar">
        <button
          type="button"
          className="button button--primary"
          onClick={() => open({ kind: 'new' })}
        >
          {t('directory.users.add')}
        </button>
        <div className="field directory-filter">
          <label className="field__label" htmlFor={filterId}>
            {t('directory.users.roleFilter')}
          </label>
          <select
            id={filterId}
            className="field__input"
            value={role}
            onChange={(event) => setRole(roles.find((r) => r === event.target.value) ?? '')}
          >
            <option value="">{t('directory.users.allRoles')}</option>
            {roles.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {done && <Notice tone="success">{done}</Notice>}
      {(panel?.kind === 'new' || editing) && (
        <UserForm
          key={editing?.id ?? 'new'}
          user={editing}
          schools={schoolList}
          myRole={me.role}
          token={token}
          online={online}
          onSaved={saved}
          onCancel={() => open(undefined)}
        >
          {editing && (
            <AccountActions
              user={editing}
              token={token}
              online={online}
              onChanged={changed}
              onPassword={setIssued}
            />
          )}
        </UserForm>
      )}
      <LoadState source={users} online={online} />
      {users.data && (
        <>
          <p className="list-count" aria-live="polite">
            {t('directory.users.count', { count: shown.length })}
          </p>
          {shown.length === 0 ? (
            <p className="empty">{t('directory.users.empty')}</p>
          ) : (
            <UserTable
              users={shown}
              schoolName={schoolName}
              myId={me.id}
              onEdit={(user) => open({ kind: 'edit', id: user.id })}
            />
          )}
        </>
      )}
    </>
  );
}
