import {
  parseSchoolTable,
  readSchoolTableRows,
  type SchoolTableRow,
} from '../../shared/schools/school-import-rows.ts';
import type { SchoolImportPreview, SchoolImportRow } from '../../shared/schemas/directory.ts';
import type { Issue } from '../../shared/schemas/problem.ts';
import type { School, SchoolInput } from '../../shared/schemas/school.ts';
import type { Db, Queryable } from '../db/port.ts';
import { findSchoolsByNames, upsertSchoolByName } from '../queries/schools.ts';
import { recordAudit } from './audit.ts';
import { newId } from './ids.ts';

export type SchoolImportOutcome =
  { ok: true; created: number; updated: number } | { ok: false; errors: Issue[] };

/** Who imports, for the audit log: a person over HTTP, or `null` for the command line. */
export interface ImportedBy {
  userId: string | null;
  source: 'http' | 'cli';
}

/** All rows or none: a single wrong row leaves the directory as it was. */
export async function importSchools(
  db: Db,
  table: readonly (readonly string[])[],
  by: ImportedBy = { userId: null, source: 'cli' },
): Promise<SchoolImportOutcome> {
  const { rows, errors } = parseSchoolTable(table);
  if (errors.length > 0) return { ok: false, errors };
  return db.transaction(async (tx) => {
    let created = 0;
    for (const row of rows) {
      if ((await upsertSchoolByName(tx, newId(), row)).created) created += 1;
    }
    const updated = rows.length - created;
    await recordAudit(tx, {
      userId: by.userId,
      action: 'school.import',
      details: { source: by.source, created, updated },
    });
    return { ok: true, created, updated };
  });
}

const FIELDS = [
  'name',
  'shortName',
  'municipality',
  'address',
  'director',
  'phone',
  'email',
] as const satisfies readonly (keyof SchoolInput)[];

function previewRow(row: SchoolTableRow, existing: Map<string, School>): SchoolImportRow {
  const { line, school, errors } = row;
  const match = school ? existing.get(school.name.toLowerCase()) : undefined;
  const base = { row: line, school, existingSchoolId: match?.id ?? null, errors };
  if (!school || errors.length > 0) return { ...base, action: 'invalid' };
  if (!match) return { ...base, action: 'create' };
  const same = FIELDS.every((field) => match[field] === school[field]);
  return { ...base, action: same ? 'unchanged' : 'update' };
}

/** What importing the table would do, line by line; writes nothing. */
export async function previewSchoolImport(
  db: Queryable,
  table: readonly (readonly string[])[],
): Promise<SchoolImportPreview> {
  const { fileErrors, rows } = readSchoolTableRows(table);
  const names = rows.flatMap((row) => (row.school ? [row.school.name] : []));
  const existing = new Map(
    (await findSchoolsByNames(db, names)).map((school) => [school.name.toLowerCase(), school]),
  );
  const preview = rows.map((row) => previewRow(row, existing));
  const count = (action: SchoolImportRow['action']) =>
    preview.filter((row) => row.action === action).length;
  const counts = {
    create: count('create'),
    update: count('update'),
    unchanged: count('unchanged'),
    invalid: count('invalid'),
  };
  return { rows: preview, fileErrors, counts, canImport: fileErrors.length + counts.invalid === 0 };
}
