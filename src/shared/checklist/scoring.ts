import type { Answers } from './answer-schema.ts';
import type { DefinitionIndex } from './definition-index.ts';
import type { Level, LevelThresholds, Section } from './definition-schema.ts';
import { scopeOf, type Scope } from './evaluate.ts';
import type { RepeatItem, SimpleItem } from './item-schema.ts';
import { itemScore } from './item-score.ts';
import { visibleItems } from './visibility.ts';

interface Weighted {
  weight: number;
  score: number | null;
}

/** Σ weight·score / Σ weight over what counts; `null` when nothing counts (all N/A, say). */
export function weightedMean(parts: readonly Weighted[]): number | null {
  let total = 0;
  let weights = 0;
  for (const { weight, score } of parts) {
    if (score === null || weight === 0) continue;
    total += weight * score;
    weights += weight;
  }
  return weights === 0 ? null : total / weights;
}

function simpleScores(items: readonly SimpleItem[], scope: Scope): Weighted[] {
  return visibleItems(items, scope).map((item) => ({
    weight: item.weight,
    score: itemScore(item, scope.answer(item.key), scope),
  }));
}

/** One row of a repeat group: the weighted mean of its visible scored items, 0…1. */
export function rowScore(group: RepeatItem, row: Scope): number | null {
  return weightedMean(simpleScores(group.items, row));
}

/** A repeat group: the mean of its rows' scores, 0…1; `null` for an empty roster or sample. */
export function groupScore(group: RepeatItem, scope: Scope): number | null {
  const scores = scope.rows(group.key).map((row) => ({ weight: 1, score: rowScore(group, row) }));
  return weightedMean(scores);
}

function sectionRatio(section: Section, scope: Scope): number | null {
  return weightedMean(
    visibleItems(section.items, scope).map((item) => ({
      weight: item.weight,
      score:
        item.kind === 'repeat'
          ? groupScore(item, scope)
          : itemScore(item, scope.answer(item.key), scope),
    })),
  );
}

export function levelOf(percent: number | null, thresholds: LevelThresholds): Level | null {
  if (percent === null) return null;
  if (percent >= thresholds.optimal) return 'optimal';
  if (percent >= thresholds.desirable) return 'desirable';
  if (percent >= thresholds.basic) return 'basic';
  return 'insufficient';
}

export interface ChecklistScore {
  /** Per section, in %, `null` where nothing counts yet. */
  sections: { key: string; percent: number | null }[];
  /** The sections' weighted mean, in %. */
  percent: number | null;
  level: Level | null;
}

const toPercent = (ratio: number | null) => (ratio === null ? null : ratio * 100);

/** Scores of every section, of the checklist, and its level: a pure function of version and answers. */
export function scoreChecklist(index: DefinitionIndex, answers: Answers): ChecklistScore {
  const scope = scopeOf(answers, index.computed);
  const { definition } = index;
  const sections = definition.sections.map((section) => ({
    key: section.key,
    weight: section.weight,
    percent: toPercent(sectionRatio(section, scope)),
  }));
  const percent = weightedMean(sections.map((s) => ({ weight: s.weight, score: s.percent })));
  return {
    sections: sections.map(({ key, percent: p }) => ({ key, percent: p })),
    percent,
    level: levelOf(percent, definition.levels),
  };
}
