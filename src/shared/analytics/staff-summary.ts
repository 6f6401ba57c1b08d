import type { DefinitionIndex } from '../checklist/definition-index.ts';
import { evaluate, type Scope } from '../checklist/evaluate.ts';
import type { RepeatItem, SimpleItem } from '../checklist/item-schema.ts';
import { isVisible } from '../checklist/visibility.ts';
import { shownNumber, shownValue } from './row-values.ts';
import type { LevelCounts, StaffSummary } from './summary-schema.ts';
import { increment } from './tallies.ts';
import { personLevelBounds, rosterKeys } from './template-keys.ts';

/** The staff roster: the first table whose rows hold `skill` items. */
export function findRoster(index: DefinitionIndex): RepeatItem | undefined {
  for (const item of index.items.values()) {
    if (item.kind === 'repeat' && item.items.some((inner) => inner.kind === 'skill')) return item;
  }
  return undefined;
}

/** The overall level 0, 1 or 2 of a person's mean level 0…2, banded as the template does. */
export function bandPersonLevel(mean: number): 0 | 1 | 2 {
  if (mean >= personLevelBounds.independent) return 2;
  return mean >= personLevelBounds.withHelp ? 1 : 0;
}

const zeroes = (): LevelCounts => [0, 0, 0];

function levelCounts(rows: readonly Scope[], level: (row: Scope) => number | undefined) {
  const counts = zeroes();
  for (const row of rows) {
    const value = level(row);
    if (value === undefined) continue;
    const at = Math.min(Math.max(Math.round(value), 0), 2) as 0 | 1 | 2;
    counts[at] += 1;
  }
  return counts;
}

function byOverallLevel(item: SimpleItem | undefined, rows: readonly Scope[]) {
  if (item?.kind !== 'computed') return undefined;
  const { expression } = item;
  return levelCounts(rows, (row) => {
    const mean = isVisible(item, row) ? evaluate(expression, row) : null;
    return mean === null ? undefined : bandPersonLevel(mean);
  });
}

function optionCounts(item: SimpleItem | undefined, rows: readonly Scope[], multiple: boolean) {
  if (item?.kind !== 'choice' || item.multiple !== multiple) return undefined;
  const counts = new Map(item.options.map((option) => [option.value, 0]));
  for (const row of rows) {
    const value = shownValue(item, row);
    const chosen = Array.isArray(value) ? value : [value];
    for (const option of new Set(chosen)) {
      if (typeof option === 'string' && counts.has(option)) increment(counts, option);
    }
  }
  return Object.fromEntries(counts);
}

function trainedCount(item: SimpleItem | undefined, rows: readonly Scope[]) {
  if (item?.kind !== 'yes_no') return undefined;
  return rows.filter((row) => shownValue(item, row) === 'yes').length;
}

/** People of the roster by overall level, per skill, trained, ready, needing help; none without a roster. */
export function summariseStaff(index: DefinitionIndex, scope: Scope): StaffSummary | undefined {
  const roster = findRoster(index);
  if (!roster || !isVisible(roster, scope)) return undefined;
  const rows = scope.rows(roster.key);
  const inner = index.groupItems.get(roster.key);
  const item = (key: string) => inner?.get(key);
  const skills = roster.items.filter((i) => i.kind === 'skill');
  const byLevel = byOverallLevel(item(rosterKeys.personLevel), rows);
  const trained = trainedCount(item(rosterKeys.trained), rows);
  const readiness = optionCounts(item(rosterKeys.readiness), rows, false);
  const needs = optionCounts(item(rosterKeys.helpTopics), rows, true);
  return {
    people: rows.length,
    ...(byLevel ? { byLevel } : {}),
    skills: Object.fromEntries(
      skills.map((skill) => [skill.key, levelCounts(rows, (row) => shownNumber(skill, row))]),
    ),
    ...(trained === undefined ? {} : { trained }),
    ...(readiness ? { readiness } : {}),
    ...(needs ? { needs } : {}),
  };
}
