import type { CorrectiveAction } from '../../shared/schemas/visit.ts';
import type { AppDatabase } from './app-database.ts';
import { newId } from './ids.ts';
import { enqueue } from './outbox-repository.ts';
import type { EditOutcome } from './visits-repository.ts';

export type ActionFields = Partial<
  Pick<
    CorrectiveAction,
    'what' | 'responsible' | 'deadline' | 'status' | 'comment' | 'followedUpIn'
  >
>;

async function isDraft(db: AppDatabase, visitId: string): Promise<EditOutcome | null> {
  const visit = await db.visits.get(visitId);
  if (!visit) return 'not_found';
  return visit.status === 'draft' ? null : 'read_only';
}

/** Adds an empty corrective action to a draft visit; resolves to its id. */
export async function addAction(db: AppDatabase, visitId: string, now: Date) {
  return db.transaction('rw', [db.visits, db.actions, db.outbox, db.settings], async () => {
    const visit = await db.visits.get(visitId);
    if (visit?.status !== 'draft') {
      return { outcome: visit ? ('read_only' as const) : ('not_found' as const), id: undefined };
    }
    const at = now.toISOString();
    const action: CorrectiveAction = {
      id: newId(),
      visitId,
      schoolId: visit.schoolId,
      what: '',
      responsible: '',
      deadline: '',
      status: 'open',
      comment: '',
      followedUpIn: null,
      createdAt: at,
      updatedAt: at,
    };
    await db.actions.add(action);
    await enqueue(db, { table: 'actions', entityId: action.id, op: 'put', payload: action }, now);
    return { outcome: 'saved' as const, id: action.id };
  });
}

/**
 * Changes an action from the draft visit `editingIn`: its own actions, or — at
 * a follow-up — an open action of an earlier visit of the same school.
 */
export async function updateAction(
  db: AppDatabase,
  editingIn: string,
  id: string,
  fields: ActionFields,
  now: Date,
): Promise<EditOutcome> {
  return db.transaction('rw', [db.visits, db.actions, db.outbox, db.settings], async () => {
    const refused = await isDraft(db, editingIn);
    if (refused) return refused;
    const action = await db.actions.get(id);
    const visit = await db.visits.get(editingIn);
    if (!action || !visit || action.schoolId !== visit.schoolId) return 'not_found';
    const updatedAt = now.toISOString();
    await db.actions.update(id, { ...fields, updatedAt });
    await enqueue(
      db,
      { table: 'actions', entityId: id, op: 'patch', payload: { ...fields, updatedAt } },
      now,
    );
    return 'saved';
  });
}

export async function removeAction(
  db: AppDatabase,
  visitId: string,
  id: string,
  now: Date,
): Promise<EditOutcome> {
  return db.transaction('rw', [db.visits, db.actions, db.outbox, db.settings], async () => {
    const refused = await isDraft(db, visitId);
    if (refused) return refused;
    const action = await db.actions.get(id);
    if (action?.visitId !== visitId) return 'not_found';
    await db.actions.delete(id);
    await enqueue(db, { table: 'actions', entityId: id, op: 'delete', payload: { visitId } }, now);
    return 'saved';
  });
}

/** The actions agreed at this visit, in the order they were added. */
export async function actionsOfVisit(
  db: AppDatabase,
  visitId: string,
): Promise<CorrectiveAction[]> {
  return db.actions.where('visitId').equals(visitId).sortBy('createdAt');
}

/**
 * Actions of the school's earlier visits to follow up at this one: still open,
 * or already followed up here.
 */
export async function actionsToFollowUp(
  db: AppDatabase,
  schoolId: string,
  visitId: string,
): Promise<CorrectiveAction[]> {
  const all = await db.actions.where('schoolId').equals(schoolId).sortBy('createdAt');
  return all.filter(
    (a) => a.visitId !== visitId && (a.status === 'open' || a.followedUpIn === visitId),
  );
}
