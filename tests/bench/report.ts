/** One table of a benchmark's figures; `notes` are printed under it. */
export interface BenchReport {
  title: string;
  columns: string[];
  rows: string[][];
  notes?: string[];
}

/** A benchmark: main.ts runs each in turn and prints what it reports. */
export interface Bench {
  name: string;
  run(): Promise<BenchReport[]>;
}

export function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export function milliseconds(ms: number): string {
  return `${ms.toFixed(0)} ms`;
}

export function summarize(values: readonly number[]): { median: number; min: number; max: number } {
  if (values.length === 0) throw new Error('nothing to summarize');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]! };
}

/** The nearest-rank percentile (`p` from 0 to 100) of the values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('no values for a percentile');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}
