import { isVisible } from '../checklist/visibility.ts';
import { valueOf, type Scope } from '../checklist/evaluate.ts';
import type { SimpleItem } from '../checklist/item-schema.ts';

/** A row item's answer when the item is shown in that row and answered (not N/A). */
export function shownValue(item: SimpleItem, row: Scope) {
  return isVisible(item, row) ? valueOf(row, item.key) : undefined;
}

/** A row item's number, when shown and answered; negative numbers count as 0. */
export function shownNumber(item: SimpleItem | undefined, row: Scope): number | undefined {
  if (!item) return undefined;
  const value = shownValue(item, row);
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(value, 0) : undefined;
}
