import type { RoadMapStage } from '../../../shared/plans/road-map.ts';
import type { RoundRequest } from '../../../shared/schemas/plan.ts';
import { monthRange, monthOf } from './plan-period.ts';
import { stagePeriod } from './stage-period.ts';

/** What the coordinator types for a monitoring round, before the server checks it. */
export interface RoundDraft {
  /** The road-map stage it came from; empty for one's own. */
  stageKey: string;
  round: string;
  from: string;
  to: string;
  allSchools: boolean;
  schoolIds: string[];
  checklistIds: string[];
  /** As typed: the server says what is wrong with it. */
  perDay: string;
  inspectorIds: string[];
}

/** An own round in the current month, every school, no checklist chosen yet. */
export function emptyRound(today: string): RoundDraft {
  return {
    stageKey: '',
    round: '',
    from: today,
    to: monthRange(monthOf(today)).to,
    allSchools: true,
    schoolIds: [],
    checklistIds: [],
    perDay: '2',
    inspectorIds: [],
  };
}

/** A road-map stage fills the title, its period in the school year and its checklists (those the district has). */
export function applyStage(
  draft: RoundDraft,
  stage: RoadMapStage,
  today: string,
  available: readonly string[],
): RoundDraft {
  return {
    ...draft,
    stageKey: stage.key,
    round: stage.title,
    ...stagePeriod(stage, today),
    checklistIds: stage.checklistIds.filter((id) => available.includes(id)),
  };
}

/** The request the draft makes: «all schools» are the district's schools. */
export function roundRequestOf(
  draft: RoundDraft,
  districtSchoolIds: readonly string[],
): RoundRequest {
  return {
    round: draft.round,
    from: draft.from,
    to: draft.to,
    schoolIds: draft.allSchools ? [...districtSchoolIds] : draft.schoolIds,
    checklistIds: draft.checklistIds,
    perDay: draft.perDay.trim() === '' ? Number.NaN : Number(draft.perDay),
    inspectorIds: draft.inspectorIds,
  };
}
