import type { School, SchoolInput } from '../../shared/schemas/school.ts';
import type { User } from '../../shared/schemas/user.ts';
import type { Db } from '../db/port.ts';
import { ProblemError } from '../problem-error.ts';
import { insertSchool, updateSchool } from '../queries/schools.ts';
import { recordAudit } from './audit.ts';
import { newId } from './ids.ts';

function nameTaken(name: string): ProblemError {
  return new ProblemError(
    'conflict',
    { path: 'body.name' },
    `Школа с полным наименованием «${name}» уже есть в справочнике.`,
  );
}

/** Adds a school to the directory; its full name must be new (case aside). */
export async function createSchool(db: Db, actor: User, input: SchoolInput): Promise<School> {
  return db.transaction(async (tx) => {
    const school = await insertSchool(tx, newId(), input);
    if (!school) throw nameTaken(input.name);
    await recordAudit(tx, {
      userId: actor.id,
      action: 'school.create',
      details: { schoolId: school.id, name: school.name },
    });
    return school;
  });
}

/** Rewrites a school of the directory. */
export async function editSchool(
  db: Db,
  actor: User,
  id: string,
  input: SchoolInput,
): Promise<School> {
  return db.transaction(async (tx) => {
    const school = await updateSchool(tx, id, input);
    if (school === 'not_found') throw new ProblemError('not_found', { id }, 'Школа не найдена.');
    if (school === 'name_taken') throw nameTaken(input.name);
    await recordAudit(tx, {
      userId: actor.id,
      action: 'school.update',
      details: { schoolId: id, name: school.name },
    });
    return school;
  });
}
