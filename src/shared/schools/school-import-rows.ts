import type { Issue } from '../schemas/problem.ts';
import { schoolInputSchema, type SchoolInput } from '../schemas/school.ts';

type SchoolField = keyof SchoolInput;

/** Column headings a person may write in a spreadsheet, by field. */
const HEADINGS: Record<SchoolField, readonly string[]> = {
  name: ['полное наименование', 'наименование', 'название', 'name'],
  shortName: [
    'краткое наименование',
    'краткое название',
    'сокращённое наименование',
    'сокращенное наименование',
    'shortname',
    'short name',
  ],
  municipality: ['муниципальное образование', 'муниципалитет', 'район', 'municipality'],
  address: ['адрес', 'address'],
  director: ['директор', 'руководитель', 'фио директора', 'director'],
  phone: ['телефон', 'phone'],
  email: ['электронная почта', 'e-mail', 'email', 'эл. почта'],
};

const REQUIRED: readonly SchoolField[] = ['name', 'shortName'];

function normalise(heading: string): string {
  return heading.trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');
}

function fieldFor(heading: string): SchoolField | undefined {
  const wanted = normalise(heading);
  return (Object.keys(HEADINGS) as SchoolField[]).find((field) =>
    HEADINGS[field].some((alias) => normalise(alias) === wanted),
  );
}

export interface SchoolImportResult {
  rows: SchoolInput[];
  /** Path is `строка N` (as numbered in the file, heading = 1) and the column. */
  errors: Issue[];
}

/** One non-blank line of the table: the school it describes and what is wrong with it. */
export interface SchoolTableRow {
  /** The line as numbered in the file (the heading is line 1). */
  line: number;
  /** The school as read, or `null` when its cells are wrong. */
  school: SchoolInput | null;
  /** Paths as in {@link SchoolImportResult}; a row is imported only when this is empty. */
  errors: Issue[];
}

/** A table read line by line (an import's preview shows each line). */
export interface SchoolTableRows {
  /** What is wrong with the file as a whole: a missing column, no school at all. */
  fileErrors: Issue[];
  rows: SchoolTableRow[];
}

function readRow(
  fields: readonly (SchoolField | undefined)[],
  cells: readonly string[],
  line: number,
  firstLineOfName: Map<string, number>,
): SchoolTableRow {
  const record: Partial<Record<SchoolField, string>> = {};
  fields.forEach((field, column) => {
    if (field !== undefined) record[field] = cells[column] ?? '';
  });
  const parsed = schoolInputSchema.safeParse(record);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => {
      const field = issue.path[0] as SchoolField;
      return { path: `строка ${line}, «${HEADINGS[field][0] ?? field}»`, message: issue.message };
    });
    return { line, school: null, errors };
  }
  const key = normalise(parsed.data.name);
  const first = firstLineOfName.get(key);
  if (first !== undefined) {
    const message = `Школа уже указана в строке ${first}`;
    return { line, school: parsed.data, errors: [{ path: `строка ${line}`, message }] };
  }
  firstLineOfName.set(key, line);
  return { line, school: parsed.data, errors: [] };
}

/** Reads a table of schools (first row: headings) line by line, keeping every line's errors. */
export function readSchoolTableRows(table: readonly (readonly string[])[]): SchoolTableRows {
  const [headings = [], ...body] = table;
  const fields = headings.map(fieldFor);
  const missing: Issue[] = REQUIRED.filter((field) => !fields.includes(field)).map((field) => ({
    path: 'заголовок',
    message: `Нет обязательного столбца «${HEADINGS[field][0] ?? field}»`,
  }));
  if (missing.length > 0) return { fileErrors: missing, rows: [] };

  const firstLineOfName = new Map<string, number>();
  const rows: SchoolTableRow[] = [];
  body.forEach((cells, index) => {
    if (cells.every((cell) => cell.trim() === '')) return;
    rows.push(readRow(fields, cells, index + 2, firstLineOfName));
  });
  const fileErrors =
    rows.length === 0 ? [{ path: 'файл', message: 'В файле нет ни одной школы' }] : [];
  return { fileErrors, rows };
}

/**
 * Turns a table read from CSV or XLSX (first row: headings) into schools,
 * or reports every wrong cell. Nothing is meant to be written when `errors` is not empty.
 */
export function parseSchoolTable(table: readonly (readonly string[])[]): SchoolImportResult {
  const { fileErrors, rows } = readSchoolTableRows(table);
  return {
    rows: rows.flatMap((row) => (row.school && row.errors.length === 0 ? [row.school] : [])),
    errors: [...fileErrors, ...rows.flatMap((row) => row.errors)],
  };
}
