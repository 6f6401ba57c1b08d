import { useState } from 'react';
import { postLogin } from '../../api/auth-api.ts';
import { failureCodeOf, type ApiFailureCode } from '../../api/api-error.ts';
import { appDatabase } from '../../db/app-database.ts';
import { saveSession } from '../../db/session-repository.ts';
import { requestPersistentStorage } from '../../pwa/persistent-storage.ts';
import { pullDirectory } from '../../sync/directory-pull.ts';

export type LoginFailure = ApiFailureCode | 'login_required' | 'password_required';

/** Signs in against the server and keeps the session on the device for offline use. */
export function useLogin(onSignedIn: () => void) {
  const [failure, setFailure] = useState<LoginFailure | undefined>();
  const [busy, setBusy] = useState(false);

  async function submit(login: string, password: string): Promise<void> {
    const missing =
      login.trim() === '' ? 'login_required' : password === '' ? 'password_required' : undefined;
    if (missing) {
      setFailure(missing);
      return;
    }
    setBusy(true);
    setFailure(undefined);
    try {
      const answer = await postLogin({ login: login.trim(), password });
      await saveSession(appDatabase(), answer, new Date());
      // Asked right after sign-in: browsers grant it more readily after a user gesture.
      void requestPersistentStorage();
      void pullDirectory().catch(() => undefined);
      onSignedIn();
    } catch (error) {
      setFailure(failureCodeOf(error));
      setBusy(false);
    }
  }

  return { failure, busy, submit };
}
