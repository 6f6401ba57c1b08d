import { fetchSchools } from '../api/schools-api.ts';
import { appDatabase } from '../db/app-database.ts';
import { replaceSchools } from '../db/schools-repository.ts';
import { readSession } from '../db/session-repository.ts';

/** Fetches the school directory and stores it on the device. Throws `ApiError` on failure. */
export async function pullDirectory(): Promise<number> {
  const db = appDatabase();
  const session = await readSession(db);
  if (!session) return 0;
  const schools = await fetchSchools(session.token);
  await replaceSchools(db, schools, new Date());
  return schools.length;
}
