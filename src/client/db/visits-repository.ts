import type { Visit, VisitKind } from '../../shared/schemas/visit.ts';
import type { AppDatabase } from './app-database.ts';
import { editDraft, type EditOutcome, type VisitFields } from './draft-edit.ts';
import { newId } from './ids.ts';
import { enqueue } from './outbox-repository.ts';

export interface NewVisit {
  schoolId: string;
  checklistId: string;
  checklistVersion: number;
  kind: VisitKind;
  date: string;
  commission: string[];
  authorId: string;
  /** The planned visit it carries out, when started from the plan. */
  planId: string | null;
}

/** Starts a draft visit on the device; the server hears of it through the outbox. */
export async function createVisit(db: AppDatabase, input: NewVisit, now: Date): Promise<Visit> {
  const at = now.toISOString();
  const visit: Visit = {
    ...input,
    id: newId(),
    status: 'draft',
    findings: '',
    recommendations: '',
    acknowledgement: null,
    history: [{ at, by: input.authorId, from: null, to: 'draft', note: '', comments: [] }],
    createdAt: at,
    updatedAt: at,
  };
  await db.transaction('rw', [db.visits, db.outbox, db.settings], async () => {
    await db.visits.add(visit);
    await enqueue(db, { table: 'visits', entityId: visit.id, op: 'put', payload: visit }, now);
  });
  return visit;
}

export function getVisit(db: AppDatabase, id: string): Promise<Visit | undefined> {
  return db.visits.get(id);
}

/** Every visit on the device, the most recently changed first. */
export async function listVisits(db: AppDatabase): Promise<Visit[]> {
  return (await db.visits.orderBy('updatedAt').toArray()).reverse();
}

/** Visits in one status, the most recently changed first. */
export async function visitsWithStatus(db: AppDatabase, status: Visit['status']): Promise<Visit[]> {
  const visits = await db.visits.where('status').equals(status).toArray();
  return visits.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/** Changes a draft's own fields, together with their outbox row. */
export async function updateVisitFields(
  db: AppDatabase,
  id: string,
  fields: VisitFields,
  now: Date,
): Promise<EditOutcome> {
  return editDraft(
    db,
    id,
    now,
    async () => {
      const payload = { ...fields, updatedAt: now.toISOString() };
      const change = { table: 'visits', entityId: id, op: 'patch', payload } as const;
      await enqueue(db, { ...change, fields: Object.keys(fields) }, now);
    },
    fields,
  );
}
