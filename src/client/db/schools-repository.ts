import type { School } from '../../shared/schemas/school.ts';
import type { AppDatabase } from './app-database.ts';
import { readSetting, writeSetting } from './settings-repository.ts';

export const DIRECTORY_REFRESHED_AT = 'directoryRefreshedAt';

/** The directory as the server sent it replaces the local copy in one transaction. */
export async function replaceSchools(db: AppDatabase, schools: School[], now: Date): Promise<void> {
  await db.transaction('rw', db.schools, db.settings, async () => {
    await db.schools.clear();
    await db.schools.bulkPut(schools);
    await writeSetting(db, DIRECTORY_REFRESHED_AT, now.toISOString());
  });
}

/** Russian alphabetical order (Ё after Е, «№ 3» before «№ 12»), not code-point order. */
const collator = new Intl.Collator('ru', { sensitivity: 'base', numeric: true });

export async function listSchools(db: AppDatabase): Promise<School[]> {
  const schools = await db.schools.toArray();
  return schools.sort((a, b) => collator.compare(a.shortName, b.shortName));
}

export function getSchool(db: AppDatabase, id: string): Promise<School | undefined> {
  return db.schools.get(id);
}

export async function directoryRefreshedAt(db: AppDatabase): Promise<string | undefined> {
  const value = await readSetting(db, DIRECTORY_REFRESHED_AT);
  return typeof value === 'string' ? value : undefined;
}
