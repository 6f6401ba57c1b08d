import type { VisitStatus } from '../schemas/visit.ts';

/**
 * The life of a visit. Its answers change only while it is a draft or returned
 * for correction; completing freezes it; the author may reopen a completed
 * visit until a coordinator has accepted it; a coordinator accepts or returns it.
 */
const transitions: Record<VisitStatus, readonly VisitStatus[]> = {
  draft: ['completed'],
  returned: ['completed'],
  completed: ['draft', 'accepted', 'returned'],
  accepted: [],
};

export function canChangeStatus(from: VisitStatus, to: VisitStatus): boolean {
  return transitions[from].includes(to);
}

/** Whether the visit's answers, rows, actions and fields may change. */
export function isEditable(status: VisitStatus): boolean {
  return status === 'draft' || status === 'returned';
}
