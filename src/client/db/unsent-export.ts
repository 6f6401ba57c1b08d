import type { AppDatabase } from './app-database.ts';
import { visitsWithUnsentChanges } from './outbox-repository.ts';
import { readSession } from './session-repository.ts';

/**
 * Everything the server has not acknowledged yet, as a JSON file a person can
 * keep or hand to the district when a tablet cannot reach the server: the
 * waiting changes in order, and the visits they belong to with all their
 * records. Photos stay on the device (their SHA-256 are listed).
 */
export async function exportUnsent(db: AppDatabase, now: Date): Promise<Blob> {
  const session = await readSession(db);
  const visitIds = [...(await visitsWithUnsentChanges(db))];
  const [outbox, visits, answers, rows, actions, attachments, photos] = await Promise.all([
    db.outbox.orderBy('seq').toArray(),
    db.visits.bulkGet(visitIds),
    db.answers.where('visitId').anyOf(visitIds).toArray(),
    db.rows.where('visitId').anyOf(visitIds).toArray(),
    db.actions.where('visitId').anyOf(visitIds).toArray(),
    db.attachments.where('visitId').anyOf(visitIds).toArray(),
    db.blobs.where('uploaded').equals(0).primaryKeys(),
  ]);
  const content = {
    format: 'inspektor-ezh-unsent/1',
    exportedAt: now.toISOString(),
    user: session ? { id: session.user.id, login: session.user.login } : null,
    outbox,
    visits: visits.filter((visit) => visit !== undefined),
    answers,
    rows,
    actions,
    attachments,
    photosNotUploaded: photos,
  };
  return new Blob([JSON.stringify(content, null, 2)], { type: 'application/json' });
}
