import { holds, type Scope } from './evaluate.ts';
import type { Item } from './item-schema.ts';

/** An item is shown unless its condition is false for the answers so far. */
export function isVisible(item: Pick<Item, 'visibleIf'>, scope: Scope): boolean {
  return item.visibleIf === undefined || holds(item.visibleIf, scope);
}

/** The items of a list that are shown for these answers. */
export function visibleItems<T extends Pick<Item, 'visibleIf'>>(
  items: readonly T[],
  scope: Scope,
): T[] {
  return items.filter((item) => isVisible(item, scope));
}
