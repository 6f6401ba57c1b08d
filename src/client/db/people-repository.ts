import type { Person } from '../../shared/schemas/person.ts';
import type { AppDatabase } from './app-database.ts';
import { sameRecords } from './same-records.ts';

/** What the server sent replaces the device's copy, written only when it differs (live queries stay quiet). */
export async function replacePeople(db: AppDatabase, people: readonly Person[]): Promise<void> {
  await db.transaction('rw', db.people, async () => {
    if (sameRecords(await db.people.toArray(), people)) return;
    await db.people.clear();
    await db.people.bulkPut([...people]);
  });
}

/** Names by person id, for histories and lists. */
export async function peopleById(db: AppDatabase): Promise<Map<string, Person>> {
  return new Map((await db.people.toArray()).map((person) => [person.id, person]));
}
