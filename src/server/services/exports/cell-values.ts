/** A calendar day, `YYYY-MM-DD`: a date cell in XLSX, дд.мм.гггг or ISO in CSV. */
export interface DayCell {
  readonly day: string;
}

/** A share in % (87.5 for 87,5 %): a number with a % format in XLSX, a number in CSV. */
export interface PercentCell {
  readonly percent: number;
}

/** An address: a hyperlink in XLSX, the address itself in CSV. */
export interface LinkCell {
  readonly link: string;
}

/** What one cell of an exported table holds; `null` is an empty cell. */
export type CellValue = string | number | DayCell | PercentCell | LinkCell | null;

/** One column of an exported table: its heading and its width in characters (XLSX). */
export interface ExportColumn {
  header: string;
  width: number;
}

/** An ISO day as a cell; anything else stays text. */
export function dayCell(day: string): DayCell | string {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? { day } : day;
}

/** A percentage, rounded to hundredths of a percent (no binary noise in the file). */
export function percentCell(percent: number | null): PercentCell | null {
  return percent === null ? null : { percent: Math.round(percent * 100) / 100 };
}

/** A score 0…1 as a percentage cell. */
export const scoreCell = (score: number | null) => percentCell(score === null ? null : score * 100);

/** Whether a cell is a day. */
export const isDay = (value: CellValue): value is DayCell =>
  typeof value === 'object' && value !== null && 'day' in value;

/** Whether a cell is a percentage. */
export const isPercent = (value: CellValue): value is PercentCell =>
  typeof value === 'object' && value !== null && 'percent' in value;
