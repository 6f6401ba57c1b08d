import type { Answer, Answers, Row } from './answer-schema.ts';

const sameList = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
  a === b ||
  (a !== undefined && b !== undefined && a.length === b.length && a.every((x, i) => x === b[i]));

function sameValue(a: Answer['value'], b: Answer['value']): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && sameList(a, b);
  }
  return a === b;
}

export function sameAnswer(a: Answer | undefined, b: Answer | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  return (
    sameValue(a.value, b.value) &&
    a.na === b.na &&
    a.note === b.note &&
    sameList(a.photos, b.photos)
  );
}

/** `next`'s answers, reusing `previous`'s objects wherever nothing changed (`true` when all did). */
function shareRecord(
  previous: Record<string, Answer> | undefined,
  next: Record<string, Answer>,
): [Record<string, Answer>, boolean] {
  if (!previous) return [next, false];
  let unchanged = Object.keys(previous).length === Object.keys(next).length;
  const shared: Record<string, Answer> = {};
  for (const [key, answer] of Object.entries(next)) {
    const before = previous[key];
    if (before !== undefined && sameAnswer(before, answer)) shared[key] = before;
    else {
      shared[key] = answer;
      unchanged = false;
    }
  }
  return unchanged ? [previous, true] : [shared, false];
}

function shareRows(previous: Row[] | undefined, next: Row[]): [Row[], boolean] {
  const byId = new Map(previous?.map((row) => [row.id, row]));
  let unchanged = previous?.length === next.length;
  const rows = next.map((row, index) => {
    const before = byId.get(row.id);
    const [answers, same] = shareRecord(before?.answers, row.answers);
    if (same && before) {
      if (previous?.[index] !== before) unchanged = false;
      return before;
    }
    unchanged = false;
    return { id: row.id, answers };
  });
  return unchanged && previous ? [previous, true] : [rows, false];
}

/**
 * The visit's answers as just read, with every part that did not change kept
 * as the very object shown before: a screen re-renders only the questions and
 * rows whose answers changed (one tap, one row), not all five hundred.
 */
export function shareUnchanged(previous: Answers | undefined, next: Answers): Answers {
  if (!previous) return next;
  const [items, itemsSame] = shareRecord(previous.items, next.items);
  let groupsSame = Object.keys(previous.groups).length === Object.keys(next.groups).length;
  const groups: Answers['groups'] = {};
  for (const [key, rows] of Object.entries(next.groups)) {
    const before = previous.groups[key];
    const [shared, same] = shareRows(before, rows);
    groups[key] = shared;
    if (!same) groupsSame = false;
  }
  if (itemsSame && groupsSame) return previous;
  return { items, groups: groupsSame ? previous.groups : groups };
}
