import type { Conflict } from '../../../shared/schemas/conflict.ts';
import type { Mutation } from '../../../shared/schemas/sync.ts';
import { collectionRules } from '../../../shared/sync/collections.ts';
import { clampFuture, formatHlc, parseHlc } from '../../../shared/sync/hlc.ts';
import { isEditable } from '../../../shared/visits/status-transitions.ts';
import { newId } from '../ids.ts';
import { canRecordIn } from './access.ts';
import { applyPut } from './apply-put.ts';
import { applyResolve, applyTransition } from './apply-status.ts';
import {
  applied,
  keep,
  recordKey,
  rowAnswerPrefix,
  rejected,
  THIS_PUSH,
  type Actor,
  type Outcome,
  type PushState,
  type StoredRecord,
} from './state.ts';

type Delete = Extract<Mutation, { op: 'delete' }>;

/** How far ahead of the server a device's clock may run before it is held back. */
export const CLOCK_TOLERANCE_MS = 60_000;

/** The answers recorded in a row of a table: a row's deletion takes them along. */
function answersOfRow(state: PushState, row: StoredRecord): StoredRecord[] {
  const prefix = rowAnswerPrefix(row);
  return [...state.records.values()].filter(
    (record) =>
      record.collection === 'answers' &&
      record.visitId === row.visitId &&
      !record.deleted &&
      String(record.data.itemKey).startsWith(prefix),
  );
}

function applyDelete(state: PushState, deletion: Delete, actor: Actor): Outcome {
  // A visit is never deleted; conflicts only change by a person's choice.
  if (deletion.collection === 'visits' || !collectionRules[deletion.collection].pushable) {
    return rejected('forbidden', { collection: deletion.collection });
  }
  const record = state.records.get(recordKey(deletion.collection, deletion.id));
  if (!record || record.deleted) return applied();
  const visit = state.visits.get(record.visitId);
  if (!visit || !canRecordIn(actor.user, visit))
    return rejected('forbidden', { visitId: record.visitId });
  if (!isEditable(visit.status)) return rejected('visit_closed', { visitId: visit.visitId });
  keep(state, { ...record, deleted: true });
  if (deletion.collection === 'rows') {
    for (const answer of answersOfRow(state, record)) keep(state, { ...answer, deleted: true });
  }
  return applied();
}

/** The conflicts found by one mutation, as records synced to everyone who sees the visit. */
function recordConflicts(state: PushState, actor: Actor): void {
  const userOf = (clientId: string) =>
    clientId === actor.clientId ? actor.user.id : (state.usersOfClients.get(clientId) ?? null);
  for (const found of state.conflicts.splice(0)) {
    const { kept, lost, field } = found.lost;
    const conflict: Conflict = {
      id: newId(),
      visitId: found.visitId,
      collection: found.collection === 'conflicts' ? 'visits' : found.collection,
      recordId: found.recordId,
      field,
      kept: { ...kept, userId: userOf(kept.clientId) },
      lost: { ...lost, userId: userOf(lost.clientId) },
      createdAt: actor.now.toISOString(),
      resolution: null,
    };
    keep(state, {
      collection: 'conflicts',
      id: conflict.id,
      visitId: conflict.visitId,
      version: THIS_PUSH,
      data: conflict,
      stamps: {},
      deleted: false,
    });
  }
}

/**
 * Applies one device mutation to the push's records in memory: what it wrote,
 * or why it was refused. A device's clock running ahead is held back first.
 */
export function applyMutation(state: PushState, mutation: Mutation, actor: Actor): Outcome {
  const sent = parseHlc(mutation.hlc);
  if (!sent) return rejected('validation_failed', { hlc: mutation.hlc });
  const hlc = formatHlc(clampFuture(sent, actor.now.getTime(), CLOCK_TOLERANCE_MS));
  let outcome: Outcome;
  switch (mutation.op) {
    case 'put':
      outcome = applyPut(state, mutation, actor, hlc);
      break;
    case 'delete':
      outcome = applyDelete(state, mutation, actor);
      break;
    case 'transition':
      outcome = applyTransition(state, mutation, actor, hlc);
      break;
    case 'resolve':
      outcome = applyResolve(state, mutation, actor, hlc);
      break;
  }
  if (outcome.status === 'applied') recordConflicts(state, actor);
  else state.conflicts.length = 0;
  return outcome;
}
