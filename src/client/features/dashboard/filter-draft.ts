import type { ResultsFilter } from '../../../shared/schemas/results-filter.ts';
import type { VisitKind } from '../../../shared/schemas/visit.ts';

/** The filter as the form edits it: empty strings for «all». */
export interface FilterDraft {
  from: string;
  to: string;
  schoolIds: ReadonlySet<string>;
  checklistId: string;
  kind: '' | VisitKind;
}

/** The form's fields for a filter. */
export function draftOf(filter: ResultsFilter): FilterDraft {
  return {
    from: filter.from,
    to: filter.to,
    schoolIds: new Set(filter.schoolIds),
    checklistId: filter.checklistId ?? '',
    kind: filter.kind ?? '',
  };
}

/** The filter the form means, or what is wrong with its period (a catalogue key). */
export function filterOf(
  draft: FilterDraft,
): { ok: true; filter: ResultsFilter } | { ok: false; problem: 'periodRequired' | 'badPeriod' } {
  if (draft.from === '' || draft.to === '') return { ok: false, problem: 'periodRequired' };
  if (draft.from > draft.to) return { ok: false, problem: 'badPeriod' };
  return {
    ok: true,
    filter: {
      from: draft.from,
      to: draft.to,
      schoolIds: [...draft.schoolIds].sort(),
      ...(draft.checklistId === '' ? {} : { checklistId: draft.checklistId }),
      ...(draft.kind === '' ? {} : { kind: draft.kind }),
    },
  };
}
