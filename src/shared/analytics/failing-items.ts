import type { ChecklistCatalogue } from './checklist-catalogue.ts';
import type { FailingItem, FailingItems } from './dashboard-schema.ts';
import type { ResultRow } from './result-row.ts';
import { compareText, increment, pushTo } from './tallies.ts';

function itemsOfChecklist(
  checklistId: string,
  results: readonly ResultRow[],
  catalogue: ChecklistCatalogue,
): FailingItem[] {
  const scored = new Map<string, number>();
  const failed = new Map<string, number>();
  for (const { summary } of results) {
    for (const [key, score] of Object.entries(summary.items)) {
      if (score === null) continue;
      increment(scored, key);
      if (score < 1) increment(failed, key);
    }
  }
  return [...failed].map(([itemKey, failedSchools]) => {
    const info = catalogue.item(checklistId, itemKey);
    const scoredSchools = scored.get(itemKey) ?? failedSchools;
    return {
      itemKey,
      label: info?.label ?? itemKey,
      sectionKey: info?.sectionKey ?? null,
      sectionTitle: info?.sectionTitle ?? null,
      failedSchools,
      scoredSchools,
      share: failedSchools / scoredSchools,
    };
  });
}

const worstFirst = (a: FailingItem, b: FailingItem) =>
  b.share - a.share || b.failedSchools - a.failedSchools || compareText(a.itemKey, b.itemKey);

/**
 * Per checklist, the items the schools' latest results fail most (scored below
 * 100 %; N/A and unanswered do not count): the top `limit` by share, then by
 * number of schools.
 */
export function failingItems(
  latest: readonly ResultRow[],
  catalogue: ChecklistCatalogue,
  limit: number,
): FailingItems[] {
  const byChecklist = new Map<string, ResultRow[]>();
  for (const row of latest) pushTo(byChecklist, row.checklistId, row);
  return [...byChecklist]
    .sort(([a], [b]) => catalogue.compareChecklists(a, b))
    .map(([checklistId, results]) => ({
      checklistId,
      items: itemsOfChecklist(checklistId, results, catalogue).sort(worstFirst).slice(0, limit),
    }));
}
