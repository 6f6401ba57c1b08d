import type { School, SchoolInput } from '../../shared/schemas/school.ts';
import type { Queryable } from '../db/port.ts';
import { isoTimestamp } from './row-values.ts';

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
    [
      id,
      school.name,
      school.shortName,
      school.municipality,
      school.address,
      school.director,
      school.phone,
      school.email,
    ],
  );
  const row = rows[0] as SchoolRow & { created: boolean };
  return { school: toSchool(row), created: row.created };
}
