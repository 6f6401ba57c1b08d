import { useEffect, useId, useRef, useState, type SyntheticEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DirectoryUser } from '../../../../shared/schemas/directory.ts';
import type { School } from '../../../../shared/schemas/school.ts';
import { roleSchema, type Role } from '../../../../shared/schemas/user.ts';
import { createUser, updateUser } from '../../../api/users-api.ts';
import { NO_ISSUES, serverIssues, type FieldIssues } from '../../../lib/field-issues.ts';
import { InputField, SelectField } from '../../../components/form-fields.tsx';
import { RequestFailure } from '../request-failure.tsx';
import { useRequest } from '../../../lib/use-request.ts';
import type { IssuedPassword } from './temporary-password.tsx';
import { accountChangeOf, newAccountOf, USER_FIELDS, userDraft } from './user-draft.ts';
import { grantableRoles } from './user-labels.ts';

interface UserFormProps {
  /** The account to change; none for a new one. */
  user: DirectoryUser | undefined;
  schools: readonly School[];
  myRole: Role;
  token: string;
  online: boolean;
  onSaved: (user: DirectoryUser, issued: IssuedPassword | undefined) => void;
  onCancel: () => void;
  /** What else can be done with the account, under the form. */
  children?: ReactNode;
}

/** A new account, or an account's name, role and school. */
export function UserForm(props: UserFormProps) {
  const { user, token } = props;
  const { t } = useTranslation();
  const id = useId();
  const title = useRef<HTMLHeadingElement>(null);
  const [draft, setDraft] = useState(() => userDraft(user));
  const [local, setLocal] = useState<FieldIssues>(NO_ISSUES);
  const request = useRequest();
  const issues = local === NO_ISSUES ? serverIssues(request.error, USER_FIELDS) : local;
  const set = (change: Partial<typeof draft>) => setDraft((before) => ({ ...before, ...change }));
  const field = (name: (typeof USER_FIELDS)[number]) => ({
    id: `${id}-${name}`,
    label: t(`directory.users.fields.${name}`),
    value: draft[name],
    error: issues.byField[name],
  });
  useEffect(() => title.current?.focus(), []);

  const refuse = (found: FieldIssues) => {
    request.clear();
    setLocal(found);
  };
  const submit = async (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    setLocal(NO_ISSUES);
    if (user) {
      const checked = accountChangeOf(draft);
      if ('issues' in checked) {
        refuse(checked.issues);
        return;
      }
      const saved = await request.run(() => updateUser(token, user.id, checked.change));
      if (saved) props.onSaved(saved, undefined);
      return;
    }
    const checked = newAccountOf(draft);
    if ('issues' in checked) {
      refuse(checked.issues);
      return;
    }
    const made = await request.run(() => createUser(token, checked.account));
    if (!made) return;
    const password = made.temporaryPassword;
    const issued = password === null ? undefined : { login: made.user.login, password };
    props.onSaved(made.user, issued);
  };

  const roleOptions = grantableRoles(props.myRole, user?.role).map((role) => ({
    value: role,
    label: t(`roles.${role}`),
  }));
  const schoolOptions = props.schools.map((school) => ({
    value: school.id,
    label: school.shortName,
  }));

  return (
    <section className="card directory-panel" aria-labelledby={`${id}-title`}>
      <h2 className="card__title" id={`${id}-title`} ref={title} tabIndex={-1}>
        {user
          ? t('directory.users.editTitle', { login: user.login })
          : t('directory.users.newTitle')}
      </h2>
      <form className="directory-form" noValidate onSubmit={(event) => void submit(event)}>
        <div className="directory-form__grid">
          {!user && (
            <InputField
              {...field('login')}
              required
              hint={t('directory.users.loginHint')}
              onChange={(login) => set({ login })}
            />
          )}
          <InputField {...field('fullName')} required onChange={(fullName) => set({ fullName })} />
          <SelectField
            {...field('role')}
            options={roleOptions}
            onChange={(role) => set({ role: roleSchema.catch('inspector').parse(role) })}
          />
          {draft.role === 'school' && (
            <SelectField
              {...field('schoolId')}
              required
              options={schoolOptions}
              placeholder={t('directory.users.fields.chooseSchool')}
              hint={t('directory.users.schoolHint')}
              onChange={(schoolId) => set({ schoolId })}
            />
          )}
          {!user && (
            <InputField
              {...field('password')}
              type="password"
              autoComplete="new-password"
              hint={t('directory.users.passwordHint')}
              onChange={(password) => set({ password })}
            />
          )}
        </div>
        <RequestFailure error={request.error} issues={issues} />
        <div className="directory-buttons">
          <button
            type="submit"
            className="button button--primary"
            disabled={request.busy || !props.online}
          >
            {request.busy
              ? t('directory.saving')
              : user
                ? t('directory.save')
                : t('directory.users.create')}
          </button>
          <button type="button" className="button" onClick={props.onCancel}>
            {t('directory.cancel')}
          </button>
          {!props.online && <span className="field__hint">{t('directory.needsNetwork')}</span>}
        </div>
      </form>
      {props.children}
    </section>
  );
}
