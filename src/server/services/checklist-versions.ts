import { importChecklistDefinition } from '../../shared/checklist/import-definition.ts';
import type {
  ChecklistImportResponse,
  ChecklistVersion,
  ChecklistVersionParams,
} from '../../shared/schemas/checklist-version.ts';
import { type User } from '../../shared/schemas/user.ts';
import { managesDistrict } from '../../shared/district-roles.ts';
import type { Db, Queryable } from '../db/port.ts';
import { ProblemError } from '../problem-error.ts';
import {
  deleteDraft,
  lockChecklist,
  publishDraft,
  saveDraft,
} from '../queries/checklist-version-writes.ts';
import { findChecklistVersion, latestPublishedVersion } from '../queries/checklist-versions.ts';
import type { BinaryFile } from '../http/endpoint.ts';
import { recordAudit } from './audit.ts';
import { invalidInput } from './invalid-input.ts';

type VersionKey = ChecklistVersionParams;

const label = (key: { id: string; version: number }) => `«${key.id}» версии ${key.version}`;

function notFound(key: VersionKey): ProblemError {
  return new ProblemError(
    'not_found',
    { checklistId: key.id, version: key.version },
    `Чек-лист ${label(key)} не найден.`,
  );
}

/**
 * The draft `key` names, with its checklist locked for the rest of the
 * transaction; a published version is refused (`refusal` says why, after
 * «Чек-лист «id» версии N»).
 */
async function lockedDraft(
  tx: Queryable,
  key: VersionKey,
  refusal: string,
): Promise<ChecklistVersion> {
  await lockChecklist(tx, key.id);
  const found = await findChecklistVersion(tx, key.id, key.version);
  if (!found) throw notFound(key);
  if (found.status === 'published') {
    throw new ProblemError(
      'conflict',
      { checklistId: key.id, version: key.version, status: 'published' },
      `Чек-лист ${label(key)} ${refusal}.`,
    );
  }
  return found;
}

/** A version visible to `user`: drafts only to coordinators and admins. */
export async function visibleVersion(
  db: Queryable,
  user: User,
  key: VersionKey,
): Promise<ChecklistVersion> {
  const found = await findChecklistVersion(db, key.id, key.version);
  const mayDraft = managesDistrict(user.role);
  if (!found || (found.status === 'draft' && !mayDraft)) throw notFound(key);
  return found;
}

/** A version's definition as a JSON file, ready to be imported elsewhere. */
export async function exportVersion(
  db: Queryable,
  user: User,
  key: VersionKey,
): Promise<BinaryFile> {
  const found = await visibleVersion(db, user, key);
  const bytes = Buffer.from(`${JSON.stringify(found.definition, null, 2)}\n`, 'utf8');
  return {
    contentType: 'application/json; charset=utf-8',
    size: bytes.length,
    bytes,
    fileName: `${key.id}-v${String(key.version)}.json`,
  };
}

async function checkAboveLatest(tx: Queryable, key: VersionKey): Promise<void> {
  const latest = await latestPublishedVersion(tx, key.id);
  if (key.version <= latest) {
    throw new ProblemError(
      'conflict',
      { checklistId: key.id, version: key.version, latestPublished: latest },
      `Опубликована версия ${latest} чек-листа «${key.id}»: новая версия должна быть больше ${latest}.`,
    );
  }
}

/**
 * Imports a definition as a draft (replacing a draft of the same version).
 * Its version must be above every published version of that checklist.
 */
export async function importDraft(
  db: Db,
  actor: User,
  json: unknown,
): Promise<ChecklistImportResponse> {
  const read = importChecklistDefinition(json);
  if (!read.ok) {
    const [first, ...rest] = read.errors;
    throw first ? invalidInput([first, ...rest]) : new ProblemError('validation_failed');
  }
  const { definition } = read;
  const key = { id: definition.id, version: definition.version };
  return db.transaction(async (tx) => {
    await lockChecklist(tx, key.id);
    await checkAboveLatest(tx, key);
    const saved = await saveDraft(tx, definition, actor.id);
    if (saved === 'published')
      throw new ProblemError('conflict', {}, `Чек-лист ${label(key)} уже опубликован.`);
    await recordAudit(tx, {
      userId: actor.id,
      action: 'checklist.import',
      details: { checklistId: key.id, version: key.version, replaced: saved.replaced },
    });
    const checklist = await findChecklistVersion(tx, key.id, key.version);
    if (!checklist) throw notFound(key);
    return { checklist, replaced: saved.replaced };
  });
}

/** Publishes a draft: from then on it never changes and every device receives it. */
export async function publishVersion(
  db: Db,
  actor: User,
  key: VersionKey,
): Promise<ChecklistVersion> {
  return db.transaction(async (tx) => {
    const found = await lockedDraft(tx, key, 'уже опубликован и не меняется');
    await checkAboveLatest(tx, key);
    await publishDraft(tx, { checklistId: key.id, version: key.version }, actor.id);
    await recordAudit(tx, {
      userId: actor.id,
      action: 'checklist.publish',
      details: { checklistId: key.id, version: key.version },
    });
    return (await findChecklistVersion(tx, key.id, key.version)) ?? found;
  });
}

/** Removes a draft; a published version stays for good. */
export async function removeDraft(db: Db, actor: User, key: VersionKey): Promise<void> {
  await db.transaction(async (tx) => {
    await lockedDraft(tx, key, 'опубликован: его нельзя удалить');
    await deleteDraft(tx, { checklistId: key.id, version: key.version });
    await recordAudit(tx, {
      userId: actor.id,
      action: 'checklist.delete',
      details: { checklistId: key.id, version: key.version },
    });
  });
}
