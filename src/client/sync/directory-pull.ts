import { ApiError, type ApiFailureCode } from '../api/api-error.ts';
import { fetchSchools } from '../api/schools-api.ts';
import { appDatabase } from '../db/app-database.ts';
import { replaceSchools } from '../db/schools-repository.ts';
import { markSignInNeeded, readSession } from '../db/session-repository.ts';
import { refreshDistrictData } from './district-refresh.ts';

/** Answers after which only a new sign-in lets this device talk to the server. */
const SIGN_IN_AGAIN = new Set<ApiFailureCode>(['unauthenticated', 'account_disabled']);

/** Fetches the school directory and stores it on the device. Throws `ApiError` on failure. */
export async function pullDirectory(): Promise<number> {
  const db = appDatabase();
  const session = await readSession(db);
  if (!session) return 0;
  const schools = await fetchSchools(session.token).catch(async (error: unknown) => {
    if (error instanceof ApiError && SIGN_IN_AGAIN.has(error.code)) await markSignInNeeded(db);
    throw error;
  });
  await replaceSchools(db, schools, new Date());
  // The schools are stored: a failure of the plan or the checklists waits for the next sync.
  await refreshDistrictData(db, session, new Date(), true).catch(() => undefined);
  return schools.length;
}
