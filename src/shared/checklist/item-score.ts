import type { Answer } from './answer-schema.ts';
import { evaluate, type Scope } from './evaluate.ts';
import type { SimpleItem } from './item-schema.ts';

const YES_NO_SCORE: Record<string, number> = { yes: 1, partly: 0.5, no: 0 };

function meets(
  value: number,
  target: { atLeast?: number | undefined; atMost?: number | undefined },
): number {
  const low = target.atLeast === undefined || value >= target.atLeast;
  const high = target.atMost === undefined || value <= target.atMost;
  return low && high ? 1 : 0;
}

/** Whether an item takes part in scores at all (whatever its answer). */
export function isScored(item: SimpleItem): boolean {
  switch (item.kind) {
    case 'yes_no':
      return item.scored;
    case 'choice':
      return !item.multiple && item.options.every((o) => o.score !== undefined);
    case 'number':
      return item.target !== undefined;
    case 'skill':
      return true;
    case 'computed':
      return item.scoring !== undefined;
    default:
      return false;
  }
}

/**
 * 0…1 for a scored, answered item; `null` when it does not count: not scored,
 * unanswered, «не применимо», or a computed value that cannot be computed.
 */
export function itemScore(
  item: SimpleItem,
  answer: Answer | undefined,
  scope: Scope,
): number | null {
  if (!isScored(item) || answer?.na === true) return null;
  const value = answer?.value;
  switch (item.kind) {
    case 'yes_no':
      return typeof value === 'string' ? (YES_NO_SCORE[value] ?? null) : null;
    case 'choice':
      return item.options.find((o) => o.value === value)?.score ?? null;
    case 'number':
      return typeof value === 'number' && item.target ? meets(value, item.target) : null;
    case 'skill':
      return typeof value === 'number' ? Math.min(Math.max(value, 0), 2) / 2 : null;
    case 'computed': {
      const computed = evaluate(item.expression, scope);
      if (computed === null || item.scoring === undefined) return null;
      if (item.scoring === 'percent') return Math.min(Math.max(computed / 100, 0), 1);
      return meets(computed, item.scoring);
    }
    default:
      return null;
  }
}
