import type { ChecklistDefinition } from '../../shared/checklist/definition-schema.ts';
import {
  builtinChecklists,
  findBuiltinChecklist,
} from '../../shared/templates/builtin-checklists.ts';
import type { AppDatabase } from './app-database.ts';

const keyOf = (id: string, version: number) => `${id}@${String(version)}`;

/**
 * Versions already read on this page: a published version never changes, so
 * a visit's screen reads its checklist from the database once, not again with
 * every answer. Emptied whenever the device's list changes.
 */
const readVersions = new Map<string, ChecklistDefinition>();

/**
 * Brings the device's published versions in line with the server's list. A
 * published version never changes, so only new ones are written and withdrawn
 * ones removed: an open visit's checklist is not rewritten (and re-read) on
 * every sync.
 */
export async function replaceChecklists(
  db: AppDatabase,
  definitions: readonly ChecklistDefinition[],
): Promise<void> {
  await db.transaction('rw', db.checklists, async () => {
    const held = await db.checklists.toCollection().primaryKeys();
    const sent = new Set(definitions.map((d) => keyOf(d.id, d.version)));
    const heldKeys = new Set(held.map(([id, version]) => keyOf(id, version)));
    const gone = held.filter(([id, version]) => !sent.has(keyOf(id, version)));
    const fresh = definitions.filter((d) => !heldKeys.has(keyOf(d.id, d.version)));
    if (gone.length > 0) await db.checklists.bulkDelete(gone);
    if (fresh.length > 0) await db.checklists.bulkPut(fresh);
    if (gone.length > 0 || fresh.length > 0) readVersions.clear();
  });
}

/** A checklist version a visit is pinned to: from the server's list, or built in. */
export async function findChecklist(
  db: AppDatabase,
  id: string,
  version: number,
): Promise<ChecklistDefinition | undefined> {
  const key = keyOf(id, version);
  const known = readVersions.get(key);
  if (known) return known;
  const found = (await db.checklists.get([id, version])) ?? findBuiltinChecklist(id, version);
  if (found) readVersions.set(key, found);
  return found;
}

/**
 * The newest published version of each checklist, in the order the built-in
 * ones are offered, then the district's own by title: what new visits start on.
 */
export async function latestChecklists(db: AppDatabase): Promise<ChecklistDefinition[]> {
  const newest = new Map<string, ChecklistDefinition>();
  for (const definition of [...builtinChecklists, ...(await db.checklists.toArray())]) {
    const known = newest.get(definition.id);
    if (!known || known.version < definition.version) newest.set(definition.id, definition);
  }
  const order = builtinChecklists.map((c) => c.id);
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  return [...newest.values()].sort(
    (a, b) => rank(a.id) - rank(b.id) || a.title.localeCompare(b.title, 'ru'),
  );
}
