import { useNavigate } from 'react-router';
import type { VisitKind } from '../../../shared/schemas/visit.ts';
import { appDatabase } from '../../db/app-database.ts';
import { createVisit } from '../../db/visits-repository.ts';

export interface VisitStart {
  schoolId: string;
  checklist: { id: string; version: number };
  kind: VisitKind;
  date: string;
  commission: string[];
  /** The planned visit it carries out, when started from the plan. */
  planId: string | null;
}

/** Creates the draft on the device and opens it. */
export function useStartVisit(authorId: string) {
  const navigate = useNavigate();
  return async (start: VisitStart) => {
    const visit = await createVisit(
      appDatabase(),
      {
        schoolId: start.schoolId,
        checklistId: start.checklist.id,
        checklistVersion: start.checklist.version,
        kind: start.kind,
        date: start.date,
        commission: start.commission,
        authorId,
        planId: start.planId,
      },
      new Date(),
    );
    await navigate(`/visits/${visit.id}`);
  };
}
