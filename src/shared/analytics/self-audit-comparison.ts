import type { ChecklistCatalogue } from './checklist-catalogue.ts';
import type { ComparisonPair, ItemAgreement, SelfAuditComparison } from './dashboard-schema.ts';
import { bySchoolThenChecklist } from './latest-results.ts';
import type { ResultRow } from './result-row.ts';
import { latestBy, schoolChecklistKey } from './select-results.ts';
import { compareText, increment, shareOf } from './tallies.ts';

/** Scores closer than this are the same score (they are sums of fractions). */
const SAME = 1e-9;

interface Tallies {
  compared: Map<string, number>;
  agreed: Map<string, number>;
}

const visitRef = (row: ResultRow) => ({
  visitId: row.visitId,
  date: row.date,
  percent: row.summary.percent,
});

function comparePair(
  self: ResultRow,
  inspection: ResultRow,
  catalogue: ChecklistCatalogue,
  tallies: Tallies,
): ComparisonPair {
  const overRated: ComparisonPair['overRated'] = [];
  let compared = 0;
  let agreed = 0;
  for (const [itemKey, selfScore] of Object.entries(self.summary.items)) {
    const inspectorScore = inspection.summary.items[itemKey];
    if (selfScore === null || inspectorScore === null || inspectorScore === undefined) continue;
    const tallyKey = `${self.checklistId}|${itemKey}`;
    compared += 1;
    increment(tallies.compared, tallyKey);
    if (Math.abs(selfScore - inspectorScore) < SAME) {
      agreed += 1;
      increment(tallies.agreed, tallyKey);
    } else if (selfScore > inspectorScore) {
      const label = catalogue.item(self.checklistId, itemKey)?.label ?? itemKey;
      overRated.push({ itemKey, label, selfScore, inspectorScore });
    }
  }
  return {
    schoolId: self.schoolId,
    checklistId: self.checklistId,
    selfAudit: visitRef(self),
    inspection: visitRef(inspection),
    itemsCompared: compared,
    itemsAgreed: agreed,
    agreement: shareOf(agreed, compared),
    overRated,
  };
}

function itemAgreements(tallies: Tallies, catalogue: ChecklistCatalogue): ItemAgreement[] {
  return [...tallies.compared]
    .map(([key, schools]) => {
      const [checklistId = '', itemKey = ''] = key.split('|');
      const agreed = tallies.agreed.get(key) ?? 0;
      const label = catalogue.item(checklistId, itemKey)?.label ?? itemKey;
      return { checklistId, itemKey, label, schools, agreed, rate: agreed / schools };
    })
    .sort(
      (a, b) =>
        catalogue.compareChecklists(a.checklistId, b.checklistId) ||
        a.rate - b.rate ||
        compareText(a.itemKey, b.itemKey),
    );
}

/**
 * Each school's latest self-audit against its latest inspection of the same
 * checklist (both in the rows given): agreement on the items scored in both,
 * the items the school rated higher; and per item, how often they agree.
 */
export function selfAuditComparison(
  rows: readonly ResultRow[],
  catalogue: ChecklistCatalogue,
): SelfAuditComparison {
  const latest = latestBy(rows, (row) => `${schoolChecklistKey(row)}|${row.kind}`);
  const tallies: Tallies = { compared: new Map(), agreed: new Map() };
  const pairs: ComparisonPair[] = [];
  const selfAudits = [...latest.values()].filter((row) => row.kind === 'self_audit');
  for (const self of selfAudits.sort(bySchoolThenChecklist(catalogue))) {
    const inspection = latest.get(`${schoolChecklistKey(self)}|inspection`);
    if (inspection) pairs.push(comparePair(self, inspection, catalogue, tallies));
  }
  return { pairs, items: itemAgreements(tallies, catalogue) };
}
