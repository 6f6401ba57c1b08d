import type { School, SchoolInput } from '../../shared/schemas/school.ts';
import type { Queryable } from '../db/port.ts';
import { canonicalUuids, isoTimestamp } from './row-values.ts';

interface SchoolRow {
  id: string;
  name: string;
  short_name: string;
  municipality: string;
  address: string;
  director: string;
  phone: string;
  email: string;
  updated_at: Date;
}

const SCHOOL_COLUMNS =
  'id, name, short_name, municipality, address, director, phone, email, updated_at';

function toSchool(row: SchoolRow): School {
  return {
    id: row.id,
    name: row.name,
    shortName: row.short_name,
    municipality: row.municipality,
    address: row.address,
    director: row.director,
    phone: row.phone,
    email: row.email,
    updatedAt: isoTimestamp(row.updated_at),
  };
}

export async function listSchools(db: Queryable): Promise<School[]> {
  const rows = await db.query<SchoolRow>(
    `SELECT ${SCHOOL_COLUMNS} FROM schools ORDER BY short_name, id`,
  );
  return rows.map(toSchool);
}

export async function findSchool(db: Queryable, id: string): Promise<School | undefined> {
  const rows = await db.query<SchoolRow>(`SELECT ${SCHOOL_COLUMNS} FROM schools WHERE id = $1`, [
    id,
  ]);
  const row = rows[0];
  return row && toSchool(row);
}

function schoolParams(id: string, school: SchoolInput): unknown[] {
  return [
    id,
    school.name,
    school.shortName,
    school.municipality,
    school.address,
    school.director,
    school.phone,
    school.email,
  ];
}

/**
 * Inserts a school, or updates the one with the same full name (case aside):
 * importing the same file twice changes nothing.
 */
export async function upsertSchoolByName(
  db: Queryable,
  id: string,
  school: SchoolInput,
): Promise<{ school: School; created: boolean }> {
  const rows = await db.query<SchoolRow & { created: boolean }>(
    `INSERT INTO schools (id, name, short_name, municipality, address, director, phone, email)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (lower(name)) DO UPDATE SET
       name = excluded.name, short_name = excluded.short_name,
       municipality = excluded.municipality, address = excluded.address,
       director = excluded.director, phone = excluded.phone, email = excluded.email,
       updated_at = now()
     RETURNING ${SCHOOL_COLUMNS}, (xmax = 0) AS created`,
    schoolParams(id, school),
  );
  const row = rows[0] as SchoolRow & { created: boolean };
  return { school: toSchool(row), created: row.created };
}

/** The new school, or `undefined` when a school with that full name (case aside) exists. */
export async function insertSchool(
  db: Queryable,
  id: string,
  school: SchoolInput,
): Promise<School | undefined> {
  const rows = await db.query<SchoolRow>(
    `INSERT INTO schools (id, name, short_name, municipality, address, director, phone, email)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (lower(name)) DO NOTHING
     RETURNING ${SCHOOL_COLUMNS}`,
    schoolParams(id, school),
  );
  const row = rows[0];
  return row && toSchool(row);
}

/**
 * Rewrites a school: the school, `'not_found'`, or `'name_taken'` when another
 * school has that full name (case aside).
 */
export async function updateSchool(
  db: Queryable,
  id: string,
  school: SchoolInput,
): Promise<School | 'not_found' | 'name_taken'> {
  const rows = await db
    .query<SchoolRow>(
      `UPDATE schools SET name = $2, short_name = $3, municipality = $4, address = $5,
         director = $6, phone = $7, email = $8, updated_at = now()
       WHERE id = $1
         AND NOT EXISTS (SELECT 1 FROM schools o WHERE lower(o.name) = lower($2) AND o.id <> $1)
       RETURNING ${SCHOOL_COLUMNS}`,
      schoolParams(id, school),
    )
    .catch((error: unknown) => {
      // Renamed at the same moment by someone else: the unique index decides.
      if ((error as { code?: unknown }).code === '23505') return 'name_taken' as const;
      throw error;
    });
  if (rows === 'name_taken') return rows;
  const row = rows[0];
  if (row) return toSchool(row);
  return (await findSchool(db, id)) ? 'name_taken' : 'not_found';
}

/** The schools whose full names (case aside) are among `names`. */
export async function findSchoolsByNames(
  db: Queryable,
  names: readonly string[],
): Promise<School[]> {
  const rows = await db.query<SchoolRow>(
    `SELECT ${SCHOOL_COLUMNS} FROM schools
     WHERE lower(name) = ANY (SELECT lower(n) FROM unnest($1::text[]) AS n)`,
    [names],
  );
  return rows.map(toSchool);
}

/** Which of these ids are schools of the directory. */
export async function existingSchools(db: Queryable, ids: Iterable<string>): Promise<Set<string>> {
  const uuids = canonicalUuids(ids);
  if (uuids.length === 0) return new Set();
  const rows = await db.query<{ id: string }>(
    'SELECT id FROM schools WHERE id = ANY ($1::uuid[])',
    [uuids],
  );
  return new Set(rows.map((row) => row.id));
}
