import type { ChecklistDefinition } from '../../../shared/checklist/definition-schema.ts';
import {
  indexDefinition,
  type DefinitionIndex,
} from '../../../shared/checklist/definition-index.ts';
import type { Item, RepeatItem, SimpleItem } from '../../../shared/checklist/item-schema.ts';
import type { Queryable } from '../../db/port.ts';
import { findChecklistDefinition } from '../../queries/checklist-versions.ts';
import { valueCellOf, type ValueCell } from './answer-cells.ts';

/** A top-level item in checklist order, with its section's title. */
export interface TopItem {
  item: Item;
  section: string;
  /** How its values read (none for tables and computed items). */
  cell: ValueCell | null;
}

/** An item of a table's row, with how its values read. */
export interface RowItem {
  item: SimpleItem;
  cell: ValueCell;
}

/** What exports need of one checklist version, computed once per export. */
export interface ChecklistLayout {
  definition: ChecklistDefinition;
  index: DefinitionIndex;
  topItems: TopItem[];
  /** Per table (repeat group key): the table and its row items in order. */
  tables: ReadonlyMap<string, { group: RepeatItem; items: RowItem[] }>;
}

function layoutOf(definition: ChecklistDefinition): ChecklistLayout {
  const topItems: TopItem[] = [];
  const tables = new Map<string, { group: RepeatItem; items: RowItem[] }>();
  for (const section of definition.sections) {
    for (const item of section.items) {
      const simple = item.kind !== 'repeat' && item.kind !== 'computed';
      topItems.push({ item, section: section.title, cell: simple ? valueCellOf(item) : null });
      if (item.kind === 'repeat') {
        const items = item.items.map((inner) => ({ item: inner, cell: valueCellOf(inner) }));
        tables.set(item.key, { group: item, items });
      }
    }
  }
  return { definition, index: indexDefinition(definition), topItems, tables };
}

/**
 * The layouts of the checklist versions one export meets, each read and
 * prepared once; a version the server does not know has none.
 */
export class ChecklistLayouts {
  private readonly cache = new Map<string, Promise<ChecklistLayout | null>>();

  constructor(private readonly db: Queryable) {}

  get(checklistId: string, version: number): Promise<ChecklistLayout | null> {
    const key = `${checklistId}\u0000${String(version)}`;
    let layout = this.cache.get(key);
    if (!layout) {
      layout = findChecklistDefinition(this.db, checklistId, version).then((definition) =>
        definition ? layoutOf(definition) : null,
      );
      this.cache.set(key, layout);
    }
    return layout;
  }
}
