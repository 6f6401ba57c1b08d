import { parseSchoolTable } from '../../shared/schools/school-import-rows.ts';
import type { Issue } from '../../shared/schemas/problem.ts';
import type { Db } from '../db/port.ts';
import { upsertSchoolByName } from '../queries/schools.ts';
import { newId } from './ids.ts';

export type SchoolImportOutcome =
  { ok: true; created: number; updated: number } | { ok: false; errors: Issue[] };

/** All rows or none: a single wrong row leaves the directory as it was. */
export async function importSchools(
  db: Db,
  table: readonly (readonly string[])[],
): Promise<SchoolImportOutcome> {
  const { rows, errors } = parseSchoolTable(table);
  if (errors.length > 0) return { ok: false, errors };
  return db.transaction(async (tx) => {
    let created = 0;
    for (const row of rows) {
      if ((await upsertSchoolByName(tx, newId(), row)).created) created += 1;
    }
    return { ok: true, created, updated: rows.length - created };
  });
}
