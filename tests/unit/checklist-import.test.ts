import { describe, expect, it } from 'vitest';
import { importChecklistDefinition } from '../../src/shared/checklist/import-definition.ts';
import { sampleDefinitionInput } from '../fixtures/checklist-fixtures.ts';

/** The parts of a checklist's JSON that the cases below change. */
interface EditableItem {
  key: string;
  kind: string;
  source?: string;
  visibleIf?: { key: string };
  expression?: unknown;
  items: EditableItem[];
}
interface EditableJson {
  levels?: unknown;
  sections: { items: EditableItem[] }[];
}

/** A deep copy of the sample, changed by `edit`, as a person's JSON file would be. */
function variant(edit: (json: EditableJson) => void): unknown {
  const json = structuredClone(sampleDefinitionInput) as unknown as EditableJson;
  edit(json);
  return json;
}

const item = (json: EditableJson, section: number, index: number): EditableItem =>
  json.sections[section]!.items[index]!;

describe('importing a checklist from JSON', () => {
  it('accepts a correct checklist and fills the defaults', () => {
    const result = importChecklistDefinition(JSON.parse(JSON.stringify(sampleDefinitionInput)));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.definition.levels).toEqual({ optimal: 90, desirable: 75, basic: 50 });
      expect(result.definition.sections[0]!.items[0]!.weight).toBe(1);
    }
  });

  it.each([
    [
      'a wrong key',
      (j: EditableJson) => (item(j, 0, 0).key = 'Rooms Total'),
      'sections.0.items.0.key',
      'Ключ — латиница',
    ],
    [
      'a duplicate key',
      (j: EditableJson) => (item(j, 0, 1).key = 'rooms_total'),
      'sections.0.items.1.key',
      'Ключ «rooms_total» уже занят',
    ],
    [
      'a key repeated inside a table',
      (j: EditableJson) => (item(j, 1, 0).items[0]!.key = 'internet'),
      'sections.1.items.0.items.0.key',
      'Ключ «internet» уже занят',
    ],
    [
      'an unknown reference',
      (j: EditableJson) => (item(j, 0, 5).visibleIf!.key = 'wifi'),
      'sections.0.items.5',
      'Ссылка на неизвестный вопрос «wifi»',
    ],
    [
      'an unknown table',
      (j: EditableJson) => (item(j, 0, 2).expression = { op: 'count_rows', group: 'sample' }),
      'sections.0.items.2',
      'Нет таблицы «sample»',
    ],
    [
      'a missing source',
      (j: EditableJson) => delete item(j, 0, 3).source,
      'sections.0.items.3.source',
      '',
    ],
    [
      'thresholds out of order',
      (j: EditableJson) => (j.levels = { optimal: 70, desirable: 80, basic: 50 }),
      'levels',
      'Пороги уровней',
    ],
    [
      'a self-referring value',
      (j: EditableJson) =>
        (item(j, 0, 2).expression = { op: 'sum', args: [{ op: 'ref', key: 'pc_share' }] }),
      'sections.0.items.2',
      'зависит само от себя',
    ],
    [
      'an unknown item kind',
      (j: EditableJson) => (item(j, 0, 4).kind = 'slider'),
      'sections.0.items.4.kind',
      '',
    ],
  ])('reports %s with its path', (_name, edit, path, message) => {
    const result = importChecklistDefinition(variant(edit));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const at = result.errors.filter((error) => error.path === path);
      expect(
        at.some((error) => error.message.includes(message)),
        JSON.stringify(result.errors),
      ).toBe(true);
    }
  });

  it('reports every error at once, not just the first', () => {
    const result = importChecklistDefinition(
      variant((j: EditableJson) => {
        item(j, 0, 1).key = 'rooms_total';
        item(j, 0, 5).visibleIf!.key = 'wifi';
      }),
    );
    // The renamed item's own rule and the percentage both lose «rooms_with_pc».
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual([
      'Ключ «rooms_total» уже занят',
      'Ссылка на неизвестный вопрос «rooms_with_pc»',
      'Ссылка на неизвестный вопрос «rooms_with_pc»',
      'Ссылка на неизвестный вопрос «wifi»',
    ]);
  });
});
