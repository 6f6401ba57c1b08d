import type { Issue } from '../schemas/problem.ts';
import { checklistDefinitionSchema, type ChecklistDefinition } from './definition-schema.ts';
import type { Expression } from './expression-schema.ts';
import type { Item, SimpleItem } from './item-schema.ts';
import { conditionReferences, expressionReferences, type Reference } from './references.ts';

export type DefinitionImport =
  { ok: true; definition: ChecklistDefinition } | { ok: false; errors: Issue[] };

interface Place {
  path: string;
  item: Item | SimpleItem;
  group?: string;
}

function places(definition: ChecklistDefinition): Place[] {
  return definition.sections.flatMap((section, s) =>
    section.items.flatMap((item, i): Place[] => {
      const path = `sections.${String(s)}.items.${String(i)}`;
      if (item.kind !== 'repeat') return [{ path, item }];
      return [
        { path, item },
        ...item.items.map((inner, j) => ({
          path: `${path}.items.${String(j)}`,
          item: inner,
          group: item.key,
        })),
      ];
    }),
  );
}

function duplicateKeys(definition: ChecklistDefinition, all: Place[]): Issue[] {
  const errors: Issue[] = [];
  const seen = new Set<string>();
  for (const { path, item } of all) {
    if (seen.has(item.key))
      errors.push({ path: `${path}.key`, message: `Ключ «${item.key}» уже занят` });
    seen.add(item.key);
  }
  const sections = new Set<string>();
  definition.sections.forEach((section, s) => {
    if (sections.has(section.key)) {
      errors.push({
        path: `sections.${String(s)}.key`,
        message: `Раздел «${section.key}» уже есть`,
      });
    }
    sections.add(section.key);
  });
  return errors;
}

function readsOf(place: Place): { keys: Reference[]; groups: string[] } {
  const { item, group } = place;
  const keys: Reference[] = [];
  const groups: string[] = [];
  if (item.visibleIf) keys.push(...conditionReferences(item.visibleIf, group));
  for (const rule of item.rules) keys.push(...conditionReferences(rule.check, group));
  if (item.kind === 'computed') {
    const reads = expressionReferences(item.expression, group);
    keys.push(...reads.keys);
    groups.push(...reads.groups);
  }
  return { keys, groups };
}

function unknownReferences(all: Place[]): Issue[] {
  const top = new Set(all.filter((p) => p.group === undefined).map((p) => p.item.key));
  const repeat = new Set(all.filter((p) => p.item.kind === 'repeat').map((p) => p.item.key));
  const inGroup = (group: string, key: string) =>
    all.some((p) => p.group === group && p.item.key === key);
  const errors: Issue[] = [];
  for (const place of all) {
    const { keys, groups } = readsOf(place);
    for (const ref of keys) {
      const known = top.has(ref.key) || (ref.group !== undefined && inGroup(ref.group, ref.key));
      if (!known)
        errors.push({ path: place.path, message: `Ссылка на неизвестный вопрос «${ref.key}»` });
    }
    for (const group of groups) {
      if (!repeat.has(group)) errors.push({ path: place.path, message: `Нет таблицы «${group}»` });
    }
    const { item } = place;
    if (
      item.kind === 'repeat' &&
      item.rowTitle !== undefined &&
      !inGroup(item.key, item.rowTitle)
    ) {
      errors.push({
        path: `${place.path}.rowTitle`,
        message: `В таблице нет вопроса «${item.rowTitle}»`,
      });
    }
    if (
      item.kind === 'number' &&
      item.min !== undefined &&
      item.max !== undefined &&
      item.min > item.max
    ) {
      errors.push({ path: `${place.path}.min`, message: 'Минимум больше максимума' });
    }
  }
  return errors;
}

function computedCycles(all: Place[]): Issue[] {
  const expressions = new Map<string, { path: string; expression: Expression; group?: string }>();
  for (const place of all) {
    if (place.item.kind !== 'computed') continue;
    const entry = { path: place.path, expression: place.item.expression };
    expressions.set(
      place.item.key,
      place.group === undefined ? entry : { ...entry, group: place.group },
    );
  }
  const state = new Map<string, 'visiting' | 'done'>();
  const errors: Issue[] = [];
  const visit = (key: string): boolean => {
    if (state.get(key) === 'done') return false;
    if (state.get(key) === 'visiting') return true;
    const entry = expressions.get(key);
    if (!entry) return false;
    state.set(key, 'visiting');
    const cyclic = expressionReferences(entry.expression, entry.group).keys.some((ref) =>
      visit(ref.key),
    );
    state.set(key, 'done');
    return cyclic;
  };
  for (const [key, entry] of expressions) {
    state.clear();
    if (visit(key))
      errors.push({
        path: entry.path,
        message: `Вычисляемое значение «${key}» зависит само от себя`,
      });
  }
  return errors;
}

/**
 * Reads a checklist from JSON: every error with its path, and nothing imported
 * while anything is wrong.
 */
export function importChecklistDefinition(json: unknown): DefinitionImport {
  const parsed = checklistDefinitionSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => ({
        path: issue.path.map(String).join('.') || '(корень)',
        message: issue.message,
      })),
    };
  }
  const all = places(parsed.data);
  const errors = [
    ...duplicateKeys(parsed.data, all),
    ...unknownReferences(all),
    ...computedCycles(all),
  ];
  return errors.length > 0 ? { ok: false, errors } : { ok: true, definition: parsed.data };
}
