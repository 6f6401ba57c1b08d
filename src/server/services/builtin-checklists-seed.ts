import { builtinChecklists } from '../../shared/templates/builtin-checklists.ts';
import type { Db } from '../db/port.ts';
import { insertPublishedIfAbsent, lockChecklist } from '../queries/checklist-version-writes.ts';
import { recordAudit } from './audit.ts';

/**
 * Makes sure every built-in checklist is a published version in the database.
 * Run at every start: a version already there (written by an earlier start,
 * by another server at the same moment, or imported by the district) stays
 * as it is. Returns the versions written now, as `id@version`.
 */
export async function ensureBuiltinChecklists(db: Db): Promise<string[]> {
  return db.transaction(async (tx) => {
    const written: string[] = [];
    for (const definition of builtinChecklists) {
      await lockChecklist(tx, definition.id);
      if (await insertPublishedIfAbsent(tx, definition)) {
        written.push(`${definition.id}@${String(definition.version)}`);
      }
    }
    if (written.length > 0) {
      await recordAudit(tx, {
        userId: null,
        action: 'checklist.builtin',
        details: { versions: written },
      });
    }
    return written;
  });
}
