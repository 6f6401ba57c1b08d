import type {
  PlannedVisit,
  PlannedVisitChange,
  PlannedVisitInput,
  RoundPreview,
  RoundRequest,
} from '../../shared/schemas/plan.ts';
import { type User } from '../../shared/schemas/user.ts';
import { managesDistrict } from '../../shared/district-roles.ts';
import { scheduleRound } from '../../shared/plans/round-schedule.ts';
import type { Db, Queryable } from '../db/port.ts';
import { ProblemError } from '../problem-error.ts';
import { publishedChecklistIds } from '../queries/checklist-versions.ts';
import { findPlan, insertPlans, listPlans, updatePlan } from '../queries/planned-visits.ts';
import { activeInspectors } from '../queries/users.ts';
import { inspectorsBySchool } from '../queries/inspector-schools.ts';
import { existingSchools, listSchools } from '../queries/schools.ts';
import { recordAudit } from './audit.ts';
import { newId } from './ids.ts';
import { invalidInput } from './invalid-input.ts';

const invalid = (path: string, message: string) => invalidInput([{ path, message }]);

/** Refuses inspector ids that are not active inspectors. */
async function checkInspectors(db: Queryable, ids: readonly string[]): Promise<void> {
  const inspectors = await activeInspectors(db, [...new Set(ids)]);
  if (ids.some((id) => !inspectors.has(id)))
    throw invalid('body.inspectorIds', 'Назначать можно только действующих проверяющих');
}

/** Refuses plans that name a school, checklist or inspector the district does not have. */
async function checkPlans(db: Queryable, plans: readonly PlannedVisitInput[]): Promise<void> {
  const schools = await existingSchools(
    db,
    plans.map((plan) => plan.schoolId),
  );
  const checklists = await publishedChecklistIds(db);
  for (const plan of plans) {
    if (!schools.has(plan.schoolId))
      throw invalid('body.schoolId', 'Школа не найдена в справочнике');
    if (!checklists.has(plan.checklistId))
      throw invalid('body.checklistId', 'Нет опубликованной версии этого чек-листа');
  }
  await checkInspectors(
    db,
    plans.flatMap((plan) => plan.inspectorIds),
  );
}

async function store(db: Db, user: User, plans: readonly PlannedVisitInput[], action: string) {
  const ids = plans.map(() => newId());
  await db.transaction(async (tx) => {
    await insertPlans(
      tx,
      plans.map((plan, index) => ({ ...plan, id: ids[index] ?? newId(), createdBy: user.id })),
    );
    await recordAudit(tx, { userId: user.id, action, details: { plans: plans.length } });
  });
  return ids;
}

/** Plans one visit. */
export async function createPlan(db: Db, user: User, input: PlannedVisitInput) {
  await checkPlans(db, [input]);
  const [id] = await store(db, user, [input], 'plan.create');
  const plan = id === undefined ? undefined : await findPlan(db, id);
  if (!plan) throw new ProblemError('internal');
  return plan;
}

/** What a round would plan, changing nothing. */
export async function previewRound(db: Queryable, request: RoundRequest): Promise<RoundPreview> {
  const wanted = new Set(request.schoolIds);
  const schools = (await listSchools(db)).filter((school) => wanted.has(school.id));
  if (schools.length < wanted.size)
    throw invalid('body.schoolIds', 'Школа не найдена в справочнике');
  const covering = await inspectorsBySchool(db, request.schoolIds);
  const schedule = scheduleRound(
    request,
    schools.map((school) => ({
      id: school.id,
      name: school.shortName,
      inspectorIds: covering.get(school.id) ?? [],
    })),
  );
  await checkPlans(db, schedule.plans);
  return schedule;
}

/** Plans a whole round at once: every school that can be planned; the preview tells which cannot. */
export async function createRound(db: Db, user: User, request: RoundRequest) {
  const preview = await previewRound(db, request);
  await store(db, user, preview.plans, 'plan.round');
  return preview;
}

/** Moves, reassigns, annotates or cancels a plan; a plan already carried out is not cancelled. */
export async function changePlan(
  db: Db,
  user: User,
  id: string,
  change: PlannedVisitChange,
): Promise<PlannedVisit> {
  const current = await findPlan(db, id);
  if (!current)
    throw new ProblemError('not_found', { id }, 'Запланированное посещение не найдено.');
  if (change.cancelled === true && current.visit !== null) {
    throw new ProblemError(
      'conflict',
      { id },
      'По этому плану посещение уже начато: отменить его нельзя.',
    );
  }
  if (change.inspectorIds) await checkInspectors(db, change.inspectorIds);
  await db.transaction(async (tx) => {
    await updatePlan(tx, id, change);
    await recordAudit(tx, { userId: user.id, action: 'plan.change', details: { id, ...change } });
  });
  return (await findPlan(db, id)) ?? current;
}

/**
 * The plans a person sees: the district's for coordinators; an inspector's
 * own; a school's own self-audits. Within the dates given.
 */
export function plansFor(db: Queryable, user: User, range: { from?: string; to?: string }) {
  if (managesDistrict(user.role)) return listPlans(db, range);
  if (user.role === 'inspector') {
    return listPlans(db, { ...range, inspectorId: user.id, activeOnly: true });
  }
  if (user.schoolId === null) return Promise.resolve([]);
  return listPlans(db, { ...range, schoolId: user.schoolId, activeOnly: true }).then((plans) =>
    plans.filter((plan) => plan.kind === 'self_audit'),
  );
}
