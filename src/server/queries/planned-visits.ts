import type {
  PlannedVisit,
  PlannedVisitChange,
  PlannedVisitInput,
} from '../../shared/schemas/plan.ts';
import type { Queryable } from '../db/port.ts';
import { canonicalUuids, isoTimestamp } from './row-values.ts';

interface PlanRow {
  id: string;
  school_id: string;
  checklist_id: string;
  kind: PlannedVisit['kind'];
  planned_on: string;
  inspector_ids: string[] | null;
  round: string;
  note: string;
  cancelled: boolean;
  created_by: string;
  updated_at: unknown;
  visit_id: string | null;
  visit_status: NonNullable<PlannedVisit['visit']>['status'] | null;
  visit_author: string | null;
}

function toPlan(row: PlanRow): PlannedVisit {
  const visit =
    row.visit_id !== null && row.visit_status !== null && row.visit_author !== null
      ? { id: row.visit_id, status: row.visit_status, authorId: row.visit_author }
      : null;
  return {
    id: row.id,
    schoolId: row.school_id,
    checklistId: row.checklist_id,
    kind: row.kind,
    plannedOn: row.planned_on,
    inspectorIds: row.inspector_ids ?? [],
    round: row.round,
    note: row.note,
    cancelled: row.cancelled,
    createdBy: row.created_by,
    updatedAt: isoTimestamp(row.updated_at),
    visit,
  };
}

/** A plan with its inspectors and the latest visit started from it (the newest id: UUIDv7 grow with time). */
const SELECT_PLANS = `
  SELECT p.id, p.school_id, p.checklist_id, p.kind, p.planned_on::text AS planned_on,
    p.round, p.note, p.cancelled, p.created_by, p.updated_at,
    (SELECT array_agg(i.user_id ORDER BY i.user_id) FROM planned_visit_inspectors i
      WHERE i.plan_id = p.id) AS inspector_ids,
    v.visit_id, v.status AS visit_status, v.author_id AS visit_author
  FROM planned_visits p
  LEFT JOIN LATERAL (
    SELECT visit_id, status, author_id FROM sync_visits
    WHERE plan_id = p.id ORDER BY visit_id DESC LIMIT 1
  ) v ON true`;

export interface PlanQuery {
  from?: string;
  to?: string;
  /** Only plans this person is sent on. */
  inspectorId?: string;
  /** Only this school's plans. */
  schoolId?: string;
  /** Only plans not cancelled. */
  activeOnly?: boolean;
}

/** Plans by date, then school; every condition given narrows the list. */
export async function listPlans(db: Queryable, query: PlanQuery): Promise<PlannedVisit[]> {
  const rows = await db.query<PlanRow>(
    `${SELECT_PLANS}
     WHERE ($1::date IS NULL OR p.planned_on >= $1::date)
       AND ($2::date IS NULL OR p.planned_on <= $2::date)
       AND ($3::uuid IS NULL OR EXISTS (
         SELECT 1 FROM planned_visit_inspectors i WHERE i.plan_id = p.id AND i.user_id = $3::uuid))
       AND ($4::uuid IS NULL OR p.school_id = $4::uuid)
       AND (NOT $5::boolean OR NOT p.cancelled)
     ORDER BY p.planned_on, p.school_id, p.checklist_id, p.id`,
    [
      query.from ?? null,
      query.to ?? null,
      query.inspectorId ?? null,
      query.schoolId ?? null,
      query.activeOnly ?? false,
    ],
  );
  return rows.map(toPlan);
}

export async function findPlan(db: Queryable, id: string): Promise<PlannedVisit | undefined> {
  const rows = await db.query<PlanRow>(`${SELECT_PLANS} WHERE p.id = $1`, [id]);
  const row = rows[0];
  return row && toPlan(row);
}

export interface NewPlan extends PlannedVisitInput {
  id: string;
  createdBy: string;
}

/** Stores new plans with their inspectors, all in one go. */
export async function insertPlans(tx: Queryable, plans: readonly NewPlan[]): Promise<void> {
  if (plans.length === 0) return;
  await tx.query(
    `INSERT INTO planned_visits (id, school_id, checklist_id, kind, planned_on, round, note, created_by)
     SELECT x.id, x."schoolId", x."checklistId", x.kind, x."plannedOn", x.round, x.note, x."createdBy"
     FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, "schoolId" uuid, "checklistId" text,
       kind text, "plannedOn" date, round text, note text, "createdBy" uuid)`,
    [JSON.stringify(plans)],
  );
  const pairs = plans.flatMap((plan) => plan.inspectorIds.map((userId) => [plan.id, userId]));
  await tx.query(
    `INSERT INTO planned_visit_inspectors (plan_id, user_id)
     SELECT (p ->> 0)::uuid, (p ->> 1)::uuid FROM jsonb_array_elements($1::jsonb) AS p`,
    [JSON.stringify(pairs)],
  );
}

/** Applies a change to a plan; false when there is no such plan. */
export async function updatePlan(
  tx: Queryable,
  id: string,
  change: PlannedVisitChange,
): Promise<boolean> {
  const rows = await tx.query<{ id: string }>(
    `UPDATE planned_visits SET
       planned_on = coalesce($2::date, planned_on),
       note = coalesce($3, note),
       cancelled = coalesce($4, cancelled),
       updated_at = now()
     WHERE id = $1 RETURNING id`,
    [id, change.plannedOn ?? null, change.note ?? null, change.cancelled ?? null],
  );
  if (rows.length === 0) return false;
  if (change.inspectorIds) {
    await tx.query('DELETE FROM planned_visit_inspectors WHERE plan_id = $1', [id]);
    await tx.query(
      `INSERT INTO planned_visit_inspectors (plan_id, user_id)
       SELECT $1, unnest($2::uuid[])`,
      [id, change.inspectorIds],
    );
  }
  return true;
}

/** Which of these plans exist. */
export async function existingPlans(tx: Queryable, ids: readonly string[]): Promise<Set<string>> {
  const uuids = canonicalUuids(ids);
  if (uuids.length === 0) return new Set();
  const rows = await tx.query<{ id: string }>(
    'SELECT id FROM planned_visits WHERE id = ANY($1::uuid[])',
    [uuids],
  );
  return new Set(rows.map((row) => row.id));
}
