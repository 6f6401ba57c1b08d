import type { BenchReport } from './report.ts';

const NUMERIC = /^[\d.,\s-]+(KB|ms|%)?$/;

/** A plain-text table: numbers right-aligned, everything else left-aligned. */
export function formatReport(report: BenchReport): string {
  const widths = report.columns.map((column, index) =>
    Math.max(column.length, ...report.rows.map((row) => (row[index] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, index) => {
        const width = widths[index] ?? 0;
        return NUMERIC.test(cell) ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  │  ')
      .trimEnd();
  const rule = widths.map((width) => '─'.repeat(width)).join('──┼──');
  const lines = [report.title, line(report.columns), rule, ...report.rows.map(line)];
  for (const note of report.notes ?? []) lines.push(`  ${note}`);
  return `${lines.join('\n')}\n`;
}
