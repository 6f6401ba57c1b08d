/** The DOM id of a question, from its answer path (`key` or `group/rowId/key`). */
export function questionId(path: string): string {
  return `q-${path.replace(/[^a-zA-Z0-9_-]/g, '--')}`;
}

/** The row a path points into, if any. */
export function rowOfPath(path: string): string | undefined {
  const parts = path.split('/');
  return parts.length === 3 ? parts[1] : undefined;
}
