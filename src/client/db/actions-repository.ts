import type { CorrectiveAction } from '../../shared/schemas/visit.ts';
import type { AppDatabase } from './app-database.ts';
import { editDraft, type EditOutcome } from './draft-edit.ts';
import { newId } from './ids.ts';
import { enqueue } from './outbox-repository.ts';

export type ActionFields = Partial<
  Pick<
    CorrectiveAction,
    'what' | 'responsible' | 'deadline' | 'status' | 'comment' | 'followedUpIn'
  >
>;

/** Adds an empty corrective action to a draft visit; resolves to its id. */
export async function addAction(db: AppDatabase, visitId: string, now: Date) {
  let id: string | undefined;
  const outcome = await editDraft(db, visitId, now, async (visit) => {
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
    id = action.id;
  });
  return { outcome, id };
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
  return editDraft(db, editingIn, now, async (visit) => {
    const action = await db.actions.get(id);
    if (action?.schoolId !== visit.schoolId) return 'not_found';
    const updatedAt = now.toISOString();
    await db.actions.update(id, { ...fields, updatedAt });
    const payload = { ...fields, updatedAt };
    const change = { table: 'actions', entityId: id, op: 'patch', payload } as const;
    await enqueue(db, { ...change, fields: Object.keys(fields) }, now);
  });
}

export async function removeAction(
  db: AppDatabase,
  visitId: string,
  id: string,
  now: Date,
): Promise<EditOutcome> {
  return editDraft(db, visitId, now, async () => {
    const action = await db.actions.get(id);
    if (action?.visitId !== visitId) return 'not_found';
    await db.actions.delete(id);
    await enqueue(db, { table: 'actions', entityId: id, op: 'delete', payload: { visitId } }, now);
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
