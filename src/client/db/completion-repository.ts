import type {
  Acknowledgement,
  ItemComment,
  StatusChange,
  VisitStatus,
} from '../../shared/schemas/visit.ts';
import { canChangeStatus } from '../../shared/visits/status-transitions.ts';
import type { AppDatabase } from './app-database.ts';
import { enqueue } from './outbox-repository.ts';
import { readSetting, writeSetting } from './settings-repository.ts';

/** Where the acknowledgement being typed is kept until the visit is completed. */
const draftKey = (visitId: string) => `acknowledgement-draft:${visitId}`;

/** What a status change came to. */
export type TransitionOutcome = 'changed' | 'not_allowed' | 'not_found';

export interface Transition {
  to: VisitStatus;
  by: string;
  note?: string;
  /** On a return: remarks on single questions. */
  comments?: ItemComment[];
  /** Set on completion: the school's acknowledgement (or `null` for a self-audit). */
  acknowledgement?: Acknowledgement | null;
  /** The signature's PNG, kept by its SHA-256 like a photo. */
  signature?: SignatureImage | null;
}

export interface SignatureImage {
  sha256: string;
  blob: Blob;
}

/**
 * Changes a visit's status, appends the change to its history and records it for
 * the server as a transition (the server checks it again), all in one transaction.
 */
export async function changeStatus(
  db: AppDatabase,
  visitId: string,
  transition: Transition,
  now: Date,
): Promise<TransitionOutcome> {
  return db.transaction('rw', [db.visits, db.blobs, db.outbox, db.settings], async () => {
    const visit = await db.visits.get(visitId);
    if (!visit) return 'not_found';
    if (!canChangeStatus(visit.status, transition.to)) return 'not_allowed';
    const at = now.toISOString();
    const { signature } = transition;
    if (signature && !(await db.blobs.get(signature.sha256))) {
      const { sha256, blob } = signature;
      await db.blobs.add({ sha256, blob, thumbnail: blob, uploaded: 0, createdAt: at });
    }
    const change: StatusChange = {
      at,
      by: transition.by,
      from: visit.status,
      to: transition.to,
      note: transition.note ?? '',
      comments: transition.comments ?? [],
    };
    const acknowledged =
      transition.acknowledgement === undefined
        ? {}
        : { acknowledgement: transition.acknowledgement };
    // The visit already read, written back whole: no second read inside the transaction.
    await db.visits.put({
      ...visit,
      ...acknowledged,
      status: transition.to,
      history: [...visit.history, change],
      updatedAt: at,
    });
    const payload = { change, ...acknowledged };
    await enqueue(db, { table: 'visits', entityId: visitId, op: 'transition', payload }, now);
    // The typed acknowledgement is now part of the visit.
    if (transition.to === 'completed') await db.settings.delete(draftKey(visitId));
    return 'changed';
  });
}

/**
 * Completes a draft (or a returned visit): from now on it is read-only. Whether
 * every required answer is there is checked by the screen that offers it.
 */
export function completeVisit(
  db: AppDatabase,
  visitId: string,
  by: string,
  acknowledgement: Acknowledgement | null,
  signature: SignatureImage | null,
  now: Date,
): Promise<TransitionOutcome> {
  return changeStatus(db, visitId, { to: 'completed', by, acknowledgement, signature }, now);
}

/** Reopens a completed visit for changes; the reason stays in its history. */
export function reopenVisit(
  db: AppDatabase,
  visitId: string,
  by: string,
  reason: string,
  now: Date,
): Promise<TransitionOutcome> {
  return changeStatus(db, visitId, { to: 'draft', by, note: reason }, now);
}

/** The acknowledgement being filled in on the completion step, before the visit is completed. */
export interface AcknowledgementDraft {
  name: string;
  position: string;
  /** «Ознакомлен» instead of a signature. */
  acquainted: boolean;
  objections: string;
}

export const emptyAcknowledgementDraft: AcknowledgementDraft = {
  name: '',
  position: '',
  acquainted: false,
  objections: '',
};

/** Kept on the device as typed, so that a reload in front of the school's representative loses nothing. */
export async function readAcknowledgementDraft(
  db: AppDatabase,
  visitId: string,
): Promise<AcknowledgementDraft> {
  const stored = await readSetting(db, draftKey(visitId));
  if (typeof stored !== 'object' || stored === null) return emptyAcknowledgementDraft;
  const draft = stored as Partial<Record<keyof AcknowledgementDraft, unknown>>;
  return {
    name: typeof draft.name === 'string' ? draft.name : '',
    position: typeof draft.position === 'string' ? draft.position : '',
    acquainted: draft.acquainted === true,
    objections: typeof draft.objections === 'string' ? draft.objections : '',
  };
}

export function writeAcknowledgementDraft(
  db: AppDatabase,
  visitId: string,
  draft: AcknowledgementDraft,
): Promise<void> {
  return writeSetting(db, draftKey(visitId), draft);
}
