import type { DirectoryUser } from '../../shared/schemas/directory.ts';
import type { User } from '../../shared/schemas/user.ts';
import type { Db, Queryable } from '../db/port.ts';
import { inspectorsBySchool, replaceSchoolsOfInspector } from '../queries/inspector-schools.ts';
import { existingSchools } from '../queries/schools.ts';
import { recordAudit } from './audit.ts';
import { invalidInput } from './invalid-input.ts';
import { userOrNotFound } from './user-accounts.ts';

/** The active inspectors covering a school, alphabetical by name (ids). */
export async function inspectorsCoveringSchool(db: Queryable, schoolId: string): Promise<string[]> {
  return (await inspectorsBySchool(db, [schoolId])).get(schoolId) ?? [];
}

/** Makes `schoolIds` the whole list of schools an inspector covers. */
export async function setInspectorSchools(
  db: Db,
  actor: User,
  userId: string,
  schoolIds: readonly string[],
): Promise<DirectoryUser> {
  return db.transaction(async (tx) => {
    const user = await userOrNotFound(tx, userId);
    if (user.role !== 'inspector') {
      throw invalidInput([
        { path: 'params.id', message: 'Школы закрепляются только за инспектором.' },
      ]);
    }
    const known = await existingSchools(tx, schoolIds);
    const unknown = schoolIds.flatMap((id, index) =>
      known.has(id)
        ? []
        : [{ path: `body.schoolIds.${String(index)}`, message: 'Школа не найдена в справочнике.' }],
    );
    const [first, ...rest] = unknown;
    if (first) throw invalidInput([first, ...rest]);
    await replaceSchoolsOfInspector(tx, userId, schoolIds);
    await recordAudit(tx, {
      userId: actor.id,
      action: 'user.schools',
      details: { targetId: userId, login: user.login, schoolIds },
    });
    return { ...user, schoolIds: [...schoolIds].sort() };
  });
}
