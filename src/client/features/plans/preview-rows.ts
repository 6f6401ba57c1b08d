import type { PlannedVisitInput } from '../../../shared/schemas/plan.ts';

/** One school's visit in a round: the day, who goes, and every checklist done there that day. */
export interface PreviewRow {
  plannedOn: string;
  schoolId: string;
  inspectorIds: readonly string[];
  checklistIds: string[];
}

/** The round's plans (one per school and checklist) as one row per school visit, by date. */
export function previewRows(plans: readonly PlannedVisitInput[]): PreviewRow[] {
  const rows = new Map<string, PreviewRow>();
  for (const plan of plans) {
    const key = `${plan.plannedOn}|${plan.schoolId}|${plan.inspectorIds.join(',')}`;
    const row = rows.get(key);
    if (row) row.checklistIds.push(plan.checklistId);
    else {
      rows.set(key, {
        plannedOn: plan.plannedOn,
        schoolId: plan.schoolId,
        inspectorIds: plan.inspectorIds,
        checklistIds: [plan.checklistId],
      });
    }
  }
  return [...rows.values()].sort((a, b) => a.plannedOn.localeCompare(b.plannedOn));
}
