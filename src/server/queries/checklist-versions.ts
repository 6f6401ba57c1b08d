import {
  checklistDefinitionSchema,
  type ChecklistDefinition,
} from '../../shared/checklist/definition-schema.ts';
import {
  builtinChecklists,
  findBuiltinChecklist,
} from '../../shared/templates/builtin-checklists.ts';
import type { ChecklistVersion } from '../../shared/schemas/checklist-version.ts';
import type { Queryable } from '../db/port.ts';
import { isoTimestamp } from './row-values.ts';

interface Cached {
  /**
   * The digest of the stored definition: tells one database's row from
   * another's (two databases can publish in the same millisecond, and
   * PGlite's clock has no finer grain).
   */
  stamp: string;
  definition: ChecklistDefinition;
}

/** Published versions never change, so their parsed definitions are kept in the process. */
const published = new Map<string, Cached>();

const keyOf = (checklistId: string, version: number) => `${checklistId}\u0000${String(version)}`;

/**
 * The definition of a PUBLISHED checklist version (drafts are not found: no
 * visit is started from one). One small query; when this process has read the
 * version before, the database answers with the definition's digest alone and
 * the parsed definition comes from memory. A built-in checklist is found even
 * in a database it has not been written to yet.
 */
export async function findChecklistDefinition(
  db: Queryable,
  checklistId: string,
  version: number,
): Promise<ChecklistDefinition | undefined> {
  const key = keyOf(checklistId, version);
  const cached = published.get(key);
  const rows = await db.query<{ stamp: string; definition: unknown }>(
    `SELECT stamp, CASE WHEN stamp = $3 THEN NULL ELSE definition END AS definition
     FROM (SELECT definition,
             md5(definition::text) AS stamp
           FROM checklist_versions
           WHERE checklist_id = $1 AND version = $2 AND status = 'published') AS v`,
    [checklistId, version, cached?.stamp ?? null],
  );
  const row = rows[0];
  if (!row) return findBuiltinChecklist(checklistId, version);
  if (cached && row.stamp === cached.stamp) return cached.definition;
  const definition = checklistDefinitionSchema.parse(row.definition);
  published.set(key, { stamp: row.stamp, definition });
  return definition;
}

interface VersionRow {
  checklist_id: string;
  version: number;
  title: string;
  status: ChecklistVersion['status'];
  created_at: unknown;
  created_by: string | null;
  creator_name: string | null;
  published_at: unknown;
  published_by: string | null;
  publisher_name: string | null;
  definition: unknown;
}

const VERSION_SELECT = `
  SELECT v.checklist_id, v.version, v.title, v.status, v.created_at, v.created_by,
    c.full_name AS creator_name, v.published_at, v.published_by, p.full_name AS publisher_name,
    v.definition
  FROM checklist_versions v
  LEFT JOIN users c ON c.id = v.created_by
  LEFT JOIN users p ON p.id = v.published_by`;

function person(id: string | null, name: string | null): { id: string; fullName: string } | null {
  return id === null ? null : { id, fullName: name ?? '' };
}

function toVersion(row: VersionRow): ChecklistVersion {
  return {
    checklistId: row.checklist_id,
    version: row.version,
    title: row.title,
    status: row.status,
    createdAt: isoTimestamp(row.created_at),
    createdBy: person(row.created_by, row.creator_name),
    publishedAt: row.published_at === null ? null : isoTimestamp(row.published_at),
    publishedBy: person(row.published_by, row.publisher_name),
    definition: checklistDefinitionSchema.parse(row.definition),
  };
}

/** Versions with their definitions, by checklist and version; drafts only when asked for. */
export async function listChecklistVersions(
  db: Queryable,
  options: { drafts: boolean },
): Promise<ChecklistVersion[]> {
  const rows = await db.query<VersionRow>(
    `${VERSION_SELECT}
     WHERE $1 OR v.status = 'published'
     ORDER BY v.checklist_id, v.version`,
    [options.drafts],
  );
  return rows.map(toVersion);
}

/** One version, draft or published. */
export async function findChecklistVersion(
  db: Queryable,
  checklistId: string,
  version: number,
): Promise<ChecklistVersion | undefined> {
  const rows = await db.query<VersionRow>(
    `${VERSION_SELECT} WHERE v.checklist_id = $1 AND v.version = $2`,
    [checklistId, version],
  );
  const row = rows[0];
  return row && toVersion(row);
}

/** The highest published version of a checklist, 0 when none is published. */
export async function latestPublishedVersion(db: Queryable, checklistId: string): Promise<number> {
  const rows = await db.query<{ latest: number | null }>(
    `SELECT max(version) AS latest FROM checklist_versions
     WHERE checklist_id = $1 AND status = 'published'`,
    [checklistId],
  );
  return rows[0]?.latest ?? 0;
}

/**
 * The checklists a plan may name: those with a published version, the
 * built-in ones among them even before they are written to the database.
 */
export async function publishedChecklistIds(db: Queryable): Promise<Set<string>> {
  const rows = await db.query<{ checklist_id: string }>(
    `SELECT DISTINCT checklist_id FROM checklist_versions WHERE status = 'published'`,
  );
  return new Set([
    ...builtinChecklists.map((checklist) => checklist.id),
    ...rows.map((row) => row.checklist_id),
  ]);
}
