import type { ChecklistDefinition } from './definition-schema.ts';
import type { Expression } from './expression-schema.ts';
import type { Item, RepeatItem, SimpleItem } from './item-schema.ts';

/** Look-ups over one checklist version, built once and shared by every engine function. */
export interface DefinitionIndex {
  definition: ChecklistDefinition;
  /** Top-level items and repeat groups by key. */
  items: ReadonlyMap<string, Item>;
  /** Items inside repeat groups, by group key then item key. */
  groupItems: ReadonlyMap<string, ReadonlyMap<string, SimpleItem>>;
  /** Computed items anywhere (a row's computed items are evaluated in the row). */
  computed: ReadonlyMap<string, Expression>;
}

export function indexDefinition(definition: ChecklistDefinition): DefinitionIndex {
  const items = new Map<string, Item>();
  const groupItems = new Map<string, Map<string, SimpleItem>>();
  const computed = new Map<string, Expression>();
  for (const section of definition.sections) {
    for (const item of section.items) {
      items.set(item.key, item);
      if (item.kind === 'computed') computed.set(item.key, item.expression);
      if (item.kind === 'repeat') {
        groupItems.set(item.key, new Map(item.items.map((inner) => [inner.key, inner])));
        for (const inner of item.items) {
          if (inner.kind === 'computed') computed.set(inner.key, inner.expression);
        }
      }
    }
  }
  return { definition, items, groupItems, computed };
}

export function isRepeat(item: Item): item is RepeatItem {
  return item.kind === 'repeat';
}
