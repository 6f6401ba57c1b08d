import type { ItemComment } from '../../shared/schemas/visit.ts';
import type { AppDatabase } from './app-database.ts';
import { changeStatus, type TransitionOutcome } from './completion-repository.ts';
import { readSetting, writeSetting } from './settings-repository.ts';

/** A coordinator's review being written: the remark on the visit and on single questions. */
export interface ReviewDraft {
  note: string;
  /** By item key (or `group/rowId/item` in a table). */
  comments: Record<string, string>;
}

export const emptyReviewDraft: ReviewDraft = { note: '', comments: {} };

const draftKey = (visitId: string) => `review-draft:${visitId}`;

/** Kept on the device as typed: a reload loses no remark. */
export async function readReviewDraft(db: AppDatabase, visitId: string): Promise<ReviewDraft> {
  const stored = await readSetting(db, draftKey(visitId));
  if (typeof stored !== 'object' || stored === null) return emptyReviewDraft;
  const draft = stored as Partial<Record<keyof ReviewDraft, unknown>>;
  const comments: Record<string, string> = {};
  if (typeof draft.comments === 'object' && draft.comments !== null) {
    for (const [key, text] of Object.entries(draft.comments)) {
      if (typeof text === 'string') comments[key] = text;
    }
  }
  return { note: typeof draft.note === 'string' ? draft.note : '', comments };
}

export function writeReviewDraft(db: AppDatabase, visitId: string, draft: ReviewDraft) {
  return writeSetting(db, draftKey(visitId), draft);
}

/**
 * Changes part of the draft as stored, read and written in one transaction:
 * two quick edits (the comment, then a remark) never overwrite each other.
 */
export function updateReviewDraft(
  db: AppDatabase,
  visitId: string,
  change: (draft: ReviewDraft) => ReviewDraft,
): Promise<void> {
  return db.transaction('rw', db.settings, async () => {
    await writeReviewDraft(db, visitId, change(await readReviewDraft(db, visitId)));
  });
}

/** The remarks per question worth sending: non-empty, trimmed, in the order given. */
export function commentsOf(draft: ReviewDraft): ItemComment[] {
  return Object.entries(draft.comments).flatMap(([itemKey, text]) =>
    text.trim() === '' ? [] : [{ itemKey, text: text.trim() }],
  );
}

/** Accepts a completed visit; the note (if any) stays in its history. */
export async function acceptVisit(
  db: AppDatabase,
  visitId: string,
  by: string,
  note: string,
  now: Date,
): Promise<TransitionOutcome> {
  const outcome = await changeStatus(db, visitId, { to: 'accepted', by, note: note.trim() }, now);
  if (outcome === 'changed') await db.settings.delete(draftKey(visitId));
  return outcome;
}

/**
 * Returns a completed visit to its author for correction, with the remark on
 * the visit and on single questions; the draft is then spent.
 */
export async function returnVisit(
  db: AppDatabase,
  visitId: string,
  by: string,
  draft: ReviewDraft,
  now: Date,
): Promise<TransitionOutcome> {
  const transition = {
    to: 'returned' as const,
    by,
    note: draft.note.trim(),
    comments: commentsOf(draft),
  };
  const outcome = await changeStatus(db, visitId, transition, now);
  if (outcome === 'changed') await db.settings.delete(draftKey(visitId));
  return outcome;
}
