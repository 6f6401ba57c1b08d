/** Whether two lists hold the same records, whatever their order (records with an `id`). */
export function sameRecords<T extends { id: string }>(a: readonly T[], b: readonly T[]): boolean {
  const canonical = (list: readonly T[]) =>
    JSON.stringify([...list].sort((x, y) => x.id.localeCompare(y.id)));
  return a.length === b.length && canonical(a) === canonical(b);
}
