import { useState } from 'react';
import { useNavigate } from 'react-router';
import { postLogout } from '../../api/auth-api.ts';
import { appDatabase } from '../../db/app-database.ts';
import { readSession, signOutLocally } from '../../db/session-repository.ts';

/** Signs out unless unsent changes would be stranded; then says how many. */
export function useLogout() {
  const navigate = useNavigate();
  const [refusedUnsent, setRefusedUnsent] = useState<number | undefined>();

  async function logout(): Promise<void> {
    const db = appDatabase();
    const session = await readSession(db);
    const outcome = await signOutLocally(db);
    if (!outcome.ok) {
      setRefusedUnsent(outcome.unsent);
      return;
    }
    setRefusedUnsent(undefined);
    // The server forgets the token when it can be reached; locally it is gone already.
    if (session) void postLogout(session.token).catch(() => undefined);
    await navigate('/login', { replace: true });
  }

  return { logout, refusedUnsent };
}
