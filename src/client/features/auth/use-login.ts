import { useState } from 'react';
import { postLogin, postLogout } from '../../api/auth-api.ts';
import { failureCodeOf, type ApiFailureCode } from '../../api/api-error.ts';
import { appDatabase } from '../../db/app-database.ts';
import { signIn } from '../../db/session-repository.ts';
import { requestPersistentStorage } from '../../pwa/persistent-storage.ts';
import { startDirectoryPull } from '../../sync/directory-pull-state.ts';

export type LoginFailure =
  | { code: ApiFailureCode | 'login_required' | 'password_required' }
  | { code: 'other_person_unsent'; holder: string; unsent: number };

/** Signs in against the server and keeps the session on the device for offline use. */
export function useLogin(onSignedIn: () => void) {
  const [failure, setFailure] = useState<LoginFailure | undefined>();
  const [busy, setBusy] = useState(false);

  async function submit(login: string, password: string): Promise<void> {
    const missing =
      login.trim() === '' ? 'login_required' : password === '' ? 'password_required' : undefined;
    if (missing) {
      setFailure({ code: missing });
      return;
    }
    setBusy(true);
    setFailure(undefined);
    try {
      const answer = await postLogin({ login: login.trim(), password });
      const kept = await signIn(appDatabase(), answer, new Date());
      if (!kept.ok) {
        void postLogout(answer.token).catch(() => undefined);
        setFailure({ code: 'other_person_unsent', holder: kept.holder, unsent: kept.unsent });
        setBusy(false);
        return;
      }
      // Asked right after sign-in: browsers grant it more readily after a user gesture.
      void requestPersistentStorage();
      startDirectoryPull();
      onSignedIn();
    } catch (error) {
      setFailure({ code: failureCodeOf(error) });
      setBusy(false);
    }
  }

  return { failure, busy, submit };
}
