import type {
  Mutation,
  PushRequest,
  PushResponse,
  PushResult,
  SyncRecord,
} from '../../../shared/schemas/sync.ts';
import type { User } from '../../../shared/schemas/user.ts';
import { collectionRules } from '../../../shared/sync/collections.ts';
import type { Db, Queryable } from '../../db/port.ts';
import { ProblemError } from '../../problem-error.ts';
import {
  advanceClient,
  insertRejections,
  lockClient,
  refusalsOf,
  usersOfClients,
  type Rejection,
} from '../../queries/sync-clients.ts';
import {
  loadAnswersUnder,
  loadRecords,
  reversionVisits,
  saveRecordsAsNextVersion,
  type RecordRef,
} from '../../queries/sync-records.ts';
import { loadVisitAccess, lockVisitsOf, saveVisitAccess } from '../../queries/sync-visits.ts';
import { existingPlans } from '../../queries/planned-visits.ts';
import { existingSchools } from '../../queries/schools.ts';
import { canSee } from './access.ts';
import { applyMutation } from './apply-mutation.ts';
import { recordCompletedResults } from './completed-results.ts';
import { checkedEpoch } from './epoch.ts';
import {
  emptyPushState,
  recordKey,
  rowAnswerPrefix,
  THIS_PUSH,
  type Actor,
  type Outcome,
  type PushState,
} from './state.ts';
import { toSyncRecord } from './sync-record.ts';

function refOf(mutation: Mutation): RecordRef {
  if (mutation.op === 'resolve') return { collection: 'conflicts', id: mutation.conflictId };
  return { collection: mutation.collection, id: mutation.id };
}

/** The visit a mutation belongs to when the server does not have its record yet. */
function visitOfNew(mutation: Mutation): string | undefined {
  if (mutation.op !== 'put') return undefined;
  const visitId = collectionRules[mutation.collection].visitIdOf(mutation.fields);
  return /^[0-9a-f-]{36}$/i.test(visitId) ? visitId.toLowerCase() : undefined;
}

/** A device's mutations go 1, 2, 3 …: a push with a hole in it is a broken client. */
function checkContiguous(mutations: readonly Mutation[]): void {
  const first = mutations[0]?.mid ?? 0;
  mutations.forEach((mutation, index) => {
    if (mutation.mid !== first + index) {
      throw new ProblemError(
        'bad_request',
        { mid: mutation.mid, expected: first + index },
        'Номера изменений в одной отправке должны идти подряд.',
      );
    }
  });
}

/**
 * Loads, under lock, everything the mutations touch: their records, the
 * visits they belong to (locked first, in one order), the answers of rows
 * being deleted, the records conflicts being resolved point to.
 */
async function loadState(
  tx: Queryable,
  mutations: readonly Mutation[],
  clientId: string,
): Promise<PushState> {
  const state = emptyPushState();
  const refs = mutations.map(refOf);
  const visitIds = await lockVisitsOf(
    tx,
    mutations.map((mutation) => ({ ...refOf(mutation), newVisitId: visitOfNew(mutation) ?? null })),
  );
  const loaded = await loadRecords(tx, refs);
  const extra: RecordRef[] = [];
  const rowPrefixes: { visitId: string; prefix: string }[] = [];
  for (const record of loaded) {
    if (record.collection === 'conflicts') {
      extra.push({ collection: String(record.data.collection), id: String(record.data.recordId) });
    }
    if (record.collection === 'rows') {
      rowPrefixes.push({
        visitId: record.visitId,
        prefix: rowAnswerPrefix(record),
      });
    }
  }
  const more = [...(await loadRecords(tx, extra)), ...(await loadAnswersUnder(tx, rowPrefixes))];
  for (const record of [...loaded, ...more])
    state.records.set(recordKey(record.collection, record.id), record);
  for (const visit of await loadVisitAccess(tx, visitIds)) state.visits.set(visit.visitId, visit);
  const newVisits = mutations.flatMap((m) =>
    m.op === 'put' && m.collection === 'visits' ? [m.fields] : [],
  );
  const named = (key: string) =>
    newVisits.flatMap((fields) => (typeof fields[key] === 'string' ? [fields[key]] : []));
  const writers = new Set(
    [...state.records.values()].flatMap((r) => Object.values(r.stamps).map((s) => s.c)),
  );
  // A conflict names the pushing device's person from the push itself: no query for it.
  writers.delete(clientId);
  return {
    ...state,
    schools: await existingSchools(tx, named('schoolId')),
    plans: await existingPlans(tx, named('planId')),
    usersOfClients: await usersOfClients(tx, [...writers]),
  };
}

/** Writes what the mutations changed, all under one version taken last. */
async function saveState(tx: Queryable, state: PushState): Promise<number | null> {
  if (state.changed.size === 0) return null;
  const visits = [...state.changedVisits].flatMap((id) => state.visits.get(id) ?? []);
  await saveVisitAccess(tx, visits);
  await recordCompletedResults(tx, state);
  const changed = [...state.changed].flatMap((key) => state.records.get(key) ?? []);
  const version = await saveRecordsAsNextVersion(tx, changed, THIS_PUSH);
  for (const record of changed) {
    const stamps = Object.fromEntries(
      Object.entries(record.stamps).map(([field, stamp]) => [
        field,
        stamp.v === THIS_PUSH ? { ...stamp, v: version } : stamp,
      ]),
    );
    state.records.set(recordKey(record.collection, record.id), { ...record, stamps, version });
  }
  await reversionVisits(tx, [...state.revealed], version);
  return version;
}

/** The record as the server now holds it, if the person may see it. */
function visibleRecord(state: PushState, user: User, mutation: Mutation): SyncRecord | undefined {
  const ref = refOf(mutation);
  const stored = state.records.get(recordKey(ref.collection, ref.id));
  const visit = stored && state.visits.get(stored.visitId);
  return visit && canSee(user, visit, stored.collection) ? toSyncRecord(stored) : undefined;
}

function resultOf(
  mutation: Mutation,
  outcome: Outcome | 'duplicate',
  record: SyncRecord | undefined,
  version: number | null,
): PushResult {
  const base = { mid: mutation.mid, ...(record ? { record } : {}) };
  if (outcome === 'duplicate') return { ...base, status: 'duplicate' };
  if (outcome.status === 'rejected')
    return { ...base, status: 'rejected', problem: outcome.problem };
  const versions = Object.fromEntries(outcome.written.map((field) => [field, version ?? 0]));
  return { ...base, status: 'applied', versions };
}

async function pushInTransaction(
  tx: Queryable,
  user: User,
  request: PushRequest,
  now: Date,
): Promise<PushResponse> {
  const epoch = await checkedEpoch(tx, request.epoch);
  const client = await lockClient(tx, request.clientId, user.id);
  if (client.userId !== user.id) {
    throw new ProblemError(
      'forbidden',
      { reason: 'device_of_another_user' },
      'Это устройство отправляло данные другого пользователя. Войдите заново.',
    );
  }
  const fresh = request.mutations.filter((m) => m.mid > client.lastMid);
  const first = fresh[0];
  if (first && first.mid !== client.lastMid + 1) {
    throw new ProblemError('sync_gap', { expected: client.lastMid + 1, received: first.mid });
  }
  const resent = request.mutations.filter((m) => m.mid <= client.lastMid).map((m) => m.mid);
  const refused = await refusalsOf(tx, request.clientId, resent);
  const state = await loadState(tx, request.mutations, request.clientId);
  const actor: Actor = { user, clientId: request.clientId, now };
  const outcomes = request.mutations.map((mutation): Outcome | 'duplicate' => {
    if (mutation.mid > client.lastMid) return applyMutation(state, mutation, actor);
    // Sent again after its answer was lost: a refusal is answered again, or the device never shows it.
    const problem = refused.get(mutation.mid);
    return problem ? { status: 'rejected', problem } : 'duplicate';
  });
  const rejections: Rejection[] = [];
  outcomes.forEach((outcome, index) => {
    const mutation = request.mutations[index];
    const isNew = mutation !== undefined && mutation.mid > client.lastMid;
    if (isNew && outcome !== 'duplicate' && outcome.status === 'rejected') {
      rejections.push({ mid: mutation.mid, mutation, problem: outcome.problem });
    }
  });
  await insertRejections(tx, request.clientId, user.id, rejections);
  const lastMid = Math.max(client.lastMid, ...request.mutations.map((m) => m.mid));
  await advanceClient(tx, request.clientId, lastMid, now);
  // Last: it takes the version, whose lock every other push waits for.
  const version = await saveState(tx, state);
  const results = request.mutations.map((mutation, index) =>
    resultOf(
      mutation,
      outcomes[index] ?? 'duplicate',
      visibleRecord(state, user, mutation),
      version,
    ),
  );
  return { epoch, lastMid, results };
}

/** PostgreSQL's codes for a transaction it gave up to let another one through. */
const RETRYABLE = new Set(['40001', '40P01']);

function isRetryable(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    RETRYABLE.has(String((error as { code?: unknown }).code))
  );
}

/**
 * Applies a device's mutations in one transaction with its `last_mid`: a
 * mutation resent after a lost answer is acknowledged, not applied again.
 */
export async function pushChanges(
  db: Db,
  user: User,
  request: PushRequest,
  now: Date,
): Promise<PushResponse> {
  checkContiguous(request.mutations);
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.transaction((tx) => pushInTransaction(tx, user, request, now));
    } catch (error) {
      if (attempt >= 5 || !isRetryable(error)) throw error;
    }
  }
}
