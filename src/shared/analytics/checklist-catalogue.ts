import type { ChecklistDefinition } from '../checklist/definition-schema.ts';
import type { SimpleItem } from '../checklist/item-schema.ts';
import { compareText } from './tallies.ts';

/** Where a top-level item stands and what it is called, in the newest version that has it. */
export interface ItemInfo {
  label: string;
  sectionKey: string;
  sectionTitle: string;
}

/** Labels and order taken from checklist definitions; the newest version that knows a key wins. */
export interface ChecklistCatalogue {
  /** Sorts checklist ids in the order the definitions came, unknown ones last by id. */
  compareChecklists(a: string, b: string): number;
  item(checklistId: string, key: string): ItemInfo | undefined;
  /** An item inside a table (a skill, the readiness question). */
  rowItem(checklistId: string, key: string): SimpleItem | undefined;
  /** Keys of every item inside tables, the newest version's order first. */
  rowItemKeys(checklistId: string): string[];
}

interface Entry {
  items: Map<string, ItemInfo>;
  rowItems: Map<string, SimpleItem>;
}

function addVersion(entry: Entry, definition: ChecklistDefinition): void {
  for (const section of definition.sections) {
    const info = { sectionKey: section.key, sectionTitle: section.title };
    for (const item of section.items) {
      if (!entry.items.has(item.key)) entry.items.set(item.key, { label: item.label, ...info });
      if (item.kind !== 'repeat') continue;
      for (const inner of item.items) {
        if (!entry.rowItems.has(inner.key)) entry.rowItems.set(inner.key, inner);
      }
    }
  }
}

/** Indexes definitions (any versions, any order) for label look-ups. */
export function catalogueOf(definitions: readonly ChecklistDefinition[]): ChecklistCatalogue {
  const order = new Map<string, number>();
  for (const definition of definitions) {
    if (!order.has(definition.id)) order.set(definition.id, order.size);
  }
  const entries = new Map<string, Entry>();
  const newestFirst = [...definitions].sort((a, b) => b.version - a.version);
  for (const definition of newestFirst) {
    let entry = entries.get(definition.id);
    if (!entry) {
      entry = { items: new Map(), rowItems: new Map() };
      entries.set(definition.id, entry);
    }
    addVersion(entry, definition);
  }
  const rank = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  return {
    compareChecklists: (a, b) => rank(a) - rank(b) || compareText(a, b),
    item: (checklistId, key) => entries.get(checklistId)?.items.get(key),
    rowItem: (checklistId, key) => entries.get(checklistId)?.rowItems.get(key),
    rowItemKeys: (checklistId) => [...(entries.get(checklistId)?.rowItems.keys() ?? [])],
  };
}
