/** Whether two lists of issue messages say the same: the engine builds new lists on every answer. */
export const sameMessages = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((message, i) => message === b[i]);
