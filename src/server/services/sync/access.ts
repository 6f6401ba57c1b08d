import { type User } from '../../../shared/schemas/user.ts';
import { managesDistrict } from '../../../shared/district-roles.ts';
import type { VisitKind, VisitStatus } from '../../../shared/schemas/visit.ts';

/** What decides who sees and changes a visit and everything recorded in it. */
export interface VisitAccess {
  visitId: string;
  schoolId: string;
  authorId: string;
  kind: VisitKind;
  status: VisitStatus;
  /** The plan a new visit carries out; stored when the visit is created. */
  planId?: string | null;
}

/**
 * Whether `user` sees a record of the visit. The pull's SQL says the same (see
 * queries/sync-pull.ts); tests hold the two together. Inspectors see every
 * corrective action: they follow them up at the school's next visit.
 */
export function canSee(user: User, visit: VisitAccess, collection: string): boolean {
  if (managesDistrict(user.role)) return true;
  if (user.role === 'inspector') return visit.authorId === user.id || collection === 'actions';
  return (
    visit.schoolId === user.schoolId && (visit.kind === 'self_audit' || visit.status !== 'draft')
  );
}

/** Whether `user` may record answers, rows, photos and actions in the visit. */
export function canRecordIn(user: User, visit: VisitAccess): boolean {
  if (managesDistrict(user.role)) return true;
  if (user.role === 'inspector') return visit.kind === 'inspection' && visit.authorId === user.id;
  return visit.kind === 'self_audit' && visit.schoolId === user.schoolId;
}

/** Whether `user` may note, at a later visit, what became of the visit's corrective actions. */
export function canFollowUp(user: User, visit: VisitAccess): boolean {
  if (user.role === 'school') return visit.schoolId === user.schoolId;
  return true;
}

/** Whether `user` may start this visit: in their own name, of a kind their role runs. */
export function canStart(user: User, visit: Omit<VisitAccess, 'status'>): boolean {
  if (visit.authorId !== user.id) return false;
  if (managesDistrict(user.role)) return true;
  if (user.role === 'inspector') return visit.kind === 'inspection';
  return visit.kind === 'self_audit' && visit.schoolId === user.schoolId;
}

/**
 * Whether `user` may move the visit to `to`: whoever records in it completes
 * and reopens it; only the district accepts or returns it.
 */
export function canMove(user: User, visit: VisitAccess, to: VisitStatus): boolean {
  if (to === 'accepted' || to === 'returned') return managesDistrict(user.role);
  return canRecordIn(user, visit);
}
