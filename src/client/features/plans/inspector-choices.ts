import type { Choice } from './choice-checks.tsx';
import type { Inspector } from './use-plan-lookup.ts';

/** Inspectors as choices; with a school, those who cover it come first, tagged with `tag`. */
export function inspectorChoices(
  inspectors: readonly Inspector[],
  schoolId: string,
  tag: string,
): Choice[] {
  const covers = (inspector: Inspector) =>
    schoolId !== '' && inspector.schoolIds.includes(schoolId);
  return [...inspectors]
    .sort((a, b) => Number(covers(b)) - Number(covers(a)))
    .map((inspector) => ({
      value: inspector.id,
      label: inspector.fullName,
      tag: covers(inspector) ? tag : undefined,
    }));
}
