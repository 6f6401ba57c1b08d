import { fetchPeople, fetchPublishedChecklists } from '../api/district-api.ts';
import { fetchPlans } from '../api/plans-api.ts';
import type { AppDatabase } from '../db/app-database.ts';
import { replaceChecklists } from '../db/checklists-repository.ts';
import { replacePeople } from '../db/people-repository.ts';
import { replacePlans } from '../db/plans-repository.ts';
import type { LocalSession } from '../db/session-repository.ts';
import { readSetting, writeSetting } from '../db/settings-repository.ts';
import { todayInDistrict } from '../../shared/district-today.ts';
import { addDays } from '../../shared/plans/working-days.ts';

/** How far back a person's plans are kept on the device: overdue ones stay in sight. */
const PLAN_HISTORY_DAYS = 120;

/** Checklists and names change seldom: a sync fetches them again after this long. */
const SLOW_PARTS_EVERY_MS = 60 * 60 * 1000;
const SLOW_PARTS_AT = 'districtSlowPartsRefreshedAt';

/** Whether the checklists and names are due: never fetched, or fetched over an hour ago. */
async function slowPartsDue(db: AppDatabase, now: Date): Promise<boolean> {
  const at = await readSetting(db, SLOW_PARTS_AT);
  return typeof at !== 'string' || now.getTime() - Date.parse(at) >= SLOW_PARTS_EVERY_MS;
}

/**
 * Refreshes what the district decides and the device only reads: for those
 * who go to schools their planned visits (every time), and the published
 * checklists and the people's names (every time when `everything`, otherwise
 * hourly: a sync runs every minute). Each part is replaced whole; a part that
 * fails keeps its previous copy and the error goes up once the others are stored.
 */
export async function refreshDistrictData(
  db: AppDatabase,
  session: Pick<LocalSession, 'token' | 'user'>,
  now: Date,
  everything: boolean,
): Promise<void> {
  const { token, user } = session;
  const today = todayInDistrict(now);
  const ownPlans = user.role === 'inspector' || user.role === 'school';
  const slow = everything || (await slowPartsDue(db, now));
  const slowParts = async () => {
    await Promise.all([
      fetchPublishedChecklists(token).then((list) => replaceChecklists(db, list)),
      fetchPeople(token).then((people) => replacePeople(db, people)),
    ]);
    await writeSetting(db, SLOW_PARTS_AT, now.toISOString());
  };
  const parts = await Promise.allSettled([
    slow ? slowParts() : Promise.resolve(),
    ownPlans
      ? fetchPlans(token, { from: addDays(today, -PLAN_HISTORY_DAYS) }).then((plans) =>
          replacePlans(db, plans),
        )
      : Promise.resolve(),
  ]);
  const failed = parts.find((part) => part.status === 'rejected');
  if (failed) throw failed.reason;
}
