import { createContext, useCallback, useContext, useMemo } from 'react';
import type { StatusChange, Visit } from '../../../../shared/schemas/visit.ts';
import { appDatabase } from '../../../db/app-database.ts';
import { useReviewDraft } from '../../../db/live-queries.ts';
import {
  emptyReviewDraft,
  updateReviewDraft,
  type ReviewDraft,
} from '../../../db/review-repository.ts';

/** A visit's review as its questions see it: the remarks it came back with, and the one being written. */
export interface VisitReview {
  /** A coordinator is reviewing this completed visit: questions offer a remark field. */
  reviewing: boolean;
  draft: ReviewDraft;
  setNote: (note: string) => void;
  setComment: (itemKey: string, text: string) => void;
  /** The latest return for correction, while it still matters (until the visit is accepted). */
  lastReturn: StatusChange | null;
  /** Its remarks by question. */
  remarks: ReadonlyMap<string, string>;
}

export const VisitReviewContext = createContext<VisitReview | null>(null);

function latestReturn(visit: Visit): StatusChange | null {
  if (visit.status === 'accepted') return null;
  return visit.history.findLast((change) => change.to === 'returned') ?? null;
}

/**
 * The review state of a visit for the person looking at it. Coordinators and
 * administrators review completed visits; everyone sees the remarks of the
 * latest return next to the questions they are about.
 */
export function useVisitReview(visit: Visit, managesDistrict: boolean): VisitReview {
  const reviewing = managesDistrict && visit.status === 'completed';
  // Only a coordinator reviewing reads the draft: an inspector's answers do not wait on it.
  const stored = useReviewDraft(reviewing ? visit.id : null);
  const draft = reviewing ? (stored ?? emptyReviewDraft) : emptyReviewDraft;
  // The visit record is read anew on every answer: the remarks are kept by their content.
  const returnKey = JSON.stringify(latestReturn(visit));
  const lastReturn = useMemo(() => JSON.parse(returnKey) as StatusChange | null, [returnKey]);
  const remarks = useMemo(
    () => new Map((lastReturn?.comments ?? []).map((c) => [c.itemKey, c.text])),
    [lastReturn],
  );
  const setNote = useCallback(
    (note: string) => void updateReviewDraft(appDatabase(), visit.id, (d) => ({ ...d, note })),
    [visit.id],
  );
  const setComment = useCallback(
    (itemKey: string, text: string) =>
      void updateReviewDraft(appDatabase(), visit.id, (d) => ({
        ...d,
        comments: { ...d.comments, [itemKey]: text },
      })),
    [visit.id],
  );
  return useMemo(
    () => ({ reviewing, draft, setNote, setComment, lastReturn, remarks }),
    [reviewing, draft, setNote, setComment, lastReturn, remarks],
  );
}

/** One question's remark (from the latest return) and, while reviewing, the one being written. */
export function useQuestionReview(path: string) {
  const review = useContext(VisitReviewContext);
  return {
    remark: review?.remarks.get(path),
    reviewing: review?.reviewing ?? false,
    comment: review?.draft.comments[path] ?? '',
    setComment: review?.setComment,
  };
}
