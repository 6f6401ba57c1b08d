import type { Quarter } from './dashboard-schema.ts';

/** A quarter as one growing number: year × 4 + (quarter − 1). */
export function quarterOrdinal(date: string): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return year * 4 + Math.floor((month - 1) / 3);
}

/** The quarter a quarter ordinal stands for. */
export function quarterOf(ordinal: number): Quarter {
  return { year: Math.floor(ordinal / 4), quarter: (ordinal % 4) + 1 };
}

/** The ordinals of every calendar quarter the period touches, in order; none when from > to. */
export function quarterOrdinals(from: string, to: string): number[] {
  const first = quarterOrdinal(from);
  const last = quarterOrdinal(to);
  return Array.from({ length: Math.max(last - first + 1, 0) }, (_, i) => first + i);
}
