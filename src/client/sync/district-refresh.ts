import { fetchPeople, fetchPublishedChecklists } from '../api/district-api.ts';
import { fetchPlans } from '../api/plans-api.ts';
import type { AppDatabase } from '../db/app-database.ts';
import { replaceChecklists } from '../db/checklists-repository.ts';
import { replacePeople } from '../db/people-repository.ts';
import { replacePlans } from '../db/plans-repository.ts';
import type { LocalSession } from '../db/session-repository.ts';
import { addDays } from '../../shared/plans/working-days.ts';

/** How far back a person's plans are kept on the device: overdue ones stay in sight. */
const PLAN_HISTORY_DAYS = 120;

/**
 * Refreshes what the district decides and the device only reads: the
 * published checklists, the people's names and, for those who go to schools,
 * their planned visits. Each part is replaced whole; a part that fails keeps
 * its previous copy and the error goes up once the others are stored.
 */
export async function refreshDistrictData(
  db: AppDatabase,
  session: Pick<LocalSession, 'token' | 'user'>,
  today: string,
): Promise<void> {
  const { token, user } = session;
  const ownPlans = user.role === 'inspector' || user.role === 'school';
  const parts = await Promise.allSettled([
    fetchPublishedChecklists(token).then((list) => replaceChecklists(db, list)),
    fetchPeople(token).then((people) => replacePeople(db, people)),
    ownPlans
      ? fetchPlans(token, { from: addDays(today, -PLAN_HISTORY_DAYS) }).then((plans) =>
          replacePlans(db, plans),
        )
      : Promise.resolve(),
  ]);
  const failed = parts.find((part) => part.status === 'rejected');
  if (failed) throw failed.reason;
}
