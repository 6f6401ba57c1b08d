import type { Coverage } from '../../shared/schemas/directory.ts';
import type { Queryable } from '../db/port.ts';

/**
 * The ACTIVE inspectors covering each of `schoolIds`, by school (alphabetical
 * by name); a school nobody covers is absent from the map.
 */
export async function inspectorsBySchool(
  db: Queryable,
  schoolIds: readonly string[],
): Promise<Map<string, string[]>> {
  const rows = await db.query<{ school_id: string; user_id: string }>(
    `SELECT c.school_id, c.user_id
     FROM inspector_schools c JOIN users u ON u.id = c.user_id
     WHERE c.school_id = ANY ($1::uuid[]) AND u.role = 'inspector' AND u.active
     ORDER BY c.school_id, u.full_name, u.id`,
    [schoolIds],
  );
  const bySchool = new Map<string, string[]>();
  for (const row of rows) {
    const list = bySchool.get(row.school_id) ?? [];
    list.push(row.user_id);
    bySchool.set(row.school_id, list);
  }
  return bySchool;
}

/** The schools one user covers. */
export async function schoolsOfInspector(db: Queryable, userId: string): Promise<string[]> {
  const rows = await db.query<{ school_id: string }>(
    'SELECT school_id FROM inspector_schools WHERE user_id = $1 ORDER BY school_id',
    [userId],
  );
  return rows.map((row) => row.school_id);
}

/** Every inspector–school pair, by inspector. */
export async function listCoverage(db: Queryable): Promise<Coverage[]> {
  const rows = await db.query<{ user_id: string; school_id: string }>(
    'SELECT user_id, school_id FROM inspector_schools ORDER BY user_id, school_id',
  );
  return rows.map((row) => ({ userId: row.user_id, schoolId: row.school_id }));
}

/** Makes `schoolIds` the whole list of schools the user covers. */
export async function replaceSchoolsOfInspector(
  tx: Queryable,
  userId: string,
  schoolIds: readonly string[],
): Promise<void> {
  await tx.query(
    'DELETE FROM inspector_schools WHERE user_id = $1 AND NOT (school_id = ANY ($2::uuid[]))',
    [userId, schoolIds],
  );
  await tx.query(
    `INSERT INTO inspector_schools (user_id, school_id)
     SELECT $1, s FROM unnest($2::uuid[]) AS s
     ON CONFLICT DO NOTHING`,
    [userId, schoolIds],
  );
}
