import { conflictSchema, type Conflict } from '../../../shared/schemas/conflict.ts';
import type { Mutation } from '../../../shared/schemas/sync.ts';
import type { StatusChange } from '../../../shared/schemas/visit.ts';
import { collectionRules } from '../../../shared/sync/collections.ts';
import {
  getField,
  sameValue,
  setField,
  type RecordData,
} from '../../../shared/sync/field-paths.ts';
import { canChangeStatus, isEditable } from '../../../shared/visits/status-transitions.ts';
import type { FieldStamps } from '../../../shared/sync/merge-fields.ts';
import { canMove, canRecordIn } from './access.ts';
import {
  applied,
  keep,
  recordKey,
  rejected,
  THIS_PUSH,
  type Actor,
  type Outcome,
  type PushState,
  type StoredRecord,
} from './state.ts';

type Transition = Extract<Mutation, { op: 'transition' }>;
type Resolve = Extract<Mutation, { op: 'resolve' }>;

const stamp = (actor: Actor, hlc: string) => ({ v: THIS_PUSH, h: hlc, c: actor.clientId });

/**
 * Both tablets completed the same visit: the second completion changes nothing,
 * but a different acknowledgement it carried is kept as a conflict.
 */
function repeated(
  state: PushState,
  record: StoredRecord,
  transition: Transition,
  actor: Actor,
  hlc: string,
): Outcome {
  const current = record.data.acknowledgement ?? null;
  const sent = transition.acknowledgement;
  const theirs = record.stamps.acknowledgement;
  if (sent !== undefined && theirs && !sameValue(current, sent)) {
    state.conflicts.push({
      collection: 'visits',
      recordId: record.id,
      visitId: record.id,
      lost: {
        field: 'acknowledgement',
        kept: { value: current, hlc: theirs.h, clientId: theirs.c },
        lost: { value: sent, hlc, clientId: actor.clientId },
      },
    });
  }
  keep(state, record);
  return applied();
}

/** A status change, checked against the visit's life and the person's role; never last-writer-wins. */
export function applyTransition(
  state: PushState,
  transition: Transition,
  actor: Actor,
  hlc: string,
): Outcome {
  const record = state.records.get(recordKey('visits', transition.id));
  const visit = state.visits.get(transition.id);
  if (!record || record.deleted || !visit) {
    return rejected('not_found', { visitId: transition.id }, 'Посещение не найдено на сервере.');
  }
  if (!canMove(actor.user, visit, transition.to))
    return rejected('forbidden', { to: transition.to });
  if (visit.status === transition.to) return repeated(state, record, transition, actor, hlc);
  if (!canChangeStatus(visit.status, transition.to)) {
    return rejected('invalid_transition', { from: visit.status, to: transition.to });
  }
  const returned = transition.to === 'returned';
  if (returned && transition.note.trim() === '' && transition.comments.length === 0) {
    return rejected(
      'validation_failed',
      { issues: [{ path: 'note', message: 'Укажите, что исправить' }] },
      'Посещение возвращают на доработку с комментарием: укажите, что исправить.',
    );
  }
  const at = actor.now.toISOString();
  const change: StatusChange = {
    at,
    by: actor.user.id,
    from: visit.status,
    to: transition.to,
    note: transition.note,
    comments: returned ? transition.comments : [],
  };
  const history: unknown[] = Array.isArray(record.data.history) ? record.data.history : [];
  let data: RecordData = {
    ...record.data,
    status: transition.to,
    history: [...history, change],
    updatedAt: at,
  };
  const stamps: FieldStamps = { ...record.stamps, status: stamp(actor, hlc) };
  if (transition.to === 'completed' && transition.acknowledgement !== undefined) {
    data = { ...data, acknowledgement: transition.acknowledgement };
    stamps.acknowledgement = stamp(actor, hlc);
  }
  keep(state, { ...record, data, stamps });
  state.visits.set(visit.visitId, { ...visit, status: transition.to });
  state.changedVisits.add(visit.visitId);
  // A school sees an inspection from its completion on: its records are sent again.
  if (visit.kind === 'inspection' && (visit.status === 'draft' || transition.to === 'draft')) {
    state.revealed.add(visit.visitId);
  }
  return applied(['status']);
}

/** Puts the losing value back into its record, as a new write by the person who chose it. */
function restoreLost(
  state: PushState,
  conflict: Conflict,
  actor: Actor,
  hlc: string,
): Outcome | null {
  const target = state.records.get(recordKey(conflict.collection, conflict.recordId));
  if (!target || target.deleted) {
    return rejected('record_deleted', { collection: conflict.collection, id: conflict.recordId });
  }
  const visit = state.visits.get(conflict.visitId);
  const closedAllowed = conflict.field === 'acknowledgement';
  if (visit && !isEditable(visit.status) && !closedAllowed)
    return rejected('visit_closed', { visitId: visit.visitId });
  const data = setField(target.data, conflict.field, conflict.lost.value);
  const parsed = collectionRules[conflict.collection].schema.safeParse(data);
  if (!parsed.success) return rejected('validation_failed', { field: conflict.field });
  keep(state, {
    ...target,
    data: parsed.data as RecordData,
    stamps: { ...target.stamps, [conflict.field]: stamp(actor, hlc) },
  });
  return null;
}

/** A person's choice between the two values of a conflict. */
export function applyResolve(
  state: PushState,
  resolve: Resolve,
  actor: Actor,
  hlc: string,
): Outcome {
  const record = state.records.get(recordKey('conflicts', resolve.conflictId));
  const parsed = conflictSchema.safeParse(record?.data);
  if (!record || !parsed.success) {
    return rejected(
      'not_found',
      { conflictId: resolve.conflictId },
      'Конфликт не найден на сервере.',
    );
  }
  const conflict = parsed.data;
  const visit = state.visits.get(conflict.visitId);
  if (!visit || !canRecordIn(actor.user, visit))
    return rejected('forbidden', { visitId: conflict.visitId });
  if (conflict.resolution) {
    keep(state, record);
    return applied();
  }
  const current = getField(
    state.records.get(recordKey(conflict.collection, conflict.recordId))?.data ?? {},
    conflict.field,
  );
  if (resolve.keep === 'lost' && !sameValue(current, conflict.lost.value)) {
    const refused = restoreLost(state, conflict, actor, hlc);
    if (refused) return refused;
  }
  const resolution = { keep: resolve.keep, by: actor.user.id, at: actor.now.toISOString() };
  keep(state, { ...record, data: { ...conflict, resolution } });
  return applied(['resolution']);
}
