import type { z } from 'zod';
import type { Mutation } from '../../../shared/schemas/sync.ts';
import { collectionRules, followUpFields } from '../../../shared/sync/collections.ts';
import {
  getField,
  sameValue,
  setField,
  type RecordData,
} from '../../../shared/sync/field-paths.ts';
import { mergeFields, type FieldStamps } from '../../../shared/sync/merge-fields.ts';
import { isEditable } from '../../../shared/visits/status-transitions.ts';
import { canFollowUp, canRecordIn, canStart, type VisitAccess } from './access.ts';
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

type Put = Extract<Mutation, { op: 'put' }>;

/** JSON has no `undefined`: a nested field sent as `null` is one the device cleared. */
const sentValue = (path: string, value: unknown) =>
  value === null && path.includes('.') ? undefined : value;

/**
 * The editable fields a put sets, by path: sent as a path (`answer.note`), or
 * inside a whole object (`answer`), in which case its absent parts are cleared.
 */
export function editedFields(fields: RecordData, editable: readonly string[]): RecordData {
  const edited: RecordData = {};
  for (const path of editable) {
    const head = path.split('.')[0] ?? path;
    if (Object.hasOwn(fields, path)) edited[path] = sentValue(path, fields[path]);
    else if (path !== head && Object.hasOwn(fields, head)) edited[path] = getField(fields, path);
  }
  return edited;
}

/** The record a put describes whole, when it creates one. */
function assemble(fields: RecordData): RecordData {
  let data: RecordData = {};
  for (const [path, value] of Object.entries(fields))
    data = setField(data, path, sentValue(path, value));
  return data;
}

function invalid(error: z.ZodError): Outcome {
  const issues = error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  return rejected('validation_failed', { issues });
}

const withUpdatedAt = (data: RecordData, now: Date): RecordData =>
  'updatedAt' in data ? { ...data, updatedAt: now.toISOString() } : data;

function accessOfNewVisit(data: RecordData): VisitAccess {
  return {
    visitId: String(data.id),
    schoolId: String(data.schoolId),
    authorId: String(data.authorId),
    kind: data.kind === 'self_audit' ? 'self_audit' : 'inspection',
    status: data.status === 'completed' ? 'completed' : 'draft',
    planId: typeof data.planId === 'string' ? data.planId : null,
  };
}

/** Whether the new visit may be created, or the problem why not. */
function checkNewVisit(state: PushState, actor: Actor, data: RecordData): Outcome | null {
  const access = accessOfNewVisit(data);
  if (!canStart(actor.user, access)) return rejected('forbidden', { reason: 'not_your_visit' });
  if (!state.schools.has(access.schoolId)) {
    return rejected(
      'not_found',
      { schoolId: access.schoolId },
      'Школа посещения не найдена в справочнике.',
    );
  }
  if (access.planId && !state.plans.has(access.planId)) {
    return rejected(
      'not_found',
      { planId: access.planId },
      'Запланированное посещение не найдено на сервере.',
    );
  }
  // A visit comes to the server as a draft, or completed when it is sent again after a restore.
  if (data.status !== 'draft' && data.status !== 'completed') {
    return rejected('invalid_transition', { to: data.status });
  }
  return null;
}

function create(state: PushState, put: Put, actor: Actor, hlc: string): Outcome {
  const rules = collectionRules[put.collection];
  const parsed = rules.schema.safeParse(withUpdatedAt(assemble(put.fields), actor.now));
  if (!parsed.success) return invalid(parsed.error);
  const data = parsed.data as RecordData;
  if (rules.idOf(data) !== put.id) {
    return rejected(
      'bad_request',
      { id: put.id },
      'Идентификатор записи не совпадает с её данными.',
    );
  }
  const visitId = rules.visitIdOf(data);
  if (put.collection === 'visits') {
    const refused = checkNewVisit(state, actor, data);
    if (refused) return refused;
    state.visits.set(visitId, accessOfNewVisit(data));
    state.changedVisits.add(visitId);
  } else {
    const visit = state.visits.get(visitId);
    if (!visit) return rejected('not_found', { visitId }, 'Посещение не найдено на сервере.');
    if (!canRecordIn(actor.user, visit)) return rejected('forbidden', { visitId });
    if (!isEditable(visit.status)) return rejected('visit_closed', { visitId });
  }
  const stamps: FieldStamps = {};
  const written = rules.editable.filter((path) => getField(data, path) !== undefined);
  for (const path of written) stamps[path] = { v: THIS_PUSH, h: hlc, c: actor.clientId };
  keep(state, {
    collection: put.collection,
    id: put.id,
    visitId,
    version: THIS_PUSH,
    data,
    stamps,
    deleted: false,
  });
  return applied(written);
}

/**
 * Whether the actor may change these fields of the record, or the problem why
 * not. Values the record already holds change nothing: a device starting over
 * sends a closed visit whole, and that is not refused.
 */
function checkUpdate(
  visit: VisitAccess,
  record: StoredRecord,
  fields: Record<string, unknown>,
  actor: Actor,
): Outcome | null {
  const paths = Object.keys(fields);
  const followUp =
    record.collection === 'actions' &&
    paths.every((field) => (followUpFields as readonly string[]).includes(field));
  if (followUp && canFollowUp(actor.user, visit)) return null;
  if (!canRecordIn(actor.user, visit)) return rejected('forbidden', { visitId: visit.visitId });
  const changing = paths.some((path) => !sameValue(getField(record.data, path), fields[path]));
  if (changing && !isEditable(visit.status))
    return rejected('visit_closed', { visitId: visit.visitId });
  return null;
}

function update(
  state: PushState,
  put: Put,
  record: StoredRecord,
  actor: Actor,
  hlc: string,
): Outcome {
  const rules = collectionRules[put.collection];
  const visit = state.visits.get(record.visitId);
  if (!visit) return rejected('not_found', { visitId: record.visitId });
  const fields = editedFields(put.fields, rules.editable);
  const refused = checkUpdate(visit, record, fields, actor);
  if (refused) return refused;
  const merged = mergeFields(
    record.data,
    record.stamps,
    { fields, base: put.base, hlc, clientId: actor.clientId },
    THIS_PUSH,
  );
  const parsed = rules.schema.safeParse(withUpdatedAt(merged.data, actor.now));
  if (!parsed.success) return invalid(parsed.error);
  for (const lost of merged.lost) {
    state.conflicts.push({
      collection: put.collection,
      recordId: put.id,
      visitId: record.visitId,
      lost,
    });
  }
  // Written back even when nothing changed: the device that sent it pulls the record again.
  keep(state, { ...record, data: parsed.data as RecordData, stamps: merged.stamps });
  return applied(merged.written);
}

/**
 * A put creates the record (every field sent) or changes its editable fields,
 * merged field by field with what other devices wrote meanwhile.
 */
export function applyPut(state: PushState, put: Put, actor: Actor, hlc: string): Outcome {
  if (!collectionRules[put.collection].pushable)
    return rejected('forbidden', { collection: put.collection });
  const record = state.records.get(recordKey(put.collection, put.id));
  if (!record) return create(state, put, actor, hlc);
  if (record.deleted) {
    return rejected('record_deleted', {
      collection: put.collection,
      id: put.id,
      fields: put.fields,
    });
  }
  return update(state, put, record, actor, hlc);
}
