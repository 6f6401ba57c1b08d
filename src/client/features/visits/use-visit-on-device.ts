import type { Answers } from '../../../shared/checklist/answer-schema.ts';
import type { ChecklistDefinition } from '../../../shared/checklist/definition-schema.ts';
import type { School } from '../../../shared/schemas/school.ts';
import type { Visit } from '../../../shared/schemas/visit.ts';
import { useVisitWithChecklist } from '../../db/checklist-queries.ts';
import { useSchool, useVisitAnswers } from '../../db/live-queries.ts';

export type VisitOnDevice =
  | { state: 'loading' }
  | { state: 'not_found' | 'unknown_checklist' }
  | {
      state: 'ready';
      visit: Visit;
      answers: Answers;
      definition: ChecklistDefinition;
      /** Still loading (`undefined`) or not on the device (`null`): the visit shows without it. */
      school: School | null | undefined;
    };

/** A visit, its answers and the checklist version it was started on, as this device has them. */
export function useVisitOnDevice(visitId: string): VisitOnDevice {
  const pinned = useVisitWithChecklist(visitId);
  const answers = useVisitAnswers(visitId);
  const school = useSchool(pinned?.visit?.schoolId ?? '');
  if (pinned === undefined || answers === undefined) return { state: 'loading' };
  const { visit, definition } = pinned;
  if (visit === null) return { state: 'not_found' };
  if (definition === null) return { state: 'unknown_checklist' };
  return { state: 'ready', visit, answers, definition, school };
}
