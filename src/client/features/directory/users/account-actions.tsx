import { useTranslation } from 'react-i18next';
import type { DirectoryUser } from '../../../../shared/schemas/directory.ts';
import { deactivateUser, resetUserPassword, updateUser } from '../../../api/users-api.ts';
import { Notice } from '../../../components/notice.tsx';
import { ConfirmAction } from '../confirm-action.tsx';
import { useFailureText } from '../../../lib/use-failure-text.ts';
import { useRequest } from '../../../lib/use-request.ts';
import type { IssuedPassword } from './temporary-password.tsx';

interface AccountActionsProps {
  user: DirectoryUser;
  token: string;
  online: boolean;
  onChanged: (user: DirectoryUser, message: string) => void;
  onPassword: (issued: IssuedPassword) => void;
}

/** Resetting an account's password, switching it off and on again: each asks first. */
export function AccountActions({
  user,
  token,
  online,
  onChanged,
  onPassword,
}: AccountActionsProps) {
  const { t } = useTranslation();
  const failureText = useFailureText();
  const request = useRequest();
  const login = user.login;
  const disabled = request.busy || !online;

  const reset = async () => {
    const answer = await request.run(() => resetUserPassword(token, user.id));
    if (!answer) return;
    onPassword({ login, password: answer.temporaryPassword });
  };
  const switchState = async () => {
    const changed = await request.run(() =>
      user.active ? deactivateUser(token, user.id) : updateUser(token, user.id, { active: true }),
    );
    if (!changed) return;
    const key = changed.active ? 'directory.users.reactivated' : 'directory.users.deactivated';
    onChanged(changed, t(key, { login }));
  };

  return (
    <div className="directory-account-actions">
      {request.error !== undefined && <Notice tone="error">{failureText(request.error)}</Notice>}
      <div className="directory-buttons">
        <ConfirmAction
          label={t('directory.users.resetPassword')}
          question={t('directory.users.resetConfirm', { login })}
          confirmLabel={t('directory.users.resetYes')}
          disabled={disabled}
          onConfirm={() => void reset()}
        />
        {user.active ? (
          <ConfirmAction
            label={t('directory.users.deactivate')}
            question={t('directory.users.deactivateConfirm', { login })}
            confirmLabel={t('directory.users.deactivateYes')}
            disabled={disabled}
            onConfirm={() => void switchState()}
          />
        ) : (
          <ConfirmAction
            label={t('directory.users.reactivate')}
            question={t('directory.users.reactivateConfirm', { login })}
            confirmLabel={t('directory.users.reactivateYes')}
            disabled={disabled}
            onConfirm={() => void switchState()}
          />
        )}
      </div>
    </div>
  );
}
