import type { PlannedVisit } from '../../shared/schemas/plan.ts';
import type { ChecklistDefinition } from '../../shared/checklist/definition-schema.ts';
import type { Person } from '../../shared/schemas/person.ts';
import type { Conflict } from '../../shared/schemas/conflict.ts';
import type { Problem } from '../../shared/schemas/problem.ts';
import type { School } from '../../shared/schemas/school.ts';
import type { User } from '../../shared/schemas/user.ts';
import type {
  Attachment,
  CorrectiveAction,
  StoredAnswer,
  Visit,
  VisitRow,
} from '../../shared/schemas/visit.ts';

/**
 * Row shapes of the device's database. Rows are written only by the
 * repositories, from data already parsed at the edge (API answers, forms), and
 * reshaped by the upgrade functions when the schema changes; reads trust them.
 */

/** The signed-in person on this device; kept so that the app opens offline. */
export interface SessionRow {
  key: 'current';
  token: string;
  expiresAt: string;
  userId: string;
  signedInAt: string;
  /** Set when the server refused the token; cleared by the next sign-in. */
  needsSignIn?: boolean;
}

export type UserRow = User;
/** A planned visit of this person, as the server last sent it. */
export type PlanRow = PlannedVisit;
/** A published checklist version, to start and fill visits on it offline. */
export type ChecklistRow = ChecklistDefinition;
/** A name to show for a person id in histories. */
export type PersonRow = Person;
export type SchoolRow = School;
export type VisitRecord = Visit;
export type AnswerRecord = StoredAnswer;
export type RowRecord = VisitRow;
export type ActionRecord = CorrectiveAction;
export type AttachmentRecord = Attachment;

/**
 * An image kept on the device under its SHA-256, however many attachments
 * point to it. `uploaded` is a number (0 or 1), not a boolean, so that a later
 * version can index it for the upload queue.
 */
export interface BlobRecord {
  sha256: string;
  /** The JPEG that is uploaded and shown full size. */
  blob: Blob;
  /** A small JPEG for lists of photos. */
  thumbnail: Blob;
  uploaded: 0 | 1;
  createdAt: string;
}

/** Per synced record (`collection/id`), the server version of each field the device holds. */
export interface SyncStateRow {
  key: string;
  versions: Record<string, number>;
}

export type ConflictRecord = Conflict;

/** A change the server refused: shown to the person with the reason, never silently dropped. */
export interface RejectionRow {
  id?: number;
  mid: number;
  visitId: string | null;
  collection: string;
  entityId: string;
  /** What was sent (the values the person entered). */
  mutation: unknown;
  problem: Problem;
  at: string;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

/**
 * A change made on this device that the server has not acknowledged yet. It is
 * written in the same transaction as the change itself and removed only after
 * the server's acknowledgement.
 */
export interface OutboxRow {
  seq?: number;
  mutationId: number;
  table: string;
  entityId: string;
  /**
   * `transition`: a visit's status change, checked by the server as a
   * transition; `resolve`: a person's choice in a conflict.
   */
  op: 'put' | 'patch' | 'delete' | 'transition' | 'resolve';
  payload: unknown;
  /**
   * The fields (paths such as `answer.note`) a put or patch changed; absent
   * when the record is new, and then the whole record is sent.
   */
  fields?: string[];
  /** Set on the last row of a push in flight: later changes never merge into it. */
  sent?: true;
  createdAt: string;
}
