import type { SimpleItem } from '../checklist/item-schema.ts';
import type { ChecklistCatalogue } from './checklist-catalogue.ts';
import type { StaffFigures, TrainingNeed } from './dashboard-schema.ts';
import type { ResultRow } from './result-row.ts';
import type { LevelCounts, StaffSummary } from './summary-schema.ts';
import { compareText, increment, pushTo } from './tallies.ts';
import { rosterKeys } from './template-keys.ts';

type Summed = ResultRow & { summary: { staff: StaffSummary } };

function addLevels(into: LevelCounts, counts: LevelCounts): void {
  into[0] += counts[0];
  into[1] += counts[1];
  into[2] += counts[2];
}

/** The options of a choice item, for labels and order; empty for anything else. */
function optionsOf(item: SimpleItem | undefined) {
  return item?.kind === 'choice' ? item.options : [];
}

/** Keys in the definition's order first, the rest by code point. */
function inOrder(keys: Iterable<string>, known: readonly string[]): string[] {
  const rank = (key: string) => {
    const at = known.indexOf(key);
    return at === -1 ? known.length : at;
  };
  return [...keys].sort((a, b) => rank(a) - rank(b) || compareText(a, b));
}

function needsOf(results: readonly Summed[], options: ReturnType<typeof optionsOf>) {
  const people = new Map<string, number>();
  const schools = new Map<string, string[]>();
  for (const { schoolId, summary } of results) {
    for (const [topic, count] of Object.entries(summary.staff.needs ?? {})) {
      increment(people, topic, count);
      if (count > 0) pushTo(schools, topic, schoolId);
    }
  }
  const order = options.map((o) => o.value);
  return inOrder(people.keys(), order)
    .map((topic): TrainingNeed => {
      const schoolIds = (schools.get(topic) ?? []).sort(compareText);
      const label = options.find((o) => o.value === topic)?.label ?? topic;
      return { topic, label, people: people.get(topic) ?? 0, schools: schoolIds.length, schoolIds };
    })
    .sort((a, b) => b.people - a.people || b.schools - a.schools);
}

interface StaffTotals {
  byLevel: LevelCounts | null;
  trained: number | null;
  skills: Map<string, LevelCounts>;
  readiness: Map<string, number>;
}

function sumStaff(results: readonly Summed[]): StaffTotals {
  const totals: StaffTotals = {
    byLevel: null,
    trained: null,
    skills: new Map(),
    readiness: new Map(),
  };
  for (const { summary } of results) {
    const { staff } = summary;
    if (staff.byLevel) addLevels((totals.byLevel ??= [0, 0, 0]), staff.byLevel);
    if (staff.trained !== undefined) totals.trained = (totals.trained ?? 0) + staff.trained;
    for (const [key, counts] of Object.entries(staff.skills)) {
      const into = totals.skills.get(key) ?? [0, 0, 0];
      addLevels(into, counts);
      totals.skills.set(key, into);
    }
    for (const [value, n] of Object.entries(staff.readiness ?? {})) {
      increment(totals.readiness, value, n);
    }
  }
  return totals;
}

function figuresOf(
  checklistId: string,
  results: readonly Summed[],
  catalogue: ChecklistCatalogue,
): StaffFigures {
  const totals = sumStaff(results);
  const readinessOptions = optionsOf(catalogue.rowItem(checklistId, rosterKeys.readiness));
  return {
    checklistId,
    schools: results.length,
    people: results.reduce((sum, r) => sum + r.summary.staff.people, 0),
    byLevel: totals.byLevel,
    skills: inOrder(totals.skills.keys(), catalogue.rowItemKeys(checklistId)).map((skillKey) => ({
      skillKey,
      label: catalogue.rowItem(checklistId, skillKey)?.label ?? skillKey,
      people: totals.skills.get(skillKey) ?? [0, 0, 0],
    })),
    trained: totals.trained,
    readiness: inOrder(
      totals.readiness.keys(),
      readinessOptions.map((o) => o.value),
    ).map((value) => ({
      value,
      label: readinessOptions.find((o) => o.value === value)?.label ?? value,
      people: totals.readiness.get(value) ?? 0,
    })),
    needs: needsOf(results, optionsOf(catalogue.rowItem(checklistId, rosterKeys.helpTopics))),
  };
}

/** Per checklist with a staff roster: people by level and skill, readiness and training needs, over latest results. */
export function staffFigures(
  latest: readonly ResultRow[],
  catalogue: ChecklistCatalogue,
): StaffFigures[] {
  const byChecklist = new Map<string, Summed[]>();
  for (const row of latest) {
    const { staff } = row.summary;
    if (staff) pushTo(byChecklist, row.checklistId, { ...row, summary: { ...row.summary, staff } });
  }
  return [...byChecklist]
    .sort(([a], [b]) => catalogue.compareChecklists(a, b))
    .map(([checklistId, results]) => figuresOf(checklistId, results, catalogue));
}
