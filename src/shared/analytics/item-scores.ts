import type { DefinitionIndex } from '../checklist/definition-index.ts';
import type { Scope } from '../checklist/evaluate.ts';
import { isScored, itemScore } from '../checklist/item-score.ts';
import { groupScore } from '../checklist/scoring.ts';
import { visibleItems } from '../checklist/visibility.ts';

/**
 * Every visible scored top-level item's score 0…1 (a table scores as a whole),
 * `null` for «не применимо»; unanswered items and values that cannot be
 * computed are left out. What "items that fail most" and self-audit agreement read.
 */
export function itemScores(index: DefinitionIndex, scope: Scope): Record<string, number | null> {
  const scores = new Map<string, number | null>();
  for (const section of index.definition.sections) {
    for (const item of visibleItems(section.items, scope)) {
      if (item.kind === 'repeat') {
        const score = groupScore(item, scope);
        if (score !== null) scores.set(item.key, score);
        continue;
      }
      if (!isScored(item)) continue;
      const answer = scope.answer(item.key);
      const score = answer?.na === true ? null : itemScore(item, answer, scope);
      if (score !== null || answer?.na === true) scores.set(item.key, score);
    }
  }
  return Object.fromEntries(scores);
}
