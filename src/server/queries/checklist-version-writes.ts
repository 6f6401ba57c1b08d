import type { ChecklistDefinition } from '../../shared/checklist/definition-schema.ts';
import type { Queryable } from '../db/port.ts';

/**
 * Serialises changes of one checklist's versions until the transaction ends,
 * across server processes sharing the database.
 */
export async function lockChecklist(tx: Queryable, checklistId: string): Promise<void> {
  await tx.query("SELECT pg_advisory_xact_lock(hashtext('checklist:' || $1))", [checklistId]);
}

/**
 * Writes a draft, replacing a draft of the same version: `'published'` when
 * that version is published (and so left as it is).
 */
export async function saveDraft(
  tx: Queryable,
  definition: ChecklistDefinition,
  userId: string,
): Promise<{ replaced: boolean } | 'published'> {
  const rows = await tx.query<{ replaced: boolean }>(
    `INSERT INTO checklist_versions (checklist_id, version, title, definition, status, created_by)
     VALUES ($1, $2, $3, $4, 'draft', $5)
     ON CONFLICT (checklist_id, version) DO UPDATE SET
       title = excluded.title, definition = excluded.definition,
       created_by = excluded.created_by, created_at = now()
     WHERE checklist_versions.status = 'draft'
     RETURNING (xmax <> 0) AS replaced`,
    [definition.id, definition.version, definition.title, JSON.stringify(definition), userId],
  );
  const row = rows[0];
  return row ? { replaced: row.replaced } : 'published';
}

/** Publishes a draft; false when there is no draft of that version. */
export async function publishDraft(
  tx: Queryable,
  key: { checklistId: string; version: number },
  userId: string,
): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE checklist_versions SET status = 'published', published_at = now(), published_by = $3
     WHERE checklist_id = $1 AND version = $2 AND status = 'draft'
     RETURNING 1`,
    [key.checklistId, key.version, userId],
  );
  return rows.length > 0;
}

/** Removes a draft; false when there is no draft of that version. */
export async function deleteDraft(
  tx: Queryable,
  key: { checklistId: string; version: number },
): Promise<boolean> {
  const rows = await tx.query(
    `DELETE FROM checklist_versions
     WHERE checklist_id = $1 AND version = $2 AND status = 'draft'
     RETURNING 1`,
    [key.checklistId, key.version],
  );
  return rows.length > 0;
}

/**
 * Writes a built-in checklist as published unless that version exists: true
 * when it was written. Two servers starting at once write it once.
 */
export async function insertPublishedIfAbsent(
  tx: Queryable,
  definition: ChecklistDefinition,
): Promise<boolean> {
  const rows = await tx.query(
    `INSERT INTO checklist_versions
       (checklist_id, version, title, definition, status, published_at)
     VALUES ($1, $2, $3, $4, 'published', now())
     ON CONFLICT (checklist_id, version) DO NOTHING
     RETURNING 1`,
    [definition.id, definition.version, definition.title, JSON.stringify(definition)],
  );
  return rows.length > 0;
}
